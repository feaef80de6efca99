import type { Db } from '../../../db/client.ts';
import { planEvents } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { eqEvent } from './event-columns.ts';

/** Deletes an own event; 404 when it is not this owner's programme's event. */
export async function deletePlanEvent(opts: {
  db: Db;
  actor: Actor;
  ownerId: string;
  programmeId: string;
  eventId: string;
}): Promise<void> {
  const { db, actor, ownerId, programmeId, eventId } = opts;
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(planEvents)
      .where(eqEvent(ownerId, programmeId, eventId))
      .returning();
    const [row] = gone;
    if (!row) throw new AppError('NOT_FOUND');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'annualPlan.delete',
      entity: 'plan_event',
      entityId: eventId,
      details: { programmeId, kind: row.kind, date: row.date, title: row.title },
    });
  });
}
