import { isDeepStrictEqual } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import { LOCALES } from '../../../../../shared/enums.ts';
import type { KnowledgeBaseInput } from '../../../../../shared/schemas/knowledge-base.ts';
import type { Db } from '../../../../db/client.ts';
import { knowledgeBases } from '../../../../db/schema.ts';
import { audit } from '../../../../lib/audit.ts';
import { AppError } from '../../../../lib/errors.ts';
import type { Actor } from '../../../auth/actor.ts';
import type { ProgrammeRow } from '../../queries.ts';
import { ensureKnowledgeBase, type KnowledgeBaseRow } from '../queries.ts';

/**
 * Saves the knowledge base's texts in all three languages. The caller names the version they edited;
 * if someone saved in between, nothing is written (409 KNOWLEDGE_BASE_CHANGED) and the editor reloads.
 * The same texts change nothing (no new version, no audit row). The audit row names the languages
 * that changed; who saved last and when are on the row.
 */
export async function saveKnowledgeBase({
  db,
  actor,
  programme,
  input,
}: {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
  input: KnowledgeBaseInput;
}): Promise<KnowledgeBaseRow> {
  return db.transaction(async (tx) => {
    const current = await ensureKnowledgeBase(tx, programme);
    // Lock the row so two saves of the same version cannot both pass the version check.
    const [locked] = await tx
      .select()
      .from(knowledgeBases)
      .where(and(eq(knowledgeBases.ownerId, programme.ownerId), eq(knowledgeBases.id, current.id)))
      .for('update');
    if (!locked) throw new AppError('NOT_FOUND');
    if (locked.version !== input.version) {
      throw new AppError('KNOWLEDGE_BASE_CHANGED', { details: { version: locked.version } });
    }
    if (isDeepStrictEqual(locked.texts, input.texts)) return locked;
    const [row] = await tx
      .update(knowledgeBases)
      .set({
        texts: input.texts,
        version: sql`${knowledgeBases.version} + 1`,
        updatedBy: actor.userId,
        updatedAt: new Date(),
      })
      .where(and(eq(knowledgeBases.ownerId, programme.ownerId), eq(knowledgeBases.id, locked.id)))
      .returning();
    if (!row) throw new Error('knowledge base update failed');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: programme.ownerId,
      action: 'knowledge_base.update',
      entity: 'knowledge_base',
      entityId: row.id,
      details: {
        programmeId: programme.id,
        version: row.version,
        languages: LOCALES.filter((l) => !isDeepStrictEqual(locked.texts[l], input.texts[l])),
      },
    });
    return row;
  });
}
