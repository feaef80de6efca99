import { and, eq, isNull } from 'drizzle-orm';
import type { GrantRoleInput } from '../../../../shared/schemas/organisation.ts';
import type { Db } from '../../../db/client.ts';
import { roleGrants, users } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { inviteUser } from '../../auth/commands/invite-user.ts';
import { canGrantRole } from '../../auth/policy.ts';
import { getPersonRow, getUnit } from '../queries.ts';
import { withUniqueErrors } from './unique-errors.ts';

/**
 * Grants a role to a person at the owner or one of its units. A person without a login gets one and
 * an invitation mail in the same transaction, so "give Kari the coordinator role" is one step.
 * Granting a role the person already holds there changes nothing.
 */
export async function grantRole({
  db,
  actor,
  ownerId,
  personId,
  input,
  publicUrl,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  personId: string;
  input: GrantRoleInput;
  publicUrl: string;
}) {
  if (!canGrantRole(actor, ownerId, input.role, input.scopeType)) throw new AppError('ROLE_SCOPE_INVALID');
  return withUniqueErrors(() =>
    db.transaction(async (tx) => {
      const person = await getPersonRow(tx, ownerId, personId);
      if (!person) throw new AppError('NOT_FOUND');
      let scopeId = ownerId;
      if (input.scopeType === 'unit') {
        if (!input.unitId) throw new AppError('ROLE_SCOPE_INVALID');
        if (!(await getUnit(tx, ownerId, input.unitId))) throw new AppError('NOT_FOUND');
        scopeId = input.unitId;
      }
      let [user] = await tx.select({ id: users.id }).from(users).where(eq(users.personId, personId));
      let invited = false;
      if (!user) {
        user = { id: (await inviteUser({ tx, actor, ownerId, personId, publicUrl })).userId };
        invited = true;
      }
      const [existing] = await tx
        .select({ id: roleGrants.id })
        .from(roleGrants)
        .where(
          and(
            eq(roleGrants.userId, user.id),
            eq(roleGrants.role, input.role),
            eq(roleGrants.scopeId, scopeId),
            isNull(roleGrants.revokedAt),
          ),
        );
      if (existing) return { grantId: existing.id, invited };
      const [grant] = await tx
        .insert(roleGrants)
        .values({
          userId: user.id,
          role: input.role,
          scopeType: input.scopeType,
          scopeId,
          ownerId,
          grantedBy: actor.userId,
        })
        .returning({ id: roleGrants.id });
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId,
        action: 'role.grant',
        entity: 'person',
        entityId: personId,
        details: { role: input.role, scopeType: input.scopeType, scopeId },
      });
      return { grantId: grant?.id ?? '', invited };
    }),
  );
}

export async function revokeRole({
  db,
  actor,
  ownerId,
  personId,
  grantId,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  personId: string;
  grantId: string;
}) {
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.personId, personId));
    if (!user) throw new AppError('NOT_FOUND');
    const [row] = await tx
      .update(roleGrants)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(roleGrants.id, grantId),
          eq(roleGrants.ownerId, ownerId),
          eq(roleGrants.userId, user.id),
          isNull(roleGrants.revokedAt),
        ),
      )
      .returning({ role: roleGrants.role });
    if (!row) throw new AppError('NOT_FOUND');
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'role.revoke',
      entity: 'person',
      entityId: personId,
      details: { grantId, role: row.role },
    });
  });
}
