import { and, eq, inArray } from 'drizzle-orm';
import { planMembership, withRegionalSettings } from '../../../../shared/rules/regional-programme.ts';
import type { SchoolYear } from '../../../../shared/rules/school-year.ts';
import type { RegionalSyncResult } from '../../../../shared/schemas/regional-programmes.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { programmes } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { defaultProgrammeSettings } from '../../mentoring/defaults.ts';
import { ensureKnowledgeBase } from '../../mentoring/knowledge-base/queries.ts';
import { memberOwnerIds, programmesForYear, type RegionalProgrammeRow } from '../queries.ts';

/**
 * Brings the member owners' programmes in line with the region (inside the caller's transaction): creates a
 * programme for a member owner without one, links an owner's own programme (the region's settings replace its
 * shared part), and unlinks the programme of an owner that has left the region. A programme in another
 * region's programme is left alone and counted as not joined. Every change is audited under its owner.
 */
export async function syncMembers(
  tx: DbOrTx,
  actorUserId: string | null,
  row: RegionalProgrammeRow,
): Promise<RegionalSyncResult> {
  const ownerIds = await memberOwnerIds(tx, row.regionId);
  const existing = await programmesForYear(tx, row.regionId, row.schoolYear, ownerIds);
  const plan = planMembership(
    row.regionId,
    ownerIds,
    existing.map((p) => ({ programmeId: p.id, ownerId: p.ownerId, regionId: p.regionId })),
  );
  const byId = new Map(existing.map((p) => [p.id, p]));
  const details = { regionalProgrammeId: row.id, regionId: row.regionId };

  for (const ownerId of plan.create) {
    const [created] = await tx
      .insert(programmes)
      .values({
        ownerId,
        regionId: row.regionId,
        schoolYear: row.schoolYear,
        name: row.name,
        settings: withRegionalSettings(defaultProgrammeSettings(row.schoolYear as SchoolYear), row.settings),
      })
      .returning();
    if (!created) throw new Error('programme insert returned nothing');
    await ensureKnowledgeBase(tx, created);
    await audit(tx, {
      actorUserId,
      ownerId,
      action: 'programme.create',
      entity: 'programme',
      entityId: created.id,
      details: { ...details, schoolYear: row.schoolYear },
    });
  }
  for (const programmeId of plan.link) {
    const p = byId.get(programmeId);
    if (!p) continue;
    await tx
      .update(programmes)
      .set({ regionId: row.regionId, settings: withRegionalSettings(p.settings, row.settings), updatedAt: new Date() })
      .where(and(eq(programmes.ownerId, p.ownerId), eq(programmes.id, p.id)));
    await audit(tx, {
      actorUserId,
      ownerId: p.ownerId,
      action: 'programme.join_region',
      entity: 'programme',
      entityId: p.id,
      details,
    });
  }
  if (plan.unlink.length) {
    await tx
      .update(programmes)
      .set({ regionId: null, updatedAt: new Date() })
      .where(and(eq(programmes.regionId, row.regionId), inArray(programmes.id, plan.unlink)));
    for (const programmeId of plan.unlink) {
      await audit(tx, {
        actorUserId,
        ownerId: byId.get(programmeId)?.ownerId ?? null,
        action: 'programme.leave_region',
        entity: 'programme',
        entityId: programmeId,
        details,
      });
    }
  }
  return {
    id: row.id,
    created: plan.create.length,
    linked: plan.link.length,
    unlinked: plan.unlink.length,
    notJoined: plan.inOtherRegion.length,
  };
}
