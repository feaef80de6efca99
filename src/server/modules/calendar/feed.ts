import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Locale } from '../../../shared/enums.ts';
import { translate } from '../../../shared/i18n/index.ts';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';

/*
 * A user's personal calendar feed (RFC 5545), written with ical-generator.
 *
 * Items come from a list of sources (`FEED_SOURCES`): mentoring sessions now; network meetings and
 * programme events add a source each (a function from the feed's owner to items) and nothing else.
 *
 * Mentoring sessions have a date and no time in Tillit, so they are all-day events (DTSTART;VALUE=DATE):
 * a made-up hour would put a false block in people's calendars and collide with teaching. Each session
 * is its own event, not one RRULE with EXDATEs: the plan skips holidays, sessions are moved, cancelled
 * and held one by one, and subscribed calendars (Google, Outlook) handle overrides of a recurring series
 * (RECURRENCE-ID) in a feed unreliably, while single events with stable UIDs update cleanly.
 *
 * Timed items (network meetings later) are written in Europe/Oslo (DTSTART;TZID=Europe/Oslo) with the
 * VTIMEZONE the feed carries. DTSTAMP is UTC.
 */

export const TIME_ZONE = 'Europe/Oslo';

export interface FeedItem {
  /** Stable across refreshes and changes, so a calendar app updates the event rather than adding one. */
  uid: string;
  /** `allDay` with `lastDay` spans several days (both included). */
  when: { allDay: IsoDate; lastDay?: IsoDate | undefined } | { start: Date; end: Date };
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  cancelled?: boolean | undefined;
  /** Raised when the item changes (moved, cancelled, held), so clients take the new version. */
  sequence?: number | undefined;
}

export interface FeedContext {
  actor: Actor;
  locale: Locale;
  today: IsoDate;
  publicUrl: string;
}

/** The seam: one function per kind of item. Network meetings and programme events add theirs here. */
export type FeedSource = (db: DbOrTx, ctx: FeedContext) => Promise<FeedItem[]>;

/** VTIMEZONE for Europe/Oslo. tzdata keeps Oslo as a link to Berlin (same rules since 1980), so the
 * library's block is named back to the zone we use. */
function osloVtimezone(): string {
  const [block] = tzlib_get_ical_block(TIME_ZONE) as [string, string];
  return block.replace(/Europe\/Berlin/g, TIME_ZONE);
}

export function buildFeed(items: readonly FeedItem[], opts: { locale: Locale; now: Date }): string {
  const cal = ical({
    name: translate(opts.locale, 'calendar.feed.name'),
    prodId: { company: 'Tillit', product: 'Tillit', language: opts.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    x: [
      ['X-WR-TIMEZONE', TIME_ZONE],
      ['X-PUBLISHED-TTL', 'PT6H'],
    ],
  });
  for (const item of items) {
    const common = {
      id: item.uid,
      stamp: opts.now,
      summary: item.summary,
      description: item.description ?? null,
      location: item.location ?? null,
      sequence: item.sequence ?? 0,
      status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    };
    if ('allDay' in item.when) {
      const day = DateTime.fromISO(item.when.allDay, { zone: 'UTC' });
      const last = item.when.lastDay ? DateTime.fromISO(item.when.lastDay, { zone: 'UTC' }) : day;
      cal.createEvent({ ...common, allDay: true, start: day, end: last.plus({ days: 1 }) });
    } else {
      cal.createEvent({
        ...common,
        timezone: TIME_ZONE,
        start: DateTime.fromJSDate(item.when.start).setZone(TIME_ZONE),
        end: DateTime.fromJSDate(item.when.end).setZone(TIME_ZONE),
      });
    }
  }
  // ical-generator writes VTIMEZONE only with a calendar time zone, which would also move DTSTAMP out
  // of UTC; so the block goes in before the first component after the calendar's own properties.
  const text = cal.toString();
  const vtimezone = osloVtimezone().trim().split(/\r?\n/).join('\r\n');
  const at = text.indexOf('BEGIN:VEVENT');
  const end = text.lastIndexOf('END:VCALENDAR');
  const cut = at >= 0 ? at : end;
  return `${text.slice(0, cut)}${vtimezone}\r\n${text.slice(cut)}`;
}
