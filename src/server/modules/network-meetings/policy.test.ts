import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.ts';
import type { Actor } from '../auth/actor.ts';
import { canSeeMeetingRoster, canTakeAttendance } from './policy.ts';

const OWNER = '00000000-0000-4000-8000-000000000001';
const PERSON = '00000000-0000-4000-8000-0000000000aa';

const actor = (roles: Role[], personId: string | null = null): Actor => ({
  userId: 'u',
  email: 'e',
  name: 'n',
  locale: 'nb',
  personId,
  grants: [],
  ownerRoles: new Map([[OWNER, new Set(roles)]]),
  nationalRoles: new Set(),
  unitRoles: new Map(),
});

describe('network meeting policy', () => {
  it.each([
    { who: 'programme coordinator', a: actor(['programme_coordinator']), roster: true, attendance: true },
    { who: 'analyst', a: actor(['analyst']), roster: true, attendance: false },
    { who: 'facilitating teacher educator', a: actor(['teacher_educator'], PERSON), roster: true, attendance: true },
    {
      who: 'teacher educator not on the meeting',
      a: actor(['teacher_educator'], 'other'),
      roster: false,
      attendance: false,
    },
    { who: 'NQT member', a: actor(['nqt'], 'nqt'), roster: false, attendance: false },
    { who: 'mentor', a: actor(['mentor'], 'mentor'), roster: false, attendance: false },
  ])('$who', ({ a, roster, attendance }) => {
    const meeting = { ownerId: OWNER, facilitatorPersonIds: [PERSON] };
    expect(canSeeMeetingRoster(a, meeting)).toBe(roster);
    expect(canTakeAttendance(a, meeting)).toBe(attendance);
  });
});
