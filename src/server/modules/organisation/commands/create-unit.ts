import type { UnitInput } from '../../../../shared/schemas/organisation.ts';
import type { Db } from '../../../db/client.ts';
import { units } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import { presentUnit } from '../queries.ts';
import { withUniqueErrors } from './unique-errors.ts';

export async function createUnit({
  db,
  actor,
  ownerId,
  input,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  input: UnitInput;
}) {
  return withUniqueErrors(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .insert(units)
        .values({ ...input, ownerId })
        .returning();
      if (!row) throw new Error('unit insert returned nothing');
      await audit(tx, { actorUserId: actor.userId, ownerId, action: 'unit.create', entity: 'unit', entityId: row.id });
      return presentUnit(row);
    }),
  );
}
