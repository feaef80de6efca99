import { isDeepStrictEqual } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import { translate } from '../../../../shared/i18n/index.ts';
import type { Db } from '../../../db/client.ts';
import { knowledgeBases } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { ensureKnowledgeBase } from '../../mentoring/knowledge-base/queries.ts';
import { getRegionalProgrammeRow, memberOwnerIds, memberProgrammes } from '../queries.ts';

/**
 * The region's shared knowledge base (digest §1: regions co-create one and publish it in their regional
 * plan): the texts of one member's knowledge base, as the region worked them out there, written into every
 * other member's, in one transaction. Each changed one gets a new version (an editor with an older one gets
 * 409 as for any save) and an audit row under its owner; identical texts are left as they are.
 */
export async function shareKnowledgeBase({
  db,
  actor,
  regionId,
  id,
  fromProgrammeId,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  id: string;
  fromProgrammeId: string;
}): Promise<{ updated: number }> {
  return db.transaction(async (tx) => {
    const row = await getRegionalProgrammeRow(tx, regionId, id);
    if (!row) throw new AppError('NOT_FOUND');
    const owners = new Set(await memberOwnerIds(tx, regionId));
    const members = (await memberProgrammes(tx, row)).filter((p) => owners.has(p.ownerId));
    const source = members.find((p) => p.id === fromProgrammeId);
    if (!source) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'fromProgrammeId', message: translate(actor.locale, 'regional.validation.notMember') }],
      });
    }
    const { texts } = await ensureKnowledgeBase(tx, source);
    let updated = 0;
    for (const member of members) {
      if (member.id === source.id) continue;
      const current = await ensureKnowledgeBase(tx, member);
      if (isDeepStrictEqual(current.texts, texts)) continue;
      await tx
        .update(knowledgeBases)
        .set({ texts, version: sql`${knowledgeBases.version} + 1`, updatedBy: actor.userId, updatedAt: new Date() })
        .where(and(eq(knowledgeBases.ownerId, member.ownerId), eq(knowledgeBases.id, current.id)));
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId: member.ownerId,
        action: 'knowledge_base.update',
        entity: 'knowledge_base',
        entityId: current.id,
        details: { programmeId: member.id, fromRegionalProgramme: id, fromProgrammeId },
      });
      updated++;
    }
    return { updated };
  });
}
