import { and, eq, inArray } from 'drizzle-orm';
import { isForAudiences } from '../../../shared/rules/annual-plan.ts';
import { schoolYearOf } from '../../../shared/rules/school-year.ts';
import { programmes } from '../../db/schema.ts';
import type { FeedItem, FeedSource } from '../calendar/feed.ts';
import { canManageProgrammes } from '../mentoring/policy.ts';
import { planAccess } from './policy.ts';
import { listPlanEventRows, myPlanProgrammes, participation, planEventItem } from './queries.ts';

/** A plan event's UID in feeds: stable across edits, so a calendar app moves the event rather than adding one. */
export const planEventUid = (eventId: string) => `plan-event-${eventId}@tillit`;

/**
 * The plan's own events in the personal calendar feed: a participant's programmes (their audiences'
 * events) and, for those who run a programme, this school year's programmes of the owners they manage
 * (every event). Other kinds of plan item come to the feed through their own source (network meetings)
 * or not at all (survey dates are in the invitation mail). Timed events are in Europe/Oslo; all-day ones
 * may span several days.
 */
export const planEventFeedItems: FeedSource = async (db, { actor, today }) => {
  const mine = await myPlanProgrammes(db, actor);
  const managed = [...actor.ownerRoles.keys()].filter((ownerId) => canManageProgrammes(actor, ownerId));
  const running = managed.length
    ? await db
        .select({ ownerId: programmes.ownerId, programmeId: programmes.id, name: programmes.name })
        .from(programmes)
        .where(and(inArray(programmes.ownerId, managed), eq(programmes.schoolYear, schoolYearOf(today))))
    : [];
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const p of [...running, ...mine]) {
    if (seen.has(p.programmeId)) continue;
    seen.add(p.programmeId);
    const access = planAccess(actor, p.ownerId, await participation(db, actor, p.ownerId, p.programmeId));
    if (!access) continue;
    const audiences = access.asParticipant ? access.audiences : undefined;
    const rows = await listPlanEventRows(db, p.ownerId, p.programmeId, '1970-01-01', '9999-12-31');
    for (const row of rows) {
      const item = planEventItem(row);
      if (!isForAudiences(item, audiences)) continue;
      items.push({
        uid: planEventUid(row.id),
        when:
          item.startsAt && item.endsAt
            ? { start: new Date(item.startsAt), end: new Date(item.endsAt) }
            : item.startsAt
              ? { start: new Date(item.startsAt), end: new Date(new Date(item.startsAt).getTime() + 3_600_000) }
              : { allDay: item.date, lastDay: item.endDate },
        summary: item.title,
        description: [p.name, item.description].filter(Boolean).join('\n\n'),
        location: item.place,
        sequence: Math.floor(row.updatedAt.getTime() / 1000) - Math.floor(row.createdAt.getTime() / 1000),
      });
    }
  }
  return items;
};
