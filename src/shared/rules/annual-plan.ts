import type { PlanAudience, PlanItem } from '../schemas/annual-plan.ts';
import type { IsoDate, SchoolYear } from './school-year.ts';
import { startYearOf } from './school-year.ts';

/*
 * The annual plan's pure rules: the span and months of a school year as the year wheel draws it,
 * where a day sits on the wheel, and the order and filtering of merged items. The wheel has twelve
 * sectors from August to July: the school year runs August to June, and July (summer) closes the
 * circle so every sector is one month.
 */

/** The first and last day the plan covers by default: 1 August to 31 July. */
export function planSpan(schoolYear: SchoolYear): { from: IsoDate; to: IsoDate } {
  const start = startYearOf(schoolYear);
  return { from: `${start}-08-01`, to: `${start + 1}-07-31` };
}

/** The twelve months of the wheel, August first, as `YYYY-MM`. */
export function planMonths(schoolYear: SchoolYear): string[] {
  const start = startYearOf(schoolYear);
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((7 + i) % 12) + 1;
    const year = month >= 8 ? start : start + 1;
    return `${year}-${String(month).padStart(2, '0')}`;
  });
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The wheel's sector of a day: August = 0 … July = 11. */
export function monthSector(date: IsoDate): number {
  return (Number(date.slice(5, 7)) + 4) % 12;
}

/**
 * Where a day sits on the wheel, in degrees clockwise from 12 o'clock: each month a 30° sector, the day
 * at the middle of its share of the month (1 August → 0.48°, 31 July → 359.5°).
 */
export function wheelAngle(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return monthSector(date) * 30 + ((day - 0.5) / daysInMonth(year, month)) * 30;
}

/** Whether an item touches the span [from, to] (both included). */
export function overlaps(item: Pick<PlanItem, 'date' | 'endDate'>, from: IsoDate, to: IsoDate): boolean {
  return item.date <= to && (item.endDate ?? item.date) >= from;
}

/** Whether an item is for any of the given audiences (undefined: everyone's view). */
export function isForAudiences(item: Pick<PlanItem, 'audiences'>, audiences: readonly PlanAudience[] | undefined) {
  return audiences === undefined || item.audiences.some((a) => audiences.includes(a));
}

/** The plan's order: by day; all-day items before timed ones of the same day; then time, title and id. */
export function comparePlanItems(a: PlanItem, b: PlanItem): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const at = a.startsAt ?? '';
  const bt = b.startsAt ?? '';
  if (at !== bt) return at < bt ? -1 : 1;
  const byTitle = a.title.localeCompare(b.title, 'nb');
  if (byTitle !== 0) return byTitle;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
