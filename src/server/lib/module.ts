import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import type { Env } from './env.ts';

/** What every module's routes get: the database and the configuration. */
export interface ModuleDeps {
  db: Db;
  env: Env;
  /** Called after a command queued mail, so it goes out now rather than at the next tick. */
  kickMail: () => void;
}

export type App = FastifyInstance & ReturnType<FastifyInstance['withTypeProvider']>;

export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}
