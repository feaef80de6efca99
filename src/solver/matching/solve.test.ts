import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { greedyAssign } from './greedy.ts';
import {
  checkAssignment,
  evaluateAssignment,
  type ForbiddenPair,
  type LineManagerOverride,
  type MatchingInput,
  type MatchingMentor,
  type MatchingNqt,
  type MatchingResult,
  type PairRef,
  type PreparedMatching,
  prepareMatching,
} from './model.ts';
import { type SolveOptions, solveWithHighs } from './solve.ts';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const solve = (input: MatchingInput, options?: SolveOptions) => solveWithHighs(highs, input, options);

function mentorOfResult(p: PreparedMatching, result: MatchingResult): Int32Array {
  const mentorOf = new Int32Array(p.nqts.length).fill(-1);
  for (const pair of result.pairs) {
    const n = p.nqtIndex.get(pair.nqtId) ?? -1;
    expect(mentorOf[n], `NQT ${pair.nqtId} matched twice`).toBe(-1);
    mentorOf[n] = p.mentorIndex.get(pair.mentorId) ?? -1;
  }
  return mentorOf;
}

/** Every assignment of the small instance, tried one by one. */
function bruteForceOptimum(p: PreparedMatching): number {
  let best = Number.NEGATIVE_INFINITY;
  const mentorOf = Int32Array.from(p.lockedMentorOf);
  const visit = (n: number) => {
    if (n === p.nqts.length) {
      if (checkAssignment(p, mentorOf).length === 0) best = Math.max(best, evaluateAssignment(p, mentorOf));
      return;
    }
    if (p.lockedMentorOf[n] !== -1) return visit(n + 1);
    for (let m = -1; m < p.mentors.length; m++) {
      mentorOf[n] = m;
      visit(n + 1);
    }
    mentorOf[n] = -1;
  };
  visit(0);
  return best;
}

const SUBJECTS = ['norwegian', 'mathematics', 'english', 'music'];

/** Small random instances: 1–2 owners, a few units whose heads sometimes mentor, locks kept feasible. */
const instanceArb = (maxNqts: number, maxMentors: number) =>
  fc
    .record({
      units: fc.array(
        fc.record({
          owner: fc.integer({ min: 0, max: 1 }),
          type: fc.constantFrom('kindergarten', 'primary', 'lower_secondary' as const),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      nqts: fc.array(
        fc.record({
          unit: fc.nat(),
          stage: fc.constantFrom(null, '1-4', '8-10'),
          subjects: fc.subarray(SUBJECTS),
          extraManager: fc.option(fc.nat(), { nil: null }),
        }),
        { maxLength: maxNqts },
      ),
      mentors: fc.array(
        fc.record({
          unit: fc.nat(),
          isHead: fc.boolean(),
          stage: fc.constantFrom(null, '1-4', '8-10'),
          subjects: fc.subarray(SUBJECTS),
          education: fc.constantFrom('none', 'ongoing', 'completed' as const),
          years: fc.integer({ min: 0, max: 6 }),
          capacity: fc.constantFrom(0, 1, 2, 2, 3, 3),
          currentLoad: fc.integer({ min: 0, max: 1 }),
        }),
        { minLength: 1, maxLength: maxMentors },
      ),
      lockWishes: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
      forbiddenWishes: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
      overrideWishes: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
      loadStep: fc.constantFrom(0, 10, 35),
    })
    .map((r): MatchingInput => {
      const unitOf = (i: number) => i % r.units.length;
      const unit = (i: number) => r.units[unitOf(i)] as (typeof r.units)[number];
      const nqts: MatchingNqt[] = r.nqts.map((n, i) => ({
        id: `n${i}`,
        ownerId: `o${unit(n.unit).owner}`,
        unitId: `u${unitOf(n.unit)}`,
        unitType: unit(n.unit).type,
        stage: n.stage,
        programmeYear: 1,
        subjects: n.subjects,
        lineManagerPersonIds: [`head${unitOf(n.unit)}`, ...(n.extraManager === null ? [] : [`pm${n.extraManager}`])],
      }));
      const mentors: MatchingMentor[] = r.mentors.map((m, i) => ({
        id: `m${i}`,
        personId: m.isHead ? `head${unitOf(m.unit)}` : `pm${i}`,
        ownerId: `o${unit(m.unit).owner}`,
        unitId: `u${unitOf(m.unit)}`,
        unitType: unit(m.unit).type,
        stage: m.stage,
        subjects: m.subjects,
        mentorEducation: m.education,
        yearsExperience: m.years,
        capacity: m.capacity,
        currentLoad: Math.min(m.currentLoad, m.capacity),
      }));
      const pairAt = ([a, b]: [number, number]) =>
        nqts.length && mentors.length
          ? { nqt: nqts[a % nqts.length] as MatchingNqt, mentor: mentors[b % mentors.length] as MatchingMentor }
          : null;
      const lineManagerOverrides: LineManagerOverride[] = [];
      for (const wish of r.overrideWishes) {
        const pair = pairAt(wish);
        if (pair) lineManagerOverrides.push({ nqtId: pair.nqt.id, mentorId: pair.mentor.id, reason: 'only one' });
      }
      const overridden = new Set(lineManagerOverrides.map((o) => `${o.nqtId}/${o.mentorId}`));
      const locked: PairRef[] = [];
      const room = new Map(mentors.map((m) => [m.id, m.capacity - m.currentLoad]));
      for (const wish of r.lockWishes) {
        const pair = pairAt(wish);
        if (!pair || locked.some((l) => l.nqtId === pair.nqt.id)) continue;
        const { nqt, mentor } = pair;
        const isManager = nqt.lineManagerPersonIds.includes(mentor.personId);
        if (nqt.ownerId !== mentor.ownerId || (room.get(mentor.id) ?? 0) <= 0) continue;
        if (isManager && !overridden.has(`${nqt.id}/${mentor.id}`)) continue;
        locked.push({ nqtId: nqt.id, mentorId: mentor.id });
        room.set(mentor.id, (room.get(mentor.id) ?? 0) - 1);
      }
      const forbidden: ForbiddenPair[] = [];
      for (const wish of r.forbiddenWishes) {
        const pair = pairAt(wish);
        if (!pair || locked.some((l) => l.nqtId === pair.nqt.id && l.mentorId === pair.mentor.id)) continue;
        forbidden.push({ nqtId: pair.nqt.id, mentorId: pair.mentor.id, reason: 'did not work' });
      }
      return { nqts, mentors, locked, forbidden, lineManagerOverrides, weights: { loadStep: r.loadStep } };
    });

describe('solveWithHighs on random small instances', () => {
  it('keeps every hard constraint and is never worse than greedy', () => {
    fc.assert(
      fc.property(instanceArb(10, 6), (input) => {
        const p = prepareMatching(input);
        const result = solve(input);
        expect(result.status).toBe('optimal');
        const mentorOf = mentorOfResult(p, result);
        // capacity, owners, line managers without override, forbidden pairs, locked pairs kept
        expect(checkAssignment(p, mentorOf)).toEqual([]);
        for (const l of input.locked ?? []) {
          expect(result.pairs).toContainEqual(expect.objectContaining({ ...l, locked: true }));
        }
        expect(result.objective).toBeCloseTo(evaluateAssignment(p, mentorOf), 6);
        const greedy = greedyAssign(p);
        expect(result.objective).toBeGreaterThanOrEqual(evaluateAssignment(p, greedy) - 1e-6);
        expect(result.pairs.length).toBeGreaterThanOrEqual(greedy.filter((m) => m >= 0).length);
        expect(result.pairs.length + result.unmatched.length).toBe(input.nqts.length);
        expect(result.bound).toBeGreaterThanOrEqual(result.objective - 1e-6);
      }),
      { numRuns: 150 },
    );
  });

  it('finds the true optimum (brute force on tiny instances)', () => {
    fc.assert(
      fc.property(instanceArb(5, 4), (input) => {
        const p = prepareMatching(input);
        expect(solve(input).objective).toBeCloseTo(bruteForceOptimum(p), 6);
      }),
      { numRuns: 80 },
    );
  });

  it('the sparse model with pricing reaches the dense optimum', () => {
    fc.assert(
      fc.property(instanceArb(10, 6), (input) => {
        const dense = solve(input);
        const sparse = solve(input, { maxDenseEdges: 0, perNqt: 1, perMentor: 1 });
        expect(sparse.objective).toBeCloseTo(dense.objective, 6);
        expect(sparse.status).toBe('optimal');
        expect(sparse.boundScope).toBe('all_edges');
      }),
      { numRuns: 60 },
    );
  });
});

const nqt = (id: string, over: Partial<MatchingNqt> = {}): MatchingNqt => ({
  id,
  ownerId: 'o1',
  unitId: 'u1',
  unitType: 'kindergarten',
  stage: null,
  programmeYear: 1,
  subjects: [],
  lineManagerPersonIds: ['head1'],
  ...over,
});
const mentor = (id: string, over: Partial<MatchingMentor> = {}): MatchingMentor => ({
  id,
  personId: `p-${id}`,
  ownerId: 'o1',
  unitId: 'u1',
  unitType: 'kindergarten',
  stage: null,
  subjects: [],
  mentorEducation: 'completed',
  yearsExperience: 10,
  capacity: 2,
  currentLoad: 0,
  ...over,
});

describe('line managers', () => {
  const head = mentor('mh', { personId: 'head1' });
  const override: LineManagerOverride = { nqtId: 'n1', mentorId: 'mh', reason: 'the only trained mentor' };

  it('never matches the line manager without an override, and says so', () => {
    const result = solve({ nqts: [nqt('n1')], mentors: [head] });
    expect(result.pairs).toEqual([]);
    expect(result.unmatched).toEqual([{ nqtId: 'n1', reason: { code: 'no_candidate', constraint: 'line_manager' } }]);
  });

  it('matches the line manager with an override when it is the only option', () => {
    const result = solve({ nqts: [nqt('n1')], mentors: [head], lineManagerOverrides: [override] });
    expect(result.pairs).toMatchObject([{ nqtId: 'n1', mentorId: 'mh' }]);
    expect(result.pairs[0]?.explanation).toContainEqual({ term: 'line_manager_override', points: -50 });
  });

  it('prefers an equal colleague over an overridden line manager', () => {
    const result = solve({ nqts: [nqt('n1')], mentors: [head, mentor('m2')], lineManagerOverrides: [override] });
    expect(result.pairs).toMatchObject([{ nqtId: 'n1', mentorId: 'm2' }]);
  });
});

describe('unmatched NQTs and infeasible input', () => {
  it.each([
    ['owner', [mentor('m1', { ownerId: 'o2' })]],
    ['capacity', [mentor('m1', { capacity: 1, currentLoad: 1 })]],
  ] as const)('no candidate because of %s', (constraint, mentors) => {
    expect(solve({ nqts: [nqt('n1')], mentors }).unmatched).toEqual([
      { nqtId: 'n1', reason: { code: 'no_candidate', constraint } },
    ]);
  });

  it('says when the candidates were filled by others', () => {
    const result = solve({ nqts: [nqt('n1'), nqt('n2')], mentors: [mentor('m1', { capacity: 1 })] });
    expect(result.pairs).toHaveLength(1);
    expect(result.unmatched[0]?.reason).toEqual({ code: 'candidates_full' });
  });

  it('matches more NQTs rather than better pairs', () => {
    // n1 can only have m1; n2 prefers m1 (same unit) but can have m2: both are matched.
    const result = solve({
      nqts: [nqt('n1', { unitId: 'u9' }), nqt('n2')],
      mentors: [mentor('m1', { capacity: 1 }), mentor('m2', { unitId: 'u2', ownerId: 'o1' })],
      forbidden: [{ nqtId: 'n1', mentorId: 'm2', reason: 'did not work' }],
    });
    expect(result.pairs.map((x) => `${x.nqtId}-${x.mentorId}`).sort()).toEqual(['n1-m1', 'n2-m2']);
  });

  it('is infeasible when locked pairs break capacity, and lists why', () => {
    const result = solve({
      nqts: [nqt('n1'), nqt('n2')],
      mentors: [mentor('m1', { capacity: 1 })],
      locked: [
        { nqtId: 'n1', mentorId: 'm1' },
        { nqtId: 'n2', mentorId: 'm1' },
      ],
    });
    expect(result.status).toBe('infeasible');
    expect(result.issues).toEqual([{ code: 'locked_over_capacity', mentorId: 'm1' }]);
  });

  it('handles an empty programme', () => {
    expect(solve({ nqts: [], mentors: [] })).toMatchObject({ status: 'optimal', pairs: [], unmatched: [] });
  });
});
