import { and, eq } from 'drizzle-orm';
import type { ProgrammePatch } from '../../../../shared/schemas/mentoring.ts';
import type { Db } from '../../../db/client.ts';
import { programmes } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { getProgrammeRow } from '../queries.ts';

/** Renames a programme or replaces parts of its settings (each part given replaces that part whole). */
export async function updateProgramme({
  db,
  actor,
  ownerId,
  programmeId,
  patch,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  programmeId: string;
  patch: ProgrammePatch;
}) {
  return db.transaction(async (tx) => {
    const current = await getProgrammeRow(tx, ownerId, programmeId);
    if (!current) throw new AppError('NOT_FOUND');
    const settings = { ...current.settings, ...(patch.settings ?? {}) };
    const [row] = await tx
      .update(programmes)
      .set({ ...(patch.name !== undefined ? { name: patch.name } : {}), settings, updatedAt: new Date() })
      .where(and(eq(programmes.ownerId, ownerId), eq(programmes.id, programmeId)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'programme.update',
      entity: 'programme',
      entityId: programmeId,
      details: { name: patch.name !== undefined, settings: Object.keys(patch.settings ?? {}) },
    });
    return row;
  });
}
