import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { MeasureStatus, QualityPhases } from '../../../shared/schemas/quality-cycle.ts';
import { users } from '../auth/schema.ts';
import { programmes } from '../mentoring/schema.ts';
import { owners, people } from '../organisation/schema.ts';
import { surveys } from '../surveys/schema.ts';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * A programme's quality cycle: one row per programme, made on first read. Its own fields (phase
 * statuses, other sources, the knowledge-base note, the assessment, the linked surveys) are saved
 * whole under `version`; goals and measures are rows of their own with their own version, so changing
 * one measure's status never collides with someone writing the assessment.
 */
export const qualityCycles = pgTable(
  'quality_cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    /** The cycle of the owner's previous programme when this one was made (its open measures came along). */
    previousCycleId: uuid('previous_cycle_id').references((): AnyPgColumn => qualityCycles.id),
    phases: jsonb('phases').$type<QualityPhases>().notNull(),
    otherSources: text('other_sources').notNull().default(''),
    knowledgeBaseNote: text('knowledge_base_note').notNull().default(''),
    assessment: text('assessment').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('quality_cycles_programme').on(t.programmeId), index('quality_cycles_owner').on(t.ownerId)],
);

/** Surveys linked to a cycle as its information (the owner's own surveys only). */
export const qualityCycleSurveys = pgTable(
  'quality_cycle_surveys',
  {
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => qualityCycles.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.surveyId] })],
);

/** A goal for the coming year. */
export const qualityGoals = pgTable(
  'quality_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => qualityCycles.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('quality_goals_cycle').on(t.cycleId)],
);

/** A measure: what, who is responsible (a role as text and/or a person of the owner), by when, how far. */
export const qualityMeasures = pgTable(
  'quality_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => qualityCycles.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    responsibleText: text('responsible_text').notNull().default(''),
    responsiblePersonId: uuid('responsible_person_id').references(() => people.id),
    dueOn: date('due_on', { mode: 'string' }),
    status: text('status').$type<MeasureStatus>().notNull(),
    goalId: uuid('goal_id').references(() => qualityGoals.id, { onDelete: 'set null' }),
    /** Last year's measure this one continues (carried over when the cycle was made). */
    carriedFromId: uuid('carried_from_id').references((): AnyPgColumn => qualityMeasures.id, { onDelete: 'set null' }),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('quality_measures_cycle').on(t.cycleId),
    check('quality_measures_status', sql`${t.status} in ('planned', 'in_progress', 'done', 'dropped')`),
  ],
);
