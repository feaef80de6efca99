import { addDays, addYears, format, getISODay, parseISO, setISOWeek, startOfISOWeek, subDays } from 'date-fns';

/*
 * The school-year calendar as data. Dates are calendar days (`YYYY-MM-DD`, Europe/Oslo); date-fns
 * works on them as local midnights, which is safe because no Norwegian clock change happens at
 * midnight. Nothing here reads the clock: "today" is passed in.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A school year, `2026-27`: from mid-August 2026 to about 20 June 2027. */
export type SchoolYear = `${number}-${number}`;

/** A span of days without school (both ends included). `name` is a code for the defaults, free text otherwise. */
export interface CalendarPeriod {
  from: IsoDate;
  to: IsoDate;
  name: string;
}

/** One school year's calendar: the first and last school day, and the holidays between. */
export interface SchoolYearCalendar {
  firstDay: IsoDate;
  lastDay: IsoDate;
  holidays: CalendarPeriod[];
}

/** The codes of the default holidays; the UI labels them (`mentoring.holiday.<code>`), other names show as typed. */
export const DEFAULT_HOLIDAY_NAMES = [
  'autumnBreak',
  'christmas',
  'winterBreak',
  'easter',
  'labourDay',
  'constitutionDay',
  'ascensionDay',
  'whitMonday',
  'summer',
] as const;

export interface CalendarOptions {
  /** ISO week of the autumn break: 40 in most of Eastern Norway (Oslo, Akershus), 41 in much of the rest. */
  autumnWeek?: number;
  /** ISO week of the winter break: 8 in Oslo and Akershus, 9 in much of the rest. */
  winterWeek?: number;
  /** `week`: Monday of Holy Week to Easter Monday (what schools have); `days`: Maundy Thursday to Easter Monday only. */
  easter?: 'week' | 'days';
}

export const DEFAULT_CALENDAR_OPTIONS: Required<CalendarOptions> = { autumnWeek: 40, winterWeek: 8, easter: 'week' };

const day = (d: IsoDate) => parseISO(d);
/** Formats a date-fns local date as a calendar day. */
export const isoDay = (d: Date): IsoDate => format(d, 'yyyy-MM-dd');
/** Adds (or with a negative n, subtracts) calendar days. */
export const plusDays = (d: IsoDate, n: number): IsoDate => isoDay(addDays(day(d), n));
/** The same day n years later (29 February falls back to 28 February). */
export const plusYears = (d: IsoDate, n: number): IsoDate => isoDay(addYears(day(d), n));
/** ISO weekday, Monday = 1 … Sunday = 7. */
export const weekday = (d: IsoDate): number => getISODay(day(d));
/** The Monday of the ISO week the day is in. */
export const mondayOf = (d: IsoDate): IsoDate => isoDay(startOfISOWeek(day(d)));

/** The earliest of some days (ISO days compare as strings). */
export const earliest = (first: IsoDate, ...rest: IsoDate[]): IsoDate =>
  rest.reduce((a, b) => (b.localeCompare(a) < 0 ? b : a), first);
/** The latest of some days. */
export const latest = (first: IsoDate, ...rest: IsoDate[]): IsoDate =>
  rest.reduce((a, b) => (b.localeCompare(a) > 0 ? b : a), first);

/** The calendar day in Europe/Oslo at an instant (the server's "today"). */
export function osloDate(now: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const SCHOOL_YEAR = /^(\d{4})-(\d{2})$/;

/** True for `2026-27` (the second year must follow the first). */
export function isSchoolYear(value: string): value is SchoolYear {
  const m = SCHOOL_YEAR.exec(value);
  if (!m) return false;
  return (Number(m[1]) + 1) % 100 === Number(m[2]);
}

/** The calendar year the school year starts in: `2026-27` → 2026. */
export function startYearOf(schoolYear: SchoolYear): number {
  return Number(schoolYear.slice(0, 4));
}

export function schoolYearStarting(year: number): SchoolYear {
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}` as SchoolYear;
}

/** The school year a day belongs to: from 1 August on it is the year starting then (July belongs to the year that ended). */
export function schoolYearOf(date: IsoDate): SchoolYear {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return schoolYearStarting(month >= 8 ? year : year - 1);
}

/** Easter Sunday of a year (Gregorian; the anonymous algorithm from Meeus). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** Monday to Sunday of an ISO week. */
function isoWeek(year: number, week: number): { from: IsoDate; to: IsoDate } {
  // 4 January is always in ISO week 1 of its year.
  const monday = startOfISOWeek(setISOWeek(new Date(year, 0, 4), week));
  return { from: isoDay(monday), to: isoDay(addDays(monday, 6)) };
}

/**
 * First school day: the Monday of ISO week 34 (17–23 August), when most owners start. Last school
 * day: the last weekday on or before 20 June. Both are editable per programme.
 */
export function defaultSchoolYearBounds(schoolYear: SchoolYear): { firstDay: IsoDate; lastDay: IsoDate } {
  const start = startYearOf(schoolYear);
  const firstDay = isoWeek(start, 34).from;
  let last = day(`${start + 1}-06-20`);
  while (getISODay(last) > 5) last = subDays(last, 1);
  return { firstDay, lastDay: isoDay(last) };
}

/**
 * The Norwegian default calendar of a school year: autumn break, Christmas (21 Dec – 2 Jan), winter
 * break, Easter, 1 May, 17 May, Ascension Day, Whit Monday, and the summer after the last school day.
 * Owners edit the result; it is data from then on.
 */
export function defaultSchoolYearCalendar(schoolYear: SchoolYear, options: CalendarOptions = {}): SchoolYearCalendar {
  const opts = { ...DEFAULT_CALENDAR_OPTIONS, ...options };
  const start = startYearOf(schoolYear);
  const spring = start + 1;
  const { firstDay, lastDay } = defaultSchoolYearBounds(schoolYear);
  const easter = easterSunday(spring);
  const single = (d: IsoDate, name: string): CalendarPeriod => ({ from: d, to: d, name });
  const nextFirstDay = defaultSchoolYearBounds(schoolYearStarting(spring)).firstDay;
  const holidays: CalendarPeriod[] = [
    { ...isoWeek(start, opts.autumnWeek), name: 'autumnBreak' },
    { from: `${start}-12-21`, to: `${spring}-01-02`, name: 'christmas' },
    { ...isoWeek(spring, opts.winterWeek), name: 'winterBreak' },
    { from: plusDays(easter, opts.easter === 'week' ? -6 : -3), to: plusDays(easter, 1), name: 'easter' },
    single(`${spring}-05-01`, 'labourDay'),
    single(`${spring}-05-17`, 'constitutionDay'),
    single(plusDays(easter, 39), 'ascensionDay'),
    single(plusDays(easter, 50), 'whitMonday'),
    { from: plusDays(lastDay, 1), to: plusDays(nextFirstDay, -1), name: 'summer' },
  ];
  return { firstDay, lastDay, holidays: sortPeriods(holidays) };
}

/** Periods by start day (Ascension can fall on 1 or 17 May, so the defaults are sorted, not listed in order). */
export function sortPeriods(periods: CalendarPeriod[]): CalendarPeriod[] {
  return [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The holiday a day falls in, if any. */
export function holidayOn(date: IsoDate, holidays: readonly CalendarPeriod[]): CalendarPeriod | undefined {
  return holidays.find((p) => p.from <= date && date <= p.to);
}

/** A weekday inside the school year that is not in a holiday. */
export function isSchoolDay(date: IsoDate, calendar: SchoolYearCalendar): boolean {
  if (date < calendar.firstDay || date > calendar.lastDay) return false;
  if (weekday(date) > 5) return false;
  return holidayOn(date, calendar.holidays) === undefined;
}
