import { z } from 'zod';
import { DateSchema, IdSchema } from './common.ts';
import { LocalizedSchema, SURVEY_STATUSES } from './surveys.ts';

/*
 * The yearly quality cycle of a programme ("kvalitetssirkelen", Meld. St. 21, after the Trøndelag model):
 * gather information → revise the knowledge base → assess → set goals → plan measures, and next year
 * starts from this year's open measures.
 */

/** The five phases, in the order they are worked through. */
export const QUALITY_PHASES = ['information', 'knowledge_base', 'assessment', 'goals', 'measures'] as const;
export type QualityPhase = (typeof QUALITY_PHASES)[number];

export const PHASE_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

export const MEASURE_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const QC_TEXT_MAX = 10_000;
export const QC_LINE_MAX = 1_000;
export const QC_RESPONSIBLE_MAX = 200;
export const QC_SURVEYS_MAX = 50;

/** A phase's state as stored: its status and who (a user id) changed it last, when. */
export interface PhaseState {
  status: PhaseStatus;
  changedBy: string | null;
  changedAt: string | null;
}
export type QualityPhases = Record<QualityPhase, PhaseState>;

const PhaseStatusSchema = z.enum(PHASE_STATUSES, { message: 'validation.invalid' });
const LongText = z.string().trim().max(QC_TEXT_MAX);
const LineText = z.string().trim().min(1, { message: 'validation.required' }).max(QC_LINE_MAX);
const VersionSchema = z.int({ message: 'validation.integer' }).min(1);

/**
 * The cycle's own fields, saved whole: the caller names the version they edited, and a save over
 * someone else's is refused (409 QUALITY_CYCLE_CHANGED). Goals and measures are rows of their own.
 */
export const QualityCycleInputSchema = z.strictObject({
  version: VersionSchema,
  phases: z.strictObject({
    information: PhaseStatusSchema,
    knowledge_base: PhaseStatusSchema,
    assessment: PhaseStatusSchema,
    goals: PhaseStatusSchema,
    measures: PhaseStatusSchema,
  }),
  surveyIds: z
    .array(IdSchema)
    .max(QC_SURVEYS_MAX)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'validation.qualityCycle.duplicateSurvey' }),
  otherSources: LongText,
  knowledgeBaseNote: LongText,
  assessment: LongText,
});
export type QualityCycleInput = z.infer<typeof QualityCycleInputSchema>;

export const GoalInputSchema = z.strictObject({ text: LineText });
export type GoalInput = z.infer<typeof GoalInputSchema>;
export const GoalUpdateSchema = z.strictObject({ version: VersionSchema, text: LineText });
export type GoalUpdate = z.infer<typeof GoalUpdateSchema>;

const measureFields = {
  text: LineText,
  /** A role or name as text ("Ressursteamet", "Rektor ved Lia skole"); may be empty when a person is named. */
  responsibleText: z.string().trim().max(QC_RESPONSIBLE_MAX),
  /** A person of the owner, or null. */
  responsiblePersonId: IdSchema.nullable(),
  dueOn: DateSchema.nullable(),
  status: z.enum(MEASURE_STATUSES, { message: 'validation.invalid' }),
  goalId: IdSchema.nullable(),
};

// A measure without anyone responsible is a wish, not a measure.
const hasResponsible = (m: { responsibleText: string; responsiblePersonId: string | null }) =>
  m.responsibleText !== '' || m.responsiblePersonId !== null;
const responsibleIssue = { message: 'validation.qualityCycle.responsible', path: ['responsibleText'] };

export const MeasureInputSchema = z.strictObject(measureFields).refine(hasResponsible, responsibleIssue);
export type MeasureInput = z.infer<typeof MeasureInputSchema>;
export const MeasureUpdateSchema = z
  .strictObject({ version: VersionSchema, ...measureFields })
  .refine(hasResponsible, responsibleIssue);
export type MeasureUpdate = z.infer<typeof MeasureUpdateSchema>;

export const CycleSurveySchema = z.object({
  id: IdSchema,
  title: LocalizedSchema,
  status: z.enum(SURVEY_STATUSES),
  closesAt: z.string().nullable(),
  /** Whether the survey belongs to this programme (others are the owner's, e.g. a unit leaders' survey). */
  ofProgramme: z.boolean(),
});
export type CycleSurvey = z.infer<typeof CycleSurveySchema>;

export const QualityGoalSchema = z.object({ id: IdSchema, text: z.string(), version: z.number().int() });
export type QualityGoal = z.infer<typeof QualityGoalSchema>;

export const QualityMeasureSchema = z.object({
  id: IdSchema,
  text: z.string(),
  responsibleText: z.string(),
  responsiblePersonId: IdSchema.nullable(),
  responsibleName: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(MEASURE_STATUSES),
  goalId: IdSchema.nullable(),
  /** Set when the measure was carried over from last year's cycle: that cycle's school year. */
  carriedFromSchoolYear: z.string().nullable(),
  /** Past its due date and neither done nor dropped (Oslo date). */
  overdue: z.boolean(),
  version: z.number().int(),
});
export type QualityMeasure = z.infer<typeof QualityMeasureSchema>;

export const QualityCycleSchema = z.object({
  ownerId: IdSchema,
  programmeId: IdSchema,
  programmeName: z.string(),
  schoolYear: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
  phases: z.array(
    z.object({
      phase: z.enum(QUALITY_PHASES),
      status: z.enum(PHASE_STATUSES),
      changedAt: z.string().nullable(),
      changedByName: z.string().nullable(),
    }),
  ),
  otherSources: z.string(),
  knowledgeBaseNote: z.string(),
  assessment: z.string(),
  surveys: z.array(CycleSurveySchema),
  /** The owner's surveys to pick from (for those who edit; empty otherwise). */
  availableSurveys: z.array(CycleSurveySchema),
  knowledgeBase: z
    .object({
      version: z.number().int(),
      updatedAt: z.string(),
      isDefault: z.boolean(),
      /** Saved by someone (not the defaults) on a day inside this programme's school year. */
      revisedThisYear: z.boolean(),
    })
    .nullable(),
  goals: z.array(QualityGoalSchema),
  measures: z.array(QualityMeasureSchema),
  /** Last year's cycle (the owner's previous programme), read-only, for reference. */
  previous: z
    .object({
      programmeId: IdSchema,
      programmeName: z.string(),
      schoolYear: z.string(),
      assessment: z.string(),
      goals: z.array(z.string()),
    })
    .nullable(),
  abilities: z.object({ manage: z.boolean() }),
});
export type QualityCycle = z.infer<typeof QualityCycleSchema>;
