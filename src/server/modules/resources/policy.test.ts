import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.ts';
import type { Actor } from '../auth/actor.ts';
import { canManageResources, isVisibleTo, visibleAudiences } from './policy.ts';

const OWNER = 'owner-1';
function actor(roles: Role[], opts: { national?: Role[]; otherOwner?: Role[] } = {}): Actor {
  const ownerRoles = new Map<string, Set<Role>>([[OWNER, new Set(roles)]]);
  if (opts.otherOwner) ownerRoles.set('owner-2', new Set(opts.otherOwner));
  return {
    userId: 'u',
    email: 'u@example.no',
    name: 'U',
    locale: 'nb',
    personId: null,
    grants: [],
    ownerRoles,
    nationalRoles: new Set(opts.national ?? []),
    unitRoles: new Map(),
  };
}

describe('resource policy', () => {
  it.each([
    [['nqt'], ['nqt'], false],
    [['mentor'], ['mentor'], false],
    [['mentor', 'unit_leader'], ['mentor', 'unit_leader'], false],
    [['unit_leader'], ['unit_leader'], false],
    [['teacher_educator'], ['coordinator'], false],
    [['analyst'], ['coordinator'], false],
    [['region_coordinator'], ['coordinator'], false],
    [['programme_coordinator'], 'all', true],
    [['owner_admin'], 'all', true],
    [['nqt', 'programme_coordinator'], 'all', true],
    [[], [], false],
  ] as const)('%j sees %j (manages: %s)', (roles, visible, manages) => {
    const a = actor([...roles]);
    expect(visibleAudiences(a, OWNER)).toEqual(visible);
    expect(canManageResources(a, OWNER)).toBe(manages);
  });

  it('a national admin keeps every bank; a role at another owner counts for nothing here', () => {
    expect(visibleAudiences(actor([], { national: ['national_admin'] }), OWNER)).toBe('all');
    const elsewhere = actor(['nqt'], { otherOwner: ['programme_coordinator'] });
    expect(visibleAudiences(elsewhere, OWNER)).toEqual(['nqt']);
    expect(canManageResources(elsewhere, OWNER)).toBe(false);
  });

  it.each([
    [['nqt'], ['nqt'], true],
    [['nqt', 'mentor'], ['mentor'], true],
    [['mentor'], ['nqt'], false],
    [['coordinator'], [], false],
    [['coordinator'], 'all', true],
  ] as const)('a resource for %j is visible to %j: %s', (audience, visible, expected) => {
    expect(isVisibleTo(audience, visible === 'all' ? 'all' : [...visible])).toBe(expected);
  });
});
