import { z } from 'zod';
import { MENTOR_EDUCATIONS, UNIT_TYPES } from '../enums.ts';
import { SUB_GOALS } from '../rules/sub-goals.ts';
import { IdSchema } from './common.ts';

/*
 * The mentoring programme's annual report (issue 3, item 10): GET …/programmes/:programmeId/annual-report
 * (JSON) and the same figures as .csv, .xlsx and .pdf. Counts and minutes only: no names, no note text.
 * Rows are keyed by codes; labels come from the i18n catalogs (`annualReport.*`).
 */

/** A unit type, or `unknown` for an enrolment without a unit. */
export const ReportUnitTypeSchema = z.enum([...UNIT_TYPES, 'unknown']);
export type ReportUnitType = z.infer<typeof ReportUnitTypeSchema>;

const NqtCountFields = {
  year1: z.number().int(),
  year2: z.number().int(),
  total: z.number().int(),
  /** Of the total, those who have left the programme by the day looked at (they still count: they were served). */
  left: z.number().int(),
};

const MentoredFields = {
  enrolled: z.number().int(),
  mentored: z.number().int(),
  matchedNoSession: z.number().int(),
  notMatched: z.number().int(),
  /** mentored / enrolled, three decimals; null when nobody is enrolled. */
  mentoredShare: z.number().nullable(),
};

const MentorCountFields = {
  experienced: z.number().int(),
  notExperienced: z.number().int(),
  total: z.number().int(),
};

const MinutesFields = {
  plannedMinutesToDate: z.number().int(),
  heldMinutesToDate: z.number().int(),
  /** held / planned to date (the compliance ratio); null while nothing is planned. */
  ratio: z.number().nullable(),
  /** Planned for the whole school year (to its last day) under today's plan. */
  plannedMinutesYear: z.number().int(),
};

export const AnnualReportSchema = z.object({
  ownerName: z.string(),
  programme: z.object({ id: IdSchema, name: z.string(), schoolYear: z.string() }),
  /** The day the figures are for: today, held inside the school year. */
  asOf: z.string(),
  /** The school year's last day (the end of "for the year"). */
  yearEnd: z.string(),
  generatedAt: z.string(),
  nqtsByUnitType: z.object({
    rows: z.array(z.object({ unitType: ReportUnitTypeSchema, ...NqtCountFields })),
    total: z.object(NqtCountFields),
  }),
  mentoring: z.object({
    rows: z.array(z.object({ unitType: ReportUnitTypeSchema, ...MentoredFields })),
    total: z.object(MentoredFields),
  }),
  /** Eligible NQTs of the owner not enrolled in the programme on the day looked at (reach). */
  eligibleNotEnrolled: z.number().int(),
  mentors: z.object({
    rows: z.array(z.object({ mentorEducation: z.enum(MENTOR_EDUCATIONS), ...MentorCountFields })),
    total: z.object(MentorCountFields),
  }),
  minutes: z.object({
    rows: z.array(z.object({ unitType: ReportUnitTypeSchema, ...MinutesFields })),
    total: z.object(MinutesFields),
  }),
  /** Held minutes to date per sub-goal; a session counts in full for every sub-goal it touched. */
  subGoalMinutes: z.array(z.object({ subGoal: z.enum(SUB_GOALS), minutes: z.number().int() })),
});
export type AnnualReport = z.infer<typeof AnnualReportSchema>;
