import { and, eq } from 'drizzle-orm';
import type { IsoDate } from '../../../../shared/rules/school-year.ts';
import type { LogSessionInput } from '../../../../shared/schemas/mentoring.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { mentoringSessions } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { writeNote } from '../notes.ts';
import { loadMyPair, type PairContext } from '../sessions.ts';

/** A held session's day: inside the programme's school year and not after today. */
export function checkHeldDate(calendar: { firstDay: IsoDate; lastDay: IsoDate }, date: IsoDate, today: IsoDate) {
  if (date < calendar.firstDay || date > calendar.lastDay) throw new AppError('SESSION_DATE_OUTSIDE_YEAR');
  if (date > today) throw new AppError('SESSION_DATE_IN_FUTURE');
}

/**
 * The pair's mentor logs a held session, for a planned date (that planned session becomes held, also
 * when it was moved or cancelled first) or outside the plan. Returns the session's id. The note goes
 * to the notes table (through `notes.ts`); the audit row says whether there is one, never what it says.
 */
export async function logSession({
  db,
  actor,
  pairId,
  input,
  today,
}: {
  db: Db;
  actor: Actor;
  pairId: string;
  input: LogSessionInput;
  today: IsoDate;
}): Promise<string> {
  return db.transaction(async (tx) => {
    const ctx = await loadMyPair(tx, actor, pairId, true);
    if (ctx.role !== 'mentor') throw new AppError('FORBIDDEN');
    if (ctx.pair.status !== 'accepted') throw new AppError('PAIR_ENDED');
    checkHeldDate(ctx.programme.settings.calendar, input.date, today);
    const { ownerId } = ctx.pair;
    const held = {
      date: input.date,
      status: 'held' as const,
      heldMinutes: input.minutes,
      format: input.format,
      subGoals: input.subGoals,
      movedTo: null,
      updatedAt: new Date(),
    };

    let sessionId: string;
    const plannedDate = input.plannedDate;
    if (plannedDate) {
      const planned = ctx.plan.find((p) => p.date === plannedDate);
      if (!planned) throw new AppError('NOT_A_PLANNED_SESSION');
      const [existing] = await tx
        .select()
        .from(mentoringSessions)
        .where(
          and(
            eq(mentoringSessions.ownerId, ownerId),
            eq(mentoringSessions.pairId, ctx.pair.id),
            eq(mentoringSessions.plannedDate, plannedDate),
          ),
        )
        .for('update');
      if (existing?.status === 'held') throw new AppError('SESSION_ALREADY_LOGGED');
      if (existing) {
        await tx
          .update(mentoringSessions)
          .set(held)
          .where(and(eq(mentoringSessions.ownerId, ownerId), eq(mentoringSessions.id, existing.id)));
        sessionId = existing.id;
      } else {
        sessionId = await insertSession(tx, ctx, actor, { ...held, plannedDate, plannedMinutes: planned.minutes });
      }
    } else {
      sessionId = await insertSession(tx, ctx, actor, { ...held, plannedDate: null, plannedMinutes: null });
    }
    if (input.note) await writeNote(tx, actor, ctx.pair, sessionId, input.note);
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'mentoring_session.log',
      entity: 'mentoring_session',
      entityId: sessionId,
      details: {
        pairId: ctx.pair.id,
        date: input.date,
        plannedDate: plannedDate ?? null,
        minutes: input.minutes,
        format: input.format,
        subGoals: input.subGoals,
        hasNote: Boolean(input.note),
      },
    });
    return sessionId;
  });
}

/** Stores a session row of the pair (a planned one materialised, or a held one outside the plan). */
export async function insertSession(
  tx: DbOrTx,
  ctx: PairContext,
  actor: Actor,
  values: Omit<typeof mentoringSessions.$inferInsert, 'ownerId' | 'programmeId' | 'pairId' | 'enrolmentId'>,
): Promise<string> {
  const [row] = await tx
    .insert(mentoringSessions)
    .values({
      ...values,
      ownerId: ctx.pair.ownerId,
      programmeId: ctx.pair.programmeId,
      pairId: ctx.pair.id,
      enrolmentId: ctx.pair.enrolmentId,
      createdBy: actor.userId,
    })
    .returning({ id: mentoringSessions.id });
  if (!row) throw new Error('session insert failed');
  return row.id;
}
