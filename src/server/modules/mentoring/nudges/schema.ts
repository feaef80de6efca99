import { sql } from 'drizzle-orm';
import { date, index, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { owners, people } from '../../organisation/schema.ts';
import { enrolments, programmes } from '../schema.ts';

/**
 * A lapse: a run of days on which an NQT's held mentoring was behind the plan (see
 * `shared/rules/compliance.ts`). It opens on the first daily check that finds the NQT behind and ends
 * on the first that does not. The nudges of a lapse are recorded on it, in the same transaction that
 * queues the mail, so each person is told at most once per lapse — across retries and restarts.
 */
export const complianceLapses = pgTable(
  'compliance_lapses',
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
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    /** The mentor told, and when (null until then). */
    mentorPersonId: uuid('mentor_person_id').references(() => people.id),
    mentorNudgedOn: date('mentor_nudged_on', { mode: 'string' }),
    leaderNudgedOn: date('leader_nudged_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // At most one open lapse per NQT: two concurrent checks cannot both open one.
    uniqueIndex('compliance_lapses_open').on(t.enrolmentId).where(sql`${t.endedOn} is null`),
    index('compliance_lapses_programme').on(t.ownerId, t.programmeId),
  ],
);
