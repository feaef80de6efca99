import {
  doublePrecision,
  index,
  integer,
  boolean as pgBoolean,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { NetworkKind, NetworkPool } from '../../../shared/schemas/networks.ts';
import { users } from '../auth/schema.ts';
import { programmes } from '../mentoring/schema.ts';
import { owners, people } from '../organisation/schema.ts';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * The saved network groups of one kind (NQT networks or mentor networks) in a programme: the rules
 * they were formed under (checked again on every hand edit) and the figures of the solve they came from.
 */
export const networkGroupings = pgTable(
  'network_groupings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    kind: text('kind').$type<NetworkKind>().notNull(),
    maxPerUnit: integer('max_per_unit').notNull(),
    keepKindergartenApart: pgBoolean('keep_kindergarten_apart').notNull(),
    /** Figures of the proposal the groups were saved from (null when made by hand). */
    solverStatus: text('solver_status'),
    objective: doublePrecision('objective'),
    gap: doublePrecision('gap'),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('network_groupings_programme_kind').on(t.programmeId, t.kind),
    index('network_groupings_owner').on(t.ownerId),
  ],
);

/** One network group: a name, its pool (kindergarten, school or both) and the group of last year it continues. */
export const networkGroups = pgTable(
  'network_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    groupingId: uuid('grouping_id')
      .notNull()
      .references(() => networkGroupings.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    kind: text('kind').$type<NetworkKind>().notNull(),
    name: text('name').notNull(),
    pool: text('pool').$type<NetworkPool>().notNull(),
    position: integer('position').notNull(),
    /** Last year's group whose year-two NQTs were kept here (a group of the previous programme). */
    continuesGroupId: uuid('continues_group_id'),
    ...timestamps,
  },
  (t) => [index('network_groups_owner_programme').on(t.ownerId, t.programmeId)],
);

/** A person (an enrolled NQT or a mentor of the programme) in a network group; once per programme and kind. */
export const networkGroupMembers = pgTable(
  'network_group_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => networkGroups.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    kind: text('kind').$type<NetworkKind>().notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('network_group_members_programme_kind_person').on(t.programmeId, t.kind, t.personId),
    index('network_group_members_owner_person').on(t.ownerId, t.personId),
  ],
);
