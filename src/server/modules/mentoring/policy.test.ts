import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.ts';
import type { Actor } from '../auth/actor.ts';
import { canManageProgrammes, canReadNote, canViewProgrammes, canWriteNote, pairRoleOf } from './policy.ts';

const A = 'owner-a';
const B = 'owner-b';

function actor(ownerRoles: Record<string, Role[]>, national: Role[] = [], personId: string | null = null): Actor {
  return {
    userId: 'u',
    email: 'u@example.no',
    name: 'U',
    locale: 'nb',
    personId,
    grants: [],
    ownerRoles: new Map(Object.entries(ownerRoles).map(([k, v]) => [k, new Set(v)])),
    nationalRoles: new Set(national),
    unitRoles: new Map(),
  };
}

describe('programme policies', () => {
  it.each<[string, Actor, string, boolean, boolean]>([
    ['coordinator manages', actor({ [A]: ['programme_coordinator'] }), A, true, true],
    ['owner admin manages', actor({ [A]: ['owner_admin'] }), A, true, true],
    ['national admin manages anywhere', actor({}, ['national_admin']), B, true, true],
    ['analyst views', actor({ [A]: ['analyst'] }), A, true, false],
    ['region coordinator views', actor({ [A]: ['region_coordinator'] }), A, true, false],
    ['national analyst views', actor({}, ['analyst']), B, true, false],
    ['mentor neither', actor({ [A]: ['mentor'] }), A, false, false],
    ['nqt neither', actor({ [A]: ['nqt'] }), A, false, false],
    ['unit leader neither', actor({ [A]: ['unit_leader'] }), A, false, false],
    ['teacher educator neither', actor({ [A]: ['teacher_educator'] }), A, false, false],
    ['coordinator of another owner neither', actor({ [A]: ['programme_coordinator'] }), B, false, false],
  ])('%s', (_name, who, owner, view, manage) => {
    expect(canViewProgrammes(who, owner)).toBe(view);
    expect(canManageProgrammes(who, owner)).toBe(manage);
  });
});

describe('private notes', () => {
  const pair = { mentorPersonId: 'mentor-person', nqtPersonId: 'nqt-person' };
  it.each<[string, Actor, 'mentor' | 'nqt' | null, boolean, boolean]>([
    ['the pair’s mentor reads and writes', actor({ [A]: ['mentor'] }, [], 'mentor-person'), 'mentor', true, true],
    ['the pair’s NQT reads only', actor({ [A]: ['nqt'] }, [], 'nqt-person'), 'nqt', true, false],
    ['another mentor neither', actor({ [A]: ['mentor'] }, [], 'other-person'), null, false, false],
    ['a coordinator neither', actor({ [A]: ['programme_coordinator'] }, [], 'coord-person'), null, false, false],
    ['a national admin neither', actor({}, ['national_admin'], 'admin-person'), null, false, false],
    ['a unit leader neither', actor({ [A]: ['unit_leader'] }, [], 'head-person'), null, false, false],
    ['a login without a person neither', actor({ [A]: ['owner_admin'] }), null, false, false],
  ])('%s', (_name, who, role, read, write) => {
    expect(pairRoleOf(who, pair)).toBe(role);
    expect(canReadNote(who, pair)).toBe(read);
    expect(canWriteNote(who, pair)).toBe(write);
  });
});
