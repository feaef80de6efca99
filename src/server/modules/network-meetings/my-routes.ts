import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { osloDate } from '../../../shared/rules/school-year.ts';
import { IdSchema } from '../../../shared/schemas/common.ts';
import { MyMeetingsSchema, MyMeetupsSchema } from '../../../shared/schemas/network-meetings.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  enrolments,
  networkGroupMembers,
  networkMeetingAttendance,
  networkMeetings,
  people,
  socialMeetupSignups,
  socialMeetups,
} from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { requireActor } from '../../lib/request-context.ts';
import { visibleAudiences } from '../resources/policy.ts';
import { signUp, withdraw } from './commands/sign-up.ts';
import { isFacilitator } from './policy.ts';
import { getMeetupRow, presentMeetings, presentMeetups } from './queries.ts';

/** The owner of the caller's person: every "me" query is scoped to it. */
export async function personOwner(db: DbOrTx, personId: string | null): Promise<string | null> {
  if (!personId) return null;
  const [row] = await db.select({ ownerId: people.ownerId }).from(people).where(eq(people.id, personId));
  return row?.ownerId ?? null;
}

/** The caller's groups' meetings (and those they facilitate) for "Mitt nettverk", oldest first. */
export async function myMeetingRows(db: DbOrTx, ownerId: string, personId: string) {
  const groups = db
    .select({ groupId: networkGroupMembers.groupId })
    .from(networkGroupMembers)
    .where(and(eq(networkGroupMembers.ownerId, ownerId), eq(networkGroupMembers.personId, personId)));
  return db
    .select()
    .from(networkMeetings)
    .where(
      and(
        eq(networkMeetings.ownerId, ownerId),
        or(
          inArray(networkMeetings.groupId, groups),
          sql`${personId}::uuid = any(${networkMeetings.facilitatorPersonIds})`,
        ),
      ),
    )
    .orderBy(asc(networkMeetings.startsAt));
}

/** Meetups of the programmes the person is an NQT in (not left). */
export async function myMeetupRows(db: DbOrTx, ownerId: string, personId: string, today: string) {
  const programmes = await db
    .select({ programmeId: enrolments.programmeId, leftOn: enrolments.leftOn })
    .from(enrolments)
    .where(and(eq(enrolments.ownerId, ownerId), eq(enrolments.personId, personId)));
  const ids = programmes.filter((p) => !p.leftOn || p.leftOn > today).map((p) => p.programmeId);
  if (ids.length === 0) return [];
  return db
    .select()
    .from(socialMeetups)
    .where(and(eq(socialMeetups.ownerId, ownerId), inArray(socialMeetups.programmeId, ids)))
    .orderBy(asc(socialMeetups.startsAt));
}

/**
 * /api/me/network-meetings: the caller's network meetings with the materials their roles may see
 * (the resource bank's audience rule) and their own attendance, never the others'.
 * /api/me/meetups: meetups of the caller's programmes as an NQT, sign up (PUT) and withdraw (DELETE).
 */
export async function myNetworkMeetingRoutes(fastify: FastifyInstance, { db }: ModuleDeps) {
  const app = typed(fastify);
  const tags = ['network-meetings'];

  app.get('/api/me/network-meetings', { schema: { tags, response: { 200: MyMeetingsSchema } } }, async (request) => {
    const actor = requireActor(request);
    const ownerId = await personOwner(db, actor.personId);
    if (!ownerId || !actor.personId) return { meetings: [] };
    const rows = await myMeetingRows(db, ownerId, actor.personId);
    const presented = await presentMeetings(db, ownerId, rows, visibleAudiences(actor, ownerId));
    const mine = rows.length
      ? await db
          .select({ meetingId: networkMeetingAttendance.meetingId, status: networkMeetingAttendance.status })
          .from(networkMeetingAttendance)
          .where(
            and(
              eq(networkMeetingAttendance.ownerId, ownerId),
              eq(networkMeetingAttendance.personId, actor.personId),
              inArray(
                networkMeetingAttendance.meetingId,
                rows.map((r) => r.id),
              ),
            ),
          )
      : [];
    return {
      meetings: presented.map((m, i) => ({
        ...m,
        myAttendance: mine.find((a) => a.meetingId === m.id)?.status ?? null,
        facilitating: isFacilitator(actor, rows[i] as (typeof rows)[number]),
      })),
    };
  });

  app.get('/api/me/meetups', { schema: { tags, response: { 200: MyMeetupsSchema } } }, async (request) => {
    const actor = requireActor(request);
    const ownerId = await personOwner(db, actor.personId);
    if (!ownerId || !actor.personId) return { meetups: [] };
    const rows = await myMeetupRows(db, ownerId, actor.personId, osloDate(new Date()));
    const presented = await presentMeetups(db, ownerId, rows);
    const signed = rows.length
      ? await db
          .select({ meetupId: socialMeetupSignups.meetupId })
          .from(socialMeetupSignups)
          .where(
            and(
              eq(socialMeetupSignups.ownerId, ownerId),
              eq(socialMeetupSignups.personId, actor.personId),
              inArray(
                socialMeetupSignups.meetupId,
                rows.map((r) => r.id),
              ),
            ),
          )
      : [];
    const mine = new Set(signed.map((s) => s.meetupId));
    return { meetups: presented.map((m) => ({ ...m, mine: mine.has(m.id) })) };
  });

  const Params = z.strictObject({ meetupId: IdSchema });

  /** The meetup if it is of the caller's owner (404 otherwise); a login without a person is no NQT (403). */
  async function meetupOfCaller(personId: string | null, meetupId: string) {
    if (!personId) throw new AppError('MEETUP_FOR_NQTS');
    const ownerId = await personOwner(db, personId);
    const meetup = ownerId ? await getMeetupRow(db, ownerId, meetupId) : null;
    if (!meetup) throw new AppError('NOT_FOUND');
    return meetup;
  }

  app.put(
    '/api/me/meetups/:meetupId/signup',
    { schema: { tags, params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const meetup = await meetupOfCaller(actor.personId, request.params.meetupId);
      const now = new Date();
      await signUp(db, actor, meetup, osloDate(now), now);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/me/meetups/:meetupId/signup',
    { schema: { tags, params: Params, response: { 204: z.null() } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const meetup = await meetupOfCaller(actor.personId, request.params.meetupId);
      await withdraw(db, actor, meetup);
      return reply.code(204).send(null);
    },
  );
}
