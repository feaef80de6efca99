import { and, eq } from 'drizzle-orm';
import type { MoveMemberInput } from '../../../../shared/schemas/networks.ts';
import { checkGroups } from '../../../../solver/grouping/index.ts';
import type { Db } from '../../../db/client.ts';
import { networkGroupings, networkGroupMembers } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { type NetworkContext, presentIssue, rulesOf, solverParticipants } from '../queries.ts';

/**
 * Moves one participant into a saved group (from another group, or from those in none). The two groups
 * it changes must keep the saved rules (sizes, per-unit limit, kindergarten and school apart); otherwise
 * 422 NETWORK_GROUPS_INVALID with the issues, and nothing changes.
 */
export async function moveMember({
  db,
  actor,
  ctx,
  input,
}: {
  db: Db;
  actor: Actor;
  ctx: NetworkContext;
  input: MoveMemberInput;
}): Promise<void> {
  const target = ctx.groups.find((g) => g.id === input.toGroupId);
  if (!target || !ctx.grouping || !ctx.participants.has(input.personId)) throw new AppError('NOT_FOUND');
  const current = ctx.members.find((m) => m.personId === input.personId);
  if (current?.groupId === target.id) return;
  const touched = new Set([target.id, ...(current ? [current.groupId] : [])]);
  const memberIds = (groupId: string) =>
    ctx.members
      .filter((m) => m.groupId === groupId && m.personId !== input.personId && ctx.participants.has(m.personId))
      .map((m) => m.personId);
  const after = [...touched].map((groupId) => ({
    key: groupId,
    memberIds: groupId === target.id ? [...memberIds(groupId), input.personId] : memberIds(groupId),
  }));
  const issues = checkGroups(
    { participants: solverParticipants(ctx), minSize: ctx.minSize, maxSize: ctx.maxSize, ...rulesOf(ctx) },
    after,
  ).map((issue) => presentIssue(issue, ctx));
  if (issues.length > 0) throw new AppError('NETWORK_GROUPS_INVALID', { details: { issues } });

  const { ownerId, programme, kind } = ctx;
  await db.transaction(async (tx) => {
    if (current) {
      await tx
        .delete(networkGroupMembers)
        .where(and(eq(networkGroupMembers.ownerId, ownerId), eq(networkGroupMembers.id, current.id)));
    }
    await tx
      .insert(networkGroupMembers)
      .values({ ownerId, groupId: target.id, programmeId: programme.id, kind, personId: input.personId });
    await tx
      .update(networkGroupings)
      .set({ updatedAt: new Date(), updatedBy: actor.userId })
      .where(and(eq(networkGroupings.ownerId, ownerId), eq(networkGroupings.id, ctx.grouping?.id ?? '')));
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'networks.move',
      entity: 'network_group',
      entityId: target.id,
      details: { kind, personId: input.personId, fromGroupId: current?.groupId ?? null },
    });
  });
}
