import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Locale, UnitType } from '../../../shared/enums.ts';
import type {
  Audience,
  ChoiceOption,
  Localized,
  QuestionType,
  SurveyKind,
  SurveyMode,
  SurveyRole,
} from '../../../shared/schemas/surveys.ts';
import { users } from '../auth/schema.ts';
import { programmes } from '../mentoring/schema.ts';
import { owners, people } from '../organisation/schema.ts';

/*
 * Surveys. Anonymity is a property of these tables, not of the API: in anonymous mode
 * `survey_responses` and `survey_answers` hold no person, user, invitation, token or time, and
 * `survey_invitations` knows only THAT its person answered (a flag and the day). Read README.md in this
 * folder before adding a column to either side.
 */

/**
 * A survey of one owner, optionally tied to a mentoring programme. Status is derived: draft until
 * published, then scheduled / open / closed by `opens_at` and `closes_at`.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id').references(() => programmes.id),
    /** The template it was made from (kept for year-over-year comparison), or `custom`. */
    kind: text('kind').$type<SurveyKind>().notNull(),
    title: jsonb('title').$type<Localized>().notNull(),
    intro: jsonb('intro').$type<Localized>().notNull(),
    mode: text('mode').$type<SurveyMode>().notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Results suppress any group smaller than this; never below 3. */
    minGroupSize: integer('min_group_size').notNull().default(5),
    audience: jsonb('audience').$type<Audience>(),
    /** Days before `closes_at` on which the reminder job mails those who have not answered (e.g. [7, 2]). */
    reminderDays: jsonb('reminder_days').$type<number[]>().notNull().default([]),
    /**
     * Anonymous mode: when the responses were rewritten as one shuffled set after closing (README.md).
     * Null while open, and until the close command or the job has done it.
     */
    answersShuffledAt: timestamp('answers_shuffled_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('surveys_owner').on(t.ownerId),
    check('surveys_min_group_size', sql`${t.minGroupSize} >= 3`),
    check('surveys_mode', sql`${t.mode} in ('identified', 'anonymous')`),
  ],
);

export const surveySections = pgTable(
  'survey_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: jsonb('title').$type<Localized>().notNull(),
  },
  (t) => [index('survey_sections_survey').on(t.surveyId)],
);

/**
 * A question. `options` lists the choices of agreement5 (the fixed five steps), scale, single and
 * multiple; answers store an option's `value`. `key` is the template question's stable key, so the
 * same question can be compared across years.
 */
export const surveyQuestions = pgTable(
  'survey_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    sectionId: uuid('section_id')
      .notNull()
      .references(() => surveySections.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    key: text('key'),
    type: text('type').$type<QuestionType>().notNull(),
    text: jsonb('text').$type<Localized>().notNull(),
    options: jsonb('options').$type<ChoiceOption[]>().notNull().default([]),
    required: boolean('required').notNull().default(true),
  },
  (t) => [index('survey_questions_survey').on(t.surveyId)],
);

/**
 * One person invited to a survey, with the SHA-256 of their one-time link. The group labels are
 * snapshotted here at invitation and copied to the response (not linked) at answer time. `answered`
 * and `answered_on` (a day, never a time) stop duplicates and reminders; nothing else is kept.
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    tokenHash: text('token_hash').notNull().unique(),
    locale: text('locale').$type<Locale>().notNull(),
    role: text('role').$type<SurveyRole>().notNull(),
    unitType: text('unit_type').$type<UnitType>(),
    programmeYear: integer('programme_year'),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    answered: boolean('answered').notNull().default(false),
    answeredOn: date('answered_on', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('survey_invitations_survey_person').on(t.surveyId, t.personId),
    index('survey_invitations_owner').on(t.ownerId),
  ],
);

/**
 * One submitted answer sheet. In anonymous mode `person_id`, `invitation_id` and `submitted_on` are
 * null (a check enforces it) and the row has no creation time; ids are random and the survey's rows
 * are rewritten in id order on every submission, so neither order nor transaction id tells who.
 * The labels are group labels for breakdowns, coarsened at answer time (see README.md).
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    anonymous: boolean('anonymous').notNull(),
    /** Identified mode only. */
    personId: uuid('person_id').references(() => people.id),
    /** Identified mode only. */
    invitationId: uuid('invitation_id').references(() => surveyInvitations.id),
    /** Identified mode only. */
    submittedOn: date('submitted_on', { mode: 'string' }),
    role: text('role').$type<SurveyRole>(),
    unitType: text('unit_type').$type<UnitType>(),
    programmeYear: integer('programme_year'),
    /**
     * Anonymous mode: still in the survey's mixing pool, rewritten with every submission (README.md).
     * All false once the survey is closed and shuffled; always false in identified mode.
     */
    pending: boolean('pending').notNull().default(false),
  },
  (t) => [
    index('survey_responses_survey').on(t.surveyId),
    index('survey_responses_pending').on(t.surveyId).where(sql`${t.pending}`),
    check(
      'survey_responses_anonymous_unlinked',
      sql`not ${t.anonymous} or (${t.personId} is null and ${t.invitationId} is null and ${t.submittedOn} is null)`,
    ),
  ],
);

/** One question's answer in a response: `choice` (agreement5, scale, single), `choices` (multiple) or `text`. */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    id: uuid('id').primaryKey(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => surveyQuestions.id, { onDelete: 'cascade' }),
    choice: text('choice'),
    choices: jsonb('choices').$type<string[]>(),
    text: text('text'),
  },
  (t) => [
    index('survey_answers_survey_question').on(t.surveyId, t.questionId),
    index('survey_answers_response').on(t.responseId),
  ],
);

/**
 * One reminder round the reminder job has sent (a survey's `reminder_days` entry): the unique key makes
 * each round happen once, however often or concurrently the job runs.
 */
export const surveyReminderRounds = pgTable(
  'survey_reminder_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    daysBefore: integer('days_before').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    reminded: integer('reminded').notNull(),
  },
  (t) => [
    uniqueIndex('survey_reminder_rounds_round').on(t.surveyId, t.daysBefore),
    index('survey_reminder_rounds_owner').on(t.ownerId),
  ],
);
