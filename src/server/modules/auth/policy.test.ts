import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.ts';
import type { Actor } from './actor.ts';
import { canGrantRole, canManageAccess, canManageOrganisation, canReachOwner, canViewOrganisation } from './policy.ts';

const A = 'owner-a';
const B = 'owner-b';

function actor(ownerRoles: Record<string, Role[]>, national: Role[] = []): Actor {
  return {
    userId: 'u',
    email: 'u@example.no',
    name: 'U',
    locale: 'nb',
    personId: null,
    grants: [],
    ownerRoles: new Map(Object.entries(ownerRoles).map(([k, v]) => [k, new Set(v)])),
    nationalRoles: new Set(national),
    unitRoles: new Map(),
  };
}

describe('organisation policies', () => {
  it.each<[string, Actor, string, boolean, boolean, boolean]>([
    ['owner admin at own owner', actor({ [A]: ['owner_admin'] }), A, true, true, true],
    ['owner admin at another owner', actor({ [A]: ['owner_admin'] }), B, false, false, false],
    ['coordinator keeps the data, not access', actor({ [A]: ['programme_coordinator'] }), A, true, true, false],
    ['analyst views', actor({ [A]: ['analyst'] }), A, true, false, false],
    ['region coordinator views', actor({ [A]: ['region_coordinator'] }), A, true, false, false],
    ['mentor neither', actor({ [A]: ['mentor'] }), A, false, false, false],
    ['nqt neither', actor({ [A]: ['nqt'] }), A, false, false, false],
    ['unit leader neither', actor({ [A]: ['unit_leader'] }), A, false, false, false],
    ['national admin everywhere', actor({}, ['national_admin']), B, true, true, true],
    ['national analyst views only', actor({}, ['analyst']), B, true, false, false],
  ])('%s', (_name, who, owner, view, manage, access) => {
    expect(canViewOrganisation(who, owner)).toBe(view);
    expect(canManageOrganisation(who, owner)).toBe(manage);
    expect(canManageAccess(who, owner)).toBe(access);
  });

  it('reaches an owner only through a grant', () => {
    expect(canReachOwner(actor({ [A]: ['mentor'] }), A)).toBe(true);
    expect(canReachOwner(actor({ [A]: ['mentor'] }), B)).toBe(false);
  });

  it.each<[Role, 'owner' | 'unit', boolean]>([
    ['programme_coordinator', 'owner', true],
    ['unit_leader', 'unit', true],
    ['mentor', 'unit', true],
    ['mentor', 'owner', false],
    ['owner_admin', 'owner', true],
    ['national_admin', 'owner', false],
    ['region_coordinator', 'owner', false],
  ])('owner admin grants %s at %s scope: %s', (role, scope, allowed) => {
    expect(canGrantRole(actor({ [A]: ['owner_admin'] }), A, role, scope)).toBe(allowed);
    expect(canGrantRole(actor({ [A]: ['programme_coordinator'] }), A, role, scope)).toBe(false);
  });
});
