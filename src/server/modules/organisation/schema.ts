import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { MentorEducation, OwnerKind, Position, TeacherEducation, UnitType } from '../../../shared/enums.ts';
import type { Stage, Subject } from '../../../shared/subjects.ts';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const regions = pgTable('regions', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  ...timestamps,
});

/** The tenant: a municipality, county or private school owner. Every tenant-owned row carries owner_id. */
export const owners = pgTable('owners', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind').$type<OwnerKind>().notNull(),
  orgNumber: text('org_number').notNull().unique(),
  ...timestamps,
});

export const regionOwners = pgTable(
  'region_owners',
  {
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.ownerId] }), index('region_owners_owner').on(t.ownerId)],
);

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    // Organisation numbers are national identifiers, so unique across tenants.
    orgNumber: text('org_number').notNull().unique(),
    name: text('name').notNull(),
    unitType: text('unit_type').$type<UnitType>().notNull(),
    streetAddress: text('street_address').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    postalPlace: text('postal_place').notNull().default(''),
    /**
     * Where the unit is (WGS84 degrees, e.g. from the national school and kindergarten registers), so
     * network groups can keep travel short. Both or neither.
     */
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [index('units_owner_name').on(t.ownerId, t.name)],
);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    employeeNumber: text('employee_number').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull().default(''),
    teacherEducation: text('teacher_education').$type<TeacherEducation>(),
    teacherEducationYear: integer('teacher_education_year'),
    mentorEducation: text('mentor_education').$type<MentorEducation>().notNull().default('none'),
    mentorEducationCredits: numeric('mentor_education_credits', { mode: 'number' }),
    teachingExperienceYears: numeric('teaching_experience_years', { mode: 'number' }),
    // The school subjects the person teaches (codes of shared/subjects.ts): a teacher's subjects follow
    // them from unit to unit, so they live on the person; matching scores the overlap.
    subjects: text('subjects').array().$type<Subject[]>().notNull().default([]),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('people_owner_employee_number').on(t.ownerId, t.employeeNumber),
    uniqueIndex('people_owner_email').on(t.ownerId, t.email),
    index('people_owner_family_name').on(t.ownerId, t.familyName),
  ],
);

export const employments = pgTable(
  'employments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    position: text('position').$type<Position>().notNull(),
    positionPercent: numeric('position_percent', { mode: 'number' }).notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    // The school stage taught in this job (`1-4`, `5-7`, `8-10`, `vg`): where they teach, so it belongs
    // to the employment, not the person. Null where it does not apply (kindergarten, leaders) or is unknown.
    stage: text('stage').$type<Stage>(),
    ...timestamps,
  },
  (t) => [
    // A re-import updates the employment that starts the same day at the same unit instead of adding one.
    uniqueIndex('employments_person_unit_start').on(t.personId, t.unitId, t.startDate),
    index('employments_owner_unit').on(t.ownerId, t.unitId),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id'),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    details: jsonb('details').notNull().default({}),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_owner_at').on(t.ownerId, t.at)],
);
