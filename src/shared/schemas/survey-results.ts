import { z } from 'zod';
import type { MessageKey } from '../i18n/nb.ts';
import { ChoiceOptionSchema, LocalizedSchema, QUESTION_TYPES, SURVEY_MODES } from './surveys.ts';

/*
 * Survey results (issue 5, item 4): per question the counts per answer option, n and a mean where the
 * options are numbers, for all responses and per group of each breakdown, with small groups suppressed
 * by `src/shared/rules/suppression.ts`. A suppressed group carries no figures at all (null), so no
 * client or export can show what the server did not send.
 */

export const BREAKDOWN_DIMENSIONS = ['role', 'unitType', 'programmeYear'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export const OptionCountSchema = z.object({ value: z.string(), count: z.number().int() });

/** One question's figures for one group of respondents. */
export const QuestionFiguresSchema = z.object({
  /** Respondents in the group (answered or not). */
  n: z.number().int(),
  /** Those who answered this question. */
  answered: z.number().int(),
  noAnswer: z.number().int(),
  /** Per option, in the question's order; people choosing it (several per person for multiple choice). */
  counts: z.array(OptionCountSchema),
  /** Mean of the chosen values when every option value is a number (agreement and scales), else null. */
  mean: z.number().nullable(),
});
export type QuestionFigures = z.infer<typeof QuestionFiguresSchema>;

export const GroupSchema = z.object({
  /** The label's code; '' for responses without one (e.g. no programme year, or dropped for anonymity). */
  group: z.string(),
  /** Null when suppressed. */
  n: z.number().int().nullable(),
  /** Never why: "under the minimum" against "hidden to protect another" would narrow a hidden group's size. */
  suppressed: z.boolean(),
});

export const BreakdownSchema = z.object({
  dimension: z.enum(BREAKDOWN_DIMENSIONS),
  groups: z.array(GroupSchema),
});
export type Breakdown = z.infer<typeof BreakdownSchema>;

export const QuestionResultSchema = z.object({
  id: z.string(),
  key: z.string().nullable(),
  sectionTitle: LocalizedSchema,
  type: z.enum(QUESTION_TYPES),
  text: LocalizedSchema,
  options: z.array(ChoiceOptionSchema),
  /** All responses; null when fewer than the minimum group size answered the survey. */
  total: QuestionFiguresSchema.nullable(),
  /** Per breakdown, in the breakdown's group order; null figures where the group is suppressed. */
  breakdowns: z.array(
    z.object({
      dimension: z.enum(BREAKDOWN_DIMENSIONS),
      groups: z.array(z.object({ group: z.string(), figures: QuestionFiguresSchema.nullable() })),
    }),
  ),
  /** Free-text answers (text questions), sorted, for the whole survey only; null when not shown. */
  texts: z.array(z.string()).nullable(),
  /** The same question (by template key) in last school year's survey of the same kind, all responses. */
  previous: QuestionFiguresSchema.nullable(),
});
export type QuestionResult = z.infer<typeof QuestionResultSchema>;

export const PreviousSurveySchema = z.object({
  id: z.string(),
  title: LocalizedSchema,
  schoolYear: z.string(),
  closesAt: z.string().nullable(),
  /** Null when the previous survey had too few responses to show. */
  n: z.number().int().nullable(),
});

export const SurveyResultsSchema = z.object({
  survey: z.object({
    id: z.string(),
    title: LocalizedSchema,
    kind: z.string(),
    mode: z.enum(SURVEY_MODES),
    schoolYear: z.string(),
    closesAt: z.string().nullable(),
  }),
  minGroupSize: z.number().int(),
  /** n is the number of responses (the survey list shows it too); figures are hidden when under the minimum. */
  total: z.object({ n: z.number().int(), suppressed: z.boolean() }),
  breakdowns: z.array(BreakdownSchema),
  questions: z.array(QuestionResultSchema),
  previous: PreviousSurveySchema.nullable(),
});
export type SurveyResults = z.infer<typeof SurveyResultsSchema>;

/** The catalog key (and parameters) naming a breakdown group, for the page and the exports alike. */
export function groupLabel(
  dimension: BreakdownDimension | 'all',
  group: string,
): { key: MessageKey; params?: Record<string, string> } {
  if (dimension === 'all') return { key: 'surveyResults.group.all' };
  if (group === '') return { key: 'surveyResults.group.none' };
  if (dimension === 'programmeYear') return { key: 'surveyResults.group.year', params: { year: group } };
  if (dimension === 'role') return { key: `surveyResults.role.${group}` as MessageKey };
  return { key: `unitType.${group}` as MessageKey };
}

export function dimensionLabel(dimension: BreakdownDimension | 'all'): MessageKey {
  return `surveyResults.dimension.${dimension}`;
}
