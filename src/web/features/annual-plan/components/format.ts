import type { Locale } from '../../../lib/i18n.tsx';
import type { PlanItem } from '../api.ts';

const INTL: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** "september 2026" for `2026-09`. */
export function monthName(locale: Locale, month: string, withYear = true): string {
  return new Intl.DateTimeFormat(INTL[locale], {
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** "tor. 10. sep." for a calendar day. */
export function dayLabel(locale: Locale, date: string, long = false): string {
  return new Intl.DateTimeFormat(INTL[locale], {
    weekday: long ? 'long' : 'short',
    day: 'numeric',
    month: long ? 'long' : 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "09:00" in Oslo for an instant. */
export function clock(locale: Locale, instant: string): string {
  return new Intl.DateTimeFormat(INTL[locale], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  }).format(new Date(instant));
}

/** When an item happens, as one short line: its days, and its times when it has them. */
export function whenText(locale: Locale, item: PlanItem, allDay: string): string {
  const days = item.endDate
    ? `${dayLabel(locale, item.date)} – ${dayLabel(locale, item.endDate)}`
    : dayLabel(locale, item.date);
  if (!item.startsAt) return item.endDate ? days : `${days}, ${allDay}`;
  const end = item.endsAt ? `–${clock(locale, item.endsAt)}` : '';
  return `${days}, ${clock(locale, item.startsAt)}${end}`;
}
