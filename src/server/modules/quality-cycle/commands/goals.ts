import { and, eq, max, sql } from 'drizzle-orm';
import type { GoalInput, GoalUpdate } from '../../../../shared/schemas/quality-cycle.ts';
import type { Db } from '../../../db/client.ts';
import { qualityGoals } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ProgrammeRow } from '../../mentoring/queries.ts';
import { type CycleRow, ensureCycle, getGoalRow } from '../queries.ts';

// The three goal use-cases are a few lines each and share their shape, so they live together.

interface GoalCommand {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
}

/** Adds a goal at the end of the list. */
export async function addGoal({ db, actor, programme, input }: GoalCommand & { input: GoalInput }): Promise<CycleRow> {
  return db.transaction(async (tx) => {
    const cycle = await ensureCycle(tx, programme, actor.userId);
    const [last] = await tx
      .select({ position: max(qualityGoals.position) })
      .from(qualityGoals)
      .where(and(eq(qualityGoals.ownerId, cycle.ownerId), eq(qualityGoals.cycleId, cycle.id)));
    const [goal] = await tx
      .insert(qualityGoals)
      .values({ ownerId: cycle.ownerId, cycleId: cycle.id, text: input.text, position: (last?.position ?? -1) + 1 })
      .returning();
    if (!goal) throw new Error('goal insert failed');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: cycle.ownerId,
      action: 'quality_goal.create',
      entity: 'quality_goal',
      entityId: goal.id,
      details: { programmeId: programme.id },
    });
    return cycle;
  });
}

/** Changes a goal's text; the caller names the version they edited (409 QUALITY_CYCLE_CHANGED otherwise). */
export async function updateGoal({
  db,
  actor,
  programme,
  goalId,
  input,
}: GoalCommand & { goalId: string; input: GoalUpdate }): Promise<CycleRow> {
  return db.transaction(async (tx) => {
    const cycle = await ensureCycle(tx, programme, actor.userId);
    const [row] = await tx
      .update(qualityGoals)
      .set({ text: input.text, version: sql`${qualityGoals.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(qualityGoals.ownerId, cycle.ownerId),
          eq(qualityGoals.cycleId, cycle.id),
          eq(qualityGoals.id, goalId),
          eq(qualityGoals.version, input.version),
        ),
      )
      .returning();
    if (!row) {
      const unsafeRow = await getGoalRow(tx, cycle, goalId);
      if (!unsafeRow) throw new AppError('NOT_FOUND');
      throw new AppError('QUALITY_CYCLE_CHANGED', { details: { version: unsafeRow.version } });
    }
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: cycle.ownerId,
      action: 'quality_goal.update',
      entity: 'quality_goal',
      entityId: row.id,
      details: { programmeId: programme.id, version: row.version },
    });
    return cycle;
  });
}

/** Removes a goal; measures that pointed to it keep going without a goal. */
export async function deleteGoal({
  db,
  actor,
  programme,
  goalId,
}: GoalCommand & { goalId: string }): Promise<CycleRow> {
  return db.transaction(async (tx) => {
    const cycle = await ensureCycle(tx, programme, actor.userId);
    const [row] = await tx
      .delete(qualityGoals)
      .where(
        and(eq(qualityGoals.ownerId, cycle.ownerId), eq(qualityGoals.cycleId, cycle.id), eq(qualityGoals.id, goalId)),
      )
      .returning({ id: qualityGoals.id });
    if (!row) throw new AppError('NOT_FOUND');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: cycle.ownerId,
      action: 'quality_goal.delete',
      entity: 'quality_goal',
      entityId: row.id,
      details: { programmeId: programme.id },
    });
    return cycle;
  });
}
