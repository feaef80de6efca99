import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';

/** Records a write: who, what, when. Call it inside the command's transaction so the log and the change commit together. */
export async function audit(
  tx: DbOrTx,
  entry: {
    actorUserId: string | null;
    ownerId: string | null;
    action: string;
    entity: string;
    entityId?: string | null;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    ownerId: entry.ownerId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    details: entry.details ?? {},
  });
}
