import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { calendarFeeds, reminderSettings } from '../../db/schema.ts';
import { audit } from '../../lib/audit.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';

/** A new secret for the user's feed; an earlier one stops working in the same statement. Only the hash is kept. */
export async function createFeedToken(db: DbOrTx, userId: string): Promise<{ token: string; createdAt: Date }> {
  return db.transaction(async (tx) => {
    const token = newToken();
    const createdAt = new Date();
    await tx
      .insert(calendarFeeds)
      .values({ userId, tokenHash: hashToken(token), createdAt })
      .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash: hashToken(token), createdAt } });
    await audit(tx, {
      actorUserId: userId,
      ownerId: null,
      action: 'calendar.feed_create',
      entity: 'user',
      entityId: userId,
    });
    return { token, createdAt };
  });
}

export async function revokeFeedToken(db: DbOrTx, userId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const gone = await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).returning();
    if (gone.length > 0) {
      await audit(tx, {
        actorUserId: userId,
        ownerId: null,
        action: 'calendar.feed_revoke',
        entity: 'user',
        entityId: userId,
      });
    }
    return gone.length > 0;
  });
}

export async function feedCreatedAt(db: DbOrTx, userId: string): Promise<Date | null> {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId));
  return row?.createdAt ?? null;
}

/** The user a feed token belongs to, or null (unknown or revoked). */
export async function feedUser(db: DbOrTx, token: string): Promise<string | null> {
  const [row] = await db
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, hashToken(token)));
  return row?.userId ?? null;
}

export interface ReminderChoices {
  sessionReminders: boolean;
  weeklyDigest: boolean;
}

export async function getReminderChoices(db: DbOrTx, userId: string): Promise<ReminderChoices> {
  const [row] = await db.select().from(reminderSettings).where(eq(reminderSettings.userId, userId));
  return { sessionReminders: row?.sessionReminders ?? true, weeklyDigest: row?.weeklyDigest ?? true };
}

export async function setReminderChoices(db: DbOrTx, userId: string, choices: ReminderChoices): Promise<void> {
  await db
    .insert(reminderSettings)
    .values({ userId, ...choices, updatedAt: new Date() })
    .onConflictDoUpdate({ target: reminderSettings.userId, set: { ...choices, updatedAt: new Date() } });
}
