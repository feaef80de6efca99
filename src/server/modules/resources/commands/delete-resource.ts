import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { resources } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';

/**
 * Deletes a resource and (by cascade) its file. Whatever later links resources to network meetings
 * references `resources.id` with ON DELETE CASCADE, so a deleted resource leaves no dangling material.
 */
export async function deleteResource({
  db,
  actor,
  ownerId,
  resourceId,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  resourceId: string;
}): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(resources)
      .where(and(eq(resources.ownerId, ownerId), eq(resources.id, resourceId)))
      .returning({ id: resources.id, title: resources.title, kind: resources.kind });
    if (!row) throw new AppError('NOT_FOUND');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'resource.delete',
      entity: 'resource',
      entityId: row.id,
      details: { kind: row.kind, title: row.title },
    });
  });
}
