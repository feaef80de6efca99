import { and, eq, inArray, or } from 'drizzle-orm';
import { translate } from '../../../shared/i18n/index.ts';
import { mentorPairs, people, units } from '../../db/schema.ts';
import { listPairSessionRows, loadMyPair, mergeSchedule } from '../mentoring/sessions.ts';
import type { FeedItem, FeedSource } from './feed.ts';

/** A session's UID in feeds and .ics attachments alike: its pair and its planned day (or row id when unplanned). */
export const sessionUid = (pairId: string, key: string) => `session-${pairId}-${key}@tillit`;

/**
 * The caller's mentoring sessions, as mentor or NQT, in every pair they are (or were) part of: the plan
 * merged with what was done (`mergeSchedule`, the same code as the pair's page). Private notes are never
 * read here: the merge gets an empty note map, and no field of a session's note reaches an item.
 */
export const mentoringSessionItems: FeedSource = async (db, { actor, locale, publicUrl }) => {
  if (!actor.personId) return [];
  const pairs = await db
    .select({ id: mentorPairs.id })
    .from(mentorPairs)
    .where(
      and(
        inArray(mentorPairs.status, ['accepted', 'ended']),
        or(eq(mentorPairs.mentorPersonId, actor.personId), eq(mentorPairs.nqtPersonId, actor.personId)),
      ),
    );
  const items: FeedItem[] = [];
  for (const { id } of pairs) {
    const ctx = await loadMyPair(db, actor, id);
    const ownerId = ctx.pair.ownerId;
    const otherId = ctx.role === 'mentor' ? ctx.pair.nqtPersonId : ctx.pair.mentorPersonId;
    const [other] = await db
      .select({ givenName: people.givenName, familyName: people.familyName })
      .from(people)
      .where(and(eq(people.ownerId, ownerId), eq(people.id, otherId)));
    const [unit] = ctx.enrolment.unitId
      ? await db
          .select({ name: units.name })
          .from(units)
          .where(and(eq(units.ownerId, ownerId), eq(units.id, ctx.enrolment.unitId)))
      : [];
    const rows = await listPairSessionRows(db, ctx.pair);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const schedule = mergeSchedule(ctx.plan, rows, new Map());
    const name = other ? `${other.givenName} ${other.familyName}` : '';
    const link = ctx.role === 'mentor' ? `${publicUrl}/mine-nyutdannede/${id}` : `${publicUrl}/min-veiledning`;
    for (const s of schedule) {
      const row = byId.get(s.id);
      // A planned session keeps its UID when it is moved, cancelled or held (keyed by its planned day).
      const key = row ? (row.plannedDate ?? row.id) : s.date;
      const minutes = s.heldMinutes ?? s.plannedMinutes ?? 0;
      const params = { name, minutes, from: s.date, link };
      const description =
        s.status === 'held'
          ? translate(locale, 'calendar.feed.session.held', params)
          : s.status === 'cancelled'
            ? translate(locale, 'calendar.feed.session.cancelled', params)
            : s.status === 'moved'
              ? translate(locale, 'calendar.feed.session.moved', params)
              : translate(locale, 'calendar.feed.session.planned', params);
      items.push({
        uid: sessionUid(id, key),
        when: { allDay: s.movedTo ?? s.date },
        summary:
          s.status === 'cancelled'
            ? translate(locale, 'calendar.feed.session.summaryCancelled', { name })
            : translate(locale, 'calendar.feed.session.summary', { name }),
        description,
        location: unit?.name,
        cancelled: s.status === 'cancelled',
        sequence: row ? 1 : 0,
      });
    }
  }
  return items;
};
