import { and, eq } from 'drizzle-orm';
import type { IsoDate } from '../../../../shared/rules/school-year.ts';
import type { SessionPatch } from '../../../../shared/schemas/mentoring.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { mentoringSessions } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { writeNote } from '../notes.ts';
import { loadMyPair, type PairContext, parseSessionId, type SessionRow } from '../sessions.ts';
import { insertSession } from './log-session.ts';

/** The stored row behind a session id, locked; a `planned:<date>` id without a row yet gives null. */
async function findRow(tx: DbOrTx, ctx: PairContext, sessionId: string) {
  const ref = parseSessionId(sessionId);
  const scope = [eq(mentoringSessions.ownerId, ctx.pair.ownerId), eq(mentoringSessions.pairId, ctx.pair.id)];
  if (ref.kind === 'stored') {
    const [row] = await tx
      .select()
      .from(mentoringSessions)
      .where(and(...scope, eq(mentoringSessions.id, ref.id)))
      .for('update');
    if (!row) throw new AppError('NOT_FOUND');
    return { row, plannedDate: row.plannedDate };
  }
  if (!ctx.plan.some((p) => p.date === ref.date)) throw new AppError('NOT_FOUND');
  const [row] = await tx
    .select()
    .from(mentoringSessions)
    .where(and(...scope, eq(mentoringSessions.plannedDate, ref.date)))
    .for('update');
  return { row: row ?? null, plannedDate: ref.date };
}

/**
 * The pair's mentor cancels or moves a planned session (a `planned:<date>` id is stored first), sets
 * or removes the note of a held one, or corrects its minutes, format and sub-goals. A correction
 * clears the NQT's confirmation (they confirmed other figures); a note change does not. Returns the
 * session's id. Audit rows never carry note text.
 */
export async function updateSession({
  db,
  actor,
  pairId,
  sessionId,
  patch,
}: {
  db: Db;
  actor: Actor;
  pairId: string;
  sessionId: string;
  patch: SessionPatch;
}): Promise<string> {
  return db.transaction(async (tx) => {
    const ctx = await loadMyPair(tx, actor, pairId, true);
    if (ctx.role !== 'mentor') throw new AppError('FORBIDDEN');
    if (ctx.pair.status !== 'accepted') throw new AppError('PAIR_ENDED');
    const { ownerId } = ctx.pair;
    const { row, plannedDate } = await findRow(tx, ctx, sessionId);
    const now = new Date();
    const set = async (values: Partial<typeof mentoringSessions.$inferInsert>, existing: SessionRow) => {
      await tx
        .update(mentoringSessions)
        .set({ ...values, updatedAt: now })
        .where(and(eq(mentoringSessions.ownerId, ownerId), eq(mentoringSessions.id, existing.id)));
      return existing.id;
    };
    const log = (action: string, id: string, details: Record<string, unknown>) =>
      audit(tx, {
        actorUserId: actor.userId,
        ownerId,
        action,
        entity: 'mentoring_session',
        entityId: id,
        details: { pairId: ctx.pair.id, ...details },
      });

    if ('status' in patch || 'movedTo' in patch) {
      if (row?.status === 'held') throw new AppError('SESSION_HELD');
      let movedTo: IsoDate | null = null;
      if ('movedTo' in patch) {
        const { firstDay, lastDay } = ctx.programme.settings.calendar;
        if (patch.movedTo < firstDay || patch.movedTo > lastDay) throw new AppError('SESSION_DATE_OUTSIDE_YEAR');
        movedTo = patch.movedTo;
      }
      const status = movedTo ? ('moved' as const) : ('cancelled' as const);
      let id: string;
      if (row) id = await set({ status, movedTo }, row);
      else {
        // A planned session nothing has happened to yet: stored now, keyed by its planned date.
        const planned = ctx.plan.find((p) => p.date === plannedDate);
        id = await insertSession(tx, ctx, actor, {
          plannedDate,
          plannedMinutes: planned?.minutes ?? null,
          date: plannedDate as IsoDate,
          status,
          movedTo,
        });
      }
      await log(`mentoring_session.${status === 'moved' ? 'move' : 'cancel'}`, id, { plannedDate, movedTo });
      return id;
    }

    if (row?.status !== 'held') throw new AppError('SESSION_NOT_HELD');
    if ('note' in patch) {
      await writeNote(tx, actor, ctx.pair, row.id, patch.note);
      await set({}, row);
      await log('mentoring_session.note', row.id, { hasNote: patch.note !== null });
      return row.id;
    }
    await set(
      { heldMinutes: patch.minutes, format: patch.format, subGoals: patch.subGoals, confirmedByNqtAt: null },
      row,
    );
    await log('mentoring_session.edit', row.id, {
      minutes: patch.minutes,
      format: patch.format,
      subGoals: patch.subGoals,
    });
    return row.id;
  });
}
