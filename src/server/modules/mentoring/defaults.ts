import { defaultCadences } from '../../../shared/rules/cadence.ts';
import { defaultSchoolYearCalendar, type SchoolYear } from '../../../shared/rules/school-year.ts';
import type { ProgrammeSettings } from '../../../shared/schemas/mentoring.ts';

/** Udir's guideline for network groups (seed 000): 10–15 people. */
export const DEFAULT_NETWORK_GROUP_SIZE = { min: 10, max: 15 };
/** Behind schedule below 80 % of the planned minutes to date: a missed week or two is not yet a lapse. */
export const DEFAULT_BEHIND_SCHEDULE_PERCENT = 80;

/**
 * Nudge the mentor after a week behind, the unit leader after three: long enough that one missed or
 * moved session resolves itself, short enough that a term is not lost.
 */
export const DEFAULT_NUDGES = { enabled: true, mentorAfterDays: 7, leaderAfterDays: 21 };

/** A new programme's settings: the seeds' defaults, all editable afterwards. */
export function defaultProgrammeSettings(schoolYear: SchoolYear): ProgrammeSettings {
  return {
    cadences: defaultCadences(),
    scaleByPosition: false,
    sessionWeekday: 1,
    calendar: defaultSchoolYearCalendar(schoolYear),
    networkGroupSize: { ...DEFAULT_NETWORK_GROUP_SIZE },
    behindScheduleThresholdPercent: DEFAULT_BEHIND_SCHEDULE_PERCENT,
    nudges: { ...DEFAULT_NUDGES },
  };
}
