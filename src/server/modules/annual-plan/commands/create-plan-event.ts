import type { PlanEventValues } from '../../../../shared/schemas/annual-plan.ts';
import type { Db } from '../../../db/client.ts';
import { planEvents } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import type { PlanEventRow } from '../queries.ts';
import { columns } from './event-columns.ts';

/** Adds an own event to the programme's plan (the programme was found for the owner by the route). */
export async function createPlanEvent(opts: {
  db: Db;
  actor: Actor;
  ownerId: string;
  programmeId: string;
  input: PlanEventValues;
}): Promise<PlanEventRow> {
  const { db, actor, ownerId, programmeId, input } = opts;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(planEvents)
      .values({ ownerId, programmeId, createdBy: actor.userId, ...columns(input) })
      .returning();
    if (!row) throw new Error('plan event not inserted');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'annualPlan.create',
      entity: 'plan_event',
      entityId: row.id,
      details: { programmeId, kind: row.kind, date: row.date },
    });
    return row;
  });
}
