import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ProgrammeSettings } from '../../../shared/schemas/mentoring.ts';
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
