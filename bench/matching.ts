// npm run bench:matching — solves synthetic but realistic matching instances through the worker
// (solveMatching) and prints, per instance, the candidate edges, solve time, objective, LP bound, gap and
// status. The goal (issue 3): 150 × 61 and 1,000 × 600 proven optimal, 6,000 × 3,500 within 1% of the
// bound. Figures only; nothing here asserts on time.

import { UNIT_TYPES, type UnitType } from '../src/shared/enums.ts';
import {
  evaluateAssignment,
  type ForbiddenPair,
  greedyAssign,
  type LineManagerOverride,
  type MatchingInput,
  type MatchingMentor,
  type MatchingNqt,
  type PairRef,
  prepareMatching,
  solveMatching,
} from '../src/solver/matching/index.ts';

interface Size {
  name: string;
  nqts: number;
  mentors: number;
  owners: number;
  units: number;
  timeLimitSeconds: number;
}

const SIZES: Size[] = [
  { name: 'municipality (Lillestrøm)', nqts: 150, mentors: 61, owners: 1, units: 58, timeLimitSeconds: 30 },
  { name: 'city', nqts: 1_000, mentors: 600, owners: 1, units: 400, timeLimitSeconds: 60 },
  { name: 'region, 12 owners', nqts: 6_000, mentors: 3_500, owners: 12, units: 2_300, timeLimitSeconds: 110 },
];

const SUBJECTS = [
  'norwegian',
  'mathematics',
  'english',
  'science',
  'social_studies',
  'religion',
  'physical_education',
  'arts_crafts',
  'music',
  'food_health',
  'spanish',
  'german',
];

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const weighted = <T>(items: readonly [T, number][]): T => {
    let r = next() * items.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return (items[items.length - 1] as [T, number])[0];
  };
  return { next, int, pick, weighted };
}

interface Unit {
  id: string;
  ownerId: string;
  type: UnitType;
  headPersonId: string;
}

function stageFor(type: UnitType, r: ReturnType<typeof rng>): string | null {
  switch (type) {
    case 'kindergarten':
    case 'after_school':
      return null;
    case 'primary':
      return r.pick(['1-4', '5-7']);
    case 'lower_secondary':
      return '8-10';
    case 'combined':
      return r.pick(['1-4', '5-7', '8-10']);
    case 'upper_secondary':
      return 'vg';
  }
}

function subjectsFor(type: UnitType, r: ReturnType<typeof rng>, count: number): string[] {
  if (type === 'kindergarten' || type === 'after_school') return [];
  const set = new Set<string>();
  while (set.size < count) set.add(r.pick(SUBJECTS));
  return [...set];
}

/** A synthetic instance: units of the Norwegian mix, line managers, an education mix like Rambøll's. */
function syntheticInstance(size: Size, seed = 1): MatchingInput {
  const r = rng(seed);
  const typeMix: [UnitType, number][] = [
    ['kindergarten', 48],
    ['primary', 30],
    ['lower_secondary', 10],
    ['combined', 7],
    ['upper_secondary', 5],
  ];
  const units: Unit[] = Array.from({ length: size.units }, (_, i) => ({
    id: `u${i}`,
    ownerId: `o${i % size.owners}`,
    type: r.weighted(typeMix),
    headPersonId: `head${i}`,
  }));
  // Bigger units get more NQTs and mentors: a few large schools, many small kindergartens.
  const unitWeight = units.map((u) => (u.type === 'kindergarten' ? 1 : 2) * (0.5 + r.next()));
  const drawUnit = () => r.weighted(units.map((u, i) => [u, unitWeight[i] ?? 1] as [Unit, number]));
  const mentors: MatchingMentor[] = [];
  // Every unit gets one mentor first (while there are mentors), then the rest by weight.
  for (let i = 0; i < size.mentors; i++) {
    const unit = i < units.length ? (units[i] as Unit) : drawUnit();
    // In some small kindergartens the head is the one trained mentor.
    const isHead = unit.type === 'kindergarten' && r.next() < 0.08;
    mentors.push({
      id: `m${i}`,
      personId: isHead ? unit.headPersonId : `pm${i}`,
      ownerId: unit.ownerId,
      unitId: unit.id,
      unitType: unit.type,
      stage: stageFor(unit.type, r),
      subjects: subjectsFor(unit.type, r, r.int(2, 4)),
      mentorEducation: r.weighted([
        ['completed', 45],
        ['ongoing', 20],
        ['none', 35],
      ]),
      yearsExperience: r.int(1, 30),
      capacity: r.weighted([
        [1, 5],
        [2, 25],
        [3, 45],
        [4, 25],
      ]),
      currentLoad: r.next() < 0.1 ? 1 : 0,
    });
  }
  const nqts: MatchingNqt[] = Array.from({ length: size.nqts }, (_, i) => {
    const unit = drawUnit();
    return {
      id: `n${i}`,
      ownerId: unit.ownerId,
      unitId: unit.id,
      unitType: unit.type,
      stage: stageFor(unit.type, r),
      programmeYear: r.next() < 0.5 ? 1 : 2,
      subjects: subjectsFor(unit.type, r, r.int(1, 3)),
      lineManagerPersonIds: [unit.headPersonId],
    };
  });
  // Year-two NQTs keep last year's mentor: lock some of them to a same-unit mentor with room.
  const room = new Map(mentors.map((m) => [m.id, m.capacity - m.currentLoad]));
  const mentorsOfUnit = new Map<string, MatchingMentor[]>();
  for (const m of mentors) mentorsOfUnit.set(m.unitId, [...(mentorsOfUnit.get(m.unitId) ?? []), m]);
  const locked: PairRef[] = [];
  const forbidden: ForbiddenPair[] = [];
  const lineManagerOverrides: LineManagerOverride[] = [];
  for (const nqt of nqts) {
    const local = mentorsOfUnit.get(nqt.unitId) ?? [];
    const mentor = local.find((m) => (room.get(m.id) ?? 0) > 0 && !nqt.lineManagerPersonIds.includes(m.personId));
    if (nqt.programmeYear === 2 && mentor && r.next() < 0.3) {
      locked.push({ nqtId: nqt.id, mentorId: mentor.id });
      room.set(mentor.id, (room.get(mentor.id) ?? 0) - 1);
    } else if (mentor && r.next() < 0.02) {
      forbidden.push({ nqtId: nqt.id, mentorId: mentor.id, reason: 'did not work out' });
    }
    const head = local.find((m) => nqt.lineManagerPersonIds.includes(m.personId));
    if (head && r.next() < 0.5) {
      lineManagerOverrides.push({ nqtId: nqt.id, mentorId: head.id, reason: 'the only trained mentor here' });
    }
  }
  return { nqts, mentors, locked, forbidden, lineManagerOverrides };
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : String(x));

async function main() {
  const only = process.argv[2];
  console.log(`bench:matching — Node ${process.version}, unit types ${UNIT_TYPES.length}`);
  for (const size of SIZES) {
    if (only && !size.name.startsWith(only)) continue;
    const input = syntheticInstance(size);
    const prepared = prepareMatching(input);
    const greedyObjective = evaluateAssignment(prepared, greedyAssign(prepared));
    const started = performance.now();
    const result = await solveMatching(input, { timeLimitSeconds: size.timeLimitSeconds });
    const wall = (performance.now() - started) / 1000;
    const sparse = result.sparse
      ? `sparse k=${result.sparse.perNqt}/NQT+${result.sparse.perMentor}/mentor, ${result.sparse.pricingRounds} pricing rounds`
      : 'dense';
    console.log(
      [
        `${size.nqts} NQTs × ${size.mentors} mentors (${size.name}):`,
        `feasible edges ${result.feasibleEdges}, candidate edges ${result.candidateEdges} (${sparse});`,
        `solve ${result.solveSeconds.toFixed(2)} s (wall ${wall.toFixed(2)} s incl. worker);`,
        `objective ${fmt(result.objective)}, LP bound ${fmt(result.bound)} (${result.boundScope}),`,
        `gap ${(result.gap * 100).toFixed(4)}%, status ${result.status} [${result.solver}];`,
        `matched ${result.pairs.length}, unmatched ${result.unmatched.length}; greedy objective ${fmt(greedyObjective)}`,
        `(unmatched penalty ${fmt(result.unmatchedPenalty)})`,
        result.note ? `note: ${result.note}` : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  }
}

await main();
