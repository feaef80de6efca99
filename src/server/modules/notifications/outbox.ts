import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { and, desc, eq, lt } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type MailAttachment, mailOutbox } from '../../db/schema.ts';

export interface MailMessage {
  /** Same key, same message: queueing it again does nothing. */
  idempotencyKey: string;
  ownerId: string | null;
  to: string;
  subject: string;
  body: string;
  /** Files sent with the text (e.g. an .ics invitation); the message becomes multipart/mixed. */
  attachments?: MailAttachment[] | undefined;
}

/** Queues a message inside the caller's transaction, so the mail exists exactly when the change does. */
export async function queueMail(tx: DbOrTx, message: MailMessage): Promise<void> {
  await queueMails(tx, [message]);
}

const outboxRow = (message: MailMessage) => ({
  idempotencyKey: message.idempotencyKey,
  ownerId: message.ownerId,
  toAddress: message.to,
  subject: message.subject,
  body: message.body,
  attachments: message.attachments?.length ? message.attachments : null,
});

/** Queues many messages in the caller's transaction, a few hundred rows per statement (a survey to thousands). */
export async function queueMails(tx: DbOrTx, messages: readonly MailMessage[], batch = 500): Promise<void> {
  for (let i = 0; i < messages.length; i += batch) {
    await tx
      .insert(mailOutbox)
      .values(messages.slice(i, i + batch).map(outboxRow))
      .onConflictDoNothing({ target: mailOutbox.idempotencyKey });
  }
}

export interface MailDelivery {
  smtpUrl: string | undefined;
  from: string;
  /** Where messages are written when no SMTP server is configured. */
  mailDir: string;
}

const MAX_ATTEMPTS = 5;

/**
 * Delivers queued messages: through SMTP when configured, otherwise as .eml files in mailDir so a
 * developer or a demo can read them (the admin page lists them). Each message is claimed by moving
 * it out of 'queued' first, so two processes never send the same one.
 */
export async function deliverQueuedMail(db: Db, delivery: MailDelivery, batch = 50): Promise<number> {
  const queued = await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, 'queued'), lt(mailOutbox.attempts, MAX_ATTEMPTS)))
    .orderBy(mailOutbox.createdAt)
    .limit(batch);
  if (queued.length === 0) return 0;
  const transport = delivery.smtpUrl ? nodemailer.createTransport(delivery.smtpUrl) : null;
  let done = 0;
  for (const message of queued) {
    const claimed = await db
      .update(mailOutbox)
      .set({ status: 'sending', attempts: message.attempts + 1 })
      .where(and(eq(mailOutbox.id, message.id), eq(mailOutbox.status, 'queued')))
      .returning({ id: mailOutbox.id });
    if (claimed.length === 0) continue;
    try {
      if (transport) {
        await transport.sendMail({
          from: delivery.from,
          to: message.toAddress,
          subject: message.subject,
          text: message.body,
          attachments: (message.attachments ?? []).map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: Buffer.from(a.contentBase64, 'base64'),
          })),
        });
        await db
          .update(mailOutbox)
          .set({ status: 'sent', deliveredAt: new Date() })
          .where(eq(mailOutbox.id, message.id));
      } else {
        await mkdir(delivery.mailDir, { recursive: true });
        const file = path.join(
          delivery.mailDir,
          `${message.createdAt.toISOString().replace(/[:.]/g, '-')}-${message.id}.eml`,
        );
        const eml = emlOf(delivery.from, message);
        await writeFile(file, eml, 'utf8');
        await db
          .update(mailOutbox)
          .set({ status: 'written', deliveredAt: new Date(), filePath: file })
          .where(eq(mailOutbox.id, message.id));
      }
      done++;
    } catch (err) {
      const failed = message.attempts + 1 >= MAX_ATTEMPTS;
      await db
        .update(mailOutbox)
        .set({ status: failed ? 'failed' : 'queued', lastError: String(err) })
        .where(eq(mailOutbox.id, message.id));
    }
  }
  return done;
}

/**
 * The message as an .eml file: plain text, or multipart/mixed with the text first and each attachment
 * base64 in lines of 76 characters (RFC 2045), so mail programs open the .ics like a received invitation.
 */
export function emlOf(
  from: string,
  message: { toAddress: string; subject: string; body: string; attachments: MailAttachment[] | null },
): string {
  const head = [
    `From: ${from}`,
    `To: ${message.toAddress}`,
    `Subject: ${encodeHeader(message.subject)}`,
    `Date: ${new Date().toUTCString()}`,
    'MIME-Version: 1.0',
  ];
  const text = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', message.body];
  const attachments = message.attachments ?? [];
  if (attachments.length === 0) return [...head, ...text].join('\r\n');
  const boundary = `tillit-${randomUUID()}`;
  const parts = attachments.map((a) =>
    [
      `--${boundary}`,
      `Content-Type: ${a.contentType}; name="${a.filename}"`,
      `Content-Disposition: attachment; filename="${a.filename}"`,
      'Content-Transfer-Encoding: base64',
      '',
      ...(a.contentBase64.match(/.{1,76}/g) ?? []),
    ].join('\r\n'),
  );
  return [
    ...head,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    ...text,
    ...parts,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

function encodeHeader(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: checking for plain ASCII on purpose.
  return /^[\x00-\x7f]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value).toString('base64')}?=`;
}

export async function listMail(db: DbOrTx, ownerId: string, limit = 100) {
  return db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.ownerId, ownerId))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(limit);
}
