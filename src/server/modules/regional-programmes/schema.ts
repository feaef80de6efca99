import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { RegionalSettings } from '../../../shared/schemas/regional-programmes.ts';
import { users } from '../auth/schema.ts';
import { regions } from '../organisation/schema.ts';

/**
 * A programme a region runs for its member owners in one school year. Its members are the owners'
 * programmes with this `region_id` and school year (`programmes.region_id`); this row holds the name and the
 * region's part of the settings, copied into every member on each change. It has no owner: it is the
 * region's, reached through region grants (`canViewRegion`), and holds no NQT data.
 */
export const regionalProgrammes = pgTable(
  'regional_programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    schoolYear: text('school_year').notNull(),
    name: text('name').notNull(),
    settings: jsonb('settings').$type<RegionalSettings>().notNull(),
    /** Bumped by every save; a save names the version it started from. */
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('regional_programmes_region_school_year').on(t.regionId, t.schoolYear)],
);
