import { integer, jsonb, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { KnowledgeBaseTexts } from '../../../../shared/schemas/knowledge-base.ts';
import { users } from '../../auth/schema.ts';
import { owners } from '../../organisation/schema.ts';
import { programmes } from '../schema.ts';

/**
 * A programme's knowledge base ("kunnskapsgrunnlag"): one row per programme with its texts in nb, nn
 * and en. Written from the defaults when the programme is created (or first read, for older
 * programmes); every save that changes the text bumps `version`, which a save must name, so two
 * editors never overwrite each other unseen. Who changed what and when is in the audit log;
 * `updated_by` is the last one (null while the text is the defaults).
 */
export const knowledgeBases = pgTable(
  'knowledge_bases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    texts: jsonb('texts').$type<KnowledgeBaseTexts>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('knowledge_bases_programme').on(t.programmeId)],
);
