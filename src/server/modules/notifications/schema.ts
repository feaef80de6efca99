import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A file sent with a message (e.g. an .ics invitation); content is base64. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

/**
 * Every mail goes through this outbox. The idempotency key makes a retried command or job unable to
 * queue the same message twice; delivery marks it sent (SMTP) or written (to ./data/mail without SMTP).
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    ownerId: uuid('owner_id'),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').$type<'queued' | 'sending' | 'sent' | 'written' | 'failed'>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    filePath: text('file_path'),
    /** Files sent with the message (multipart/mixed); null for plain text. */
    attachments: jsonb('attachments').$type<MailAttachment[]>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_owner_created').on(t.ownerId, t.createdAt), index('mail_outbox_status').on(t.status)],
);
