import { ROLE_SCOPES, type Role } from '../../../shared/enums.ts';
import type { Actor } from './actor.ts';

/** Every role the actor holds that reaches this owner (owner, unit, region or national grants). */
export function rolesAt(actor: Actor, ownerId: string): Set<Role> {
  return new Set([...(actor.ownerRoles.get(ownerId) ?? []), ...actor.nationalRoles]);
}

function hasAny(actor: Actor, ownerId: string, roles: readonly Role[]): boolean {
  const held = rolesAt(actor, ownerId);
  return roles.some((r) => held.has(r));
}

const ORGANISATION_VIEWERS: readonly Role[] = [
  'national_admin',
  'region_coordinator',
  'owner_admin',
  'programme_coordinator',
  'analyst',
];
// The resource team keeps the owner's units and people current (they run the programme and import
// the staff lists); who may log in and with which role stays with the owner's administrators.
const ORGANISATION_MANAGERS: readonly Role[] = ['national_admin', 'owner_admin', 'programme_coordinator'];
const ACCESS_MANAGERS: readonly Role[] = ['national_admin', 'owner_admin'];

/** May list and read the owner's units and people (the admin pages). */
export function canViewOrganisation(actor: Actor, ownerId: string): boolean {
  return hasAny(actor, ownerId, ORGANISATION_VIEWERS);
}

/** May create, edit, deactivate and import units and people. */
export function canManageOrganisation(actor: Actor, ownerId: string): boolean {
  return hasAny(actor, ownerId, ORGANISATION_MANAGERS);
}

/** May grant and revoke roles, invite people to log in, and change or end an existing login. */
export function canManageAccess(actor: Actor, ownerId: string): boolean {
  return hasAny(actor, ownerId, ACCESS_MANAGERS);
}

/** Reaches the owner at all: anything less and the owner's resources answer 404. */
export function canReachOwner(actor: Actor, ownerId: string): boolean {
  return rolesAt(actor, ownerId).size > 0;
}

/**
 * An owner admin hands out roles inside the owner, at owner or unit scope. National and region roles
 * are outside any one owner, so only a national admin grants them (not through these pages).
 */
export function canGrantRole(actor: Actor, ownerId: string, role: Role, scopeType: 'owner' | 'unit'): boolean {
  if (!canManageAccess(actor, ownerId)) return false;
  return ROLE_SCOPES[role].includes(scopeType);
}

/** The mail outbox shows invitations with their links, so only those who manage access see it. */
export function canViewMail(actor: Actor, ownerId: string): boolean {
  return canManageAccess(actor, ownerId);
}

/** Creates owners and regions: the installation's national administrators only. */
export function canAdministerInstallation(actor: Actor): boolean {
  return actor.nationalRoles.has('national_admin');
}

/** Sees a region: national admins, and region-scoped grants on that region. */
export function canViewRegion(actor: Actor, regionId: string): boolean {
  return (
    canAdministerInstallation(actor) || actor.grants.some((g) => g.scopeType === 'region' && g.scopeId === regionId)
  );
}
