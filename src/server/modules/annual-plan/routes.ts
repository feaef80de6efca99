import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { comparePlanItems, isForAudiences, overlaps, planSpan } from '../../../shared/rules/annual-plan.ts';
import { isSchoolYear } from '../../../shared/rules/school-year.ts';
import {
  AnnualPlanSchema,
  MyPlansSchema,
  PlanEventInputSchema,
  PlanEventSchema,
  PlanQuerySchema,
} from '../../../shared/schemas/annual-plan.ts';
import { IdSchema, OkSchema } from '../../../shared/schemas/common.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { requireActor } from '../../lib/request-context.ts';
import { authorizeProgrammes } from '../mentoring/policy.ts';
import { getProgrammeRow } from '../mentoring/queries.ts';
import { createPlanEvent } from './commands/create-plan-event.ts';
import { deletePlanEvent } from './commands/delete-plan-event.ts';
import { updatePlanEvent } from './commands/update-plan-event.ts';
import { planAccess } from './policy.ts';
import { getPlanEventRow, myPlanProgrammes, participation, presentPlanEvent } from './queries.ts';
import { PLAN_SOURCES } from './registry.ts';

const ProgrammeParams = z.strictObject({ ownerId: IdSchema, programmeId: IdSchema });
const EventParams = ProgrammeParams.extend({ eventId: IdSchema });

/**
 * The annual plan under /api/owners/:ownerId/programmes/:programmeId/annual-plan: the merged items of
 * every source (GET, for the programme's viewers and its participants, each participant seeing the items
 * of their own audiences), and the own events (…/events, kept by the programme's managers).
 * /api/me/annual-plans lists the programmes whose plan the caller sees as a participant.
 */
export async function annualPlanRoutes(fastify: FastifyInstance, { db }: ModuleDeps) {
  const app = typed(fastify);
  const tags = ['annual-plan'];
  const base = '/api/owners/:ownerId/programmes/:programmeId/annual-plan';

  async function loadProgramme(ownerId: string, programmeId: string) {
    const programme = await getProgrammeRow(db, ownerId, programmeId);
    if (!programme) throw new AppError('NOT_FOUND');
    return programme;
  }

  async function access(request: FastifyRequest, ownerId: string, programmeId: string) {
    const actor = requireActor(request);
    const part = await participation(db, actor, ownerId, programmeId);
    const found = planAccess(actor, ownerId, part);
    // Not reaching the owner reveals nothing (404); reaching it without a part in the programme is 403.
    if (!found) throw new AppError(actor.ownerRoles.has(ownerId) ? 'FORBIDDEN' : 'NOT_FOUND');
    return found;
  }

  app.get(
    base,
    { schema: { tags, params: ProgrammeParams, querystring: PlanQuerySchema, response: { 200: AnnualPlanSchema } } },
    async (request) => {
      const { ownerId, programmeId } = request.params;
      const { audiences: seen, canManage, asParticipant } = await access(request, ownerId, programmeId);
      const programme = await loadProgramme(ownerId, programmeId);
      const span = isSchoolYear(programme.schoolYear) ? planSpan(programme.schoolYear) : null;
      const from = request.query.from ?? span?.from ?? programme.settings.calendar.firstDay;
      const to = request.query.to ?? span?.to ?? programme.settings.calendar.lastDay;
      const audiences = request.query.audience
        ? seen.filter((a) => a === request.query.audience)
        : asParticipant
          ? seen
          : undefined;
      const personId = asParticipant ? (requireActor(request).personId ?? undefined) : undefined;
      const ctx = { ownerId, programmeId, locale: request.locale, from, to, audiences, asParticipant, personId };
      const lists = await Promise.all(PLAN_SOURCES.map((source) => source(db, ctx)));
      const items = lists
        .flat()
        .filter((item) => overlaps(item, from, to) && isForAudiences(item, audiences))
        .filter((item) => !request.query.kind || item.kind === request.query.kind)
        .sort(comparePlanItems);
      return {
        programme: { id: programme.id, ownerId, name: programme.name, schoolYear: programme.schoolYear },
        from,
        to,
        items,
        canManage,
        audiences: seen,
      };
    },
  );

  app.get(
    `${base}/events/:eventId`,
    { schema: { tags, params: EventParams, response: { 200: PlanEventSchema } } },
    async (request) => {
      const { ownerId, programmeId, eventId } = request.params;
      authorizeProgrammes(request, ownerId, 'manage');
      const row = await getPlanEventRow(db, ownerId, programmeId, eventId);
      if (!row) throw new AppError('NOT_FOUND');
      return presentPlanEvent(row);
    },
  );

  app.post(
    `${base}/events`,
    { schema: { tags, params: ProgrammeParams, body: PlanEventInputSchema, response: { 201: PlanEventSchema } } },
    async (request, reply) => {
      const { ownerId, programmeId } = request.params;
      const actor = authorizeProgrammes(request, ownerId, 'manage');
      await loadProgramme(ownerId, programmeId);
      const row = await createPlanEvent({ db, actor, ownerId, programmeId, input: request.body });
      return reply.code(201).send(presentPlanEvent(row));
    },
  );

  app.put(
    `${base}/events/:eventId`,
    { schema: { tags, params: EventParams, body: PlanEventInputSchema, response: { 200: PlanEventSchema } } },
    async (request) => {
      const { ownerId, programmeId, eventId } = request.params;
      const actor = authorizeProgrammes(request, ownerId, 'manage');
      const row = await updatePlanEvent({ db, actor, ownerId, programmeId, eventId, input: request.body });
      return presentPlanEvent(row);
    },
  );

  app.delete(
    `${base}/events/:eventId`,
    { schema: { tags, params: EventParams, response: { 200: OkSchema } } },
    async (request) => {
      const { ownerId, programmeId, eventId } = request.params;
      const actor = authorizeProgrammes(request, ownerId, 'manage');
      await deletePlanEvent({ db, actor, ownerId, programmeId, eventId });
      return { ok: true as const };
    },
  );

  app.get('/api/me/annual-plans', { schema: { tags, response: { 200: MyPlansSchema } } }, async (request) => ({
    programmes: await myPlanProgrammes(db, requireActor(request)),
  }));
}
