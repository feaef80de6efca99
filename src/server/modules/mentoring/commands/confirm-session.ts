import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { mentoringSessions } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { loadMyPair, parseSessionId } from '../sessions.ts';

/** The pair's NQT confirms a held session took place. Confirming twice keeps the first time. Returns the id. */
export async function confirmSession({
  db,
  actor,
  pairId,
  sessionId,
}: {
  db: Db;
  actor: Actor;
  pairId: string;
  sessionId: string;
}): Promise<string> {
  return db.transaction(async (tx) => {
    const ctx = await loadMyPair(tx, actor, pairId, true);
    if (ctx.role !== 'nqt') throw new AppError('FORBIDDEN');
    const ref = parseSessionId(sessionId);
    // A planned session not logged yet cannot have been held.
    if (ref.kind === 'planned') throw new AppError('SESSION_NOT_HELD');
    const { ownerId } = ctx.pair;
    const [row] = await tx
      .select()
      .from(mentoringSessions)
      .where(
        and(
          eq(mentoringSessions.ownerId, ownerId),
          eq(mentoringSessions.pairId, ctx.pair.id),
          eq(mentoringSessions.id, ref.id),
        ),
      )
      .for('update');
    if (!row) throw new AppError('NOT_FOUND');
    if (row.status !== 'held') throw new AppError('SESSION_NOT_HELD');
    if (row.confirmedByNqtAt) return row.id;
    const now = new Date();
    await tx
      .update(mentoringSessions)
      .set({ confirmedByNqtAt: now, updatedAt: now })
      .where(and(eq(mentoringSessions.ownerId, ownerId), eq(mentoringSessions.id, row.id)));
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'mentoring_session.confirm',
      entity: 'mentoring_session',
      entityId: row.id,
      details: { pairId: ctx.pair.id },
    });
    return row.id;
  });
}
