import { and, asc, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import type { PlanEvent, PlanItem } from '../../../shared/schemas/annual-plan.ts';
import type { DbOrTx } from '../../db/client.ts';
import { enrolments, mentorPairs, mentorProfiles, planEvents, programmes } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { canReachOwner, rolesAt } from '../auth/policy.ts';
import type { Participation } from './policy.ts';

/* Annual plan reads. Every query filters by the owner id in its WHERE clause. */

export type PlanEventRow = typeof planEvents.$inferSelect;

const OSLO = 'Europe/Oslo';

/** An Oslo wall-clock time on a day as an ISO instant with Oslo's offset (`2026-09-10T09:00:00+02:00`). */
export function osloInstant(date: IsoDate, time: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone: OSLO }).toISO({ suppressMilliseconds: true }) ?? '';
}

export async function getPlanEventRow(db: DbOrTx, ownerId: string, programmeId: string, eventId: string) {
  const [row] = await db
    .select()
    .from(planEvents)
    .where(and(eq(planEvents.ownerId, ownerId), eq(planEvents.programmeId, programmeId), eq(planEvents.id, eventId)));
  return row ?? null;
}

/** The programme's own events that touch [from, to]. */
export async function listPlanEventRows(db: DbOrTx, ownerId: string, programmeId: string, from: IsoDate, to: IsoDate) {
  return db
    .select()
    .from(planEvents)
    .where(
      and(
        eq(planEvents.ownerId, ownerId),
        eq(planEvents.programmeId, programmeId),
        lte(planEvents.date, to),
        or(gte(planEvents.date, from), gte(planEvents.endDate, from)),
      ),
    )
    .orderBy(asc(planEvents.date));
}

export function presentPlanEvent(row: PlanEventRow): PlanEvent {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    place: row.place,
    date: row.date,
    endDate: row.endDate,
    startTime: row.startTime,
    endTime: row.endTime,
    audiences: row.audiences,
  };
}

/** An own event as a plan item: timed when it has a start time, all-day (over several days with `endDate`) otherwise. */
export function planEventItem(row: PlanEventRow): PlanItem {
  const endDate = row.endDate && row.endDate !== row.date ? row.endDate : undefined;
  const item: PlanItem = {
    id: `event:${row.id}`,
    source: 'event',
    kind: row.kind,
    title: row.title,
    date: row.date,
    audiences: row.audiences,
  };
  if (endDate) item.endDate = endDate;
  if (row.description) item.description = row.description;
  if (row.place) item.place = row.place;
  if (row.startTime) {
    item.startsAt = osloInstant(row.date, row.startTime);
    if (row.endTime) item.endsAt = osloInstant(row.endDate ?? row.date, row.endTime);
  }
  return item;
}

/** Whether the caller's person is an NQT or a mentor in the programme. */
export async function participation(
  db: DbOrTx,
  actor: Actor,
  ownerId: string,
  programmeId: string,
): Promise<Participation> {
  if (!actor.personId) return { isNqt: false, isMentor: false };
  const personId = actor.personId;
  const [nqt, profile, pair] = await Promise.all([
    db
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(
        and(
          eq(enrolments.ownerId, ownerId),
          eq(enrolments.programmeId, programmeId),
          eq(enrolments.personId, personId),
          isNull(enrolments.leftOn),
        ),
      )
      .limit(1),
    db
      .select({ id: mentorProfiles.id })
      .from(mentorProfiles)
      .where(
        and(
          eq(mentorProfiles.ownerId, ownerId),
          eq(mentorProfiles.programmeId, programmeId),
          eq(mentorProfiles.personId, personId),
        ),
      )
      .limit(1),
    db
      .select({ id: mentorPairs.id })
      .from(mentorPairs)
      .where(
        and(
          eq(mentorPairs.ownerId, ownerId),
          eq(mentorPairs.programmeId, programmeId),
          eq(mentorPairs.mentorPersonId, personId),
          eq(mentorPairs.status, 'accepted'),
        ),
      )
      .limit(1),
  ]);
  return { isNqt: nqt.length > 0, isMentor: profile.length > 0 || pair.length > 0 };
}

/**
 * The programmes whose plan the caller sees as a participant: where they are enrolled, mentor, or (for a
 * unit leader) every programme of the owners where they lead a unit. Newest school year first.
 */
export async function myPlanProgrammes(db: DbOrTx, actor: Actor) {
  const ids = new Set<string>();
  if (actor.personId) {
    const personId = actor.personId;
    const [nqt, profile, pair] = await Promise.all([
      db
        .select({ id: enrolments.programmeId })
        .from(enrolments)
        .where(and(eq(enrolments.personId, personId), isNull(enrolments.leftOn))),
      db.select({ id: mentorProfiles.programmeId }).from(mentorProfiles).where(eq(mentorProfiles.personId, personId)),
      db
        .select({ id: mentorPairs.programmeId })
        .from(mentorPairs)
        .where(and(eq(mentorPairs.mentorPersonId, personId), eq(mentorPairs.status, 'accepted'))),
    ]);
    for (const r of [...nqt, ...profile, ...pair]) ids.add(r.id);
  }
  const leaderOwners = [...actor.ownerRoles.keys()].filter((ownerId) => rolesAt(actor, ownerId).has('unit_leader'));
  const conditions = [];
  if (ids.size > 0) conditions.push(inArray(programmes.id, [...ids]));
  if (leaderOwners.length > 0) conditions.push(inArray(programmes.ownerId, leaderOwners));
  if (conditions.length === 0) return [];
  const rows = await db
    .select({
      ownerId: programmes.ownerId,
      programmeId: programmes.id,
      name: programmes.name,
      schoolYear: programmes.schoolYear,
    })
    .from(programmes)
    .where(or(...conditions))
    .orderBy(desc(programmes.schoolYear), asc(programmes.name));
  // Only programmes of owners the caller reaches (an old enrolment at a former employer is not shown).
  return rows.filter((r) => canReachOwner(actor, r.ownerId));
}
