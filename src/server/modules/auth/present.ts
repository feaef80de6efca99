import { inArray } from 'drizzle-orm';
import type { Me } from '../../../shared/schemas/auth.ts';
import type { DbOrTx } from '../../db/client.ts';
import { owners } from '../../db/schema.ts';
import type { Actor } from './actor.ts';
import { canManageAccess, canManageOrganisation, canViewMail, canViewOrganisation } from './policy.ts';

/** The caller and what they may do, per owner: the web app renders from this and never re-derives permissions. */
export async function presentMe(db: DbOrTx, actor: Actor, csrfToken: string): Promise<Me> {
  const ids = [...actor.ownerRoles.keys()];
  const rows =
    actor.nationalRoles.size > 0
      ? await db.select({ id: owners.id, name: owners.name }).from(owners).orderBy(owners.name)
      : ids.length
        ? await db
            .select({ id: owners.id, name: owners.name })
            .from(owners)
            .where(inArray(owners.id, ids))
            .orderBy(owners.name)
        : [];
  return {
    user: { id: actor.userId, email: actor.email, name: actor.name, locale: actor.locale },
    grants: actor.grants.map(({ role, scopeType, scopeId }) => ({ role, scopeType, scopeId })),
    owners: rows.map((o) => ({
      id: o.id,
      name: o.name,
      abilities: {
        viewOrganisation: canViewOrganisation(actor, o.id),
        manageOrganisation: canManageOrganisation(actor, o.id),
        manageAccess: canManageAccess(actor, o.id),
        viewMail: canViewMail(actor, o.id),
      },
    })),
    csrfToken,
  };
}
