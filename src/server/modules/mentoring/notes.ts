import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { sessionNotes } from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import type { Actor } from '../auth/actor.ts';
import { canReadNote, canWriteNote, type PairParties } from './policy.ts';

/*
 * The only code that touches `session_notes`. A private note is readable by the pair's mentor and NQT
 * and nobody else (issue 3, item 5): every read goes through `readNotes`, which answers nothing to
 * anyone else, whatever route calls it. Coordinator and admin queries never join this table (a test
 * fails if any other file mentions it), audit rows say that a note changed, never what it says, and
 * note text is never put in an error, a log line or a mail.
 */

type NotePair = PairParties & { id: string; ownerId: string };

/** The notes of some of the pair's sessions, by session id; empty for anyone but the pair's mentor and NQT. */
export async function readNotes(
  db: DbOrTx,
  actor: Actor,
  pair: NotePair,
  sessionIds: readonly string[],
): Promise<Map<string, string>> {
  if (!canReadNote(actor, pair) || sessionIds.length === 0) return new Map();
  const rows = await db
    .select({ sessionId: sessionNotes.sessionId, body: sessionNotes.body })
    .from(sessionNotes)
    .where(
      and(
        eq(sessionNotes.ownerId, pair.ownerId),
        eq(sessionNotes.pairId, pair.id),
        inArray(sessionNotes.sessionId, [...sessionIds]),
      ),
    );
  return new Map(rows.map((r) => [r.sessionId, r.body]));
}

/** Sets (or with null, removes) a session's note. Only the pair's mentor writes notes. */
export async function writeNote(
  tx: DbOrTx,
  actor: Actor,
  pair: NotePair,
  sessionId: string,
  body: string | null,
): Promise<void> {
  if (!canWriteNote(actor, pair)) throw new AppError('FORBIDDEN');
  const where = and(
    eq(sessionNotes.ownerId, pair.ownerId),
    eq(sessionNotes.pairId, pair.id),
    eq(sessionNotes.sessionId, sessionId),
  );
  if (body === null) {
    await tx.delete(sessionNotes).where(where);
    return;
  }
  const now = new Date();
  await tx
    .insert(sessionNotes)
    .values({ ownerId: pair.ownerId, pairId: pair.id, sessionId, body, updatedBy: actor.userId })
    .onConflictDoUpdate({ target: sessionNotes.sessionId, set: { body, updatedBy: actor.userId, updatedAt: now } });
}

/** Inserts notes as they are, for the demo seed only (fictional text, made with the sessions it seeds). */
export async function seedNotes(
  tx: DbOrTx,
  rows: { ownerId: string; pairId: string; sessionId: string; body: string; updatedBy: string | null }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(sessionNotes).values(rows.slice(i, i + 500));
}
