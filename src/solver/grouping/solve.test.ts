import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { greedyGrouping } from './greedy.ts';
import {
  checkGroups,
  evaluateGrouping,
  type GroupingInput,
  type GroupingParticipant,
  type GroupingResult,
  prepareGrouping,
} from './model.ts';
import { solveWithHighs } from './solve.ts';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const solve = (input: GroupingInput) => solveWithHighs(highs, input, { timeLimitSeconds: 5 });

/** Random programmes: up to 60 participants over up to 14 units, sizes, limits and options of every kind. */
const arbitraryInput: fc.Arbitrary<GroupingInput> = fc
  .record({
    units: fc.array(
      fc.record({
        kindergarten: fc.boolean(),
        lat: fc.double({ min: 59.8, max: 60.1, noNaN: true }),
        lon: fc.double({ min: 10.7, max: 11.3, noNaN: true }),
      }),
      { minLength: 1, maxLength: 14 },
    ),
    people: fc.array(
      fc.record({
        unit: fc.nat(),
        yearTwo: fc.boolean(),
        last: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      }),
      { minLength: 10, maxLength: 60 },
    ),
    minSize: fc.integer({ min: 2, max: 6 }),
    spread: fc.integer({ min: 0, max: 6 }),
    maxPerUnit: fc.integer({ min: 1, max: 4 }),
    apart: fc.boolean(),
    located: fc.boolean(),
  })
  .map(({ units, people, minSize, spread, maxPerUnit, apart, located }) => ({
    participants: people.map((x, i): GroupingParticipant => {
      const u = x.unit % units.length;
      const unit = units[u] as (typeof units)[number];
      return {
        id: `p${i}`,
        unitId: `u${u}`,
        unitName: `Unit ${u}`,
        unitType: unit.kindergarten ? 'kindergarten' : 'primary',
        programmeYear: x.yearTwo ? 2 : 1,
        lastGroupId: x.yearTwo && x.last !== null ? `old${x.last}` : null,
        ...(located ? { lat: unit.lat, lon: unit.lon } : {}),
      };
    }),
    minSize,
    maxSize: minSize + spread,
    maxPerUnit,
    keepKindergartenApart: apart,
  }));

function asGroups(result: GroupingResult) {
  return result.groups.map((g) => ({ key: g.key, memberIds: g.memberIds }));
}

function groupOfResult(input: GroupingInput, result: GroupingResult): Int32Array {
  const p = prepareGrouping(input);
  const index = new Map(input.participants.map((x, i) => [x.id, i]));
  const groupOf = new Int32Array(input.participants.length).fill(-1);
  result.groups.forEach((g, gi) => {
    for (const id of g.memberIds) groupOf[index.get(id) ?? -1] = gi;
  });
  expect(p.groups.map((g) => g.key)).toEqual(result.groups.map((g) => g.key));
  return groupOf;
}

describe('solveWithHighs (property-based)', () => {
  it('a feasible proposal places everyone once and breaks no size bound, same-unit limit or pool', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const result = solve(input);
        if (result.status === 'infeasible') return;
        expect(checkGroups(input, asGroups(result))).toEqual([]);
        // The MIP's own answer kept every bound (the guard that falls back to greedy never fired).
        expect(result.note).toBeUndefined();
        const placed = result.groups.flatMap((g) => g.memberIds).sort();
        expect(placed).toEqual(input.participants.map((x) => x.id).sort());
        for (const g of result.groups) expect(g.why.size).toBe(g.memberIds.length);
      }),
      { numRuns: 80 },
    );
  });

  it('an infeasible set names the failing constraint, and what it says is true', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const result = solve(input);
        if (result.status !== 'infeasible') return;
        expect(result.issues.length).toBeGreaterThan(0);
        expect(result.groups).toEqual([]);
        for (const issue of result.issues) {
          const inPool = input.participants.filter((x) =>
            issue.code === 'invalid_sizes' || issue.code === 'invalid_unit_limit' || issue.pool === 'all'
              ? true
              : (x.unitType === 'kindergarten') === (issue.pool === 'kindergarten'),
          );
          switch (issue.code) {
            case 'too_few':
              expect(issue.count).toBe(inPool.length);
              expect(issue.count).toBeLessThan(input.minSize);
              break;
            case 'sizes_do_not_fit':
              expect(issue.count).toBe(inPool.length);
              // No number of groups holds them.
              for (let k = 1; k <= issue.count; k++) {
                expect(k * input.minSize > issue.count || k * input.maxSize < issue.count).toBe(true);
              }
              break;
            case 'unit_limit': {
              const ofUnit = inPool.filter((x) => x.unitId === issue.unitId).length;
              expect(issue.count).toBe(ofUnit);
              // Even the most groups there can be cannot take them at `limit` each.
              expect(issue.groups).toBe(Math.floor(inPool.length / input.minSize));
              expect(ofUnit).toBeGreaterThan(issue.limit * issue.groups);
              break;
            }
            default:
              throw new Error(`unexpected issue ${issue.code}`);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('is never worse than greedy, and optimal results beat random valid groupings', () => {
    fc.assert(
      fc.property(arbitraryInput, fc.integer(), (input, seed) => {
        const result = solve(input);
        if (result.status === 'infeasible') return;
        const p = prepareGrouping(input);
        const greedy = evaluateGrouping(p, greedyGrouping(p)).objective;
        const own = evaluateGrouping(p, groupOfResult(input, result)).objective;
        expect(own).toBeCloseTo(result.objective, 6);
        expect(result.objective).toBeLessThanOrEqual(greedy + 1e-6);
        expect(result.bound).toBeLessThanOrEqual(result.objective + 1e-6);
        // The pools' parts add up to the whole (each pool is its own MIP).
        expect(result.pools.reduce((sum, pool) => sum + pool.objective, 0)).toBeCloseTo(result.objective, 6);
        if (result.status !== 'optimal') return;
        // Random shuffles dealt into the same groups; the valid ones are never better than the optimum.
        let s = seed >>> 0;
        const rand = () => {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          return s / 2 ** 32;
        };
        for (let t = 0; t < 20; t++) {
          const groupOf = new Int32Array(input.participants.length);
          for (const pool of p.pools) {
            const order = [...pool.members].sort(() => rand() - 0.5);
            const k = pool.groupTo - pool.groupFrom;
            order.forEach((i, j) => {
              groupOf[i] = pool.groupFrom + (j % k);
            });
          }
          const groups = p.groups.map((g, gi) => ({
            key: g.key,
            memberIds: input.participants.filter((_, i) => groupOf[i] === gi).map((x) => x.id),
          }));
          if (checkGroups(input, groups).length > 0) continue;
          expect(result.objective).toBeLessThanOrEqual(evaluateGrouping(p, groupOf).objective + 1e-6);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('solveWithHighs (examples)', () => {
  it('keeps last year’s group together and balances years', () => {
    const participants: GroupingParticipant[] = [];
    for (const old of ['A', 'B']) {
      for (let i = 0; i < 5; i++) {
        participants.push({
          id: `${old}${i}`,
          unitId: `${old}u${i}`,
          unitType: 'primary',
          programmeYear: 2,
          lastGroupId: old,
        });
      }
    }
    for (let i = 0; i < 10; i++)
      participants.push({ id: `n${i}`, unitId: `nu${i}`, unitType: 'primary', programmeYear: 1 });
    const result = solve({ participants, minSize: 10, maxSize: 10, maxPerUnit: 2 });
    expect(result.status).toBe('optimal');
    expect(result.objective).toBe(0);
    for (const g of result.groups) {
      expect(g.why.keptFromLastYear).toBe(5);
      expect(g.why.yearTwo).toBe(5);
      expect(g.memberIds.filter((id) => id.startsWith(g.continuesGroupId ?? '?'))).toHaveLength(5);
    }
  });

  it('groups units by place when coordinates are given', () => {
    const participants: GroupingParticipant[] = [];
    // Ten units near Lillestrøm and ten near Hamar; each unit has one NQT.
    for (let i = 0; i < 10; i++) {
      participants.push({
        id: `l${i}`,
        unitId: `l${i}`,
        unitType: 'primary',
        programmeYear: 1,
        lat: 59.95 + i * 0.002,
        lon: 11.05,
      });
      participants.push({
        id: `h${i}`,
        unitId: `h${i}`,
        unitType: 'primary',
        programmeYear: 1,
        lat: 60.79 + i * 0.002,
        lon: 11.07,
      });
    }
    const result = solve({ participants, minSize: 10, maxSize: 10, maxPerUnit: 1 });
    expect(result.status).toBe('optimal');
    for (const g of result.groups) {
      expect(new Set(g.memberIds.map((id) => id[0])).size).toBe(1);
      expect(g.why.maxKm).toBeLessThan(5);
    }
  });
});
