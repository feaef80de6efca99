import { and, eq, max, sql } from 'drizzle-orm';
import type { FieldError } from '../../../../shared/errors.ts';
import type { MeasureInput, MeasureUpdate } from '../../../../shared/schemas/quality-cycle.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { qualityMeasures } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ProgrammeRow } from '../../mentoring/queries.ts';
import { type CycleRow, ensureCycle, getGoalRow, getMeasureRow, isOwnersPerson } from '../queries.ts';

// Add, change and remove a measure: a few lines each around the same checks, so they live together.

interface MeasureCommand {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
  translateKey: (key: string) => string;
}

/** The responsible person must be the owner's and the goal this cycle's; both refusals come together. */
async function checkReferences(
  tx: DbOrTx,
  cycle: CycleRow,
  input: Pick<MeasureInput, 'responsiblePersonId' | 'goalId'>,
  translateKey: (key: string) => string,
) {
  const fields: FieldError[] = [];
  if (input.responsiblePersonId && !(await isOwnersPerson(tx, cycle.ownerId, input.responsiblePersonId))) {
    fields.push({ path: 'responsiblePersonId', message: translateKey('validation.qualityCycle.personNotFound') });
  }
  if (input.goalId && !(await getGoalRow(tx, cycle, input.goalId))) {
    fields.push({ path: 'goalId', message: translateKey('validation.qualityCycle.goalNotFound') });
  }
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', { fields });
}

const values = (input: MeasureInput) => ({
  text: input.text,
  responsibleText: input.responsibleText,
  responsiblePersonId: input.responsiblePersonId,
  dueOn: input.dueOn,
  status: input.status,
  goalId: input.goalId,
});

/** Adds a measure at the end of the list. */
export async function addMeasure({
  db,
  actor,
  programme,
  input,
  translateKey,
}: MeasureCommand & { input: MeasureInput }): Promise<CycleRow> {
  return db.transaction(async (tx) => {
    const cycle = await ensureCycle(tx, programme, actor.userId);
    await checkReferences(tx, cycle, input, translateKey);
    const [last] = await tx
      .select({ position: max(qualityMeasures.position) })
      .from(qualityMeasures)
      .where(and(eq(qualityMeasures.ownerId, cycle.ownerId), eq(qualityMeasures.cycleId, cycle.id)));
    const [row] = await tx
      .insert(qualityMeasures)
      .values({ ownerId: cycle.ownerId, cycleId: cycle.id, ...values(input), position: (last?.position ?? -1) + 1 })
      .returning();
    if (!row) throw new Error('measure insert failed');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: cycle.ownerId,
      action: 'quality_measure.create',
      entity: 'quality_measure',
      entityId: row.id,
      details: { programmeId: programme.id, status: row.status },
    });
    return cycle;
  });
}

/**
 * Changes a measure (a status change sends the whole measure with the new status). The caller names the
 * version they saw; if someone saved the measure in between, nothing is written (409 QUALITY_CYCLE_CHANGED).
 */
export async function updateMeasure({
  db,
  actor,
  programme,
  measureId,
  input,
  translateKey,
}: MeasureCommand & { measureId: string; input: MeasureUpdate }): Promise<CycleRow> {
  return db.transaction(async (tx) => {
    const cycle = await ensureCycle(tx, programme, actor.userId);
    const unsafeRow = await getMeasureRow(tx, cycle, measureId);
    if (!unsafeRow) throw new AppError('NOT_FOUND');
    await checkReferences(tx, cycle, input, translateKey);
    const [row] = await tx
      .update(qualityMeasures)
      .set({ ...values(input), version: sql`${qualityMeasures.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(qualityMeasures.ownerId, cycle.ownerId),
          eq(qualityMeasures.cycleId, cycle.id),
          eq(qualityMeasures.id, measureId),
          eq(qualityMeasures.version, input.version),
        ),
      )
      .returning();
    if (!row) {
      const current = await getMeasureRow(tx, cycle, measureId);
      if (!current) throw new AppError('NOT_FOUND');
      throw new AppError('QUALITY_CYCLE_CHANGED', { details: { version: current.version } });
    }
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: cycle.ownerId,
      action: 'quality_measure.update',
      entity: 'quality_measure',
      entityId: row.id,
      details: { programmeId: programme.id, version: row.version, status: row.status, statusBefore: unsafeRow.status },
    });
    return cycle;
  });
}

/** Removes a measure (a carried-over one too; "dropped" keeps it on record instead). */
export async function deleteMeasure({
  db,
  actor,
  programme,
  measureId,
}: Omit<MeasureCommand, 'translateKey'> & { measureId: string }): Promise<CycleRow> {
  return db.transaction(async (tx) => {
    const cycle = await ensureCycle(tx, programme, actor.userId);
    const [row] = await tx
      .delete(qualityMeasures)
      .where(
        and(
          eq(qualityMeasures.ownerId, cycle.ownerId),
          eq(qualityMeasures.cycleId, cycle.id),
          eq(qualityMeasures.id, measureId),
        ),
      )
      .returning({ id: qualityMeasures.id, text: qualityMeasures.text });
    if (!row) throw new AppError('NOT_FOUND');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: cycle.ownerId,
      action: 'quality_measure.delete',
      entity: 'quality_measure',
      entityId: row.id,
      details: { programmeId: programme.id },
    });
    return cycle;
  });
}
