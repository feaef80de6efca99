import { and, eq } from 'drizzle-orm';
import type { SaveNetworkInput } from '../../../../shared/schemas/networks.ts';
import { checkGroups } from '../../../../solver/grouping/index.ts';
import type { Db } from '../../../db/client.ts';
import { networkGroupings, networkGroupMembers, networkGroups } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { type NetworkContext, presentIssue, solverParticipants } from '../queries.ts';

/**
 * Saves a whole grouping of one kind (a proposal as it is or adjusted, or groups made by hand), replacing
 * the saved one. The same rules as the solver's are checked first; any break is 422
 * NETWORK_GROUPS_INVALID with the issues (codes and figures), and nothing is written.
 */
export async function saveGroups({
  db,
  actor,
  ctx,
  input,
}: {
  db: Db;
  actor: Actor;
  ctx: NetworkContext;
  input: SaveNetworkInput;
}): Promise<void> {
  const keyed = input.groups.map((g, i) => ({ key: `#${i + 1}`, memberIds: g.memberIds }));
  const issues = checkGroups(
    {
      participants: solverParticipants(ctx),
      minSize: ctx.minSize,
      maxSize: ctx.maxSize,
      maxPerUnit: input.maxPerUnit,
      keepKindergartenApart: input.keepKindergartenApart,
    },
    keyed,
  ).map((issue) => {
    const presented = presentIssue(issue, ctx);
    if ('groupKey' in issue) {
      const index = Number(issue.groupKey.slice(1)) - 1;
      presented.params.group = input.groups[index]?.name ?? issue.groupKey;
    }
    return presented;
  });
  if (issues.length > 0) throw new AppError('NETWORK_GROUPS_INVALID', { details: { issues } });

  const { ownerId, programme, kind } = ctx;
  await db.transaction(async (tx) => {
    await tx
      .delete(networkGroupings)
      .where(
        and(
          eq(networkGroupings.ownerId, ownerId),
          eq(networkGroupings.programmeId, programme.id),
          eq(networkGroupings.kind, kind),
        ),
      );
    const [grouping] = await tx
      .insert(networkGroupings)
      .values({
        ownerId,
        programmeId: programme.id,
        kind,
        maxPerUnit: input.maxPerUnit,
        keepKindergartenApart: input.keepKindergartenApart,
        solverStatus: input.solve?.status ?? null,
        objective: input.solve?.objective ?? null,
        gap: input.solve?.gap ?? null,
        updatedBy: actor.userId,
      })
      .returning();
    if (!grouping) throw new Error('network grouping insert failed');
    for (const [position, g] of input.groups.entries()) {
      const continues =
        g.continuesGroupId && ctx.lastYearGroupNames.has(g.continuesGroupId) ? g.continuesGroupId : null;
      const [group] = await tx
        .insert(networkGroups)
        .values({
          ownerId,
          groupingId: grouping.id,
          programmeId: programme.id,
          kind,
          name: g.name,
          pool: g.pool,
          position,
          continuesGroupId: continues,
        })
        .returning();
      if (!group) throw new Error('network group insert failed');
      if (g.memberIds.length > 0) {
        await tx
          .insert(networkGroupMembers)
          .values(
            g.memberIds.map((personId) => ({ ownerId, groupId: group.id, programmeId: programme.id, kind, personId })),
          );
      }
    }
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'networks.save',
      entity: 'programme',
      entityId: programme.id,
      details: {
        kind,
        groups: input.groups.length,
        members: input.groups.reduce((s, g) => s + g.memberIds.length, 0),
        rules: { maxPerUnit: input.maxPerUnit, keepKindergartenApart: input.keepKindergartenApart },
        solve: input.solve ?? null,
      },
    });
  });
}
