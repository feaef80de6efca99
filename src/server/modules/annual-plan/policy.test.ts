import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.ts';
import type { Actor } from '../auth/actor.ts';
import { planAccess } from './policy.ts';

const OWNER = 'owner-a';
const actor = (roles: Role[], owner = OWNER): Actor =>
  ({
    userId: 'u',
    locale: 'nb',
    personId: 'p',
    ownerRoles: new Map([[owner, new Set(roles)]]),
    nationalRoles: new Set(),
  }) as unknown as Actor;

const none = { isNqt: false, isMentor: false };

describe('planAccess', () => {
  it.each([
    [['programme_coordinator'], none, ['nqt', 'mentor', 'unit_leader', 'coordinator', 'owner'], true],
    [['analyst'], none, ['nqt', 'mentor', 'unit_leader', 'coordinator', 'owner'], false],
    [['nqt'], { isNqt: true, isMentor: false }, ['nqt'], false],
    [['mentor'], { isNqt: false, isMentor: true }, ['mentor'], false],
    [['unit_leader'], none, ['unit_leader'], false],
    [['unit_leader', 'mentor'], { isNqt: false, isMentor: true }, ['mentor', 'unit_leader'], false],
  ] as const)('%o in the programme as %o sees %o (manages: %s)', (roles, part, audiences, canManage) => {
    expect(planAccess(actor([...roles]), OWNER, part)).toEqual({
      audiences,
      canManage,
      asParticipant: !['programme_coordinator', 'analyst'].includes(roles[0]),
    });
  });

  it('gives nothing to an NQT of the owner who is not in the programme, or to another owner', () => {
    expect(planAccess(actor(['nqt']), OWNER, none)).toBeNull();
    expect(planAccess(actor(['programme_coordinator'], 'owner-b'), OWNER, { isNqt: true, isMentor: true })).toBeNull();
  });
});
