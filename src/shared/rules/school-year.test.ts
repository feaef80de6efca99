import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultSchoolYearCalendar,
  easterSunday,
  holidayOn,
  isSchoolDay,
  isSchoolYear,
  osloDate,
  schoolYearOf,
} from './school-year.ts';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('%i → %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const easter = easterSunday(year);
        expect(new Date(`${easter}T12:00:00Z`).getUTCDay()).toBe(0);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
      }),
    );
  });
});

describe('school years', () => {
  it.each([
    ['2026-08-01', '2026-27'],
    ['2026-11-22', '2026-27'],
    ['2027-06-18', '2026-27'],
    ['2027-07-31', '2026-27'],
    ['2099-12-31', '2099-00'],
  ])('%s is in %s', (date, year) => {
    expect(schoolYearOf(date)).toBe(year);
  });

  it.each([
    ['2026-27', true],
    ['2099-00', true],
    ['2026-28', false],
    ['2026/27', false],
    ['26-27', false],
  ])('isSchoolYear(%s) = %s', (value, ok) => {
    expect(isSchoolYear(value)).toBe(ok);
  });

  it('takes today in Oslo, not in UTC', () => {
    expect(osloDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(osloDate(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(osloDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });
});

describe('default calendar', () => {
  const names = (schoolYear: '2026-27' | '2027-28', options = {}) =>
    Object.fromEntries(defaultSchoolYearCalendar(schoolYear, options).holidays.map((h) => [h.name, [h.from, h.to]]));

  it('2026-27: school from 17 August to 18 June, with the Norwegian holidays', () => {
    const calendar = defaultSchoolYearCalendar('2026-27');
    expect(calendar.firstDay).toBe('2026-08-17');
    expect(calendar.lastDay).toBe('2027-06-18');
    expect(names('2026-27')).toEqual({
      autumnBreak: ['2026-09-28', '2026-10-04'], // week 40
      christmas: ['2026-12-21', '2027-01-02'],
      winterBreak: ['2027-02-22', '2027-02-28'], // week 8
      easter: ['2027-03-22', '2027-03-29'], // Monday of Holy Week to Easter Monday
      labourDay: ['2027-05-01', '2027-05-01'],
      ascensionDay: ['2027-05-06', '2027-05-06'],
      constitutionDay: ['2027-05-17', '2027-05-17'],
      whitMonday: ['2027-05-17', '2027-05-17'], // falls on 17 May in 2027
      summer: ['2027-06-19', '2027-08-22'],
    });
  });

  it.each([
    ['2026-27', { easter: 'days' }, 'easter', ['2027-03-25', '2027-03-29']],
    ['2027-28', {}, 'easter', ['2028-04-10', '2028-04-17']],
    ['2027-28', {}, 'ascensionDay', ['2028-05-25', '2028-05-25']],
    ['2027-28', {}, 'whitMonday', ['2028-06-05', '2028-06-05']],
    ['2026-27', { autumnWeek: 41 }, 'autumnBreak', ['2026-10-05', '2026-10-11']],
    ['2026-27', { winterWeek: 9 }, 'winterBreak', ['2027-03-01', '2027-03-07']],
    ['2027-28', {}, 'autumnBreak', ['2027-10-04', '2027-10-10']],
  ] as const)('%s with %o: %s is %o', (year, options, name, span) => {
    expect(names(year, options)[name]).toEqual(span);
  });

  it.each([
    ['2026-08-17', true], // first day, a Monday
    ['2026-08-14', false], // before the school year
    ['2026-09-30', false], // autumn break
    ['2026-10-03', false], // Saturday
    ['2026-12-18', true],
    ['2026-12-21', false], // Christmas
    ['2027-01-04', true],
    ['2027-03-25', false], // Maundy Thursday
    ['2027-03-30', true], // the Tuesday after Easter
    ['2027-05-06', false], // Ascension Day
    ['2027-05-07', true], // the Friday after is a school day unless the owner adds it
    ['2027-06-18', true], // last day
    ['2027-06-21', false], // summer
  ])('%s is a school day: %s', (date, expected) => {
    expect(isSchoolDay(date, defaultSchoolYearCalendar('2026-27'))).toBe(expected);
  });

  it('is data: an owner adds a day off and it counts', () => {
    const calendar = defaultSchoolYearCalendar('2026-27');
    calendar.holidays.push({ from: '2027-05-07', to: '2027-05-07', name: 'Inneklemt fredag' });
    expect(isSchoolDay('2027-05-07', calendar)).toBe(false);
    expect(holidayOn('2027-05-07', calendar.holidays)?.name).toBe('Inneklemt fredag');
  });

  it('every default holiday lies inside its period order, and no period ends before it starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (start) => {
        const year = `${start}-${String((start + 1) % 100).padStart(2, '0')}` as const;
        const calendar = defaultSchoolYearCalendar(year as `${number}-${number}`);
        expect(calendar.firstDay < calendar.lastDay).toBe(true);
        for (const h of calendar.holidays) expect(h.from <= h.to).toBe(true);
        for (const h of calendar.holidays.filter((p) => p.name !== 'summer')) {
          expect(h.from > calendar.firstDay && h.to < calendar.lastDay).toBe(true);
        }
      }),
    );
  });
});
