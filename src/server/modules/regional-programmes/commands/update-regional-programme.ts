import { and, eq } from 'drizzle-orm';
import { withRegionalSettings } from '../../../../shared/rules/regional-programme.ts';
import type { RegionalProgrammePatch } from '../../../../shared/schemas/regional-programmes.ts';
import type { Db } from '../../../db/client.ts';
import { programmes, regionalProgrammes } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { memberProgrammes } from '../queries.ts';

/**
 * Renames the regional programme or replaces parts of its shared settings, and writes the same parts into
 * every member owner's programme, in one transaction: either every member follows or nothing changes.
 * A save that names an older version than the stored one is refused (409), so two coordinators never
 * overwrite each other unseen.
 */
export async function updateRegionalProgramme({
  db,
  actor,
  regionId,
  id,
  patch,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  id: string;
  patch: RegionalProgrammePatch;
}) {
  return db.transaction(async (tx) => {
    const shared = patch.settings ?? {};
    const [current] = await tx
      .select()
      .from(regionalProgrammes)
      .where(and(eq(regionalProgrammes.regionId, regionId), eq(regionalProgrammes.id, id)))
      .for('update');
    if (!current) throw new AppError('NOT_FOUND');
    if (current.version !== patch.version) throw new AppError('REGIONAL_PROGRAMME_CHANGED');
    const [row] = await tx
      .update(regionalProgrammes)
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        settings: { ...current.settings, ...shared },
        version: current.version + 1,
        updatedBy: actor.userId,
        updatedAt: new Date(),
      })
      .where(eq(regionalProgrammes.id, id))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: null,
      action: 'regional_programme.update',
      entity: 'regional_programme',
      entityId: id,
      details: { name: patch.name !== undefined, settings: Object.keys(shared) },
    });
    if (Object.keys(shared).length) {
      for (const p of await memberProgrammes(tx, row)) {
        await tx
          .update(programmes)
          .set({ settings: withRegionalSettings(p.settings, shared), updatedAt: new Date() })
          .where(and(eq(programmes.ownerId, p.ownerId), eq(programmes.id, p.id)));
        await audit(tx, {
          actorUserId: actor.userId,
          ownerId: p.ownerId,
          action: 'programme.update',
          entity: 'programme',
          entityId: p.id,
          details: { regionalProgrammeId: id, settings: Object.keys(shared) },
        });
      }
    }
    return row;
  });
}
