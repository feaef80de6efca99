import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdSchema } from '../../../shared/schemas/common.ts';
import {
  AttendanceInputSchema,
  MeetingDetailSchema,
  MeetingInputSchema,
  MeetingListSchema,
  MeetingPatchSchema,
  MeetingSchema,
  MeetupInputSchema,
  MeetupListSchema,
  MeetupPatchSchema,
  MeetupSchema,
  SeriesInputSchema,
} from '../../../shared/schemas/network-meetings.ts';
import { networkMeetings, socialMeetups } from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { requireActor } from '../../lib/request-context.ts';
import type { Actor } from '../auth/actor.ts';
import { canReachOwner } from '../auth/policy.ts';
import { authorizeProgrammes, canManageProgrammes } from '../mentoring/policy.ts';
import { getProgrammeRow, type ProgrammeRow } from '../mentoring/queries.ts';
import { cancelMeeting, editMeeting } from './commands/change-meeting.ts';
import { cancelMeetup, editMeetup, publishMeetup } from './commands/meetups.ts';
import { planMeeting, planSeries } from './commands/plan-meetings.ts';
import { takeAttendance } from './commands/take-attendance.ts';
import { canSeeMeetingRoster, canTakeAttendance } from './policy.ts';
import {
  getMeetingRow,
  getMeetupRow,
  listFacilitatorChoices,
  listMeetingRoster,
  listProgrammeGroups,
  listSignups,
  type MeetingRow,
  networkSubGoalMinutes,
  presentMeetings,
  presentMeetups,
  withAttendanceCounts,
} from './queries.ts';

const ProgrammeParams = z.strictObject({ ownerId: IdSchema, programmeId: IdSchema });
const MeetingParams = z.strictObject({ ownerId: IdSchema, meetingId: IdSchema });
const MeetupParams = z.strictObject({ ownerId: IdSchema, meetupId: IdSchema });

/**
 * Network meetings and social meetups for the programme's managers (issue 4, items 2 and 3):
 * - …/programmes/:programmeId/network-meetings: the list with groups, facilitator choices and held
 *   minutes per sub-goal (viewers); plan one meeting, or a series for chosen groups (managers).
 * - /api/owners/:ownerId/network-meetings/:meetingId: the meeting with its roster (viewers and its
 *   facilitators); change and cancel (managers); attendance (managers and its facilitators).
 * - …/programmes/:programmeId/meetups and /api/owners/:ownerId/meetups/:meetupId: meetups with who
 *   signed up (viewers); publish, change, cancel (managers).
 * Another owner's ids answer 404; lacking the right, 403.
 */
export async function networkMeetingRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db, env } = deps;
  const tags = ['network-meetings'];

  async function programmeOf(ownerId: string, programmeId: string): Promise<ProgrammeRow> {
    const programme = await getProgrammeRow(db, ownerId, programmeId);
    if (!programme) throw new AppError('NOT_FOUND');
    return programme;
  }

  const commandDeps = (actor: Actor, programme: ProgrammeRow, locale: 'nb' | 'nn' | 'en') => ({
    db,
    actor,
    programme,
    locale,
    publicUrl: env.PUBLIC_URL,
    now: new Date(),
  });

  async function listView(actor: Actor, programme: ProgrammeRow) {
    const ownerId = programme.ownerId;
    const rows = await db
      .select()
      .from(networkMeetings)
      .where(and(eq(networkMeetings.ownerId, ownerId), eq(networkMeetings.programmeId, programme.id)))
      .orderBy(asc(networkMeetings.startsAt));
    return {
      programme: {
        id: programme.id,
        name: programme.name,
        firstDay: programme.settings.calendar.firstDay,
        lastDay: programme.settings.calendar.lastDay,
      },
      groups: await listProgrammeGroups(db, ownerId, programme.id),
      meetings: await withAttendanceCounts(db, ownerId, await presentMeetings(db, ownerId, rows, 'all')),
      facilitatorChoices: await listFacilitatorChoices(db, ownerId),
      subGoalMinutes: await networkSubGoalMinutes(db, ownerId, programme.id, new Date()),
      canManage: canManageProgrammes(actor, ownerId),
    };
  }

  async function detailView(actor: Actor, meeting: MeetingRow) {
    const [presented] = await withAttendanceCounts(
      db,
      meeting.ownerId,
      await presentMeetings(db, meeting.ownerId, [meeting], 'all'),
    );
    if (!presented) throw new AppError('NOT_FOUND');
    return {
      ...presented,
      members: await listMeetingRoster(db, meeting),
      canManage: canManageProgrammes(actor, meeting.ownerId),
      canTakeAttendance: canTakeAttendance(actor, meeting) && meeting.cancelledAt === null,
    };
  }

  /** The meeting if the caller reaches its owner (404 otherwise, and for an unknown id). */
  async function meetingFor(actor: Actor, ownerId: string, meetingId: string) {
    if (!canReachOwner(actor, ownerId)) throw new AppError('NOT_FOUND');
    const meeting = await getMeetingRow(db, ownerId, meetingId);
    if (!meeting) throw new AppError('NOT_FOUND');
    return meeting;
  }

  const programmeBase = '/api/owners/:ownerId/programmes/:programmeId';
  const meetingBase = '/api/owners/:ownerId/network-meetings/:meetingId';
  const meetupBase = '/api/owners/:ownerId/meetups/:meetupId';

  app.get(
    `${programmeBase}/network-meetings`,
    { schema: { tags, params: ProgrammeParams, response: { 200: MeetingListSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'view');
      return listView(actor, await programmeOf(request.params.ownerId, request.params.programmeId));
    },
  );

  app.post(
    `${programmeBase}/network-meetings`,
    { schema: { tags, params: ProgrammeParams, body: MeetingInputSchema, response: { 201: MeetingSchema } } },
    async (request, reply) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const programme = await programmeOf(request.params.ownerId, request.params.programmeId);
      const { meeting, mails } = await planMeeting(commandDeps(actor, programme, request.locale), request.body);
      if (mails) deps.kickMail();
      const [presented] = await presentMeetings(db, programme.ownerId, [meeting], 'all');
      if (!presented) throw new AppError('NOT_FOUND');
      return reply.code(201).send(presented);
    },
  );

  app.post(
    `${programmeBase}/network-meetings/series`,
    { schema: { tags, params: ProgrammeParams, body: SeriesInputSchema, response: { 201: MeetingListSchema } } },
    async (request, reply) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const programme = await programmeOf(request.params.ownerId, request.params.programmeId);
      const { mails } = await planSeries(commandDeps(actor, programme, request.locale), request.body);
      if (mails) deps.kickMail();
      return reply.code(201).send(await listView(actor, programme));
    },
  );

  app.get(
    meetingBase,
    { schema: { tags, params: MeetingParams, response: { 200: MeetingDetailSchema } } },
    async (request) => {
      const actor = requireActor(request);
      const meeting = await meetingFor(actor, request.params.ownerId, request.params.meetingId);
      if (!canSeeMeetingRoster(actor, meeting)) throw new AppError('FORBIDDEN');
      return detailView(actor, meeting);
    },
  );

  app.patch(
    meetingBase,
    { schema: { tags, params: MeetingParams, body: MeetingPatchSchema, response: { 200: MeetingDetailSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const meeting = await meetingFor(actor, request.params.ownerId, request.params.meetingId);
      const programme = await programmeOf(meeting.ownerId, meeting.programmeId);
      const row = await editMeeting(commandDeps(actor, programme, request.locale), meeting, request.body);
      deps.kickMail();
      return detailView(actor, row);
    },
  );

  app.post(
    `${meetingBase}/cancel`,
    { schema: { tags, params: MeetingParams, response: { 200: MeetingDetailSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const meeting = await meetingFor(actor, request.params.ownerId, request.params.meetingId);
      const programme = await programmeOf(meeting.ownerId, meeting.programmeId);
      const row = await cancelMeeting(commandDeps(actor, programme, request.locale), meeting);
      deps.kickMail();
      return detailView(actor, row);
    },
  );

  app.put(
    `${meetingBase}/attendance`,
    { schema: { tags, params: MeetingParams, body: AttendanceInputSchema, response: { 200: MeetingDetailSchema } } },
    async (request) => {
      const actor = requireActor(request);
      const meeting = await meetingFor(actor, request.params.ownerId, request.params.meetingId);
      if (!canTakeAttendance(actor, meeting)) throw new AppError('FORBIDDEN');
      await takeAttendance(db, actor, meeting, request.body);
      return detailView(actor, meeting);
    },
  );

  // Social meetups

  async function meetupList(actor: Actor, programme: ProgrammeRow) {
    const rows = await db
      .select()
      .from(socialMeetups)
      .where(and(eq(socialMeetups.ownerId, programme.ownerId), eq(socialMeetups.programmeId, programme.id)))
      .orderBy(asc(socialMeetups.startsAt));
    const meetups = await presentMeetups(db, programme.ownerId, rows);
    const signups = await listSignups(
      db,
      programme.ownerId,
      rows.map((r) => r.id),
    );
    return {
      meetups: meetups.map((m) => ({
        ...m,
        signups: signups.filter((s) => s.meetupId === m.id).map(({ meetupId: _, ...s }) => s),
      })),
      canManage: canManageProgrammes(actor, programme.ownerId),
    };
  }

  app.get(
    `${programmeBase}/meetups`,
    { schema: { tags, params: ProgrammeParams, response: { 200: MeetupListSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'view');
      return meetupList(actor, await programmeOf(request.params.ownerId, request.params.programmeId));
    },
  );

  app.post(
    `${programmeBase}/meetups`,
    { schema: { tags, params: ProgrammeParams, body: MeetupInputSchema, response: { 201: MeetupSchema } } },
    async (request, reply) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const programme = await programmeOf(request.params.ownerId, request.params.programmeId);
      const { meetup, mails } = await publishMeetup(commandDeps(actor, programme, request.locale), request.body);
      if (mails) deps.kickMail();
      const [presented] = await presentMeetups(db, programme.ownerId, [meetup]);
      if (!presented) throw new AppError('NOT_FOUND');
      return reply.code(201).send(presented);
    },
  );

  async function meetupFor(ownerId: string, meetupId: string) {
    const meetup = await getMeetupRow(db, ownerId, meetupId);
    if (!meetup) throw new AppError('NOT_FOUND');
    return { meetup, programme: await programmeOf(ownerId, meetup.programmeId) };
  }

  app.patch(
    meetupBase,
    { schema: { tags, params: MeetupParams, body: MeetupPatchSchema, response: { 200: MeetupSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const { meetup, programme } = await meetupFor(request.params.ownerId, request.params.meetupId);
      const row = await editMeetup(commandDeps(actor, programme, request.locale), meetup, request.body);
      deps.kickMail();
      const [presented] = await presentMeetups(db, programme.ownerId, [row]);
      return presented;
    },
  );

  app.post(
    `${meetupBase}/cancel`,
    { schema: { tags, params: MeetupParams, response: { 200: MeetupSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const { meetup, programme } = await meetupFor(request.params.ownerId, request.params.meetupId);
      const row = await cancelMeetup(commandDeps(actor, programme, request.locale), meetup);
      deps.kickMail();
      const [presented] = await presentMeetups(db, programme.ownerId, [row]);
      return presented;
    },
  );
}
