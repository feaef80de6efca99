import { and, eq } from 'drizzle-orm';
import type { UnitPatch } from '../../../../shared/schemas/organisation.ts';
import type { Db } from '../../../db/client.ts';
import { units } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { presentUnit } from '../queries.ts';
import { withUniqueErrors } from './unique-errors.ts';

/** Edits a unit; `active: false` deactivates it (units are never deleted: history points at them). */
export async function updateUnit({
  db,
  actor,
  ownerId,
  unitId,
  patch,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  unitId: string;
  patch: UnitPatch;
}) {
  return withUniqueErrors(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .update(units)
        .set({ ...patch, updatedAt: new Date() })
        .where(and(eq(units.ownerId, ownerId), eq(units.id, unitId)))
        .returning();
      if (!row) throw new AppError('NOT_FOUND');
      const action =
        patch.active === false ? 'unit.deactivate' : patch.active === true ? 'unit.reactivate' : 'unit.update';
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId,
        action,
        entity: 'unit',
        entityId: unitId,
        details: { fields: Object.keys(patch) },
      });
      return presentUnit(row);
    }),
  );
}
