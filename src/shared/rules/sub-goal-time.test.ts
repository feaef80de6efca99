import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SubGoalSession, subGoalTime } from './sub-goal-time.ts';
import { SUB_GOALS, type SubGoal } from './sub-goals.ts';

const held = (minutes: number, subGoals: SubGoal[], programmeYear: 1 | 2 = 1): SubGoalSession => ({
  status: 'held',
  heldMinutes: minutes,
  subGoals,
  programmeYear,
});

/** [workplace, belonging, role, investigate] minutes of a figures row. */
const goalMinutes = (row: { subGoals: { minutes: number }[] }) => row.subGoals.map((g) => g.minutes);

describe('subGoalTime', () => {
  it.each<[string, SubGoalSession[], { held: number; untagged: number; goals: number[] }]>([
    ['nothing held', [], { held: 0, untagged: 0, goals: [0, 0, 0, 0] }],
    ['one tagged session', [held(60, ['role'])], { held: 60, untagged: 0, goals: [0, 0, 60, 0] }],
    [
      'a session with two sub-goals counts in full for each',
      [held(60, ['role', 'investigate'])],
      { held: 60, untagged: 0, goals: [0, 0, 60, 60] },
    ],
    ['an untagged session', [held(45, [])], { held: 45, untagged: 45, goals: [0, 0, 0, 0] }],
    [
      'cancelled and moved sessions do not count',
      [
        { status: 'cancelled', heldMinutes: null, subGoals: ['role'], programmeYear: 1 },
        { status: 'moved', heldMinutes: 60, subGoals: ['workplace'], programmeYear: 1 },
        held(30, ['belonging']),
      ],
      { held: 30, untagged: 0, goals: [0, 30, 0, 0] },
    ],
    [
      'a sub-goal named twice counts once',
      [held(60, ['role', 'role'])],
      { held: 60, untagged: 0, goals: [0, 0, 60, 0] },
    ],
    [
      'a mix',
      [held(60, ['workplace']), held(30, ['workplace', 'belonging']), held(20, []), held(60, ['investigate'], 2)],
      { held: 170, untagged: 20, goals: [90, 30, 0, 60] },
    ],
    [
      'a held session without minutes counts as a session of 0',
      [held(0, ['role'])],
      { held: 0, untagged: 0, goals: [0, 0, 0, 0] },
    ],
  ])('%s', (_name, sessions, expected) => {
    const { total } = subGoalTime(sessions);
    expect(total.heldMinutes).toBe(expected.held);
    expect(total.untaggedMinutes).toBe(expected.untagged);
    expect(goalMinutes(total)).toEqual(expected.goals);
  });

  it('splits by programme year, both years always present', () => {
    const { years } = subGoalTime([held(60, ['role'], 1), held(30, ['investigate'], 2), held(15, [], 2)]);
    expect(years.map((y) => y.programmeYear)).toEqual([1, 2]);
    expect(goalMinutes(years[0] ?? { subGoals: [] })).toEqual([0, 0, 60, 0]);
    expect(years[1]).toMatchObject({ heldMinutes: 45, heldSessions: 2, untaggedMinutes: 15, untaggedSessions: 1 });
    expect(goalMinutes(years[1] ?? { subGoals: [] })).toEqual([0, 0, 0, 30]);
    expect(subGoalTime([]).years.map((y) => y.heldSessions)).toEqual([0, 0]);
  });

  const sessionArb = fc.record({
    status: fc.constantFrom('held' as const, 'cancelled' as const, 'moved' as const),
    heldMinutes: fc.option(fc.integer({ min: 0, max: 480 }), { nil: null }),
    subGoals: fc.array(fc.constantFrom(...SUB_GOALS), { maxLength: 6 }),
    programmeYear: fc.constantFrom(1 as const, 2 as const),
  });

  it('keeps its invariants: years add up to the total, tagged + untagged = held, each sub-goal ≤ tagged', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 40 }), (sessions) => {
        const { years, total } = subGoalTime(sessions);
        const [one, two] = years;
        if (!one || !two) throw new Error('both years');
        expect(one.heldMinutes + two.heldMinutes).toBe(total.heldMinutes);
        expect(one.untaggedMinutes + two.untaggedMinutes).toBe(total.untaggedMinutes);
        const heldRows = sessions.filter((s) => s.status === 'held');
        expect(total.heldSessions).toBe(heldRows.length);
        const tagged = heldRows.filter((s) => s.subGoals.length > 0).reduce((n, s) => n + (s.heldMinutes ?? 0), 0);
        expect(total.heldMinutes).toBe(tagged + total.untaggedMinutes);
        for (const [i, g] of total.subGoals.entries()) {
          expect(g.minutes).toBeLessThanOrEqual(tagged);
          expect(g.minutes).toBe((one.subGoals[i]?.minutes ?? 0) + (two.subGoals[i]?.minutes ?? 0));
        }
        const sum = total.subGoals.reduce((n, g) => n + g.minutes, 0);
        expect(sum).toBeGreaterThanOrEqual(tagged);
      }),
    );
  });
});
