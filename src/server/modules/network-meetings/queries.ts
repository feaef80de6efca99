import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { SUB_GOALS, type SubGoal } from '../../../shared/rules/sub-goals.ts';
import type { AttendanceStatus, ManagedMeeting, Meeting, Meetup } from '../../../shared/schemas/network-meetings.ts';
import type { ResourceAudience } from '../../../shared/schemas/resources.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  employments,
  networkGroupMembers,
  networkGroups,
  networkMeetingAttendance,
  networkMeetingMaterials,
  networkMeetings,
  people,
  roleGrants,
  socialMeetupSignups,
  socialMeetups,
  units,
  users,
} from '../../db/schema.ts';
import { resolveResourcesForMeeting } from '../resources/queries.ts';
import { osloParts } from './time.ts';

/*
 * Reads of network meetings and meetups. Every query filters by the owner id in its WHERE clause.
 */

export type MeetingRow = typeof networkMeetings.$inferSelect;
export type MeetupRow = typeof socialMeetups.$inferSelect;

const name = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

export async function getMeetingRow(db: DbOrTx, ownerId: string, meetingId: string): Promise<MeetingRow | null> {
  const [row] = await db
    .select()
    .from(networkMeetings)
    .where(and(eq(networkMeetings.ownerId, ownerId), eq(networkMeetings.id, meetingId)));
  return row ?? null;
}

/** The groups of a programme (both kinds) with their member counts. */
export async function listProgrammeGroups(db: DbOrTx, ownerId: string, programmeId: string) {
  return db
    .select({
      id: networkGroups.id,
      name: networkGroups.name,
      kind: networkGroups.kind,
      members: sql<number>`(select count(*)::int from ${networkGroupMembers} m where m.group_id = ${networkGroups.id} and m.owner_id = ${networkGroups.ownerId})`,
    })
    .from(networkGroups)
    .where(and(eq(networkGroups.ownerId, ownerId), eq(networkGroups.programmeId, programmeId)))
    .orderBy(asc(networkGroups.kind), asc(networkGroups.position));
}

/** People of the owner with a login that coordinates programmes or educates teachers: the facilitators offered. */
export async function listFacilitatorChoices(db: DbOrTx, ownerId: string) {
  const rows = await db
    .selectDistinct({ personId: people.id, givenName: people.givenName, familyName: people.familyName })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .innerJoin(people, and(eq(people.id, users.personId), eq(people.ownerId, ownerId)))
    .where(
      and(
        eq(roleGrants.ownerId, ownerId),
        isNull(roleGrants.revokedAt),
        inArray(roleGrants.role, ['programme_coordinator', 'teacher_educator']),
      ),
    );
  return rows.map((r) => ({ personId: r.personId, name: name(r) })).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** Members of one group: name, unit (their current employment's, if any) and the attendance recorded. */
export async function listMeetingRoster(db: DbOrTx, meeting: MeetingRow) {
  const rows = await db
    .select({
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      status: networkMeetingAttendance.status,
    })
    .from(networkGroupMembers)
    .innerJoin(people, and(eq(people.id, networkGroupMembers.personId), eq(people.ownerId, meeting.ownerId)))
    .leftJoin(
      networkMeetingAttendance,
      and(
        eq(networkMeetingAttendance.meetingId, meeting.id),
        eq(networkMeetingAttendance.ownerId, meeting.ownerId),
        eq(networkMeetingAttendance.personId, people.id),
      ),
    )
    .where(and(eq(networkGroupMembers.ownerId, meeting.ownerId), eq(networkGroupMembers.groupId, meeting.groupId)));
  const unitNames = await unitsOf(
    db,
    meeting.ownerId,
    rows.map((r) => r.personId),
  );
  return rows
    .map((r) => ({
      personId: r.personId,
      name: name(r),
      unitName: unitNames.get(r.personId) ?? null,
      status: (r.status ?? null) as AttendanceStatus | null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** Each person's unit for a roster: the unit of a current employment (the first by name when several). */
async function unitsOf(db: DbOrTx, ownerId: string, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: employments.personId, unitName: units.name })
    .from(employments)
    .innerJoin(units, and(eq(units.id, employments.unitId), eq(units.ownerId, ownerId)))
    .where(and(eq(employments.ownerId, ownerId), inArray(employments.personId, personIds), isNull(employments.endDate)))
    .orderBy(asc(units.name));
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.personId)) out.set(r.personId, r.unitName);
  return out;
}

/**
 * Meetings presented: group name, facilitator names, Oslo day and times, and the materials the reader
 * may see (`visible`: an audience list, or 'all' for the programme's managers).
 */
export async function presentMeetings(
  db: DbOrTx,
  ownerId: string,
  rows: readonly MeetingRow[],
  visible: ResourceAudience[] | 'all',
): Promise<Meeting[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const groupRows = await db
    .select({ id: networkGroups.id, name: networkGroups.name })
    .from(networkGroups)
    .where(
      and(eq(networkGroups.ownerId, ownerId), inArray(networkGroups.id, [...new Set(rows.map((r) => r.groupId))])),
    );
  const groupName = new Map(groupRows.map((g) => [g.id, g.name]));
  const facilitatorIds = [...new Set(rows.flatMap((r) => r.facilitatorPersonIds))];
  const facilitatorRows = facilitatorIds.length
    ? await db
        .select({ id: people.id, givenName: people.givenName, familyName: people.familyName })
        .from(people)
        .where(and(eq(people.ownerId, ownerId), inArray(people.id, facilitatorIds)))
    : [];
  const facilitatorName = new Map(facilitatorRows.map((p) => [p.id, name(p)]));
  const materialRows = await db
    .select()
    .from(networkMeetingMaterials)
    .where(and(eq(networkMeetingMaterials.ownerId, ownerId), inArray(networkMeetingMaterials.meetingId, ids)))
    .orderBy(asc(networkMeetingMaterials.position));
  const { found } = await resolveResourcesForMeeting(
    db,
    ownerId,
    materialRows.map((m) => m.resourceId),
    visible,
  );
  const resourceById = new Map(found.map((r) => [r.id, r]));
  return rows.map((r) => {
    const start = osloParts(r.startsAt);
    const end = osloParts(r.endsAt);
    return {
      id: r.id,
      ownerId: r.ownerId,
      programmeId: r.programmeId,
      groupId: r.groupId,
      groupName: groupName.get(r.groupId) ?? '',
      kind: r.kind,
      seriesId: r.seriesId,
      theme: r.theme,
      title: r.title,
      description: r.description,
      subGoals: r.subGoals,
      place: r.place,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      date: start.date,
      startTime: start.time,
      endTime: end.time,
      facilitators: r.facilitatorPersonIds.flatMap((id) => {
        const n = facilitatorName.get(id);
        return n ? [{ personId: id, name: n }] : [];
      }),
      externalFacilitators: r.externalFacilitators,
      cancelled: r.cancelledAt !== null,
      materials: materialRows.flatMap((m) => {
        const res = m.meetingId === r.id ? resourceById.get(m.resourceId) : undefined;
        return res ? [res] : [];
      }),
    };
  });
}

/** Attendance counts per meeting against its group's current members. */
export async function withAttendanceCounts(
  db: DbOrTx,
  ownerId: string,
  meetings: readonly Meeting[],
): Promise<ManagedMeeting[]> {
  if (meetings.length === 0) return [];
  const counts = await db
    .select({
      meetingId: networkMeetingAttendance.meetingId,
      status: networkMeetingAttendance.status,
      n: sql<number>`count(*)::int`,
    })
    .from(networkMeetingAttendance)
    .where(
      and(
        eq(networkMeetingAttendance.ownerId, ownerId),
        inArray(
          networkMeetingAttendance.meetingId,
          meetings.map((m) => m.id),
        ),
      ),
    )
    .groupBy(networkMeetingAttendance.meetingId, networkMeetingAttendance.status);
  const sizes = await db
    .select({ groupId: networkGroupMembers.groupId, n: sql<number>`count(*)::int` })
    .from(networkGroupMembers)
    .where(
      and(
        eq(networkGroupMembers.ownerId, ownerId),
        inArray(networkGroupMembers.groupId, [...new Set(meetings.map((m) => m.groupId))]),
      ),
    )
    .groupBy(networkGroupMembers.groupId);
  const size = new Map(sizes.map((s) => [s.groupId, s.n]));
  return meetings.map((m) => {
    const of = (status: AttendanceStatus) => counts.find((c) => c.meetingId === m.id && c.status === status)?.n ?? 0;
    return {
      ...m,
      attendance: {
        members: size.get(m.groupId) ?? 0,
        present: of('present'),
        absent: of('absent'),
        excused: of('excused'),
      },
    };
  });
}

/**
 * Held network minutes per sub-goal in a programme: meetings that have ended by `now` and were not
 * cancelled, each counting its full length for every sub-goal it is tagged with.
 */
export async function networkSubGoalMinutes(db: DbOrTx, ownerId: string, programmeId: string, now: Date) {
  const rows = await db
    .select({
      subGoal: sql<SubGoal>`g.sub_goal`,
      minutes: sql<number>`coalesce(sum(extract(epoch from (${networkMeetings.endsAt} - ${networkMeetings.startsAt})) / 60), 0)::int`,
      meetings: sql<number>`count(*)::int`,
    })
    .from(sql`${networkMeetings} cross join lateral unnest(${networkMeetings.subGoals}) as g(sub_goal)`)
    .where(
      and(
        eq(networkMeetings.ownerId, ownerId),
        eq(networkMeetings.programmeId, programmeId),
        isNull(networkMeetings.cancelledAt),
        lt(networkMeetings.endsAt, now),
      ),
    )
    .groupBy(sql`g.sub_goal`);
  return SUB_GOALS.map((subGoal) => {
    const r = rows.find((x) => x.subGoal === subGoal);
    return { subGoal, minutes: r?.minutes ?? 0, meetings: r?.meetings ?? 0 };
  });
}

/** Meetups presented with their sign-up counts. */
export async function presentMeetups(db: DbOrTx, ownerId: string, rows: readonly MeetupRow[]): Promise<Meetup[]> {
  if (rows.length === 0) return [];
  const counts = await db
    .select({ meetupId: socialMeetupSignups.meetupId, n: sql<number>`count(*)::int` })
    .from(socialMeetupSignups)
    .where(
      and(
        eq(socialMeetupSignups.ownerId, ownerId),
        inArray(
          socialMeetupSignups.meetupId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .groupBy(socialMeetupSignups.meetupId);
  return rows.map((r) => {
    const start = osloParts(r.startsAt);
    return {
      id: r.id,
      ownerId: r.ownerId,
      programmeId: r.programmeId,
      title: r.title,
      description: r.description,
      place: r.place,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      date: start.date,
      startTime: start.time,
      endTime: osloParts(r.endsAt).time,
      capacity: r.capacity,
      signedUp: counts.find((c) => c.meetupId === r.id)?.n ?? 0,
      cancelled: r.cancelledAt !== null,
    };
  });
}

export async function getMeetupRow(db: DbOrTx, ownerId: string, meetupId: string): Promise<MeetupRow | null> {
  const [row] = await db
    .select()
    .from(socialMeetups)
    .where(and(eq(socialMeetups.ownerId, ownerId), eq(socialMeetups.id, meetupId)));
  return row ?? null;
}

/** Who signed up for a meetup (for the coordinator). */
export async function listSignups(db: DbOrTx, ownerId: string, meetupIds: string[]) {
  if (meetupIds.length === 0) return [];
  const rows = await db
    .select({
      meetupId: socialMeetupSignups.meetupId,
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(socialMeetupSignups)
    .innerJoin(people, and(eq(people.id, socialMeetupSignups.personId), eq(people.ownerId, ownerId)))
    .where(and(eq(socialMeetupSignups.ownerId, ownerId), inArray(socialMeetupSignups.meetupId, meetupIds)))
    .orderBy(asc(socialMeetupSignups.createdAt));
  const unitNames = await unitsOf(
    db,
    ownerId,
    rows.map((r) => r.personId),
  );
  return rows.map((r) => ({
    meetupId: r.meetupId,
    personId: r.personId,
    name: name(r),
    unitName: unitNames.get(r.personId) ?? null,
  }));
}
