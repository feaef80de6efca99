import { and, eq, sql } from 'drizzle-orm';
import type { UpdateResourceInput } from '../../../../shared/schemas/resources.ts';
import type { Db } from '../../../db/client.ts';
import { resources } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';

/**
 * Changes a resource's text and tags. The kind stays: `url` only for links, `body` only for texts
 * (RESOURCE_FIELD_NOT_FOR_KIND otherwise); a file is replaced by deleting and uploading anew.
 */
export async function updateResource({
  db,
  actor,
  ownerId,
  resourceId,
  input,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  resourceId: string;
  input: UpdateResourceInput;
}): Promise<void> {
  await db.transaction(async (tx) => {
    const [unsafeRow] = await tx
      .select({ kind: resources.kind })
      .from(resources)
      .where(and(eq(resources.ownerId, ownerId), eq(resources.id, resourceId)))
      .for('update');
    if (!unsafeRow) throw new AppError('NOT_FOUND');
    const fields: string[] = [];
    if (input.url !== undefined && unsafeRow.kind !== 'link') fields.push('url');
    if (input.body !== undefined && unsafeRow.kind !== 'text') fields.push('body');
    if (fields.length) throw new AppError('RESOURCE_FIELD_NOT_FOR_KIND', { details: { fields } });
    await tx
      .update(resources)
      .set({ ...input, updatedBy: actor.userId, updatedAt: sql`now()` })
      .where(and(eq(resources.ownerId, ownerId), eq(resources.id, resourceId)));
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'resource.update',
      entity: 'resource',
      entityId: resourceId,
      details: { fields: Object.keys(input) },
    });
  });
}
