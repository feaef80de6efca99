import { describe, expect, it } from 'vitest';
import type { Position, TeacherEducation } from '../enums.ts';
import {
  assessNqt,
  type EligibilityEmployment,
  type EligibilityPerson,
  leftOn,
  programmeYearOn,
} from './eligibility.ts';

const person = (overrides: Partial<EligibilityPerson> = {}): EligibilityPerson => ({
  active: true,
  teacherEducation: 'primary_1_7',
  teacherEducationYear: 2025,
  teachingExperienceYears: null,
  ...overrides,
});
const job = (
  startDate: string,
  overrides: Partial<EligibilityEmployment> & { position?: Position } = {},
): EligibilityEmployment => ({
  unitId: 'unit-a',
  position: 'teacher',
  positionPercent: 100,
  endDate: null,
  ...overrides,
  startDate,
});

const TODAY = '2026-11-22';

describe('assessNqt', () => {
  it.each<[string, EligibilityPerson, EligibilityEmployment[], string | number]>([
    ['started this autumn: year 1', person(), [job('2026-08-01')], 1],
    ['started last autumn: year 2', person({ teacherEducationYear: 2024 }), [job('2025-08-01')], 2],
    ['started three years ago: past', person({ teacherEducationYear: 2022 }), [job('2023-08-01')], 'past_two_years'],
    ['mid-year start in January: still year 1 in November', person(), [job('2026-01-05')], 1],
    ['mid-year start last January: year 2', person({ teacherEducationYear: 2024 }), [job('2025-01-06')], 2],
    [
      'second anniversary is the first day outside',
      person({ teacherEducationYear: 2024 }),
      [job('2024-11-22')],
      'past_two_years',
    ],
    ['the day before the second anniversary is inside', person({ teacherEducationYear: 2024 }), [job('2024-11-23')], 2],
    ['temporary position (with an end date) counts', person(), [job('2026-08-01', { endDate: '2027-06-30' })], 1],
    ['part-time 20 % counts', person(), [job('2026-08-01', { positionPercent: 20 })], 1],
    [
      'kindergarten teacher',
      person({ teacherEducation: 'kindergarten_teacher' }),
      [job('2026-08-01', { position: 'kindergarten_teacher' })],
      1,
    ],
    ['no teacher education', person({ teacherEducation: 'none' }), [job('2026-08-01')], 'no_teacher_education'],
    ['education unknown', person({ teacherEducation: null }), [job('2026-08-01')], 'no_teacher_education'],
    [
      'an assistant with teacher education is not a teacher',
      person(),
      [job('2026-08-01', { position: 'assistant' })],
      'not_teaching',
    ],
    ['a head is not an NQT', person(), [job('2026-08-01', { position: 'head' })], 'not_teaching'],
    ['employment ended', person(), [job('2026-08-01', { endDate: '2026-10-31' })], 'not_teaching'],
    ['hired, not started yet', person(), [job('2027-01-04')], 'not_started'],
    ['inactive', person({ active: false }), [job('2026-08-01')], 'inactive'],
    [
      'two years of experience from elsewhere',
      person({ teachingExperienceYears: 2 }),
      [job('2026-08-01')],
      'experienced',
    ],
    ['half a year of experience', person({ teachingExperienceYears: 0.5 }), [job('2026-08-01')], 1],
    [
      'substitute work before the education does not start the clock',
      person({ teacherEducationYear: 2026 }),
      [job('2023-01-01', { endDate: '2025-06-30' }), job('2026-08-10')],
      1,
    ],
    [
      'without an education year the first teaching job starts the clock',
      person({ teacherEducationYear: null }),
      [job('2023-01-01', { endDate: '2025-06-30' }), job('2026-08-10')],
      'past_two_years',
    ],
  ])('%s', (_name, who, jobs, expected) => {
    const result = assessNqt(who, jobs, TODAY);
    if (typeof expected === 'number') {
      expect(result).toMatchObject({ eligible: true, programmeYear: expected });
    } else {
      expect(result).toMatchObject({ eligible: false, reason: expected });
    }
  });

  it('names the unit of the largest current teaching position and sums part-time positions', () => {
    const result = assessNqt(
      person(),
      [
        job('2026-08-01', { unitId: 'small', positionPercent: 40 }),
        job('2026-09-01', { unitId: 'big', positionPercent: 60 }),
        job('2026-08-01', { unitId: 'sfo', position: 'after_school_staff', positionPercent: 30 }),
      ],
      TODAY,
    );
    expect(result).toMatchObject({
      eligible: true,
      unitId: 'big',
      positionPercent: 100,
      professionStart: '2026-08-01',
    });
    if (result.eligible) expect(result.endsOn).toBe('2028-08-01');
  });
});

describe('programmeYearOn (anniversary rule)', () => {
  it.each([
    ['2026-01-04', '2026-01-03', null],
    ['2026-01-04', '2026-01-04', 1],
    ['2026-01-04', '2026-08-17', 1],
    ['2026-01-04', '2027-01-03', 1],
    ['2026-01-04', '2027-01-04', 2],
    ['2026-01-04', '2028-01-03', 2],
    ['2026-01-04', '2028-01-04', null],
    ['2024-02-29', '2025-02-28', 2], // a leap-day start turns a year on 28 February
  ])('started %s, on %s → %s', (start, date, year) => {
    expect(programmeYearOn(start, date)).toBe(year);
  });
});

describe('leftOn', () => {
  it.each<[string, boolean, EligibilityEmployment[], boolean, string | null]>([
    ['still employed', true, [job('2026-08-01')], false, null],
    [
      'moved to another unit of the owner',
      true,
      [job('2026-08-01', { endDate: '2026-10-31' }), job('2026-11-01', { unitId: 'b' })],
      false,
      null,
    ],
    [
      'moved to a non-teaching job of the owner',
      true,
      [job('2026-08-01', { endDate: '2026-10-31' }), job('2026-11-01', { position: 'other' })],
      false,
      null,
    ],
    ['employment ended', true, [job('2026-08-01', { endDate: '2026-10-31' })], true, '2026-10-31'],
    ['inactive', false, [job('2026-08-01')], true, null],
    [
      'between a job and a future one',
      true,
      [job('2026-08-01', { endDate: '2026-10-31' }), job('2027-01-04')],
      false,
      null,
    ],
  ])('%s', (_name, active, jobs, left, on) => {
    expect(leftOn({ active }, jobs, TODAY)).toEqual({ left, on });
  });
});

// Keeps the TeacherEducation import honest: every education but none qualifies.
it.each<TeacherEducation>([
  'kindergarten_teacher',
  'primary_1_7',
  'primary_5_10',
  'lektor_8_13',
  'ppu',
  'vocational',
  'other',
])('%s is an approved teacher education', (education) => {
  expect(assessNqt(person({ teacherEducation: education }), [job('2026-08-01')], TODAY).eligible).toBe(true);
});
