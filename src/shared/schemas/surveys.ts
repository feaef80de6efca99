import { z } from 'zod';
import { LOCALES, UNIT_TYPES } from '../enums.ts';

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
export const SURVEY_ROLES = ['nqt', 'mentor', 'unit_leader', 'coordinator', 'owner_admin'] as const;
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

const IntroLine = z.string().trim().max(4000);
/** The survey's introduction: may be empty in every language. */
export const IntroSchema = z.strictObject({ nb: IntroLine, nn: IntroLine, en: IntroLine });

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
  /** Network groups (issue 4): empty, no narrowing; otherwise only members of these groups. */
  networkIds: z
    .array(z.uuid({ message: 'validation.uuid' }))
    .max(200)
    .default([]),
});
export type Audience = z.infer<typeof AudienceSchema>;

const Id = z.uuid({ message: 'validation.uuid' });
const Instant = z.iso.datetime({ offset: true, message: 'surveys.validation.dateTime' });

/** The builder's question: `options` are ignored for agreement5 (always the five steps) and text. */
export const QuestionInputSchema = z.strictObject({
  /** Kept when editing an existing question; new questions have none. */
  id: Id.optional(),
  key: z.string().max(80).nullable().default(null),
  type: z.enum(QUESTION_TYPES),
  text: LocalizedSchema,
  options: z.array(ChoiceOptionSchema).max(20).default([]),
  required: z.boolean().default(true),
});
export type QuestionInput = z.infer<typeof QuestionInputSchema>;

export const SectionInputSchema = z.strictObject({
  id: Id.optional(),
  title: LocalizedSchema,
  questions: z.array(QuestionInputSchema).max(60),
});
export type SectionInput = z.infer<typeof SectionInputSchema>;

/** The whole draft as the builder saves it. */
export const SurveyInputSchema = z.strictObject({
  title: LocalizedSchema,
  intro: IntroSchema,
  mode: z.enum(SURVEY_MODES),
  programmeId: Id.nullable(),
  minGroupSize: z
    .number()
    .int({ message: 'validation.integer' })
    .min(MIN_GROUP_SIZE_FLOOR, { message: 'surveys.validation.minGroupSize' })
    .max(100),
  sections: z.array(SectionInputSchema).max(30),
});
export type SurveyInput = z.infer<typeof SurveyInputSchema>;

export const CreateSurveySchema = z.strictObject({
  /** Null: an empty survey. */
  template: z.enum(TEMPLATE_KEYS).nullable(),
  programmeId: Id.nullable().default(null),
  mode: z.enum(SURVEY_MODES).default('anonymous'),
});

export const SendSurveySchema = z
  .strictObject({
    audience: AudienceSchema,
    opensAt: Instant,
    closesAt: Instant,
    /** Days before closing on which the reminder job mails those who have not answered. */
    reminderDays: z
      .array(
        z
          .int({ message: 'surveys.validation.reminderDays' })
          .min(1, { message: 'surveys.validation.reminderDays' })
          .max(30, { message: 'surveys.validation.reminderDays' }),
      )
      .max(4, { message: 'surveys.validation.reminderDays' })
      .default([]),
  })
  .refine((v) => Date.parse(v.closesAt) > Date.parse(v.opensAt), {
    message: 'surveys.validation.closeAfterOpen',
    path: ['closesAt'],
  });
export type SendSurvey = z.infer<typeof SendSurveySchema>;

/** A network group the builder can pick for an audience. */
export const SurveyNetworkGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['nqt', 'mentor']),
  programmeId: z.string(),
  programmeName: z.string(),
  members: z.number().int(),
});
export type SurveyNetworkGroup = z.infer<typeof SurveyNetworkGroupSchema>;
export const SurveyNetworkGroupListSchema = z.object({ items: z.array(SurveyNetworkGroupSchema) });

export const AudiencePreviewInputSchema = z.strictObject({ audience: AudienceSchema });
export const AudiencePreviewSchema = z.object({
  total: z.number().int(),
  byRole: z.array(z.object({ role: z.enum(SURVEY_ROLES), count: z.number().int() })),
  /** People who match but have no e-mail address (they cannot be invited). */
  withoutEmail: z.number().int(),
});

export const SURVEY_WARNINGS = ['freeTextAnonymous', 'translationMissing', 'noQuestions'] as const;
export type SurveyWarningCode = (typeof SURVEY_WARNINGS)[number];
export const SurveyWarningSchema = z.object({
  code: z.enum(SURVEY_WARNINGS),
  /** The question or section it concerns, if any. */
  questionId: z.string().nullable(),
});
export type SurveyWarning = z.infer<typeof SurveyWarningSchema>;

export const QuestionSchema = z.object({
  id: z.string(),
  key: z.string().nullable(),
  type: z.enum(QUESTION_TYPES),
  text: LocalizedSchema,
  options: z.array(ChoiceOptionSchema),
  required: z.boolean(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const SectionSchema = z.object({
  id: z.string(),
  title: LocalizedSchema,
  questions: z.array(QuestionSchema),
});
export type Section = z.infer<typeof SectionSchema>;

const Counts = z.object({ invited: z.number().int(), answered: z.number().int() });

export const SurveySummarySchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: LocalizedSchema,
  mode: z.enum(SURVEY_MODES),
  status: z.enum(SURVEY_STATUSES),
  programmeId: z.string().nullable(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  counts: Counts,
});
export type SurveySummary = z.infer<typeof SurveySummarySchema>;

export const SurveyListSchema = z.object({
  items: z.array(SurveySummarySchema),
  abilities: z.object({ manage: z.boolean() }),
});

export const SurveyDetailSchema = SurveySummarySchema.extend({
  intro: IntroSchema,
  minGroupSize: z.number().int(),
  audience: AudienceSchema.nullable(),
  sections: z.array(SectionSchema),
  warnings: z.array(SurveyWarningSchema),
  lastRemindedAt: z.string().nullable(),
  /** Days before closing the reminder job reminds non-respondents. */
  reminderDays: z.array(z.number().int()),
  abilities: z.object({ manage: z.boolean(), edit: z.boolean() }),
});
export type SurveyDetail = z.infer<typeof SurveyDetailSchema>;

export const TemplateListSchema = z.object({
  items: z.array(z.object({ key: z.enum(TEMPLATE_KEYS), title: LocalizedSchema, questionCount: z.number().int() })),
});

export const RemindResultSchema = z.object({ reminded: z.number().int() });
export const SendResultSchema = z.object({ invited: z.number().int(), survey: SurveyDetailSchema });

/** "Mine undersøkelser": a survey the signed-in person is invited to, and whether they have answered. */
export const MySurveySchema = z.object({
  surveyId: z.string(),
  title: LocalizedSchema,
  mode: z.enum(SURVEY_MODES),
  status: z.enum(SURVEY_STATUSES),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  /** The invitation's marker only: never which answers. */
  answered: z.boolean(),
});
export type MySurvey = z.infer<typeof MySurveySchema>;
export const MySurveyListSchema = z.object({ items: z.array(MySurveySchema) });
export const MySurveyLinkSchema = z.object({ token: z.string() });

/* The respondent's side: the token travels in the body, never in an API URL (request logs). */

const Token = z.string().min(20, { message: 'surveys.validation.token' }).max(200);

export const AnswerFormRequestSchema = z.strictObject({ token: Token });

export const AnswerFormSchema = z.object({
  status: z.enum(SURVEY_STATUSES),
  answered: z.boolean(),
  title: LocalizedSchema,
  intro: IntroSchema,
  mode: z.enum(SURVEY_MODES),
  /** The invitee's language (their login's, else bokmål): the page starts in it unless they chose one. */
  locale: z.enum(LOCALES),
  ownerName: z.string(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  sections: z.array(SectionSchema),
});
export type AnswerForm = z.infer<typeof AnswerFormSchema>;

export const AnswerInputSchema = z.strictObject({
  questionId: Id,
  choice: z.string().max(40).optional(),
  choices: z.array(z.string().max(40)).max(20).optional(),
  text: z.string().max(4000).optional(),
});
export type AnswerInput = z.infer<typeof AnswerInputSchema>;

export const SubmitAnswersSchema = z.strictObject({
  token: Token,
  answers: z.array(AnswerInputSchema).max(200),
});

/** Labels a response carries for breakdowns (each may be null: dropped to protect a small group). */
export const ResponseLabelsSchema = z.object({
  role: z.enum(SURVEY_ROLES).nullable(),
  unitType: z.enum(UNIT_TYPES).nullable(),
  programmeYear: z.number().int().nullable(),
});
export type ResponseLabels = z.infer<typeof ResponseLabelsSchema>;

/** The five-step agreement scale, as in the Veilederkorps evaluation; answers store "1".."5". */
export const AGREEMENT5_OPTIONS: readonly ChoiceOption[] = [
  { value: '1', label: { nb: 'I svært liten grad', nn: 'I svært liten grad', en: 'To a very small extent' } },
  { value: '2', label: { nb: 'I liten grad', nn: 'I liten grad', en: 'To a small extent' } },
  { value: '3', label: { nb: 'Verken eller', nn: 'Verken eller', en: 'Neither nor' } },
  { value: '4', label: { nb: 'I stor grad', nn: 'I stor grad', en: 'To a large extent' } },
  { value: '5', label: { nb: 'I svært stor grad', nn: 'I svært stor grad', en: 'To a very large extent' } },
];

/** A text in the reader's language, bokmål when that translation is empty. */
export function localized(text: Localized, locale: 'nb' | 'nn' | 'en'): string {
  return text[locale].trim() || text.nb;
}
