import { eq, inArray } from 'drizzle-orm';
import type { RegionInput } from '../../../../shared/schemas/organisation.ts';
import type { Db } from '../../../db/client.ts';
import { owners, regionOwners, regions } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';

/** Creates a region, or replaces a region's name and members (regionId given). */
export async function saveRegion({
  db,
  actor,
  regionId,
  input,
}: {
  db: Db;
  actor: Actor;
  regionId?: string;
  input: RegionInput;
}) {
  return db.transaction(async (tx) => {
    const ownerIds = [...new Set(input.ownerIds)];
    if (ownerIds.length) {
      const found = await tx.select({ id: owners.id }).from(owners).where(inArray(owners.id, ownerIds));
      if (found.length !== ownerIds.length) throw new AppError('NOT_FOUND');
    }
    let id = regionId;
    if (id) {
      const [row] = await tx
        .update(regions)
        .set({ name: input.name, updatedAt: new Date() })
        .where(eq(regions.id, id))
        .returning();
      if (!row) throw new AppError('NOT_FOUND');
      await tx.delete(regionOwners).where(eq(regionOwners.regionId, id));
    } else {
      const [row] = await tx.insert(regions).values({ name: input.name }).returning();
      id = row?.id;
    }
    if (!id) throw new Error('region insert returned nothing');
    if (ownerIds.length) await tx.insert(regionOwners).values(ownerIds.map((ownerId) => ({ regionId: id, ownerId })));
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: null,
      action: regionId ? 'region.update' : 'region.create',
      entity: 'region',
      entityId: id,
      details: { ownerIds },
    });
    return { id, name: input.name, ownerIds };
  });
}
