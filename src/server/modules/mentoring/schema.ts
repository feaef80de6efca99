import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { SubGoal } from '../../../shared/rules/sub-goals.ts';
import type {
  MatchingRun,
  MatchingWeightsInput,
  PairSource,
  PairStatus,
  ProgrammeSettings,
  SessionFormat,
  SessionStatus,
} from '../../../shared/schemas/mentoring.ts';
import type { ScoreContribution } from '../../../solver/matching/model.ts';
import { users } from '../auth/schema.ts';
import { owners, people, regions, units } from '../organisation/schema.ts';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * A mentoring programme for one school year. `owner_id` is the owner that runs it (its coordinators
 * manage it; it is the tenant key). A programme run by a region for several owners will set
 * `region_id` and enrol NQTs of the region's owners, each enrolment carrying the NQT's own owner;
 * until then `region_id` is null and every enrolment has the programme's owner.
 */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    regionId: uuid('region_id').references(() => regions.id),
    schoolYear: text('school_year').notNull(),
    name: text('name').notNull(),
    settings: jsonb('settings').$type<ProgrammeSettings>().notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('programmes_owner_school_year').on(t.ownerId, t.schoolYear)],
);

/** An NQT in a programme. The programme year is computed at enrolment (anniversary rule) or set by hand with a reason. */
export const enrolments = pgTable(
  'enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** The unit where mentoring happens (the NQT's main teaching position at enrolment). */
    unitId: uuid('unit_id').references(() => units.id),
    professionStart: date('profession_start', { mode: 'string' }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    programmeYear: integer('programme_year').$type<1 | 2>().notNull(),
    programmeYearReason: text('programme_year_reason'),
    positionPercent: integer('position_percent'),
    leftOn: date('left_on', { mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('enrolments_programme_person').on(t.programmeId, t.personId),
    index('enrolments_owner_person').on(t.ownerId, t.personId),
  ],
);

/** A person's mentor role in one programme: how many NQTs they take and the time set aside for it. */
export const mentorProfiles = pgTable(
  'mentor_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    capacity: integer('capacity').notNull(),
    minutesPerWeek: integer('minutes_per_week').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('mentor_profiles_programme_person').on(t.programmeId, t.personId),
    index('mentor_profiles_owner').on(t.ownerId),
  ],
);

/**
 * A mentor–NQT pair. `proposed` by the solver (replaced by the next run unless locked), `accepted` by
 * the coordinator (or made by hand, accepted at once), `ended` with a reason when it did not work: the
 * solver never proposes that mentor for that NQT again. At most one pair per enrolment is not ended.
 */
export const mentorPairs = pgTable(
  'mentor_pairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    nqtPersonId: uuid('nqt_person_id')
      .notNull()
      .references(() => people.id),
    mentorPersonId: uuid('mentor_person_id')
      .notNull()
      .references(() => people.id),
    status: text('status').$type<PairStatus>().notNull(),
    locked: boolean('locked').notNull().default(false),
    source: text('source').$type<PairSource>().notNull(),
    /** The solver's points and terms for the pair when it was proposed or saved. */
    points: doublePrecision('points'),
    explanation: jsonb('explanation').$type<ScoreContribution[]>().notNull().default([]),
    lineManagerOverrideReason: text('line_manager_override_reason'),
    endedReason: text('ended_reason'),
    runId: uuid('run_id').references(() => matchingRuns.id),
    createdBy: uuid('created_by').references(() => users.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: uuid('locked_by').references(() => users.id),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('mentor_pairs_open_enrolment').on(t.enrolmentId).where(sql`${t.status} <> 'ended'`),
    index('mentor_pairs_owner_programme').on(t.ownerId, t.programmeId),
    index('mentor_pairs_mentor').on(t.programmeId, t.mentorPersonId),
  ],
);

/** One solver run of a programme: its figures and the NQTs it left unmatched, for the coordinator's overview. */
export const matchingRuns = pgTable(
  'matching_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    status: text('status').$type<MatchingRun['status']>().notNull(),
    solver: text('solver').$type<MatchingRun['solver']>().notNull(),
    objective: doublePrecision('objective').notNull(),
    bound: doublePrecision('bound').notNull(),
    gap: doublePrecision('gap').notNull(),
    boundScope: text('bound_scope').$type<MatchingRun['boundScope']>().notNull(),
    solveSeconds: doublePrecision('solve_seconds').notNull(),
    nqtCount: integer('nqt_count').notNull(),
    mentorCount: integer('mentor_count').notNull(),
    proposedCount: integer('proposed_count').notNull(),
    unmatched: jsonb('unmatched').$type<MatchingRun['unmatched']>().notNull(),
    issues: jsonb('issues').$type<MatchingRun['issues']>().notNull(),
    weights: jsonb('weights').$type<MatchingWeightsInput>().notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('matching_runs_owner_programme').on(t.ownerId, t.programmeId, t.createdAt)],
);

/**
 * Stored mentoring sessions of a pair. The planned schedule itself is not stored: it is computed from
 * the programme's cadence and calendar (`shared/rules/session-plan.ts`) for the pair's enrolment, and
 * merged with these rows by `planned_date`. A row exists once something happened to a session: held
 * (logged), cancelled or moved. A held session logged for a planned date keeps that `planned_date`
 * (one row per planned date and pair); a held session outside the plan has none. `date` is the day it
 * was held, or the planned day while it is cancelled or moved. No note text here: see `session_notes`.
 */
export const mentoringSessions = pgTable(
  'mentoring_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => mentorPairs.id),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    plannedDate: date('planned_date', { mode: 'string' }),
    plannedMinutes: integer('planned_minutes'),
    date: date('date', { mode: 'string' }).notNull(),
    status: text('status').$type<Exclude<SessionStatus, 'planned'>>().notNull(),
    heldMinutes: integer('held_minutes'),
    format: text('format').$type<SessionFormat>(),
    subGoals: jsonb('sub_goals').$type<SubGoal[]>().notNull().default([]),
    movedTo: date('moved_to', { mode: 'string' }),
    confirmedByNqtAt: timestamp('confirmed_by_nqt_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('mentoring_sessions_pair_planned').on(t.pairId, t.plannedDate).where(sql`${t.plannedDate} is not null`),
    index('mentoring_sessions_owner_programme').on(t.ownerId, t.programmeId, t.date),
    index('mentoring_sessions_pair').on(t.pairId, t.date),
  ],
);

/**
 * A session's private note: readable by the pair's mentor and NQT only. Kept in its own table so no
 * query about sessions can carry it by accident; the one reader is `notes.ts`, which checks the
 * caller is one of the pair (a test keeps every other file from touching this table).
 */
export const sessionNotes = pgTable(
  'session_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => mentorPairs.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => mentoringSessions.id),
    body: text('body').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('session_notes_session').on(t.sessionId), index('session_notes_pair').on(t.pairId)],
);
