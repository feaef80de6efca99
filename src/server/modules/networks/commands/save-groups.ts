import { and, asc, eq, exists, inArray, isNull, or } from 'drizzle-orm';
import { matchSavedGroups } from '../../../../shared/rules/group-continuity.ts';
import type { SaveNetworkInput } from '../../../../shared/schemas/networks.ts';
import { checkGroups } from '../../../../solver/grouping/index.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import {
  networkGroupings,
  networkGroupMembers,
  networkGroups,
  networkMeetingAttendance,
  networkMeetings,
} from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { type NetworkContext, presentIssue, solverParticipants } from '../queries.ts';

/**
 * Saves a whole grouping of one kind (a proposal as it is or adjusted, or groups made by hand) in place of
 * the saved one. The same rules as the solver's are checked first; any break is 422
 * NETWORK_GROUPS_INVALID with the issues (codes and figures), and nothing is written. Each new group
 * continues the saved group it shares most members with (`matchSavedGroups`), keeping its id and so its
 * meetings; a saved group that would go while it has meetings to come or attendance taken is refused
 * (409 NETWORK_GROUP_HAS_MEETINGS, with the groups' names), so saving never deletes a meeting.
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
    const scope = and(
      eq(networkGroupings.ownerId, ownerId),
      eq(networkGroupings.programmeId, programme.id),
      eq(networkGroupings.kind, kind),
    );
    const rules = {
      maxPerUnit: input.maxPerUnit,
      keepKindergartenApart: input.keepKindergartenApart,
      solverStatus: input.solve?.status ?? null,
      objective: input.solve?.objective ?? null,
      gap: input.solve?.gap ?? null,
      updatedBy: actor.userId,
    };
    // The grouping row is kept (and locked, so two saves do not interleave) and its groups continued
    // where they can be: a group's meetings and attendance hang on its id.
    const [existing] = await tx.select().from(networkGroupings).where(scope).for('update');
    const [grouping] = existing
      ? await tx
          .update(networkGroupings)
          .set({ ...rules, updatedAt: new Date() })
          .where(eq(networkGroupings.id, existing.id))
          .returning()
      : await tx
          .insert(networkGroupings)
          .values({ ownerId, programmeId: programme.id, kind, ...rules })
          .returning();
    if (!grouping) throw new Error('network grouping write failed');

    const savedGroups = existing
      ? await tx
          .select({ id: networkGroups.id, name: networkGroups.name })
          .from(networkGroups)
          .where(and(eq(networkGroups.ownerId, ownerId), eq(networkGroups.groupingId, existing.id)))
          .orderBy(asc(networkGroups.position))
      : [];
    const savedMembers = savedGroups.length
      ? await tx
          .select({ groupId: networkGroupMembers.groupId, personId: networkGroupMembers.personId })
          .from(networkGroupMembers)
          .where(
            and(
              eq(networkGroupMembers.ownerId, ownerId),
              inArray(
                networkGroupMembers.groupId,
                savedGroups.map((g) => g.id),
              ),
            ),
          )
      : [];
    const continues = matchSavedGroups(
      savedGroups.map((g) => ({
        id: g.id,
        memberIds: savedMembers.filter((m) => m.groupId === g.id).map((m) => m.personId),
      })),
      input.groups,
    );
    const dropped = savedGroups.filter((g) => !continues.includes(g.id));
    if (dropped.length > 0) {
      // A group that would go still has meetings to come or held ones with attendance: refuse, lose nothing.
      const busy = await groupsWithMeetings(
        tx,
        ownerId,
        dropped.map((g) => g.id),
      );
      if (busy.size > 0) {
        throw new AppError('NETWORK_GROUP_HAS_MEETINGS', {
          details: { groups: dropped.filter((g) => busy.has(g.id)).map((g) => g.name) },
        });
      }
    }

    await tx
      .delete(networkGroupMembers)
      .where(
        and(
          eq(networkGroupMembers.ownerId, ownerId),
          eq(networkGroupMembers.programmeId, programme.id),
          eq(networkGroupMembers.kind, kind),
        ),
      );
    if (dropped.length > 0) {
      await tx.delete(networkGroups).where(
        and(
          eq(networkGroups.ownerId, ownerId),
          inArray(
            networkGroups.id,
            dropped.map((g) => g.id),
          ),
        ),
      );
    }
    for (const [position, g] of input.groups.entries()) {
      const values = {
        name: g.name,
        pool: g.pool,
        position,
        continuesGroupId:
          g.continuesGroupId && ctx.lastYearGroupNames.has(g.continuesGroupId) ? g.continuesGroupId : null,
      };
      const keptId = continues[position] ?? null;
      const [group] = keptId
        ? await tx
            .update(networkGroups)
            .set({ ...values, updatedAt: new Date() })
            .where(and(eq(networkGroups.ownerId, ownerId), eq(networkGroups.id, keptId)))
            .returning({ id: networkGroups.id })
        : await tx
            .insert(networkGroups)
            .values({ ownerId, groupingId: grouping.id, programmeId: programme.id, kind, ...values })
            .returning({ id: networkGroups.id });
      if (!group) throw new Error('network group write failed');
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

/** Of these groups, those with a meeting not cancelled, or one with attendance taken. */
async function groupsWithMeetings(tx: DbOrTx, ownerId: string, groupIds: string[]): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ groupId: networkMeetings.groupId })
    .from(networkMeetings)
    .where(
      and(
        eq(networkMeetings.ownerId, ownerId),
        inArray(networkMeetings.groupId, groupIds),
        or(
          isNull(networkMeetings.cancelledAt),
          exists(
            tx
              .select({ one: networkMeetingAttendance.meetingId })
              .from(networkMeetingAttendance)
              .where(eq(networkMeetingAttendance.meetingId, networkMeetings.id)),
          ),
        ),
      ),
    );
  return new Set(rows.map((r) => r.groupId));
}
