import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isBehindSchedule } from '../../../shared/rules/compliance.ts';
import { type IsoDate, osloDate } from '../../../shared/rules/school-year.ts';
import { plannedMinutesTo } from '../../../shared/rules/session-plan.ts';
import { IdSchema } from '../../../shared/schemas/common.ts';
import {
  LogSessionInputSchema,
  type MentorPairView,
  MyMentoringSchema,
  type NqtPairView,
  SessionListSchema,
  SessionPatchSchema,
  SessionSchema,
} from '../../../shared/schemas/mentoring.ts';
import { MyUnitsSchema } from '../../../shared/schemas/my-unit.ts';
import type { DbOrTx } from '../../db/client.ts';
import { employments, mentoringSessions, mentorPairs, people, units } from '../../db/schema.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { requireActor } from '../../lib/request-context.ts';
import type { Actor } from '../auth/actor.ts';
import { confirmSession } from './commands/confirm-session.ts';
import { logSession } from './commands/log-session.ts';
import { updateSession } from './commands/update-session.ts';
import { getMyUnits } from './my-units.ts';
import {
  heldMinutesTo,
  loadMyPair,
  nextSessions,
  type PairContext,
  pairAsOf,
  pairSchedule,
  presentOne,
} from './sessions.ts';

/*
 * The mentor's and the NQT's own mentoring under /api/me/mentoring: only pairs the caller is part of
 * (through their person), so no role reaches another pair here, and these are the only routes that
 * answer with sessions and their private notes. Logging and editing: the pair's mentor; confirming:
 * the pair's NQT; the other party gets 403, anyone else 404.
 */

const PairParams = z.strictObject({ pairId: IdSchema });
const SessionParams = PairParams.extend({ sessionId: z.string().min(1).max(64) });

async function personCard(db: DbOrTx, ownerId: string, personId: string) {
  const [row] = await db
    .select({ givenName: people.givenName, familyName: people.familyName, email: people.email, unitName: units.name })
    .from(people)
    .leftJoin(
      employments,
      and(eq(employments.personId, people.id), eq(employments.ownerId, ownerId), isNull(employments.endDate)),
    )
    .leftJoin(units, and(eq(units.id, employments.unitId), eq(units.ownerId, ownerId)))
    .where(and(eq(people.ownerId, ownerId), eq(people.id, personId)))
    .orderBy(asc(employments.startDate))
    .limit(1);
  return {
    personId,
    name: row ? `${row.givenName} ${row.familyName}` : '',
    email: row?.email ?? '',
    unitName: row?.unitName ?? null,
  };
}

async function enrolmentUnitName(db: DbOrTx, ctx: PairContext) {
  if (!ctx.enrolment.unitId) return null;
  const [row] = await db
    .select({ name: units.name })
    .from(units)
    .where(and(eq(units.ownerId, ctx.pair.ownerId), eq(units.id, ctx.enrolment.unitId)));
  return row?.name ?? null;
}

/** Planned and held minutes to date of the pair's enrolment (held in any of its pairs). */
/** The pair's own figures: its planned sessions (from a handover, if re-paired) against the sessions it held. */
async function pairFigures(db: DbOrTx, ctx: PairContext, asOf: IsoDate) {
  const rows = await db
    .select({
      status: mentoringSessions.status,
      date: mentoringSessions.date,
      heldMinutes: mentoringSessions.heldMinutes,
    })
    .from(mentoringSessions)
    .where(and(eq(mentoringSessions.ownerId, ctx.pair.ownerId), eq(mentoringSessions.pairId, ctx.pair.id)));
  return { plannedMinutesToDate: plannedMinutesTo(ctx.plan, asOf), heldMinutesToDate: heldMinutesTo(rows, asOf) };
}

async function myMentoring(db: DbOrTx, actor: Actor, today: IsoDate) {
  const asMentor: MentorPairView[] = [];
  const asNqt: NqtPairView[] = [];
  if (!actor.personId) return { asMentor, asNqt };
  const pairs = await db
    .select({ id: mentorPairs.id })
    .from(mentorPairs)
    .where(
      and(
        eq(mentorPairs.status, 'accepted'),
        or(eq(mentorPairs.mentorPersonId, actor.personId), eq(mentorPairs.nqtPersonId, actor.personId)),
      ),
    )
    .orderBy(asc(mentorPairs.createdAt));
  for (const { id } of pairs) {
    const ctx = await loadMyPair(db, actor, id);
    const asOf = pairAsOf(ctx.programme, today);
    const figures = await pairFigures(db, ctx, asOf);
    const base = {
      pairId: ctx.pair.id,
      ownerId: ctx.pair.ownerId,
      programmeId: ctx.pair.programmeId,
      programmeYear: ctx.enrolment.programmeYear,
      nextSessions: nextSessions(await pairSchedule(db, actor, ctx), today),
      ...figures,
    };
    if (ctx.role === 'mentor') {
      const nqt = await personCard(db, ctx.pair.ownerId, ctx.pair.nqtPersonId);
      asMentor.push({
        ...base,
        nqt: { personId: nqt.personId, name: nqt.name, unitName: await enrolmentUnitName(db, ctx) },
        isBehind: isBehindSchedule(
          figures.plannedMinutesToDate,
          figures.heldMinutesToDate,
          ctx.programme.settings.behindScheduleThresholdPercent,
        ),
      });
    } else {
      asNqt.push({ ...base, mentor: await personCard(db, ctx.pair.ownerId, ctx.pair.mentorPersonId) });
    }
  }
  return { asMentor, asNqt };
}

export async function myMentoringRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['mentoring'];
  const today = () => osloDate(new Date());

  app.get('/api/me/mentoring', { schema: { tags, response: { 200: MyMentoringSchema } } }, async (request) =>
    myMentoring(db, requireActor(request), today()),
  );

  // The unit leader's view of the units they lead; an empty list for anyone who leads none.
  app.get('/api/me/units', { schema: { tags, response: { 200: MyUnitsSchema } } }, async (request) =>
    getMyUnits(db, requireActor(request), today()),
  );

  app.get(
    '/api/me/mentoring/pairs/:pairId/sessions',
    { schema: { tags, params: PairParams, response: { 200: SessionListSchema } } },
    async (request) => {
      const actor = requireActor(request);
      const ctx = await loadMyPair(db, actor, request.params.pairId);
      return { sessions: await pairSchedule(db, actor, ctx) };
    },
  );

  app.post(
    '/api/me/mentoring/pairs/:pairId/sessions',
    { schema: { tags, params: PairParams, body: LogSessionInputSchema, response: { 201: SessionSchema } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const { pairId } = request.params;
      const id = await logSession({ db, actor, pairId, input: request.body, today: today() });
      return reply.code(201).send(await presentOne(db, actor, await loadMyPair(db, actor, pairId), id));
    },
  );

  app.patch(
    '/api/me/mentoring/pairs/:pairId/sessions/:sessionId',
    { schema: { tags, params: SessionParams, body: SessionPatchSchema, response: { 200: SessionSchema } } },
    async (request) => {
      const actor = requireActor(request);
      const { pairId, sessionId } = request.params;
      const id = await updateSession({ db, actor, pairId, sessionId, patch: request.body });
      return presentOne(db, actor, await loadMyPair(db, actor, pairId), id);
    },
  );

  app.post(
    '/api/me/mentoring/pairs/:pairId/sessions/:sessionId/confirm',
    { schema: { tags, params: SessionParams, response: { 200: SessionSchema } } },
    async (request) => {
      const actor = requireActor(request);
      const { pairId, sessionId } = request.params;
      const id = await confirmSession({ db, actor, pairId, sessionId });
      return presentOne(db, actor, await loadMyPair(db, actor, pairId), id);
    },
  );
}
