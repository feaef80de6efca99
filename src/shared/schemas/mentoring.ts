import { z } from 'zod';
import { SCORE_TERMS } from '../../solver/matching/model.ts';
import { MENTOR_EDUCATIONS, TEACHER_EDUCATIONS, UNIT_TYPES, type UnitType } from '../enums.ts';
import { FREQUENCIES } from '../rules/cadence.ts';
import { isSchoolYear, type SchoolYear } from '../rules/school-year.ts';
import { SUB_GOALS } from '../rules/sub-goals.ts';
import { STAGES, SUBJECTS } from '../subjects.ts';
import { DateSchema, IdSchema, NameSchema } from './common.ts';

/*
 * The NQT mentoring programme: settings, reach (enrolments), mentor profiles and matching. Request objects are
 * strict; custom messages are i18n keys.
 */

export const SchoolYearSchema = z
  .string()
  .refine(isSchoolYear, { message: 'mentoring.validation.schoolYear' })
  .transform((v) => v as SchoolYear);

export const CadenceSchema = z.strictObject({
  frequency: z.enum(FREQUENCIES),
  minutes: z.number().int({ message: 'validation.integer' }).min(5).max(480),
});

export const YearCadencesSchema = z.strictObject({ year1: CadenceSchema, year2: CadenceSchema });

export const CadenceSettingsSchema = z.strictObject(
  Object.fromEntries(UNIT_TYPES.map((u) => [u, YearCadencesSchema])) as Record<UnitType, typeof YearCadencesSchema>,
);

export const CalendarPeriodSchema = z
  .strictObject({ from: DateSchema, to: DateSchema, name: NameSchema.max(100) })
  .refine((p) => p.from <= p.to, { message: 'validation.dateOrder', path: ['to'] });

export const SchoolYearCalendarSchema = z
  .strictObject({
    firstDay: DateSchema,
    lastDay: DateSchema,
    holidays: z.array(CalendarPeriodSchema).max(100),
  })
  .refine((c) => c.firstDay < c.lastDay, { message: 'validation.dateOrder', path: ['lastDay'] });

export const GroupSizeSchema = z
  .strictObject({
    min: z.number().int({ message: 'validation.integer' }).min(2).max(100),
    max: z.number().int({ message: 'validation.integer' }).min(2).max(100),
  })
  .refine((g) => g.min <= g.max, { message: 'mentoring.validation.groupSize', path: ['max'] });

const weight = z.number().min(0).max(100_000);

/** The solver's soft-goal weights (`DEFAULT_WEIGHTS` in src/solver/matching/model.ts documents each). */
export const MatchingWeightsSchema = z.strictObject({
  sameUnit: weight,
  sameUnitType: weight,
  sameStage: weight,
  subjectOverlapPerSubject: weight,
  subjectOverlapMaxSubjects: z.number().int({ message: 'validation.integer' }).min(0).max(20),
  educationCompleted: weight,
  educationOngoing: weight,
  experienced: weight,
  experiencedYears: z.number().int({ message: 'validation.integer' }).min(0).max(50),
  loadStep: weight,
  lineManagerOverride: weight,
  unmatched: z.union([z.literal('auto'), weight]),
});
export type MatchingWeightsInput = z.infer<typeof MatchingWeightsSchema>;

/**
 * E-mail nudges when an NQT's mentoring falls behind (issue 3, item 6): the mentor after
 * `mentorAfterDays` days behind, the unit leader after `leaderAfterDays` if it persists. Each lapse
 * (a run of days behind) is nudged at most once per person.
 */
export const NudgeSettingsSchema = z
  .strictObject({
    enabled: z.boolean(),
    mentorAfterDays: z.number().int({ message: 'validation.integer' }).min(0).max(90),
    leaderAfterDays: z.number().int({ message: 'validation.integer' }).min(1).max(180),
  })
  .refine((n) => n.leaderAfterDays > n.mentorAfterDays, {
    message: 'mentoring.validation.nudgeOrder',
    path: ['leaderAfterDays'],
  });
export type NudgeSettings = z.infer<typeof NudgeSettingsSchema>;

export const ProgrammeSettingsSchema = z.strictObject({
  cadences: CadenceSettingsSchema,
  /** Scale session minutes by position size (off by default: time is per NQT). */
  scaleByPosition: z.boolean(),
  /** Preferred ISO weekday of planned sessions, 1 (Monday) – 5 (Friday). */
  sessionWeekday: z.number().int({ message: 'validation.integer' }).min(1).max(5),
  calendar: SchoolYearCalendarSchema,
  networkGroupSize: GroupSizeSchema,
  /** Behind schedule when held minutes are under this share (percent) of planned minutes to date. */
  behindScheduleThresholdPercent: z.number().int({ message: 'validation.integer' }).min(1).max(100),
  nudges: NudgeSettingsSchema,
  /** The programme's matching weights where they differ from the solver's defaults (absent: all defaults). */
  matchingWeights: MatchingWeightsSchema.partial().optional(),
});
export type ProgrammeSettings = z.infer<typeof ProgrammeSettingsSchema>;

export const CreateProgrammeSchema = z.strictObject({
  schoolYear: SchoolYearSchema,
  name: NameSchema.optional(),
});
export type CreateProgrammeInput = z.infer<typeof CreateProgrammeSchema>;

/** Each settings part given replaces that part whole (a calendar is sent with all its holidays). */
export const ProgrammePatchSchema = z.strictObject({
  name: NameSchema.optional(),
  settings: ProgrammeSettingsSchema.partial().optional(),
});
export type ProgrammePatch = z.infer<typeof ProgrammePatchSchema>;

export const ProgrammeAbilitiesSchema = z.object({ manage: z.boolean() });

export const ProgrammeSummarySchema = z.object({
  id: IdSchema,
  ownerId: IdSchema,
  regionId: IdSchema.nullable(),
  schoolYear: z.string(),
  name: z.string(),
  updatedAt: z.string(),
});
export type ProgrammeSummary = z.infer<typeof ProgrammeSummarySchema>;

export const ProgrammeSchema = ProgrammeSummarySchema.extend({
  settings: ProgrammeSettingsSchema,
  abilities: ProgrammeAbilitiesSchema,
});
export type Programme = z.infer<typeof ProgrammeSchema>;

// Reach and enrolments

export const REACH_STATUSES = ['not_reached', 'enrolled', 'left'] as const;

const PersonRefSchema = z.object({
  personId: IdSchema,
  givenName: z.string(),
  familyName: z.string(),
  unitId: IdSchema.nullable(),
  unitName: z.string().nullable(),
  unitType: z.enum(UNIT_TYPES).nullable(),
  positionPercent: z.number().nullable(),
});

export const NotReachedSchema = PersonRefSchema.extend({
  professionStart: z.string(),
  programmeYear: z.union([z.literal(1), z.literal(2)]),
});
export type NotReached = z.infer<typeof NotReachedSchema>;

export const EnrolmentSchema = PersonRefSchema.extend({
  id: IdSchema,
  programmeId: IdSchema,
  professionStart: z.string(),
  startsOn: z.string(),
  programmeYear: z.union([z.literal(1), z.literal(2)]),
  /** Set when the programme year was changed by hand; the reason is kept. */
  programmeYearReason: z.string().nullable(),
  leftOn: z.string().nullable(),
  /** Left: marked by hand, or found so from the person's data (inactive, no employment with the owner). */
  hasLeft: z.boolean(),
  updatedAt: z.string(),
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;

export const ReachSchema = z.object({
  asOf: z.string(),
  notReached: z.array(NotReachedSchema),
  enrolled: z.array(EnrolmentSchema),
  left: z.array(EnrolmentSchema),
});
export type Reach = z.infer<typeof ReachSchema>;

export const EnrolInputSchema = z.strictObject({
  personIds: z
    .array(IdSchema)
    .min(1, { message: 'validation.required' })
    .max(2000)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'mentoring.validation.duplicatePerson' }),
  /** When mentoring starts; default the later of today and the start in the profession. */
  startsOn: DateSchema.optional(),
});
export type EnrolInput = z.infer<typeof EnrolInputSchema>;

export const EnrolmentPatchSchema = z
  .strictObject({
    leftOn: DateSchema.nullable().optional(),
    programmeYear: z.union([z.literal(1), z.literal(2)]).optional(),
    reason: z.string().trim().min(1, { message: 'validation.required' }).max(1000).optional(),
  })
  .refine((p) => p.programmeYear === undefined || p.reason !== undefined, {
    message: 'mentoring.validation.reasonRequired',
    path: ['reason'],
  });
export type EnrolmentPatch = z.infer<typeof EnrolmentPatchSchema>;

export const PlannedSessionSchema = z.object({
  date: z.string(),
  minutes: z.number(),
  programmeYear: z.union([z.literal(1), z.literal(2)]),
});

export const EnrolmentPlanSchema = z.object({
  enrolmentId: IdSchema,
  asOf: z.string(),
  sessions: z.array(PlannedSessionSchema),
  plannedMinutesToDate: z.number(),
  plannedMinutesTotal: z.number(),
});
export type EnrolmentPlan = z.infer<typeof EnrolmentPlanSchema>;

// Mentor profiles

export const MentorProfileInputSchema = z.strictObject({
  /** How many NQTs the mentor takes. */
  capacity: z.number().int({ message: 'validation.integer' }).min(0).max(30),
  /** Time the unit sets aside for the mentor, minutes per week. */
  minutesPerWeek: z.number().int({ message: 'validation.integer' }).min(0).max(2400),
});
export type MentorProfileInput = z.infer<typeof MentorProfileInputSchema>;

export const MentorProfileSchema = z.object({
  programmeId: IdSchema,
  personId: IdSchema,
  givenName: z.string(),
  familyName: z.string(),
  teacherEducation: z.enum(TEACHER_EDUCATIONS).nullable(),
  mentorEducation: z.enum(MENTOR_EDUCATIONS),
  mentorEducationCredits: z.number().nullable(),
  teachingExperienceYears: z.number().nullable(),
  /** Three or more years of teaching. */
  experienced: z.boolean(),
  capacity: z.number(),
  minutesPerWeek: z.number(),
  updatedAt: z.string(),
});
export type MentorProfile = z.infer<typeof MentorProfileSchema>;

// Matching: mentor–NQT pairs (issue 3, item 4)

export const PAIR_STATUSES = ['proposed', 'accepted', 'ended'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];
export const PAIR_SOURCES = ['solver', 'manual'] as const;
export type PairSource = (typeof PAIR_SOURCES)[number];

/** Body of POST …/matching/propose: weights not given keep the defaults. Send `{}` for all defaults. */
export const ProposeInputSchema = z.strictObject({
  weights: MatchingWeightsSchema.partial().optional(),
});
export type ProposeInput = z.infer<typeof ProposeInputSchema>;

/** A written reason, long enough to say something. */
const reasonText = (message: string) => z.string().trim().min(10, { message }).max(1000);

/** Body of POST …/matching/pairs: a pair made by hand (accepted at once). */
export const ManualPairInputSchema = z.strictObject({
  enrolmentId: IdSchema,
  mentorPersonId: IdSchema,
  /** Required when the mentor is the NQT's line manager; stored and audited. */
  lineManagerOverrideReason: reasonText('mentoring.validation.overrideReason').optional(),
});
export type ManualPairInput = z.infer<typeof ManualPairInputSchema>;

export const LockInputSchema = z.strictObject({ locked: z.boolean() });
export type LockInput = z.infer<typeof LockInputSchema>;

/** Body of POST …/matching/pairs/:pairId/end: why the pair does not work (the mentor is not proposed again). */
export const EndPairInputSchema = z.strictObject({ reason: reasonText('mentoring.validation.endReason') });
export type EndPairInput = z.infer<typeof EndPairInputSchema>;

export const ScoreContributionSchema = z.object({
  term: z.enum(SCORE_TERMS),
  points: z.number(),
  /** On `same_unit_type`: the stage the NQT and the mentor share (its points include the same-stage weight). */
  stage: z.enum(STAGES).optional(),
  /** On `subject_overlap`: every subject the two share (points count up to the weight's maximum). */
  subjects: z.array(z.enum(SUBJECTS)).optional(),
});
/** A pair's explanation: the solver's terms, with the shared stage and subjects named. */
export type PairExplanation = z.infer<typeof ScoreContributionSchema>[];

export const UnmatchedReasonSchema = z.union([
  z.object({ code: z.literal('no_candidate'), constraint: z.enum(['owner', 'line_manager', 'forbidden', 'capacity']) }),
  z.object({ code: z.literal('candidates_full') }),
]);

const UnitRefFields = {
  unitId: IdSchema.nullable(),
  unitName: z.string().nullable(),
  unitType: z.enum(UNIT_TYPES).nullable(),
};

export const PairNqtSchema = z.object({
  enrolmentId: IdSchema,
  personId: IdSchema,
  givenName: z.string(),
  familyName: z.string(),
  ...UnitRefFields,
  programmeYear: z.union([z.literal(1), z.literal(2)]),
});
export type PairNqt = z.infer<typeof PairNqtSchema>;

export const PairMentorSchema = z.object({
  personId: IdSchema,
  givenName: z.string(),
  familyName: z.string(),
  ...UnitRefFields,
});

export const PairSchema = z.object({
  id: IdSchema,
  status: z.enum(PAIR_STATUSES),
  locked: z.boolean(),
  source: z.enum(PAIR_SOURCES),
  nqt: PairNqtSchema,
  mentor: PairMentorSchema,
  /** The solver's points for the pair when it was proposed or saved (null for a pair of a mentor no longer in the programme). */
  points: z.number().nullable(),
  /** Why the pair was chosen: each soft goal's points (terms in `SCORE_TERMS`; the web translates them). */
  explanation: z.array(ScoreContributionSchema),
  /** Set when the coordinator let the NQT's line manager mentor them. */
  lineManagerOverrideReason: z.string().nullable(),
  endedReason: z.string().nullable(),
  createdAt: z.string(),
  acceptedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Pair = z.infer<typeof PairSchema>;

export const UnpairedNqtSchema = PairNqtSchema.extend({
  /** From the last run, when it left this NQT unmatched; null otherwise. */
  reason: UnmatchedReasonSchema.nullable(),
  /** Mentors of pairs that were ended for this NQT: never proposed again. */
  excludedMentorPersonIds: z.array(IdSchema),
});
export type UnpairedNqt = z.infer<typeof UnpairedNqtSchema>;

export const MatchingMentorSchema = PairMentorSchema.extend({
  mentorEducation: z.enum(MENTOR_EDUCATIONS),
  teachingExperienceYears: z.number().nullable(),
  experienced: z.boolean(),
  capacity: z.number(),
  minutesPerWeek: z.number(),
  /** Proposed and accepted pairs. */
  load: z.number(),
  acceptedLoad: z.number(),
  /** Active with a current employment: only those are proposed. */
  available: z.boolean(),
});
export type MatchingMentorSummary = z.infer<typeof MatchingMentorSchema>;

export const MatchingRunSchema = z.object({
  id: IdSchema,
  status: z.enum(['optimal', 'feasible', 'infeasible']),
  solver: z.enum(['highs', 'greedy']),
  objective: z.number(),
  bound: z.number(),
  gap: z.number(),
  boundScope: z.enum(['all_edges', 'candidate_edges']),
  solveSeconds: z.number(),
  nqtCount: z.number(),
  mentorCount: z.number(),
  proposedCount: z.number(),
  unmatched: z.array(z.object({ enrolmentId: IdSchema, reason: UnmatchedReasonSchema })),
  /** Locked pairs that broke a hard rule (the run is then infeasible and proposes nothing). */
  issues: z.array(
    z.object({ code: z.string(), enrolmentId: IdSchema.nullable(), mentorPersonId: IdSchema.nullable() }),
  ),
  weights: z.record(z.string(), z.union([z.number(), z.literal('auto')])),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type MatchingRun = z.infer<typeof MatchingRunSchema>;

/** GET …/matching, and the answer of every matching write. */
export const MatchingSchema = z.object({
  programmeId: IdSchema,
  asOf: z.string(),
  /** Proposed and accepted pairs, by NQT name. */
  pairs: z.array(PairSchema),
  /** Enrolled NQTs (not left) without a proposed or accepted pair. */
  unpaired: z.array(UnpairedNqtSchema),
  mentors: z.array(MatchingMentorSchema),
  /** Ended pairs, newest first: the re-pairing history. */
  ended: z.array(PairSchema),
  lastRun: MatchingRunSchema.nullable(),
  /** The solver's default weights, for a form that edits them. */
  defaultWeights: MatchingWeightsSchema,
  /** The weights a proposal uses: the defaults with the programme's own weights over them. */
  weights: MatchingWeightsSchema,
  abilities: ProgrammeAbilitiesSchema,
});
export type Matching = z.infer<typeof MatchingSchema>;

// Mentoring sessions (issue 3, item 5) and compliance (item 6)

export const SESSION_STATUSES = ['planned', 'held', 'cancelled', 'moved'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_FORMATS = ['individual', 'group'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

/** The most characters of a private note. */
export const NOTE_MAX_LENGTH = 5000;

export const SubGoalSchema = z.enum(SUB_GOALS);

const MinutesSchema = z.number().int({ message: 'validation.integer' }).min(5).max(480);
const SubGoalsSchema = z
  .array(SubGoalSchema)
  .max(SUB_GOALS.length)
  .refine((list) => new Set(list).size === list.length, { message: 'mentoring.validation.duplicateSubGoal' });
/** A private note: trimmed; an empty note is no note. */
const NoteSchema = z
  .string()
  .trim()
  .max(NOTE_MAX_LENGTH)
  .transform((v) => (v === '' ? null : v));

/**
 * A session in a pair's schedule: a planned one not logged yet has the id `planned:<date>`; logged,
 * cancelled or moved ones have a uuid. `note` is only ever filled in answers to the pair's own
 * mentor and NQT (the only routes that return sessions are theirs).
 */
export const SessionSchema = z.object({
  id: z.string(),
  date: z.string(),
  plannedMinutes: z.number().nullable(),
  status: z.enum(SESSION_STATUSES),
  heldMinutes: z.number().nullable(),
  format: z.enum(SESSION_FORMATS).nullable(),
  subGoals: z.array(SubGoalSchema),
  movedTo: z.string().nullable(),
  note: z.string().nullable(),
  confirmedByNqtAt: z.string().nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

export const SessionListSchema = z.object({ sessions: z.array(SessionSchema) });

const PairFiguresFields = {
  pairId: IdSchema,
  ownerId: IdSchema,
  programmeId: IdSchema,
  programmeYear: z.union([z.literal(1), z.literal(2)]),
  nextSessions: z.array(SessionSchema),
  plannedMinutesToDate: z.number(),
  heldMinutesToDate: z.number(),
};

export const MentorPairViewSchema = z.object({
  ...PairFiguresFields,
  nqt: z.object({ personId: IdSchema, name: z.string(), unitName: z.string().nullable() }),
  isBehind: z.boolean(),
});
export type MentorPairView = z.infer<typeof MentorPairViewSchema>;

export const NqtPairViewSchema = z.object({
  ...PairFiguresFields,
  mentor: z.object({ personId: IdSchema, name: z.string(), unitName: z.string().nullable(), email: z.string() }),
});
export type NqtPairView = z.infer<typeof NqtPairViewSchema>;

export const MyMentoringSchema = z.object({
  asMentor: z.array(MentorPairViewSchema),
  asNqt: z.array(NqtPairViewSchema),
});
export type MyMentoring = z.infer<typeof MyMentoringSchema>;

/** Body of POST /api/me/mentoring/pairs/:pairId/sessions: a held session, optionally for a planned date. */
export const LogSessionInputSchema = z.strictObject({
  date: DateSchema,
  minutes: MinutesSchema,
  format: z.enum(SESSION_FORMATS),
  subGoals: SubGoalsSchema,
  note: NoteSchema.optional(),
  plannedDate: DateSchema.optional(),
});
export type LogSessionInput = z.infer<typeof LogSessionInputSchema>;

/** Body of PATCH …/sessions/:sessionId: one change at a time. */
export const SessionPatchSchema = z.union([
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({ movedTo: DateSchema }),
  z.strictObject({ note: NoteSchema.nullable() }),
  z.strictObject({ minutes: MinutesSchema, format: z.enum(SESSION_FORMATS), subGoals: SubGoalsSchema }),
]);
export type SessionPatch = z.infer<typeof SessionPatchSchema>;

const FiguresFields = {
  plannedMinutesToDate: z.number(),
  heldMinutesToDate: z.number(),
  /** held / planned; null while nothing is planned. */
  ratio: z.number().nullable(),
};

/** GET …/programmes/:programmeId/compliance. Never any note text. */
export const ComplianceSchema = z.object({
  asOf: z.string(),
  behindScheduleThresholdPercent: z.number(),
  programme: z.object(FiguresFields),
  units: z.array(z.object({ ...FiguresFields, unitId: IdSchema.nullable(), unitName: z.string().nullable() })),
  nqts: z.array(
    z.object({
      ...FiguresFields,
      enrolmentId: IdSchema,
      personId: IdSchema,
      name: z.string(),
      programmeYear: z.number().int(),
      unitId: IdSchema.nullable(),
      unitName: z.string().nullable(),
      pairId: IdSchema.nullable(),
      mentorPersonId: IdSchema.nullable(),
      mentorName: z.string().nullable(),
      /** The day the NQT left the programme, if they have. */
      leftOn: z.string().nullable(),
      isBehind: z.boolean(),
      /** The open lapse (run of days behind) and who has been told, if any. */
      lapse: z
        .object({ startedOn: z.string(), mentorNudgedOn: z.string().nullable(), leaderNudgedOn: z.string().nullable() })
        .nullable(),
    }),
  ),
  trend: z.array(z.object({ weekStart: z.string(), plannedMinutes: z.number(), heldMinutes: z.number() })),
  subGoalMinutes: z.array(z.object({ subGoal: SubGoalSchema, minutes: z.number() })),
});
export type Compliance = z.infer<typeof ComplianceSchema>;
