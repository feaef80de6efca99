import { and, eq } from 'drizzle-orm';
import type { PersonPatch } from '../../../../shared/schemas/organisation.ts';
import type { Db } from '../../../db/client.ts';
import { people, users } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { canManageAccess } from '../../auth/policy.ts';
import { withUniqueErrors } from './unique-errors.ts';

/**
 * Edits a person; `active: false` deactivates them, which also deactivates their login so a person
 * who has left can no longer sign in.
 */
export async function updatePerson({
  db,
  actor,
  ownerId,
  personId,
  patch,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  personId: string;
  patch: PersonPatch;
}) {
  return withUniqueErrors(() =>
    db.transaction(async (tx) => {
      // Deactivating a person ends their login: for a person who can log in that is an access
      // decision (a coordinator must not lock out an administrator).
      if (patch.active !== undefined && !canManageAccess(actor, ownerId)) {
        const [login] = await tx.select({ id: users.id }).from(users).where(eq(users.personId, personId));
        if (login) throw new AppError('FORBIDDEN');
      }
      const [row] = await tx
        .update(people)
        .set({ ...patch, updatedAt: new Date() })
        .where(and(eq(people.ownerId, ownerId), eq(people.id, personId)))
        .returning();
      if (!row) throw new AppError('NOT_FOUND');
      if (patch.active !== undefined)
        await tx.update(users).set({ active: patch.active }).where(eq(users.personId, personId));
      if (patch.email !== undefined)
        await tx.update(users).set({ email: patch.email }).where(eq(users.personId, personId));
      const action =
        patch.active === false ? 'person.deactivate' : patch.active === true ? 'person.reactivate' : 'person.update';
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId,
        action,
        entity: 'person',
        entityId: personId,
        details: { fields: Object.keys(patch) },
      });
    }),
  );
}
