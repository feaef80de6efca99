import { DateTime } from 'luxon';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import { TIME_ZONE } from '../calendar/feed.ts';

/** The instant of an Oslo day and wall-clock time (`HH:MM`); across the October change luxon picks the offset. */
export function osloInstant(date: IsoDate, time: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: TIME_ZONE }).toJSDate();
}

/** An instant as its Oslo day and `HH:MM`. */
export function osloParts(at: Date): { date: IsoDate; time: string } {
  const d = DateTime.fromJSDate(at).setZone(TIME_ZONE);
  return { date: d.toISODate() as IsoDate, time: d.toFormat('HH:mm') };
}

/** An instant written with Oslo's offset (`2026-09-10T09:00:00+02:00`), as the annual plan wants it. */
export function osloIso(at: Date): string {
  return DateTime.fromJSDate(at).setZone(TIME_ZONE).toISO({ suppressMilliseconds: true }) as string;
}
