import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../lib/module.ts';

/** Import of units and people from CSV and XLSX (being built: see issue 2). */
export async function importRoutes(_fastify: FastifyInstance, _deps: ModuleDeps) {}
