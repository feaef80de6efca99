import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCES, type YearCadences } from './cadence.ts';
import { defaultSchoolYearCalendar, holidayOn, isSchoolDay, plusDays, weekday } from './school-year.ts';
import { firstPlanDay, type PlanInput, plannedMinutesTo, planSessions } from './session-plan.ts';

const calendar = defaultSchoolYearCalendar('2026-27');
const school = DEFAULT_CADENCES.primary;
const kindergarten = DEFAULT_CADENCES.kindergarten;
const plan = (input: Partial<PlanInput> & { professionStart: string }) =>
  planSessions({ cadences: school, calendar, ...input });
const dates = (input: Partial<PlanInput> & { professionStart: string }) => plan(input).map((s) => s.date);

describe('planSessions: weekly (school)', () => {
  it('a year-one NQT from the first school day: every school week but the wholly-holiday weeks', () => {
    const sessions = plan({ professionStart: '2026-08-10' });
    // 44 ISO weeks from week 34 to week 24; autumn break, two Christmas weeks, winter break, Holy Week have no school day.
    expect(sessions).toHaveLength(39);
    expect(sessions.every((s) => s.minutes === 60 && s.programmeYear === 1)).toBe(true);
    expect(plannedMinutesTo(sessions, calendar.lastDay)).toBe(39 * 60);
    expect(sessions[0]?.date).toBe('2026-08-17');
    expect(sessions.at(-1)?.date).toBe('2027-06-14');
  });

  it.each([
    ['autumn break, week 40', '2026-09-28', '2026-10-04'],
    ['winter break, week 8', '2027-02-22', '2027-02-28'],
    ['Holy Week', '2027-03-22', '2027-03-28'],
  ])('skips the %s (no session moved into the next week)', (_name, from, to) => {
    const all = dates({ professionStart: '2026-08-10' });
    expect(all.filter((d) => d >= from && d <= to)).toEqual([]);
    expect(all.filter((d) => d > to && d <= plusDays(to, 7))).toHaveLength(1);
  });

  it.each([
    ['Easter Monday', '2027-03-29', '2027-03-30'],
    ['Whit Monday and 17 May', '2027-05-17', '2027-05-18'],
    ['the week Christmas ends: Monday 4 January is a school day', '2027-01-04', '2027-01-04'],
  ])('moves within the week past %s', (_name, monday, expected) => {
    const all = dates({ professionStart: '2026-08-10' });
    expect(all.filter((d) => d >= monday && d <= plusDays(monday, 6))).toEqual([expected]);
  });

  it('year two: 30 minutes every week for an NQT who started last August', () => {
    const sessions = plan({ professionStart: '2025-08-11' });
    expect(sessions).toHaveLength(39);
    expect(new Set(sessions.map((s) => `${s.programmeYear}:${s.minutes}`))).toEqual(new Set(['2:30']));
    // The plan stops before the second anniversary (2027-08-11): here the school year ends first.
    expect(plannedMinutesTo(sessions, '2027-06-30')).toBe(39 * 30);
  });

  it('mid-year start: the first session in the first whole week from the start, year one all spring', () => {
    const sessions = plan({ professionStart: '2027-01-06' }); // a Wednesday
    expect(sessions[0]?.date).toBe('2027-01-11');
    expect(sessions.every((s) => s.programmeYear === 1 && s.minutes === 60)).toBe(true);
    expect(plan({ professionStart: '2027-01-11' })[0]?.date).toBe('2027-01-11'); // a Monday counts its own week
  });

  it('a January starter from last year turns to year two at the anniversary, mid-school-year', () => {
    const sessions = plan({ professionStart: '2026-01-07' });
    const year1 = sessions.filter((s) => s.programmeYear === 1);
    const year2 = sessions.filter((s) => s.programmeYear === 2);
    expect(year1.at(-1)?.date).toBe('2027-01-04'); // the Monday before the anniversary on Thursday 7 January
    expect(year2[0]).toEqual({ date: '2027-01-11', minutes: 30, programmeYear: 2 });
    expect(year1.every((s) => s.minutes === 60)).toBe(true);
    expect(year2.every((s) => s.minutes === 30)).toBe(true);
  });

  it('the plan ends the day before the second anniversary', () => {
    const sessions = plan({ professionStart: '2025-01-13' }); // ends 2027-01-12
    expect(sessions.at(-1)?.date).toBe('2027-01-11');
  });

  it('an end date (left) stops the plan; enrolment after the start delays it', () => {
    expect(dates({ professionStart: '2026-08-10', endsOn: '2026-09-02' })).toEqual([
      '2026-08-17',
      '2026-08-24',
      '2026-08-31',
    ]);
    expect(dates({ professionStart: '2026-08-10', startsOn: '2026-11-25' })[0]).toBe('2026-11-30');
  });

  it.each([
    [100, false, 60],
    [50, false, 60],
    [50, true, 30],
    [80, true, 50],
  ])('part-time %i %% (scaling %s): %i minutes a session', (positionPercent, scaleByPosition, minutes) => {
    const sessions = plan({ professionStart: '2026-08-10', positionPercent, scaleByPosition });
    expect(sessions).toHaveLength(39);
    expect(sessions.every((s) => s.minutes === minutes)).toBe(true);
  });

  it('a programme year set by hand holds for the whole plan', () => {
    const sessions = plan({ professionStart: '2026-08-10', fixedYear: 2 });
    expect(sessions.every((s) => s.programmeYear === 2 && s.minutes === 30)).toBe(true);
  });

  it('keeps the preferred weekday when it is a school day', () => {
    const all = dates({ professionStart: '2026-08-10', weekday: 4 });
    expect(all[0]).toBe('2026-08-20');
    expect(all).toHaveLength(39);
    // Ascension Day is a Thursday: that week's session moves to the Friday.
    expect(all.filter((d) => weekday(d) !== 4)).toEqual(['2027-05-07']);
  });
});

describe('planSessions: monthly (kindergarten)', () => {
  it('one 60-minute session each month from August to June, on the first Monday that is a school day', () => {
    const sessions = planSessions({ cadences: kindergarten, calendar, professionStart: '2026-08-03' });
    expect(sessions.map((s) => s.date)).toEqual([
      '2026-08-17',
      '2026-09-07',
      '2026-10-05',
      '2026-11-02',
      '2026-12-07',
      '2027-01-04',
      '2027-02-01',
      '2027-03-01',
      '2027-04-05', // Easter Monday 29 March is not in April; April's first Monday
      '2027-05-03',
      '2027-06-07',
    ]);
    expect(plannedMinutesTo(sessions, '2027-06-30')).toBe(11 * 60);
  });

  it('moves within the month when the preferred day is a holiday', () => {
    const custom = {
      ...calendar,
      holidays: [...calendar.holidays, { from: '2026-11-02', to: '2026-11-06', name: 'x' }],
    };
    const sessions = planSessions({ cadences: kindergarten, calendar: custom, professionStart: '2026-08-03' });
    expect(sessions.find((s) => s.date.startsWith('2026-11'))?.date).toBe('2026-11-09');
  });

  it('skips a month with no school day', () => {
    const custom = {
      ...calendar,
      holidays: [...calendar.holidays, { from: '2027-02-01', to: '2027-02-28', name: 'x' }],
    };
    const sessions = planSessions({ cadences: kindergarten, calendar: custom, professionStart: '2026-08-03' });
    expect(sessions.filter((s) => s.date.startsWith('2027-02'))).toEqual([]);
    expect(sessions).toHaveLength(10);
  });

  it('a mid-year kindergarten starter begins in the month of the first whole week', () => {
    const sessions = planSessions({ cadences: kindergarten, calendar, professionStart: '2027-03-10' });
    expect(sessions[0]?.date).toBe('2027-03-15');
    expect(sessions).toHaveLength(4);
  });
});

describe('planSessions: mixed cadences', () => {
  it('monthly in year one, weekly in year two switches at the anniversary', () => {
    const cadences: YearCadences = {
      year1: { frequency: 'monthly', minutes: 90 },
      year2: { frequency: 'weekly', minutes: 30 },
    };
    const sessions = planSessions({ cadences, calendar, professionStart: '2026-01-04' });
    expect(sessions.filter((s) => s.date < '2027-01-04').every((s) => s.minutes === 90)).toBe(true);
    expect(sessions.filter((s) => s.date > '2027-01-31').every((s) => s.minutes === 30)).toBe(true);
  });
});

describe('firstPlanDay', () => {
  it.each([
    ['2026-08-01', '2026-08-17'],
    ['2026-08-17', '2026-08-17'],
    ['2026-08-18', '2026-08-24'],
    ['2026-11-23', '2026-11-23'],
    ['2026-11-22', '2026-11-23'],
  ])('start %s → first plan day %s', (start, first) => {
    expect(firstPlanDay(calendar, start)).toBe(first);
  });
});

describe('properties', () => {
  const day = fc.integer({ min: 0, max: 800 }).map((n) => plusDays('2025-01-01', n));
  const input = fc.record({
    professionStart: day,
    positionPercent: fc.integer({ min: 10, max: 100 }),
    scaleByPosition: fc.boolean(),
    weekday: fc.integer({ min: 1, max: 5 }),
    kindergarten: fc.boolean(),
  });

  it('never plans a session on a holiday, a weekend or outside the school year', () => {
    fc.assert(
      fc.property(input, ({ kindergarten: isKg, ...rest }) => {
        const sessions = planSessions({ cadences: isKg ? kindergarten : school, calendar, ...rest });
        for (const s of sessions) {
          expect(holidayOn(s.date, calendar.holidays)).toBeUndefined();
          expect(isSchoolDay(s.date, calendar)).toBe(true);
        }
      }),
    );
  });

  it('at most one session per week (weekly) or month (monthly), in date order, inside the two years', () => {
    fc.assert(
      fc.property(input, ({ kindergarten: isKg, ...rest }) => {
        const sessions = planSessions({ cadences: isKg ? kindergarten : school, calendar, ...rest });
        const keys = sessions.map((s) => (isKg ? s.date.slice(0, 7) : plusDays(s.date, 1 - weekday(s.date))));
        expect(new Set(keys).size).toBe(keys.length);
        expect([...sessions.map((s) => s.date)].sort()).toEqual(sessions.map((s) => s.date));
        for (const s of sessions) expect(s.date >= rest.professionStart).toBe(true);
      }),
    );
  });

  it('planned minutes to a date never decrease as the date moves on', () => {
    fc.assert(
      fc.property(input, day, day, ({ kindergarten: isKg, ...rest }, a, b) => {
        const sessions = planSessions({ cadences: isKg ? kindergarten : school, calendar, ...rest });
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(plannedMinutesTo(sessions, early)).toBeLessThanOrEqual(plannedMinutesTo(sessions, late));
      }),
    );
  });
});
