import { eq } from 'drizzle-orm';
import type { CreateOwnerInput, OwnerPatch } from '../../../../shared/schemas/organisation.ts';
import type { Db } from '../../../db/client.ts';
import { owners, regionOwners, regions } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { withUniqueErrors } from './unique-errors.ts';

/** A national admin adds a school owner (a new tenant), optionally into a region. */
export async function createOwner({ db, actor, input }: { db: Db; actor: Actor; input: CreateOwnerInput }) {
  return withUniqueErrors(() =>
    db.transaction(async (tx) => {
      const { regionId, ...values } = input;
      if (regionId) {
        const [region] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.id, regionId));
        if (!region) throw new AppError('NOT_FOUND');
      }
      const [row] = await tx.insert(owners).values(values).returning();
      if (!row) throw new Error('owner insert returned nothing');
      if (regionId) await tx.insert(regionOwners).values({ regionId, ownerId: row.id });
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId: row.id,
        action: 'owner.create',
        entity: 'owner',
        entityId: row.id,
      });
      return row;
    }),
  );
}

export async function updateOwner({
  db,
  actor,
  ownerId,
  patch,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  patch: OwnerPatch;
}) {
  return withUniqueErrors(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .update(owners)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(owners.id, ownerId))
        .returning();
      if (!row) throw new AppError('NOT_FOUND');
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId,
        action: 'owner.update',
        entity: 'owner',
        entityId: ownerId,
        details: { fields: Object.keys(patch) },
      });
      return row;
    }),
  );
}
