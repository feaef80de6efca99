import { and, eq, lt, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { sessions } from '../../db/schema.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';

export const SESSION_COOKIE = 'tillit_sid';

export async function createSession(
  db: DbOrTx,
  userId: string,
  hours: number,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await db.insert(sessions).values({ id: hashToken(token), userId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

export type SessionLookup =
  | { state: 'valid'; sessionId: string; userId: string; csrfToken: string }
  | { state: 'expired' };

/** A cookie that names no live session counts as expired: the browser had one, and it is gone. */
export async function findSession(db: DbOrTx, token: string): Promise<SessionLookup> {
  const id = hashToken(token);
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  if (!row) return { state: 'expired' };
  if (row.expiresAt.getTime() <= Date.now()) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return { state: 'expired' };
  }
  return { state: 'valid', sessionId: id, userId: row.userId, csrfToken: row.csrfToken };
}

export async function deleteSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every other session of a user, e.g. after a password change. */
export async function deleteOtherSessions(db: DbOrTx, userId: string, keepSessionId: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}

/** Expired sessions are refused when used; this sweep keeps the table from growing with abandoned ones. */
export async function deleteExpiredSessions(db: DbOrTx): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
