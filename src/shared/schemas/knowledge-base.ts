import { z } from 'zod';
import { SUB_GOALS } from '../rules/sub-goals.ts';
import { IdSchema } from './common.ts';

/*
 * The programme's knowledge base ("kunnskapsgrunnlag", issue 3 item 8, after the Trøndelag model in
 * seed 001): the overall aim, per sub-goal a description and what each party contributes, and the
 * progression from year one (doing the job) to year two (investigating and developing one's practice).
 * Texts are kept per language like the agreement template; everyone in the programme reads them.
 */

/** Who contributes to the NQT's career start; the NQT leads their own development. */
export const KB_CONTRIBUTORS = ['nqt', 'mentor', 'unitLeader', 'colleagues', 'owner', 'teacherEducation'] as const;
export type KbContributor = (typeof KB_CONTRIBUTORS)[number];

export const KB_TEXT_MAX = 4000;
export const KB_CONTRIBUTION_MAX = 2000;

const RequiredText = z.string().trim().min(1, { message: 'validation.required' }).max(KB_TEXT_MAX);
/** Empty means the party has nothing particular to add for that sub-goal (the page leaves it out). */
const ContributionText = z.string().trim().max(KB_CONTRIBUTION_MAX);

export const KbContributionsSchema = z.strictObject({
  nqt: ContributionText,
  mentor: ContributionText,
  unitLeader: ContributionText,
  colleagues: ContributionText,
  owner: ContributionText,
  teacherEducation: ContributionText,
});
export type KbContributions = z.infer<typeof KbContributionsSchema>;

export const KbSubGoalTextSchema = z.strictObject({
  description: RequiredText,
  contributions: KbContributionsSchema,
});
export type KbSubGoalText = z.infer<typeof KbSubGoalTextSchema>;

export const KnowledgeBaseTextSchema = z.strictObject({
  aim: RequiredText,
  yearOne: RequiredText,
  yearTwo: RequiredText,
  subGoals: z.strictObject({
    workplace: KbSubGoalTextSchema,
    belonging: KbSubGoalTextSchema,
    role: KbSubGoalTextSchema,
    investigate: KbSubGoalTextSchema,
  }),
});
export type KnowledgeBaseText = z.infer<typeof KnowledgeBaseTextSchema>;

export const KnowledgeBaseTextsSchema = z.strictObject({
  nb: KnowledgeBaseTextSchema,
  nn: KnowledgeBaseTextSchema,
  en: KnowledgeBaseTextSchema,
});
export type KnowledgeBaseTexts = z.infer<typeof KnowledgeBaseTextsSchema>;

/** Body of PUT …/knowledge-base: all three languages, and the version the editor started from. */
export const KnowledgeBaseInputSchema = z.strictObject({
  /** A save on an older version is 409 KNOWLEDGE_BASE_CHANGED, so one editor never overwrites another unseen. */
  version: z.number().int({ message: 'validation.integer' }).min(1),
  texts: KnowledgeBaseTextsSchema,
});
export type KnowledgeBaseInput = z.infer<typeof KnowledgeBaseInputSchema>;

export const KnowledgeBaseSchema = z.object({
  ownerId: IdSchema,
  programmeId: IdSchema,
  programmeName: z.string(),
  /** 1 for the defaults; every save that changes the text adds one. */
  version: z.number().int(),
  /** True while nobody has changed the default text. */
  isDefault: z.boolean(),
  texts: KnowledgeBaseTextsSchema,
  updatedAt: z.string(),
  /** Who saved the text last; null while it is the defaults. */
  updatedByName: z.string().nullable(),
  abilities: z.object({ manage: z.boolean(), viewSubGoalTime: z.boolean() }),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;

const SubGoalMinutesSchema = z.object({
  subGoal: z.enum(SUB_GOALS),
  minutes: z.number().int(),
  sessions: z.number().int(),
});

const SubGoalTimeRowSchema = z.object({
  /** Minutes of held sessions; a session counts once here. */
  heldMinutes: z.number().int(),
  heldSessions: z.number().int(),
  /** Held sessions tagged with no sub-goal. */
  untaggedMinutes: z.number().int(),
  untaggedSessions: z.number().int(),
  /** A session tagged with several sub-goals counts in full for each, so these may add up to more than heldMinutes. */
  subGoals: z.array(SubGoalMinutesSchema),
});
export type SubGoalTimeRow = z.infer<typeof SubGoalTimeRowSchema>;

/** GET …/knowledge-base/sub-goal-time: held minutes per sub-goal, per programme year and in all. */
export const SubGoalTimeSchema = z.object({
  programmeId: IdSchema,
  years: z.array(SubGoalTimeRowSchema.extend({ programmeYear: z.union([z.literal(1), z.literal(2)]) })),
  total: SubGoalTimeRowSchema,
});
export type SubGoalTime = z.infer<typeof SubGoalTimeSchema>;
