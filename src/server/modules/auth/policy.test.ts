import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.ts';
import type { Actor } from './actor.ts';
import { canGrantRole, canManageOrganisation, canReachOwner, canViewOrganisation } from './policy.ts';

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
  it.each<[string, Actor, string, boolean, boolean]>([
    ['owner admin at own owner', actor({ [A]: ['owner_admin'] }), A, true, true],
    ['owner admin at another owner', actor({ [A]: ['owner_admin'] }), B, false, false],
    ['coordinator views, does not manage', actor({ [A]: ['programme_coordinator'] }), A, true, false],
    ['analyst views', actor({ [A]: ['analyst'] }), A, true, false],
    ['mentor neither', actor({ [A]: ['mentor'] }), A, false, false],
    ['nqt neither', actor({ [A]: ['nqt'] }), A, false, false],
    ['unit leader neither', actor({ [A]: ['unit_leader'] }), A, false, false],
    ['national admin everywhere', actor({}, ['national_admin']), B, true, true],
    ['national analyst views only', actor({}, ['analyst']), B, true, false],
  ])('%s', (_name, who, owner, view, manage) => {
    expect(canViewOrganisation(who, owner)).toBe(view);
    expect(canManageOrganisation(who, owner)).toBe(manage);
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
