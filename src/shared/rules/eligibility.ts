import type { Position, TeacherEducation } from '../enums.ts';
import type { ProgrammeYear } from './cadence.ts';
import { type IsoDate, plusYears } from './school-year.ts';

/*
 * Who is a newly qualified teacher (NQT): a teacher with approved teacher education in the first two
 * years in the profession, in a permanent or temporary position of any size (seed 000, issue 3).
 *
 * - Approved teacher education: any `teacherEducation` except `none` (and not unknown).
 * - A teacher: a current employment as teacher or kindergarten teacher. Heads, assistants and
 *   after-school staff are not NQTs even with a teacher education.
 * - Start in the profession: the first teaching employment in the owner's data that began in or after
 *   the year the education was completed (teaching as a student or unqualified substitute before it
 *   does not count). Without an education year, the first teaching employment.
 * - The first two years: today is before the second anniversary of that start. Recorded teaching
 *   experience of two years or more (brought from elsewhere) rules a person out even if their start
 *   with this owner is recent: that is an experienced teacher new to the owner, not an NQT. Experience
 *   under two years does not extend the window: the dated employment is the better evidence.
 * - Programme year by anniversary, so a mid-year start gets two full years: someone who starts on
 *   4 January is in year one until 3 January next year, then in year two until 3 January the year
 *   after. A school-year rule (year one until the summer) would give a January starter only half a year.
 */

/** Employments that make someone a teacher. */
export const TEACHING_POSITIONS: readonly Position[] = ['teacher', 'kindergarten_teacher'];

export interface EligibilityPerson {
  active: boolean;
  teacherEducation: TeacherEducation | null;
  teacherEducationYear: number | null;
  teachingExperienceYears: number | null;
}

export interface EligibilityEmployment {
  unitId: string;
  position: Position;
  positionPercent: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

export type IneligibleReason =
  | 'inactive'
  | 'no_teacher_education'
  | 'not_teaching'
  | 'experienced'
  | 'past_two_years'
  | 'not_started';

export type Eligibility =
  | {
      eligible: true;
      professionStart: IsoDate;
      programmeYear: ProgrammeYear;
      /** The day the NQT leaves the programme: the second anniversary of the start. */
      endsOn: IsoDate;
      /** The current teaching employment with the largest position (the unit where mentoring happens). */
      unitId: string;
      /** Sum of current teaching positions, capped at 100. */
      positionPercent: number;
    }
  | { eligible: false; reason: IneligibleReason; professionStart: IsoDate | null };

export function hasTeacherEducation(education: TeacherEducation | null): boolean {
  return education !== null && education !== 'none';
}

const isCurrent = (e: EligibilityEmployment, asOf: IsoDate) =>
  e.startDate <= asOf && (e.endDate === null || e.endDate >= asOf);

/** The first day in the profession, or null when the data has no teaching employment after the education. */
export function professionStart(
  person: EligibilityPerson,
  employments: readonly EligibilityEmployment[],
): IsoDate | null {
  const since = person.teacherEducationYear === null ? '' : `${person.teacherEducationYear}-01-01`;
  const starts = employments
    .filter((e) => TEACHING_POSITIONS.includes(e.position) && e.startDate >= since)
    .map((e) => e.startDate)
    .sort();
  return starts[0] ?? null;
}

/** Programme year on a day for someone who started in the profession on `start`: 1, 2, or null outside the two years. */
export function programmeYearOn(start: IsoDate, date: IsoDate): ProgrammeYear | null {
  if (date < start) return null;
  if (date < plusYears(start, 1)) return 1;
  if (date < plusYears(start, 2)) return 2;
  return null;
}

/** Whether the person is an NQT on `asOf`, and if so their programme year, unit and position size. */
export function assessNqt(
  person: EligibilityPerson,
  employments: readonly EligibilityEmployment[],
  asOf: IsoDate,
): Eligibility {
  const start = professionStart(person, employments);
  const no = (reason: IneligibleReason): Eligibility => ({ eligible: false, reason, professionStart: start });
  if (!person.active) return no('inactive');
  if (!hasTeacherEducation(person.teacherEducation)) return no('no_teacher_education');
  const teaching = employments
    .filter((e) => TEACHING_POSITIONS.includes(e.position) && isCurrent(e, asOf))
    .sort((a, b) => b.positionPercent - a.positionPercent || (a.startDate < b.startDate ? -1 : 1));
  const main = teaching[0];
  if (!main || start === null) {
    // A teacher hired but not yet started is found by reach once the start date comes.
    const future = employments.some((e) => TEACHING_POSITIONS.includes(e.position) && e.startDate > asOf);
    return no(future ? 'not_started' : 'not_teaching');
  }
  if (person.teachingExperienceYears !== null && person.teachingExperienceYears >= 2) return no('experienced');
  const year = programmeYearOn(start, asOf);
  if (year === null) return no('past_two_years');
  return {
    eligible: true,
    professionStart: start,
    programmeYear: year,
    endsOn: plusYears(start, 2),
    unitId: main.unitId,
    positionPercent: Math.min(
      100,
      teaching.reduce((sum, e) => sum + e.positionPercent, 0),
    ),
  };
}

/**
 * An enrolled NQT has left on `asOf` when the person is inactive or has no current employment with
 * the owner at all (any position: an NQT who moves to another unit of the same owner has not left).
 * The day they left is the last end date, if known.
 */
export function leftOn(
  person: Pick<EligibilityPerson, 'active'>,
  employments: readonly EligibilityEmployment[],
  asOf: IsoDate,
): { left: boolean; on: IsoDate | null } {
  const current = employments.some((e) => isCurrent(e, asOf));
  if (person.active && (current || employments.some((e) => e.startDate > asOf))) return { left: false, on: null };
  const ends = employments
    .map((e) => e.endDate)
    .filter((d): d is IsoDate => d !== null && d < asOf)
    .sort();
  return { left: true, on: ends.at(-1) ?? null };
}
