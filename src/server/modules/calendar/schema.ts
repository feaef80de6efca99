import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { owners } from '../organisation/schema.ts';

/**
 * A user's personal calendar feed: only the SHA-256 hash of the secret token in its URL is stored (like
 * sessions). One feed per user; revoking deletes the row, a new feed replaces the hash, so an old URL
 * stops working at once.
 */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A user's reminder choices; no row means both are on (the default). */
export const reminderSettings = pgTable('reminder_settings', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  sessionReminders: boolean('session_reminders').notNull().default(true),
  weeklyDigest: boolean('weekly_digest').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Each reminder sent, by its key (`reminder:session:<pairId>:<date>:<personId>`,
 * `reminder:digest:<week>:<personId>`): taken by an insert that finds the key free, in the same
 * transaction as the mail, so a retried job or a restart sends nothing twice and the run counts only
 * what it sent.
 */
export const remindersSent = pgTable('reminders_sent', {
  key: text('key').primaryKey(),
  ownerId: uuid('owner_id')
    .notNull()
    .references(() => owners.id),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
});
