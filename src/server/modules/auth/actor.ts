import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Locale, Role, ScopeType } from '../../../shared/enums.ts';
import type { DbOrTx } from '../../db/client.ts';
import { regionOwners, roleGrants, users } from '../../db/schema.ts';

export interface GrantRef {
  role: Role;
  scopeType: ScopeType;
  scopeId: string | null;
  /** The tenant an owner or unit grant lives in; null for national and region grants. */
  ownerId: string | null;
}

/**
 * The caller, with every role grant resolved to the owners it reaches. Policies are pure functions
 * of this; it is loaded once per request from the session.
 */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  locale: Locale;
  personId: string | null;
  grants: GrantRef[];
  /** Roles that reach each owner through owner, unit or region grants. National grants are in nationalRoles. */
  ownerRoles: Map<string, Set<Role>>;
  /** Roles granted at national scope; they reach every owner. */
  nationalRoles: Set<Role>;
  /** Units where the actor holds a unit-scoped role, with those roles. */
  unitRoles: Map<string, Set<Role>>;
}

function add<K>(map: Map<K, Set<Role>>, key: K, role: Role) {
  const set = map.get(key) ?? new Set<Role>();
  set.add(role);
  map.set(key, set);
}

export async function loadActor(db: DbOrTx, userId: string): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user?.active) return null;
  const rows = await db
    .select({
      role: roleGrants.role,
      scopeType: roleGrants.scopeType,
      scopeId: roleGrants.scopeId,
      ownerId: roleGrants.ownerId,
    })
    .from(roleGrants)
    .where(and(eq(roleGrants.userId, userId), isNull(roleGrants.revokedAt)));

  const ownerRoles = new Map<string, Set<Role>>();
  const unitRoles = new Map<string, Set<Role>>();
  const nationalRoles = new Set<Role>();
  const regionGrants = rows.filter((g) => g.scopeType === 'region' && g.scopeId);
  const regionIds = [...new Set(regionGrants.map((g) => g.scopeId as string))];
  const members = regionIds.length
    ? await db.select().from(regionOwners).where(inArray(regionOwners.regionId, regionIds))
    : [];
  for (const g of rows) {
    if (g.scopeType === 'national') nationalRoles.add(g.role);
    else if (g.scopeType === 'region') {
      for (const m of members) if (m.regionId === g.scopeId) add(ownerRoles, m.ownerId, g.role);
    } else if (g.ownerId) {
      add(ownerRoles, g.ownerId, g.role);
      if (g.scopeType === 'unit' && g.scopeId) add(unitRoles, g.scopeId, g.role);
    }
  }
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    personId: user.personId,
    grants: rows,
    ownerRoles,
    nationalRoles,
    unitRoles,
  };
}
