import { sql } from 'drizzle-orm';
import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { UnitType } from '../../../shared/enums.ts';
import type { SubGoal } from '../../../shared/rules/sub-goals.ts';
import type { ResourceAudience, ResourceKind, ResourceTheme } from '../../../shared/schemas/resources.ts';
import { users } from '../auth/schema.ts';
import { owners, regions } from '../organisation/schema.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  // PGlite hands back a Uint8Array, node-postgres a Buffer: the code sees a Buffer either way.
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * A resource in an owner's bank: a link, an uploaded file or a Markdown text. `region_id` is the seam
 * for sharing a resource with the owner's region later; nothing reads it yet. `search` is kept by
 * PostgreSQL from the title (weight A), description (B) and body and file name (C) with the
 * `norwegian` configuration (Snowball stemming: "veiledningen" and "veiledning" meet), on PGlite too.
 */
export const resources = pgTable(
  'resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    regionId: uuid('region_id').references(() => regions.id),
    kind: text('kind').$type<ResourceKind>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    url: text('url'),
    body: text('body').notNull().default(''),
    fileName: text('file_name'),
    subGoals: text('sub_goals').array().$type<SubGoal[]>().notNull().default(sql`'{}'`),
    themes: text('themes').array().$type<ResourceTheme[]>().notNull().default(sql`'{}'`),
    audience: text('audience').array().$type<ResourceAudience[]>().notNull(),
    unitTypes: text('unit_types').array().$type<UnitType[]>().notNull().default(sql`'{}'`),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('norwegian'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('norwegian'::regconfig, coalesce("description", '')), 'B') || setweight(to_tsvector('norwegian'::regconfig, coalesce("body", '') || ' ' || coalesce("file_name", '')), 'C')`,
      ),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('resources_owner').on(t.ownerId), index('resources_search').using('gin', t.search)],
);

/**
 * The bytes of a file resource, in its own table so lists never load them. Written in the same
 * transaction as the resource row, so a refused or failed upload leaves neither behind.
 */
export const resourceFiles = pgTable('resource_files', {
  resourceId: uuid('resource_id')
    .primaryKey()
    .references(() => resources.id, { onDelete: 'cascade' }),
  ownerId: uuid('owner_id')
    .notNull()
    .references(() => owners.id),
  /** Decided from the bytes (file-type), never from the name or the browser's Content-Type. */
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
});
