import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { osloDate } from '../../../../shared/rules/school-year.ts';
import { IdSchema } from '../../../../shared/schemas/common.ts';
import {
  KnowledgeBaseInputSchema,
  KnowledgeBaseSchema,
  SubGoalTimeSchema,
} from '../../../../shared/schemas/knowledge-base.ts';
import { AppError } from '../../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../../lib/module.ts';
import { requireActor } from '../../../lib/request-context.ts';
import { authorizeProgrammes } from '../policy.ts';
import { getProgrammeRow } from '../queries.ts';
import { saveKnowledgeBase } from './commands/save-knowledge-base.ts';
import { canEditKnowledgeBase, canViewSubGoalTime, knowledgeBaseAccess } from './policy.ts';
import { ensureKnowledgeBase, getSubGoalTime, presentKnowledgeBase, programmePartsOf } from './queries.ts';

const ProgrammeParams = z.strictObject({ ownerId: IdSchema, programmeId: IdSchema });

/**
 * The programme's knowledge base (issue 3, item 8): everyone in the programme reads it, those who
 * manage the programme edit it, and the coordinator sees which sub-goals get time. Never reads notes.
 */
export async function knowledgeBaseRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['knowledge-base'];

  async function programmeFor(request: FastifyRequest, ownerId: string, programmeId: string) {
    const actor = requireActor(request);
    const programme = await getProgrammeRow(db, ownerId, programmeId);
    if (!programme) throw new AppError('NOT_FOUND');
    return { actor, programme };
  }

  app.get(
    '/api/owners/:ownerId/programmes/:programmeId/knowledge-base',
    { schema: { tags, params: ProgrammeParams, response: { 200: KnowledgeBaseSchema } } },
    async (request) => {
      const { ownerId, programmeId } = request.params;
      const { actor, programme } = await programmeFor(request, ownerId, programmeId);
      const parts = await programmePartsOf(db, programme, actor.personId, osloDate(new Date()));
      const access = knowledgeBaseAccess(actor, ownerId, parts);
      if (access === 'not_found') throw new AppError('NOT_FOUND');
      if (access === 'forbidden') throw new AppError('FORBIDDEN');
      const row = await ensureKnowledgeBase(db, programme);
      return presentKnowledgeBase(db, programme, row, {
        manage: canEditKnowledgeBase(actor, ownerId),
        viewSubGoalTime: canViewSubGoalTime(actor, ownerId),
      });
    },
  );

  app.put(
    '/api/owners/:ownerId/programmes/:programmeId/knowledge-base',
    {
      schema: { tags, params: ProgrammeParams, body: KnowledgeBaseInputSchema, response: { 200: KnowledgeBaseSchema } },
    },
    async (request) => {
      const { ownerId, programmeId } = request.params;
      const actor = authorizeProgrammes(request, ownerId, 'manage');
      const programme = await getProgrammeRow(db, ownerId, programmeId);
      if (!programme) throw new AppError('NOT_FOUND');
      const row = await saveKnowledgeBase({ db, actor, programme, input: request.body });
      return presentKnowledgeBase(db, programme, row, {
        manage: true,
        viewSubGoalTime: canViewSubGoalTime(actor, ownerId),
      });
    },
  );

  app.get(
    '/api/owners/:ownerId/programmes/:programmeId/knowledge-base/sub-goal-time',
    { schema: { tags, params: ProgrammeParams, response: { 200: SubGoalTimeSchema } } },
    async (request) => {
      const { ownerId, programmeId } = request.params;
      authorizeProgrammes(request, ownerId, 'view');
      const programme = await getProgrammeRow(db, ownerId, programmeId);
      if (!programme) throw new AppError('NOT_FOUND');
      return getSubGoalTime(db, programme);
    },
  );
}
