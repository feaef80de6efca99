import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/enums.ts';
import type { Actor } from '../../auth/actor.ts';
import { canEditKnowledgeBase, canViewSubGoalTime, knowledgeBaseAccess, type ProgrammePart } from './policy.ts';

const A = 'owner-a';
const B = 'owner-b';

function actor(ownerRoles: Record<string, Role[]>, national: Role[] = []): Actor {
  return {
    userId: 'u',
    email: 'u@example.no',
    name: 'U',
    locale: 'nb',
    personId: 'p',
    grants: [],
    ownerRoles: new Map(Object.entries(ownerRoles).map(([k, v]) => [k, new Set(v)])),
    nationalRoles: new Set(national),
    unitRoles: new Map(),
  };
}

describe('knowledge base policy', () => {
  it.each<[string, Actor, ProgrammePart[], ReturnType<typeof knowledgeBaseAccess>, boolean, boolean]>([
    // name, actor at owner A, parts in A's programme, read access, edit, sub-goal time
    ['coordinator', actor({ [A]: ['programme_coordinator'] }), [], 'read', true, true],
    ['owner admin', actor({ [A]: ['owner_admin'] }), [], 'read', true, true],
    ['national admin', actor({}, ['national_admin']), [], 'read', true, true],
    ['analyst', actor({ [A]: ['analyst'] }), [], 'read', false, true],
    ['region coordinator', actor({ [A]: ['region_coordinator'] }), [], 'read', false, true],
    ['enrolled NQT', actor({ [A]: ['nqt'] }), ['nqt'], 'read', false, false],
    ['their mentor', actor({ [A]: ['mentor'] }), ['mentor'], 'read', false, false],
    ['a unit leader of the programme', actor({ [A]: ['unit_leader'] }), ['unit_leader'], 'read', false, false],
    ['in the programme without any grant', actor({}), ['nqt'], 'read', false, false],
    ['a mentor outside the programme', actor({ [A]: ['mentor'] }), [], 'forbidden', false, false],
    ['a unit leader of another unit', actor({ [A]: ['unit_leader'] }), [], 'forbidden', false, false],
    ['a teacher educator of the owner', actor({ [A]: ['teacher_educator'] }), [], 'forbidden', false, false],
    ['nobody at the owner', actor({}), [], 'not_found', false, false],
    ['coordinator of another owner', actor({ [B]: ['programme_coordinator'] }), [], 'not_found', false, false],
  ])('%s', (_name, who, parts, access, edit, time) => {
    expect(knowledgeBaseAccess(who, A, parts)).toBe(access);
    expect(canEditKnowledgeBase(who, A)).toBe(edit);
    expect(canViewSubGoalTime(who, A)).toBe(time);
  });
});
