import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { osloDate } from '../../../shared/rules/school-year.ts';
import { IdSchema } from '../../../shared/schemas/common.ts';
import {
  CreateRegionalProgrammeSchema,
  RegionalProgrammePatchSchema,
  RegionalProgrammeSchema,
  RegionalProgrammeSummarySchema,
  RegionalSyncResultSchema,
  ShareKnowledgeBaseResultSchema,
  ShareKnowledgeBaseSchema,
} from '../../../shared/schemas/regional-programmes.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { createRegionalProgramme } from './commands/create-regional-programme.ts';
import { shareKnowledgeBase } from './commands/share-knowledge-base.ts';
import { syncMembers } from './commands/sync-members.ts';
import { updateRegionalProgramme } from './commands/update-regional-programme.ts';
import { authorizeRegion } from './policy.ts';
import { getRegionalProgrammeRow, listRegionalProgrammes, presentRegionalProgramme } from './queries.ts';

const RegionParams = z.strictObject({ regionId: IdSchema });
const ProgrammeParams = z.strictObject({ regionId: IdSchema, regionalProgrammeId: IdSchema });

/** Programmes a region runs for its member owners (issue 3, item 1). */
export async function regionalProgrammeRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['regional-programmes'];
  const base = '/api/regions/:regionId/programmes';

  app.get(
    base,
    {
      schema: {
        tags,
        params: RegionParams,
        response: { 200: z.object({ items: z.array(RegionalProgrammeSummarySchema) }) },
      },
    },
    async (request) => {
      authorizeRegion(request, request.params.regionId, 'view');
      return { items: await listRegionalProgrammes(db, request.params.regionId) };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        params: RegionParams,
        body: CreateRegionalProgrammeSchema,
        response: { 201: RegionalSyncResultSchema },
      },
    },
    async (request, reply) => {
      const actor = authorizeRegion(request, request.params.regionId, 'run');
      const result = await createRegionalProgramme({
        db,
        actor,
        regionId: request.params.regionId,
        input: request.body,
      });
      return reply.code(201).send(result);
    },
  );

  app.get(
    `${base}/:regionalProgrammeId`,
    { schema: { tags, params: ProgrammeParams, response: { 200: RegionalProgrammeSchema } } },
    async (request) => {
      const actor = authorizeRegion(request, request.params.regionId, 'view');
      const row = await getRegionalProgrammeRow(db, request.params.regionId, request.params.regionalProgrammeId);
      if (!row) throw new AppError('NOT_FOUND');
      return presentRegionalProgramme(db, actor, row, osloDate(new Date()));
    },
  );

  app.patch(
    `${base}/:regionalProgrammeId`,
    {
      schema: {
        tags,
        params: ProgrammeParams,
        body: RegionalProgrammePatchSchema,
        response: { 200: RegionalProgrammeSchema },
      },
    },
    async (request) => {
      const { regionId, regionalProgrammeId } = request.params;
      const actor = authorizeRegion(request, regionId, 'run');
      const row = await updateRegionalProgramme({ db, actor, regionId, id: regionalProgrammeId, patch: request.body });
      return presentRegionalProgramme(db, actor, row, osloDate(new Date()));
    },
  );

  // Owners join and leave regions; this brings the programme's members up to date with the region.
  app.post(
    `${base}/:regionalProgrammeId/sync`,
    { schema: { tags, params: ProgrammeParams, response: { 200: RegionalSyncResultSchema } } },
    async (request) => {
      const { regionId, regionalProgrammeId } = request.params;
      const actor = authorizeRegion(request, regionId, 'run');
      return db.transaction(async (tx) => {
        const row = await getRegionalProgrammeRow(tx, regionId, regionalProgrammeId);
        if (!row) throw new AppError('NOT_FOUND');
        return syncMembers(tx, actor.userId, row);
      });
    },
  );

  app.post(
    `${base}/:regionalProgrammeId/knowledge-base`,
    {
      schema: {
        tags,
        params: ProgrammeParams,
        body: ShareKnowledgeBaseSchema,
        response: { 200: ShareKnowledgeBaseResultSchema },
      },
    },
    async (request) => {
      const { regionId, regionalProgrammeId } = request.params;
      const actor = authorizeRegion(request, regionId, 'run');
      return shareKnowledgeBase({ db, actor, regionId, id: regionalProgrammeId, ...request.body });
    },
  );
}
