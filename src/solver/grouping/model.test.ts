import { describe, expect, it } from 'vitest';
import { dealGrouping } from './greedy.ts';
import {
  checkFeasibility,
  checkGroups,
  evaluateGrouping,
  type GroupingInput,
  type GroupingIssue,
  type GroupingParticipant,
  haversineKm,
  prepareGrouping,
} from './model.ts';

const person = (id: string, unitId: string, over: Partial<GroupingParticipant> = {}): GroupingParticipant => ({
  id,
  unitId,
  unitName: `Unit ${unitId}`,
  unitType: 'primary',
  programmeYear: 1,
  ...over,
});

/** `count` participants of `type`, spread over units of `perUnit` each (the last may be smaller). */
function people(
  count: number,
  type: GroupingParticipant['unitType'],
  perUnit = 1,
  prefix = type,
): GroupingParticipant[] {
  return Array.from({ length: count }, (_, i) =>
    person(`${prefix}-${i}`, `${prefix}-u${Math.floor(i / perUnit)}`, { unitType: type }),
  );
}

const base = { minSize: 10, maxSize: 15, maxPerUnit: 2 };

describe('checkFeasibility: says which constraint fails, with the figures', () => {
  const cases: { name: string; input: GroupingInput; issues: GroupingIssue[] }[] = [
    {
      name: '28 kindergarten NQTs fit two groups of 14',
      input: { ...base, participants: people(28, 'kindergarten') },
      issues: [],
    },
    {
      name: '16 cannot be split into 10–15',
      input: { ...base, participants: people(16, 'primary') },
      issues: [
        {
          code: 'sizes_do_not_fit',
          pool: 'school',
          count: 16,
          min: 10,
          max: 15,
          fewer: 1,
          fewerMax: 15,
          more: 2,
          moreMin: 20,
        },
      ],
    },
    {
      name: '7 kindergarten NQTs are fewer than one group',
      input: { ...base, participants: [...people(7, 'kindergarten'), ...people(12, 'primary')] },
      issues: [{ code: 'too_few', pool: 'kindergarten', count: 7, min: 10 }],
    },
    {
      name: 'kept together, 7 + 12 make one group of 19 > 15 and two of ≥ 20: no',
      input: {
        ...base,
        keepKindergartenApart: false,
        participants: [...people(7, 'kindergarten'), ...people(12, 'primary')],
      },
      issues: [
        {
          code: 'sizes_do_not_fit',
          pool: 'all',
          count: 19,
          min: 10,
          max: 15,
          fewer: 1,
          fewerMax: 15,
          more: 2,
          moreMin: 20,
        },
      ],
    },
    {
      name: 'kept together, 7 + 8 make one group of 15',
      input: {
        ...base,
        keepKindergartenApart: false,
        participants: [...people(7, 'kindergarten'), ...people(8, 'primary')],
      },
      issues: [],
    },
    {
      name: 'a unit of 9 with at most 2 per group needs 5 groups; 30 allow at most 3',
      input: { ...base, participants: people(30, 'primary', 9) },
      issues: [
        {
          code: 'unit_limit',
          pool: 'school',
          unitId: 'primary-u0',
          unitName: 'Unit primary-u0',
          count: 9,
          limit: 2,
          groups: 3,
        },
      ],
    },
    {
      name: 'a unit of 5 in 30 picks three groups instead of two',
      input: { ...base, participants: people(30, 'primary', 5) },
      issues: [],
    },
    {
      name: 'a fixed group count that cannot hold the pool',
      input: { ...base, groupCounts: { school: 4 }, participants: people(30, 'primary') },
      issues: [{ code: 'group_count', pool: 'school', count: 30, groups: 4, min: 10, max: 15 }],
    },
    {
      name: 'bounds the wrong way round',
      input: { ...base, minSize: 12, maxSize: 10, participants: [] },
      issues: [{ code: 'invalid_sizes', min: 12, max: 10 }],
    },
    {
      name: 'a unit limit of 0',
      input: { ...base, maxPerUnit: 0, participants: [] },
      issues: [{ code: 'invalid_unit_limit', limit: 0 }],
    },
    { name: 'nobody to group', input: { ...base, participants: [] }, issues: [] },
  ];
  it.each(cases)('$name', ({ input, issues }) => {
    expect(checkFeasibility(input)).toEqual(issues);
  });
});

describe('prepareGrouping', () => {
  it('chooses the number of groups nearest the target size', () => {
    const p = prepareGrouping({ ...base, participants: people(150, 'primary') });
    expect(p.groups).toHaveLength(12);
    expect(p.groups.reduce((s, g) => s + g.share, 0)).toBe(150);
  });

  it('continues last year’s largest groups, one new group each', () => {
    const participants = [
      ...Array.from({ length: 6 }, (_, i) => person(`a${i}`, `ua${i}`, { programmeYear: 2, lastGroupId: 'old-A' })),
      ...Array.from({ length: 4 }, (_, i) => person(`b${i}`, `ub${i}`, { programmeYear: 2, lastGroupId: 'old-B' })),
      ...Array.from({ length: 2 }, (_, i) => person(`c${i}`, `uc${i}`, { programmeYear: 2, lastGroupId: 'old-C' })),
      ...people(12, 'primary'),
    ];
    const p = prepareGrouping({ ...base, participants });
    expect(p.groups.map((g) => g.continuesGroupId)).toEqual(['old-A', 'old-B']);
    expect(p.anchorOf[0]).toBe(0);
    expect(p.anchorOf[6]).toBe(1);
    expect(p.anchorOf[10]).toBe(-1);
  });
});

describe('evaluateGrouping', () => {
  it('counts separations, year imbalance beyond the tolerance and km', () => {
    const participants = [
      ...Array.from({ length: 5 }, (_, i) =>
        person(`y2-${i}`, `u${i}`, { programmeYear: 2, lastGroupId: 'old', lat: 60, lon: 11 }),
      ),
      ...Array.from({ length: 5 }, (_, i) => person(`y1-${i}`, `v${i}`, { lat: 60, lon: 11 })),
    ];
    const p = prepareGrouping({ ...base, minSize: 5, maxSize: 5, participants });
    // All year two in group 0 (which continues "old"), all year one in group 1: fair share is 2.5 each.
    const groupOf = Int32Array.from([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    const { terms, objective } = evaluateGrouping(p, groupOf);
    expect(terms.separatedFromLastYear).toBe(0);
    expect(terms.yearImbalance).toBeCloseTo(2 * (2.5 - 1));
    expect(terms.travelKm).toBeCloseTo(0);
    expect(objective).toBeCloseTo(4 * 3);
    const moved = Int32Array.from([1, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(evaluateGrouping(p, moved).terms.separatedFromLastYear).toBe(1);
  });

  it('haversine: Oslo–Lillestrøm is about 18 km', () => {
    expect(haversineKm({ lat: 59.9139, lon: 10.7522 }, { lat: 59.9559, lon: 11.0504 })).toBeGreaterThan(16);
    expect(haversineKm({ lat: 59.9139, lon: 10.7522 }, { lat: 59.9559, lon: 11.0504 })).toBeLessThan(19);
  });
});

describe('checkGroups: a hand-made grouping', () => {
  const participants = [...people(12, 'primary', 3), ...people(10, 'kindergarten')];
  const ids = (list: GroupingParticipant[]) => list.map((p) => p.id);
  const input = { ...base, minSize: 5, maxSize: 12, maxPerUnit: 2, participants };
  it.each([
    {
      name: 'a valid grouping',
      groups: [
        { key: 'a', memberIds: ['primary-0', 'primary-3', 'primary-6', 'primary-9', 'primary-1', 'primary-4'] },
        { key: 'b', memberIds: ['primary-2', 'primary-5', 'primary-7', 'primary-8', 'primary-10', 'primary-11'] },
        { key: 'k', memberIds: ids(people(10, 'kindergarten')) },
      ],
      issues: [],
    },
    {
      name: 'three from one unit',
      groups: [{ key: 'a', memberIds: ['primary-0', 'primary-1', 'primary-2', 'primary-3', 'primary-4'] }],
      issues: [
        {
          code: 'unit_over_limit',
          groupKey: 'a',
          unitId: 'primary-u0',
          unitName: 'Unit primary-u0',
          count: 3,
          limit: 2,
        },
      ],
    },
    {
      name: 'too small, unknown and twice',
      groups: [{ key: 'a', memberIds: ['primary-0', 'nobody', 'primary-0'] }],
      issues: [
        { code: 'unknown_participant', participantId: 'nobody' },
        { code: 'duplicate_participant', participantId: 'primary-0' },
        { code: 'group_too_small', groupKey: 'a', size: 1, min: 5 },
      ],
    },
    {
      name: 'too large and mixed',
      groups: [{ key: 'a', memberIds: [...ids(people(10, 'kindergarten')), 'primary-0', 'primary-3', 'primary-6'] }],
      issues: [
        { code: 'group_too_large', groupKey: 'a', size: 13, max: 12 },
        { code: 'mixed_pools', groupKey: 'a' },
      ],
    },
  ])('$name', ({ groups, issues }) => {
    expect(checkGroups(input, groups)).toEqual(issues);
  });

  it('dealing keeps every bound when the checks pass', () => {
    const all = { ...base, participants: [...people(40, 'primary', 6), ...people(25, 'kindergarten', 4)] };
    const p = prepareGrouping(all);
    expect(p.issues).toEqual([]);
    const groupOf = dealGrouping(p);
    const groups = p.groups.map((g, gi) => ({
      key: g.key,
      memberIds: p.participants.filter((_, i) => groupOf[i] === gi).map((x) => x.id),
    }));
    expect(checkGroups(all, groups)).toEqual([]);
  });
});
