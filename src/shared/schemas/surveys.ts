import { z } from 'zod';

/*
 * Surveys (issue 5): a survey of an owner, its sections and questions in three languages, the
 * invitations that carry a personal one-time link, and the answers. In anonymous mode nothing ties an
 * answer to a person (see src/server/modules/surveys/README.md).
 */

export const SURVEY_MODES = ['identified', 'anonymous'] as const;
export type SurveyMode = (typeof SURVEY_MODES)[number];

/** Derived from the dates and the published flag, never stored. */
export const SURVEY_STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export const QUESTION_TYPES = ['agreement5', 'scale', 'single', 'multiple', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The groups an audience is drawn from; the same codes label a response for breakdowns. */
export const SURVEY_ROLES = ['nqt', 'mentor', 'unit_leader', 'coordinator'] as const;
export type SurveyRole = (typeof SURVEY_ROLES)[number];

export const TEMPLATE_KEYS = [
  'nqt_yearly',
  'mentor_yearly',
  'unit_leader_yearly',
  'owner_yearly',
  'guidance_session',
  'guidance_programme',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];
export type SurveyKind = TemplateKey | 'custom';

export const MIN_GROUP_SIZE_FLOOR = 3;
export const DEFAULT_MIN_GROUP_SIZE = 5;

const LocalizedLine = z.string().trim().max(1000);

/** A text in bokmål, nynorsk and English. Bokmål is required; an empty nn/en falls back to bokmål. */
export const LocalizedSchema = z.strictObject({
  nb: LocalizedLine.min(1, { message: 'validation.required' }),
  nn: LocalizedLine,
  en: LocalizedLine,
});
export type Localized = z.infer<typeof LocalizedSchema>;

export const ChoiceOptionSchema = z.strictObject({
  /** Stable code stored in answers ("1".."5" on scales). */
  value: z.string().trim().min(1, { message: 'validation.required' }).max(40),
  label: LocalizedSchema,
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

/** Who a survey goes to: roles, narrowed to a programme, some units or the whole owner. */
export const AudienceSchema = z.strictObject({
  roles: z.array(z.enum(SURVEY_ROLES)).min(1, { message: 'surveys.validation.audienceRoles' }),
  /** Null: everyone of those roles at the owner. */
  programmeId: z.uuid({ message: 'validation.uuid' }).nullable().default(null),
  /** Empty: every unit. */
  unitIds: z
    .array(z.uuid({ message: 'validation.uuid' }))
    .max(500)
    .default([]),
  /** A seam for network groups (issue 4); not used yet. */
  networkIds: z
    .array(z.uuid({ message: 'validation.uuid' }))
    .max(0)
    .default([]),
});
export type Audience = z.infer<typeof AudienceSchema>;
