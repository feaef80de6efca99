import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PlanAudience, PlanEventKind } from '../../../shared/schemas/annual-plan.ts';
import { users } from '../auth/schema.ts';
import { programmes } from '../mentoring/schema.ts';
import { owners } from '../organisation/schema.ts';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * The annual plan's own events (gatherings, evaluations, deadlines …) of a programme. Times are Oslo
 * wall-clock times (`HH:MM`) beside the day, not instants: a 09:00 gathering stays at 09:00 whatever
 * the offset, and the plan writes the instant with Oslo's offset when it presents the item.
 */
export const planEvents = pgTable(
  'plan_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    kind: text('kind').$type<PlanEventKind>().notNull(),
    title: text('title').notNull(),
    description: text('description'),
    place: text('place'),
    date: date('date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    startTime: text('start_time'),
    endTime: text('end_time'),
    audiences: jsonb('audiences').$type<PlanAudience[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('plan_events_owner_programme_date').on(t.ownerId, t.programmeId, t.date)],
);
