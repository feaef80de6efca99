import { addDays, addMonths, endOfISOWeek, endOfMonth, parseISO, startOfMonth } from 'date-fns';
import { type ProgrammeYear, sessionMinutes, type YearCadences } from './cadence.ts';
import { programmeYearOn } from './eligibility.ts';
import {
  earliest,
  type IsoDate,
  isoDay,
  isSchoolDay,
  mondayOf,
  plusDays,
  plusYears,
  type SchoolYearCalendar,
  weekday,
} from './school-year.ts';

/*
 * The planned schedule of one NQT's mentoring in one school year (one programme), from which held
 * sessions are later measured ("make sure the mentoring actually happens").
 *
 * - Slots: one per ISO week (weekly cadence) or per calendar month (monthly). A slot without a
 *   school day (a week that is wholly holiday, July) has no session; it is skipped, not moved to
 *   another slot, so a holiday never makes a later week heavier.
 * - The day inside a slot: in a week, the first school day on or after the preferred weekday, else
 *   the last school day before it; in a month, the first school day on the preferred weekday, else
 *   the first school day. A session thus moves within its week or month past a holiday.
 * - Start: the first school day, or for an NQT who starts later (a mid-year start), the first whole
 *   week from the start: a start on a Monday counts that week, any other day the next one.
 * - Year two: from the first anniversary of the start in the profession the year-two cadence
 *   applies; the plan stops the day before the second anniversary, at the end date (left, moved),
 *   or at the school year's last day, whichever is first. A programme year set by hand holds for the
 *   whole plan.
 * - Part-time: see `sessionMinutes` (by default the full time whatever the position size).
 */

export interface PlannedSession {
  date: IsoDate;
  minutes: number;
  programmeYear: ProgrammeYear;
}

export interface PlanInput {
  cadences: YearCadences;
  calendar: SchoolYearCalendar;
  /** First day in the profession: the programme years count from it. */
  professionStart: IsoDate;
  /** When mentoring begins, if later than the start in the profession (e.g. enrolled later). */
  startsOn?: IsoDate;
  /** Last day of mentoring (left, or the pair ended), inclusive. */
  endsOn?: IsoDate | null;
  /** A programme year set by hand: it applies to the whole plan instead of the anniversary rule. */
  fixedYear?: ProgrammeYear | null;
  positionPercent?: number;
  scaleByPosition?: boolean;
  /** Preferred ISO weekday of sessions, 1 (Monday) – 5 (Friday). */
  weekday?: number;
}

/** The first day of mentoring: the first school day, or the first whole week from a later start. */
export function firstPlanDay(calendar: SchoolYearCalendar, startsOn: IsoDate): IsoDate {
  if (startsOn <= calendar.firstDay) return calendar.firstDay;
  return weekday(startsOn) === 1 ? startsOn : plusDays(mondayOf(startsOn), 7);
}

/** In a week: the first school day on or after the preferred weekday, else the last before it. */
function pickDayOfWeek(from: IsoDate, to: IsoDate, preferred: number, calendar: SchoolYearCalendar): IsoDate | null {
  let before: IsoDate | null = null;
  for (let d = from; d <= to; d = plusDays(d, 1)) {
    if (!isSchoolDay(d, calendar)) continue;
    if (weekday(d) >= preferred) return d;
    before = d;
  }
  return before;
}

/** In a month: the first school day on the preferred weekday, else the first school day. */
function pickDayOfMonth(from: IsoDate, to: IsoDate, preferred: number, calendar: SchoolYearCalendar): IsoDate | null {
  let first: IsoDate | null = null;
  for (let d = from; d <= to; d = plusDays(d, 1)) {
    if (!isSchoolDay(d, calendar)) continue;
    if (weekday(d) === preferred) return d;
    first ??= d;
  }
  return first;
}

/** The planned sessions, in date order. */
export function planSessions(input: PlanInput): PlannedSession[] {
  const { cadences, calendar, professionStart } = input;
  const preferred = input.weekday ?? 1;
  const startsOn = input.startsOn && input.startsOn > professionStart ? input.startsOn : professionStart;
  const limits = [calendar.lastDay];
  if (input.endsOn) limits.push(input.endsOn);
  if (!input.fixedYear) limits.push(plusDays(plusYears(professionStart, 2), -1));
  const last = earliest(calendar.lastDay, ...limits.slice(1));
  const yearOn = (d: IsoDate): ProgrammeYear => input.fixedYear ?? programmeYearOn(professionStart, d) ?? 2;
  const cadenceOf = (year: ProgrammeYear) => (year === 1 ? cadences.year1 : cadences.year2);

  const sessions: PlannedSession[] = [];
  let cursor = firstPlanDay(calendar, startsOn);
  while (cursor <= last) {
    const frequency = cadenceOf(yearOn(cursor)).frequency;
    const date = parseISO(cursor);
    const slotEnd = earliest(isoDay(frequency === 'weekly' ? endOfISOWeek(date) : endOfMonth(date)), last);
    const next = isoDay(frequency === 'weekly' ? addDays(endOfISOWeek(date), 1) : startOfMonth(addMonths(date, 1)));
    const pick = frequency === 'weekly' ? pickDayOfWeek : pickDayOfMonth;
    const day = pick(cursor, slotEnd, preferred, calendar);
    if (day) {
      const year = yearOn(day);
      // A session keeps its slot's kind: when the cadence changes kind mid-slot, the slot's cadence holds.
      const cadence = cadenceOf(year).frequency === frequency ? cadenceOf(year) : cadenceOf(yearOn(cursor));
      sessions.push({
        date: day,
        minutes: sessionMinutes(cadence, input.positionPercent ?? 100, input.scaleByPosition ?? false),
        programmeYear: year,
      });
    }
    cursor = next;
  }
  return sessions;
}

/** Planned minutes of sessions on or before `date`. */
export function plannedMinutesTo(sessions: readonly PlannedSession[], date: IsoDate): number {
  let total = 0;
  for (const s of sessions) if (s.date <= date) total += s.minutes;
  return total;
}
