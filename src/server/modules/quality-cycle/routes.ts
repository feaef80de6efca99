import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { translate } from '../../../shared/i18n/index.ts';
import type { MessageKey } from '../../../shared/i18n/nb.ts';
import { IdSchema } from '../../../shared/schemas/common.ts';
import {
  GoalInputSchema,
  GoalUpdateSchema,
  MeasureInputSchema,
  MeasureUpdateSchema,
  QualityCycleInputSchema,
  QualityCycleSchema,
} from '../../../shared/schemas/quality-cycle.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import type { Actor } from '../auth/actor.ts';
import { authorizeProgrammes, canManageProgrammes } from '../mentoring/policy.ts';
import { getProgrammeRow, type ProgrammeRow } from '../mentoring/queries.ts';
import { addGoal, deleteGoal, updateGoal } from './commands/goals.ts';
import { addMeasure, deleteMeasure, updateMeasure } from './commands/measures.ts';
import { saveCycle } from './commands/save-cycle.ts';
import { type CycleRow, ensureCycle, presentCycle } from './queries.ts';

const ProgrammeParams = z.strictObject({ ownerId: IdSchema, programmeId: IdSchema });
const GoalParams = ProgrammeParams.extend({ goalId: IdSchema });
const MeasureParams = ProgrammeParams.extend({ measureId: IdSchema });

const BASE = '/api/owners/:ownerId/programmes/:programmeId/quality-cycle';

/**
 * The programme's quality cycle (issue 5, item 5): those who follow the programme read it, those who
 * manage it edit it. Every write answers with the whole cycle, so the page redraws from one source.
 */
export async function qualityCycleRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['quality-cycle'];
  const response = { 200: QualityCycleSchema };

  async function load(request: FastifyRequest, ownerId: string, programmeId: string, need: 'view' | 'manage') {
    const actor = authorizeProgrammes(request, ownerId, need);
    const programme = await getProgrammeRow(db, ownerId, programmeId);
    if (!programme) throw new AppError('NOT_FOUND');
    const translateKey = (key: string) => translate(request.locale, key as MessageKey);
    return { actor, programme, translateKey };
  }

  const present = (actor: Actor, programme: ProgrammeRow, cycle: CycleRow) =>
    presentCycle(db, programme, cycle, { manage: canManageProgrammes(actor, programme.ownerId) }, new Date());

  app.get(BASE, { schema: { tags, params: ProgrammeParams, response } }, async (request) => {
    const { ownerId, programmeId } = request.params;
    const { actor, programme } = await load(request, ownerId, programmeId, 'view');
    const cycle = await db.transaction((tx) => ensureCycle(tx, programme, actor.userId));
    return present(actor, programme, cycle);
  });

  app.put(
    BASE,
    { schema: { tags, params: ProgrammeParams, body: QualityCycleInputSchema, response } },
    async (request) => {
      const { ownerId, programmeId } = request.params;
      const { actor, programme, translateKey } = await load(request, ownerId, programmeId, 'manage');
      const cycle = await saveCycle({ db, actor, programme, input: request.body, now: new Date(), translateKey });
      return present(actor, programme, cycle);
    },
  );

  app.post(
    `${BASE}/goals`,
    { schema: { tags, params: ProgrammeParams, body: GoalInputSchema, response } },
    async (request) => {
      const { ownerId, programmeId } = request.params;
      const { actor, programme } = await load(request, ownerId, programmeId, 'manage');
      const cycle = await addGoal({ db, actor, programme, input: request.body });
      return present(actor, programme, cycle);
    },
  );

  app.put(
    `${BASE}/goals/:goalId`,
    { schema: { tags, params: GoalParams, body: GoalUpdateSchema, response } },
    async (request) => {
      const { ownerId, programmeId, goalId } = request.params;
      const { actor, programme } = await load(request, ownerId, programmeId, 'manage');
      const cycle = await updateGoal({ db, actor, programme, goalId, input: request.body });
      return present(actor, programme, cycle);
    },
  );

  app.delete(`${BASE}/goals/:goalId`, { schema: { tags, params: GoalParams, response } }, async (request) => {
    const { ownerId, programmeId, goalId } = request.params;
    const { actor, programme } = await load(request, ownerId, programmeId, 'manage');
    const cycle = await deleteGoal({ db, actor, programme, goalId });
    return present(actor, programme, cycle);
  });

  app.post(
    `${BASE}/measures`,
    { schema: { tags, params: ProgrammeParams, body: MeasureInputSchema, response } },
    async (request) => {
      const { ownerId, programmeId } = request.params;
      const { actor, programme, translateKey } = await load(request, ownerId, programmeId, 'manage');
      const cycle = await addMeasure({ db, actor, programme, input: request.body, translateKey });
      return present(actor, programme, cycle);
    },
  );

  app.put(
    `${BASE}/measures/:measureId`,
    { schema: { tags, params: MeasureParams, body: MeasureUpdateSchema, response } },
    async (request) => {
      const { ownerId, programmeId, measureId } = request.params;
      const { actor, programme, translateKey } = await load(request, ownerId, programmeId, 'manage');
      const cycle = await updateMeasure({ db, actor, programme, measureId, input: request.body, translateKey });
      return present(actor, programme, cycle);
    },
  );

  app.delete(`${BASE}/measures/:measureId`, { schema: { tags, params: MeasureParams, response } }, async (request) => {
    const { ownerId, programmeId, measureId } = request.params;
    const { actor, programme } = await load(request, ownerId, programmeId, 'manage');
    const cycle = await deleteMeasure({ db, actor, programme, measureId });
    return present(actor, programme, cycle);
  });
}
