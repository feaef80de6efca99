import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Cell,
  DEFAULT_MIN_GROUP_SIZE,
  effectiveMinGroupSize,
  isPublished,
  MIN_GROUP_SIZE_FLOOR,
  mayShowFreeText,
  NO_LABEL,
  planSuppression,
  type SuppressionPlan,
} from './suppression.ts';
import { attack, type PublishedCount, publishedCounts } from './suppression-attack.ts';

/** Cells from one line per respondent group: [labels..., count]. */
function cells(...rows: Array<[...string[], number]>): Cell[] {
  return rows.map((row) => ({ labels: row.slice(0, -1) as string[], count: row[row.length - 1] as number }));
}

function hidden(plan: SuppressionPlan, dimension: string): string[] {
  return (plan.dimensions.find((d) => d.dimension === dimension)?.groups ?? [])
    .filter((g) => g.suppressed !== null)
    .map((g) => g.group);
}

describe('effectiveMinGroupSize', () => {
  it.each([
    [undefined, 5],
    [null, 5],
    [5, 5],
    [3, 3],
    [2, 3],
    [0, 3],
    [-4, 3],
    [10, 10],
    [4.7, 4],
    [Number.NaN, 5],
  ])('configured %s → %i', (configured, expected) => {
    expect(effectiveMinGroupSize(configured)).toBe(expected);
  });

  it('matches the constants the survey schema validates with', () => {
    expect([DEFAULT_MIN_GROUP_SIZE, MIN_GROUP_SIZE_FLOOR]).toEqual([5, 3]);
  });
});

describe('planSuppression: one breakdown', () => {
  it.each([
    // name, cells (role, n), k, hidden roles
    ['all large', cells(['nqt', 10], ['mentor', 7]), 5, []],
    [
      'one small: the next-smallest goes too',
      cells(['nqt', 10], ['mentor', 3], ['unit_leader', 6]),
      5,
      ['mentor', 'unit_leader'],
    ],
    ['two small adding up to k', cells(['nqt', 10], ['mentor', 3], ['unit_leader', 2]), 5, ['mentor', 'unit_leader']],
    [
      'two small under k together: a third goes',
      cells(['nqt', 10], ['mentor', 2], ['unit_leader', 2], ['coordinator', 6]),
      5,
      ['coordinator', 'mentor', 'unit_leader'],
    ],
    ['exactly k is shown', cells(['nqt', 5], ['mentor', 5]), 5, []],
    ['k − 1 is hidden, and with it the only other', cells(['nqt', 4], ['mentor', 9]), 5, ['mentor', 'nqt']],
    ['k = 3 shows a group of three', cells(['nqt', 3], ['mentor', 3], ['unit_leader', 4]), 3, []],
    ['a configured 2 is lifted to 3', cells(['nqt', 2], ['mentor', 8], ['unit_leader', 9]), 2, ['mentor', 'nqt']],
    ['a single group is the total', cells(['nqt', 7]), 5, []],
  ] as const)('%s', (_name, population, k, expected) => {
    const plan = planSuppression({ dimensions: ['role'], cells: population, minGroupSize: k });
    expect(hidden(plan, 'role')).toEqual(expected);
    expect(plan.total.suppressed).toBe(false);
  });

  it('publishes nothing under k responses in all', () => {
    const plan = planSuppression({ dimensions: ['role'], cells: cells(['nqt', 2], ['mentor', 2]), minGroupSize: 5 });
    expect(plan.total).toEqual({ n: 4, suppressed: true });
    expect(plan.dimensions[0]?.groups.map((g) => g.suppressed)).toEqual(['total', 'total']);
    expect(mayShowFreeText(plan)).toBe(false);
    expect(isPublished(plan, 'role', 'nqt')).toBe(false);
  });

  it('says why a group is hidden', () => {
    const plan = planSuppression({
      dimensions: ['role'],
      cells: cells(['nqt', 10], ['mentor', 3], ['unit_leader', 6]),
      minGroupSize: 5,
    });
    expect(plan.dimensions[0]?.groups).toEqual([
      { group: 'mentor', n: 3, suppressed: 'primary' },
      { group: 'nqt', n: 10, suppressed: null },
      { group: 'unit_leader', n: 6, suppressed: 'complementary' },
    ]);
    expect(mayShowFreeText(plan)).toBe(true);
  });

  it('keeps responses without a label as a group of their own', () => {
    const plan = planSuppression({
      dimensions: ['year'],
      cells: cells(['1', 9], ['2', 8], [NO_LABEL, 2]),
      minGroupSize: 5,
    });
    // "no year" (2) is hidden; without complementary suppression it would be total − 9 − 8.
    expect(hidden(plan, 'year')).toEqual(['2', NO_LABEL]);
  });
});

describe('planSuppression: several breakdowns of one population', () => {
  it('hides a group that a nested breakdown would otherwise give away by difference', () => {
    // Programme year is only given for NQTs: year 2 (2 NQTs) = NQTs (10) − year-1 NQTs (8).
    const population = cells(['nqt', '1', 8], ['nqt', '2', 2], ['mentor', NO_LABEL, 3], ['unit_leader', NO_LABEL, 4]);
    const naive: PublishedCount[] = [
      // What steps 1–3 alone publish: role hides mentor + unit_leader, year hides 2 + no year.
      { dimension: -1, group: '*', n: 17 },
      { dimension: 0, group: 'nqt', n: 10 },
      { dimension: 1, group: '1', n: 8 },
    ];
    expect(attack(population, naive, 5)).toMatchObject({ size: 2 });

    const plan = planSuppression({ dimensions: ['role', 'year'], cells: population, minGroupSize: 5 });
    expect(attack(population, publishedCounts(plan), 5)).toBeNull();
    expect(hidden(plan, 'role')).toEqual(['mentor', 'unit_leader']);
    expect(hidden(plan, 'year')).toEqual(['1', '2', NO_LABEL]);
  });

  it('lets two independent breakdowns both publish when no cross-cell is forced', () => {
    const population = cells(
      ['nqt', 'primary', 6],
      ['nqt', 'kindergarten', 6],
      ['mentor', 'primary', 2],
      ['mentor', 'kindergarten', 5],
    );
    const plan = planSuppression({ dimensions: ['role', 'unitType'], cells: population, minGroupSize: 5 });
    expect(hidden(plan, 'role')).toEqual([]);
    expect(hidden(plan, 'unitType')).toEqual([]);
    // The 2 primary-school mentors are not derivable from the four marginals.
    expect(attack(population, publishedCounts(plan), 5)).toBeNull();
  });

  it('catches a cross-cell forced by an empty combination', () => {
    // No mentor works in a kindergarten, so primary (10) − mentors (7) counts the 3 primary-school NQTs.
    const population = cells(['nqt', 'primary', 3], ['nqt', 'kindergarten', 6], ['mentor', 'primary', 7]);
    const marginalsOnly: PublishedCount[] = [
      { dimension: -1, group: '*', n: 16 },
      { dimension: 0, group: 'nqt', n: 9 },
      { dimension: 0, group: 'mentor', n: 7 },
      { dimension: 1, group: 'primary', n: 10 },
      { dimension: 1, group: 'kindergarten', n: 6 },
    ];
    expect(attack(population, marginalsOnly, 5)).toMatchObject({ size: 3 });
    const plan = planSuppression({ dimensions: ['role', 'unitType'], cells: population, minGroupSize: 5 });
    expect(attack(population, publishedCounts(plan), 5)).toBeNull();
    expect(publishedCounts(plan).length).toBeGreaterThan(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: across random populations, every breakdown, hierarchies and empty combinations, no sum
// or difference of published counts counts a group of 1..k−1 people.

const ROLES = ['nqt', 'mentor', 'unit_leader'];
const TYPES = ['kindergarten', 'primary', 'lower_secondary'];
const YEARS = ['1', '2'];

/** How a dimension's label depends on the first one (the role): freely, nested, or coarsened. */
type Shape = 'free' | 'nqt-only' | 'function-of-role';

const populationArb = fc
  .record({
    shapes: fc.array(fc.constantFrom<Shape>('free', 'nqt-only', 'function-of-role'), { minLength: 1, maxLength: 2 }),
    k: fc.integer({ min: 3, max: 6 }),
    respondents: fc.array(
      fc.record({
        role: fc.constantFrom(...ROLES),
        a: fc.constantFrom(...TYPES),
        b: fc.constantFrom(...YEARS),
      }),
      { minLength: 0, maxLength: 45 },
    ),
    roleMap: fc.array(fc.constantFrom(...TYPES), { minLength: ROLES.length, maxLength: ROLES.length }),
  })
  .map(({ shapes, k, respondents, roleMap }) => {
    const counts = new Map<string, number>();
    for (const r of respondents) {
      const labels = [r.role];
      shapes.forEach((shape, i) => {
        const free = i === 0 ? r.a : r.b;
        if (shape === 'free') labels.push(free);
        else if (shape === 'nqt-only') labels.push(r.role === 'nqt' ? free : NO_LABEL);
        else labels.push(roleMap[ROLES.indexOf(r.role)] ?? NO_LABEL);
      });
      const key = JSON.stringify(labels);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const population: Cell[] = [...counts.entries()].map(([key, count]) => ({ labels: JSON.parse(key), count }));
    return { dimensions: ['role', ...shapes.map((_, i) => `d${i}`)], population, k };
  });

describe('planSuppression: properties', () => {
  it('no sum or difference of published counts reveals a group smaller than k', () => {
    fc.assert(
      fc.property(populationArb, ({ dimensions, population, k }) => {
        const plan = planSuppression({ dimensions, cells: population, minGroupSize: k });
        const breach = attack(population, publishedCounts(plan), k);
        expect(breach).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('never publishes a group under k, and publishes the total exactly when it reaches k', () => {
    fc.assert(
      fc.property(populationArb, ({ dimensions, population, k }) => {
        const plan = planSuppression({ dimensions, cells: population, minGroupSize: k });
        const total = population.reduce((s, c) => s + c.count, 0);
        expect(plan.total).toEqual({ n: total, suppressed: total < k });
        for (const dim of plan.dimensions) {
          const sum = dim.groups.reduce((s, g) => s + g.n, 0);
          expect(sum).toBe(total);
          for (const g of dim.groups) if (g.suppressed === null) expect(g.n).toBeGreaterThanOrEqual(k);
          const hiddenGroups = dim.groups.filter((g) => g.suppressed !== null);
          // A hidden block is never one group alone nor smaller than k (unless all is hidden).
          if (hiddenGroups.length > 0 && !plan.total.suppressed) {
            expect(hiddenGroups.length >= 2 || hiddenGroups.length === dim.groups.length).toBe(true);
            expect(hiddenGroups.reduce((s, g) => s + g.n, 0)).toBeGreaterThanOrEqual(k);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('hides nothing when every cross-cell already reaches k', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 5, max: 30 }), { minLength: 4, maxLength: 4 }), ([a, b, c, d]) => {
        const plan = planSuppression({
          dimensions: ['role', 'unitType'],
          cells: cells(
            ['nqt', 'primary', a as number],
            ['nqt', 'kindergarten', b as number],
            ['mentor', 'primary', c as number],
            ['mentor', 'kindergarten', d as number],
          ),
          minGroupSize: 5,
        });
        expect(plan.dimensions.flatMap((dim) => dim.groups).every((g) => g.suppressed === null)).toBe(true);
      }),
    );
  });
});
