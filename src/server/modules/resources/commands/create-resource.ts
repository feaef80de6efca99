import { createHash } from 'node:crypto';
import type { CreateResourceInput, FileResourceMetadata } from '../../../../shared/schemas/resources.ts';
import type { Db } from '../../../db/client.ts';
import { resourceFiles, resources } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import type { SniffedFile } from '../sniff.ts';

/** An uploaded file after its checks: the bytes, the type its bytes showed, and its cleaned name. */
export interface CheckedFile extends SniffedFile {
  name: string;
  bytes: Buffer;
}

/**
 * Creates a link, a text or a file resource. A file's bytes go into `resource_files` in the same
 * transaction as the resource row, so a failure anywhere leaves neither (the upload's checks already ran
 * before this, so a refused file never reaches the database at all).
 */
export async function createResource({
  db,
  actor,
  ownerId,
  input,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  input: CreateResourceInput | (FileResourceMetadata & { kind: 'file'; file: CheckedFile });
}): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(resources)
      .values({
        ownerId,
        kind: input.kind,
        title: input.title,
        description: input.description,
        url: input.kind === 'link' ? input.url : null,
        body: input.kind === 'text' ? input.body : '',
        fileName: input.kind === 'file' ? input.file.name : null,
        subGoals: input.subGoals,
        themes: input.themes,
        audience: input.audience,
        unitTypes: input.unitTypes,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning({ id: resources.id });
    if (!row) throw new Error('resource insert failed');
    let details: Record<string, unknown> = { kind: input.kind, title: input.title };
    if (input.kind === 'file') {
      const sha256 = createHash('sha256').update(input.file.bytes).digest('hex');
      await tx.insert(resourceFiles).values({
        resourceId: row.id,
        ownerId,
        mime: input.file.mime,
        size: input.file.bytes.length,
        sha256,
        content: input.file.bytes,
      });
      details = { ...details, mime: input.file.mime, size: input.file.bytes.length, sha256 };
    }
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'resource.create',
      entity: 'resource',
      entityId: row.id,
      details,
    });
    return row.id;
  });
}
