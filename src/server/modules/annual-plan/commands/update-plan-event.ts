import type { PlanEventValues } from '../../../../shared/schemas/annual-plan.ts';
import type { Db } from '../../../db/client.ts';
import { planEvents } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { getPlanEventRow, type PlanEventRow } from '../queries.ts';
import { columns, eqEvent } from './event-columns.ts';

/** Replaces an own event's fields; 404 when it is not this owner's programme's event. */
export async function updatePlanEvent(opts: {
  db: Db;
  actor: Actor;
  ownerId: string;
  programmeId: string;
  eventId: string;
  input: PlanEventValues;
}): Promise<PlanEventRow> {
  const { db, actor, ownerId, programmeId, eventId, input } = opts;
  return db.transaction(async (tx) => {
    const existing = await getPlanEventRow(tx, ownerId, programmeId, eventId);
    if (!existing) throw new AppError('NOT_FOUND');
    const [row] = await tx
      .update(planEvents)
      .set({ ...columns(input), updatedAt: new Date() })
      .where(eqEvent(ownerId, programmeId, eventId))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'annualPlan.update',
      entity: 'plan_event',
      entityId: eventId,
      details: { programmeId, kind: row.kind, date: row.date },
    });
    return row;
  });
}
