// The mentor–NQT matching model: input types, the documented weights, the score of a pair, the hard
// constraints and the objective. Pure (no I/O), shared by the greedy baseline, the HiGHS solver in the
// worker and the tests, so all three judge an assignment by the same objective.

import type { MentorEducation, UnitType } from '../../shared/enums.ts';

export interface MatchingNqt {
  id: string;
  ownerId: string;
  unitId: string;
  unitType: UnitType;
  /** School stage (e.g. `1-4`, `5-7`, `8-10`, `vg`); compared for equality only. Null where it does not apply. */
  stage?: string | null;
  /** Programme year (1 or 2); carried for the caller, not scored. */
  programmeYear: 1 | 2;
  subjects: readonly string[];
  /** Person ids of the NQT's line managers (head of unit, assistant heads with personnel responsibility). */
  lineManagerPersonIds: readonly string[];
}

export interface MatchingMentor {
  id: string;
  personId: string;
  ownerId: string;
  unitId: string;
  unitType: UnitType;
  stage?: string | null;
  subjects: readonly string[];
  mentorEducation: MentorEducation;
  yearsExperience: number;
  /** Most NQTs this mentor may have in total, including `currentLoad`. */
  capacity: number;
  /** NQTs the mentor already has outside this solve (not listed in `locked`). */
  currentLoad: number;
}

export interface PairRef {
  nqtId: string;
  mentorId: string;
}

/** A pair that did not work and was re-paired; the reason is kept for the log, the solver only excludes it. */
export interface ForbiddenPair extends PairRef {
  reason: string;
}

/** The coordinator allowed a line manager to mentor this NQT, with a written reason (logged by the caller). */
export interface LineManagerOverride extends PairRef {
  reason: string;
}

/**
 * Points of the soft goals. Every weight is editable per programme; the defaults say what the seeds
 * value most: mentoring happens at the NQT's own unit, so by default the same unit (150) outweighs all
 * the other goals together (30 + 10 + 2 × 15 + 40 + 20 = 130); among mentors of the same unit, or when
 * the unit has none, the other goals decide.
 */
export interface MatchingWeights {
  /** Mentor works at the NQT's own unit. */
  sameUnit: number;
  /** Same unit type (kindergarten, primary …). */
  sameUnitType: number;
  /** Same stage (reported under the `same_unit_type` term). */
  sameStage: number;
  /** Points per shared subject … */
  subjectOverlapPerSubject: number;
  /** … counted for at most this many subjects. */
  subjectOverlapMaxSubjects: number;
  educationCompleted: number;
  educationOngoing: number;
  /** Points for an experienced mentor … */
  experienced: number;
  /** … that is, one with at least this many years of teaching. */
  experiencedYears: number;
  /**
   * Balanced load, a convex cost: a mentor's k-th NQT (counting `currentLoad` and locked pairs) costs
   * `loadStep × (k − 1)` points, so the first is free and each further one costs more than the last.
   */
  loadStep: number;
  /** Penalty on a pair allowed only by a line-manager override: it is used when it is clearly the best. */
  lineManagerOverride: number;
  /**
   * Penalty per unmatched NQT. `'auto'` picks one large enough that the number matched always comes
   * first (no gain in quality can pay for leaving one more NQT without a mentor).
   */
  unmatched: number | 'auto';
}

export const DEFAULT_WEIGHTS: Readonly<MatchingWeights> = Object.freeze({
  sameUnit: 150,
  sameUnitType: 30,
  sameStage: 10,
  subjectOverlapPerSubject: 15,
  subjectOverlapMaxSubjects: 2,
  educationCompleted: 40,
  educationOngoing: 20,
  experienced: 20,
  experiencedYears: 3,
  loadStep: 10,
  lineManagerOverride: 50,
  unmatched: 'auto',
});

export interface MatchingInput {
  nqts: readonly MatchingNqt[];
  mentors: readonly MatchingMentor[];
  /** Accepted or locked pairs: kept as they are; the solver fills in the rest. */
  locked?: readonly PairRef[];
  forbidden?: readonly ForbiddenPair[];
  lineManagerOverrides?: readonly LineManagerOverride[];
  weights?: Partial<MatchingWeights>;
}

export const SCORE_TERMS = [
  'same_unit',
  'same_unit_type',
  'subject_overlap',
  'mentor_education',
  'experience',
  'load',
  'line_manager_override',
] as const;
export type ScoreTerm = (typeof SCORE_TERMS)[number];

export interface ScoreContribution {
  term: ScoreTerm;
  points: number;
}

/** The hard constraint that left an NQT without any candidate mentor. */
export type BindingConstraint = 'owner' | 'line_manager' | 'forbidden' | 'capacity';

export type UnmatchedReason =
  | { code: 'no_candidate'; constraint: BindingConstraint }
  /** Candidates existed, but their capacity went to other NQTs (the number matched is maximal). */
  | { code: 'candidates_full' };

export interface MatchedPair extends PairRef {
  locked: boolean;
  /** Sum of `explanation`; the pairs' points sum to the objective when nobody is unmatched. */
  points: number;
  explanation: ScoreContribution[];
}

export type InputIssue =
  | { code: 'unknown_nqt' | 'unknown_mentor'; pair: PairRef }
  | { code: 'locked_twice' | 'locked_owner_mismatch' | 'locked_forbidden' | 'locked_line_manager'; pair: PairRef }
  | { code: 'locked_over_capacity'; mentorId: string };

export type MatchingStatus = 'optimal' | 'feasible' | 'infeasible';

export interface MatchingResult {
  status: MatchingStatus;
  pairs: MatchedPair[];
  unmatched: { nqtId: string; reason: UnmatchedReason }[];
  /** Σ pair points − load cost − unmatched penalty × unmatched (the same function `evaluateAssignment` computes). */
  objective: number;
  /** Upper bound on the objective from the LP relaxation (and HiGHS's MIP dual bound, whichever is lower). */
  bound: number;
  /** (bound − objective) / max(1, |objective|). */
  gap: number;
  /** `all_edges` when the bound holds for every feasible pair; `candidate_edges` when only for the sparse set. */
  boundScope: 'all_edges' | 'candidate_edges';
  unmatchedPenalty: number;
  feasibleEdges: number;
  candidateEdges: number;
  /** Set when only the k best edges per NQT (and per mentor) went into the model. */
  sparse: { perNqt: number; perMentor: number; pricingRounds: number } | null;
  solver: 'highs' | 'greedy';
  solveSeconds: number;
  issues: InputIssue[];
  /** Why the solver fell back, if it did. */
  note?: string;
}

/** Weights with the defaults filled in. */
export function resolveWeights(weights: Partial<MatchingWeights> | undefined): MatchingWeights {
  return { ...DEFAULT_WEIGHTS, ...weights };
}

export function isExperienced(mentor: MatchingMentor, weights: MatchingWeights): boolean {
  return mentor.yearsExperience >= weights.experiencedYears;
}

/** The soft-goal terms of one pair, load left out (it depends on the whole assignment). Zero terms are omitted. */
export function scoreTerms(
  nqt: MatchingNqt,
  mentor: MatchingMentor,
  weights: MatchingWeights,
  isOverride = false,
): ScoreContribution[] {
  const terms: ScoreContribution[] = [];
  if (nqt.unitId === mentor.unitId) terms.push({ term: 'same_unit', points: weights.sameUnit });
  let typePoints = 0;
  if (nqt.unitType === mentor.unitType) typePoints += weights.sameUnitType;
  if (nqt.stage != null && nqt.stage === mentor.stage) typePoints += weights.sameStage;
  if (typePoints !== 0) terms.push({ term: 'same_unit_type', points: typePoints });
  const shared = countShared(nqt.subjects, mentor.subjects);
  const subjectPoints = Math.min(shared, weights.subjectOverlapMaxSubjects) * weights.subjectOverlapPerSubject;
  if (subjectPoints !== 0) terms.push({ term: 'subject_overlap', points: subjectPoints });
  const education =
    mentor.mentorEducation === 'completed'
      ? weights.educationCompleted
      : mentor.mentorEducation === 'ongoing'
        ? weights.educationOngoing
        : 0;
  if (education !== 0) terms.push({ term: 'mentor_education', points: education });
  if (isExperienced(mentor, weights) && weights.experienced !== 0) {
    terms.push({ term: 'experience', points: weights.experienced });
  }
  if (isOverride && weights.lineManagerOverride !== 0) {
    terms.push({ term: 'line_manager_override', points: -weights.lineManagerOverride });
  }
  return terms;
}

/** Sum of `scoreTerms`. */
export function pairScore(nqt: MatchingNqt, mentor: MatchingMentor, weights: MatchingWeights, isOverride = false) {
  let sum = 0;
  for (const t of scoreTerms(nqt, mentor, weights, isOverride)) sum += t.points;
  return sum;
}

function countShared(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  let n = 0;
  for (const s of new Set(a)) if (set.has(s)) n++;
  return n;
}

/** Cost of a mentor's k-th NQT overall (k ≥ 1): convex, the first is free. */
export function marginalLoadCost(k: number, weights: MatchingWeights): number {
  return weights.loadStep * Math.max(0, k - 1);
}

/** Load cost of going from `base` to `base + added` NQTs. */
export function loadCost(base: number, added: number, weights: MatchingWeights): number {
  let sum = 0;
  for (let k = base + 1; k <= base + added; k++) sum += marginalLoadCost(k, weights);
  return sum;
}

const pairKey = (nqtId: string, mentorId: string) => `${nqtId}\u0000${mentorId}`;

/**
 * The input indexed once: lookups, locked pairs checked against the hard constraints, every feasible
 * (NQT, mentor) edge with its score, and per NQT the constraint that removed its last candidate.
 */
export interface PreparedMatching {
  input: MatchingInput;
  weights: MatchingWeights;
  nqts: readonly MatchingNqt[];
  mentors: readonly MatchingMentor[];
  nqtIndex: Map<string, number>;
  mentorIndex: Map<string, number>;
  /** Mentor index locked to each NQT, or -1. */
  lockedMentorOf: Int32Array;
  /** Locked NQTs per mentor. */
  lockedCount: Int32Array;
  /** capacity − currentLoad − locked, never below 0. */
  freeCapacity: Int32Array;
  /** Feasible edges of unlocked NQTs, grouped by NQT: edges of NQT n are edgeStart[n]..edgeStart[n+1]. */
  edgeStart: Int32Array;
  edgeNqt: Int32Array;
  edgeMentor: Int32Array;
  edgeScore: Float64Array;
  edgeIsOverride: Uint8Array;
  /** For an unlocked NQT without edges: why. */
  noCandidate: Map<number, BindingConstraint>;
  issues: InputIssue[];
  unmatchedPenalty: number;
  isOverride(nqtId: string, mentorId: string): boolean;
}

export function prepareMatching(input: MatchingInput): PreparedMatching {
  const weights = resolveWeights(input.weights);
  const { nqts, mentors } = input;
  const nqtIndex = new Map(nqts.map((n, i) => [n.id, i]));
  const mentorIndex = new Map(mentors.map((m, i) => [m.id, i]));
  const forbidden = new Set((input.forbidden ?? []).map((p) => pairKey(p.nqtId, p.mentorId)));
  const overrides = new Set((input.lineManagerOverrides ?? []).map((p) => pairKey(p.nqtId, p.mentorId)));
  const isOverride = (nqtId: string, mentorId: string) => overrides.has(pairKey(nqtId, mentorId));
  const isLineManager = (nqt: MatchingNqt, mentor: MatchingMentor) =>
    nqt.lineManagerPersonIds.includes(mentor.personId);

  const issues: InputIssue[] = [];
  const lockedMentorOf = new Int32Array(nqts.length).fill(-1);
  const lockedCount = new Int32Array(mentors.length);
  for (const pair of input.locked ?? []) {
    const n = nqtIndex.get(pair.nqtId);
    const m = mentorIndex.get(pair.mentorId);
    if (n === undefined) issues.push({ code: 'unknown_nqt', pair });
    if (m === undefined) issues.push({ code: 'unknown_mentor', pair });
    if (n === undefined || m === undefined) continue;
    const nqt = nqts[n] as MatchingNqt;
    const mentor = mentors[m] as MatchingMentor;
    if (lockedMentorOf[n] !== -1) {
      issues.push({ code: 'locked_twice', pair });
      continue;
    }
    if (nqt.ownerId !== mentor.ownerId) issues.push({ code: 'locked_owner_mismatch', pair });
    if (forbidden.has(pairKey(nqt.id, mentor.id))) issues.push({ code: 'locked_forbidden', pair });
    // A mentor is never the NQT's line manager (a national principle) unless the coordinator overrode it.
    if (isLineManager(nqt, mentor) && !isOverride(nqt.id, mentor.id)) {
      issues.push({ code: 'locked_line_manager', pair });
    }
    lockedMentorOf[n] = m;
    lockedCount[m] = (lockedCount[m] ?? 0) + 1;
  }
  const freeCapacity = new Int32Array(mentors.length);
  mentors.forEach((mentor, m) => {
    const free = mentor.capacity - mentor.currentLoad - (lockedCount[m] ?? 0);
    if (free < 0 && (lockedCount[m] ?? 0) > 0) issues.push({ code: 'locked_over_capacity', mentorId: mentor.id });
    freeCapacity[m] = Math.max(0, free);
  });

  const mentorsByOwner = new Map<string, number[]>();
  mentors.forEach((mentor, m) => {
    const list = mentorsByOwner.get(mentor.ownerId);
    if (list) list.push(m);
    else mentorsByOwner.set(mentor.ownerId, [m]);
  });

  // Grow typed arrays by doubling; big instances have millions of feasible edges.
  let cap = 1024;
  let edgeNqt = new Int32Array(cap);
  let edgeMentor = new Int32Array(cap);
  let edgeScore = new Float64Array(cap);
  let edgeIsOverride = new Uint8Array(cap);
  let count = 0;
  const edgeStart = new Int32Array(nqts.length + 1);
  const noCandidate = new Map<number, BindingConstraint>();
  const mentorSubjects = mentors.map((m) => new Set(m.subjects));
  const edgeScoreOf = (nqt: MatchingNqt, mentor: MatchingMentor, m: number, override: boolean) => {
    // pairScore inlined for speed on millions of edges; held equal to scoreTerms by a test.
    let s = 0;
    if (nqt.unitId === mentor.unitId) s += weights.sameUnit;
    if (nqt.unitType === mentor.unitType) s += weights.sameUnitType;
    if (nqt.stage != null && nqt.stage === mentor.stage) s += weights.sameStage;
    let shared = 0;
    const subjects = mentorSubjects[m] as Set<string>;
    for (const subject of new Set(nqt.subjects)) if (subjects.has(subject)) shared++;
    s += Math.min(shared, weights.subjectOverlapMaxSubjects) * weights.subjectOverlapPerSubject;
    if (mentor.mentorEducation === 'completed') s += weights.educationCompleted;
    else if (mentor.mentorEducation === 'ongoing') s += weights.educationOngoing;
    if (mentor.yearsExperience >= weights.experiencedYears) s += weights.experienced;
    if (override) s -= weights.lineManagerOverride;
    return s;
  };

  for (let n = 0; n < nqts.length; n++) {
    edgeStart[n] = count;
    if (lockedMentorOf[n] !== -1) continue;
    const nqt = nqts[n] as MatchingNqt;
    const sameOwner = mentorsByOwner.get(nqt.ownerId) ?? [];
    let removedByLineManager = 0;
    let removedByCapacity = 0;
    for (const m of sameOwner) {
      const mentor = mentors[m] as MatchingMentor;
      if (forbidden.has(pairKey(nqt.id, mentor.id))) continue;
      const override = isLineManager(nqt, mentor);
      if (override && !isOverride(nqt.id, mentor.id)) {
        removedByLineManager++;
        continue;
      }
      if ((freeCapacity[m] ?? 0) <= 0) {
        removedByCapacity++;
        continue;
      }
      if (count === cap) {
        cap *= 2;
        edgeNqt = grow(edgeNqt, cap);
        edgeMentor = grow(edgeMentor, cap);
        edgeScore = grow(edgeScore, cap);
        edgeIsOverride = grow(edgeIsOverride, cap);
      }
      edgeNqt[count] = n;
      edgeMentor[count] = m;
      edgeScore[count] = edgeScoreOf(nqt, mentor, m, override);
      edgeIsOverride[count] = override ? 1 : 0;
      count++;
    }
    if (count === edgeStart[n]) {
      noCandidate.set(
        n,
        sameOwner.length === 0
          ? 'owner'
          : removedByCapacity > 0
            ? 'capacity'
            : removedByLineManager > 0
              ? 'line_manager'
              : 'forbidden',
      );
    }
  }
  edgeStart[nqts.length] = count;

  const prepared: PreparedMatching = {
    input,
    weights,
    nqts,
    mentors,
    nqtIndex,
    mentorIndex,
    lockedMentorOf,
    lockedCount,
    freeCapacity,
    edgeStart,
    edgeNqt: edgeNqt.slice(0, count),
    edgeMentor: edgeMentor.slice(0, count),
    edgeScore: edgeScore.slice(0, count),
    edgeIsOverride: edgeIsOverride.slice(0, count),
    noCandidate,
    issues,
    unmatchedPenalty: 0,
    isOverride,
  };
  prepared.unmatchedPenalty = resolveUnmatchedPenalty(prepared);
  return prepared;
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(a: T, size: number): T {
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

/**
 * With `'auto'`: larger than any quality an augmenting path can lose. Matching one more NQT reroutes at
 * most every other NQT once (each losing at most max − min edge score) and adds one mentor's marginal
 * load, so this penalty makes the number matched lexicographically first.
 */
function resolveUnmatchedPenalty(p: PreparedMatching): number {
  if (p.weights.unmatched !== 'auto') return p.weights.unmatched;
  let max = 0;
  let min = 0;
  for (const s of p.edgeScore) {
    if (s > max) max = s;
    if (s < min) min = s;
  }
  let maxMarginal = 0;
  p.mentors.forEach((mentor) => {
    maxMarginal = Math.max(maxMarginal, marginalLoadCost(mentor.capacity, p.weights));
  });
  const unlocked = p.lockedMentorOf.reduce((c, m) => c + (m === -1 ? 1 : 0), 0);
  return Math.max(1000, unlocked * (max - min + 2 * maxMarginal) + Math.abs(min) + maxMarginal + 1);
}

/** The objective of an assignment (mentor index per NQT, -1 when unmatched), locked pairs included. */
export function evaluateAssignment(p: PreparedMatching, mentorOf: ArrayLike<number>): number {
  const added = new Int32Array(p.mentors.length);
  let total = 0;
  for (let n = 0; n < p.nqts.length; n++) {
    const m = mentorOf[n] ?? -1;
    if (m < 0) {
      total -= p.unmatchedPenalty;
      continue;
    }
    const nqt = p.nqts[n] as MatchingNqt;
    const mentor = p.mentors[m] as MatchingMentor;
    total += pairScore(nqt, mentor, p.weights, nqt.lineManagerPersonIds.includes(mentor.personId));
    added[m] = (added[m] ?? 0) + 1;
  }
  p.mentors.forEach((mentor, m) => {
    total -= loadCost(mentor.currentLoad, added[m] ?? 0, p.weights);
  });
  return total;
}

/** Checks an assignment against every hard constraint; returns the violations (empty when feasible). */
export function checkAssignment(p: PreparedMatching, mentorOf: ArrayLike<number>): string[] {
  const problems: string[] = [];
  const load = new Int32Array(p.mentors.length);
  const forbidden = new Set((p.input.forbidden ?? []).map((f) => pairKey(f.nqtId, f.mentorId)));
  for (let n = 0; n < p.nqts.length; n++) {
    const m = mentorOf[n] ?? -1;
    const locked = p.lockedMentorOf[n] ?? -1;
    if (locked !== -1 && m !== locked) problems.push(`locked pair of NQT ${n} not kept`);
    if (m < 0) continue;
    const nqt = p.nqts[n] as MatchingNqt;
    const mentor = p.mentors[m] as MatchingMentor;
    load[m] = (load[m] ?? 0) + 1;
    if (locked !== -1) continue; // a locked pair is the coordinator's decision, checked in prepareMatching
    if (nqt.ownerId !== mentor.ownerId) problems.push(`owners mixed: ${nqt.id}–${mentor.id}`);
    if (forbidden.has(pairKey(nqt.id, mentor.id))) problems.push(`forbidden pair: ${nqt.id}–${mentor.id}`);
    if (nqt.lineManagerPersonIds.includes(mentor.personId) && !p.isOverride(nqt.id, mentor.id)) {
      problems.push(`line manager without override: ${nqt.id}–${mentor.id}`);
    }
  }
  p.mentors.forEach((mentor, m) => {
    if ((load[m] ?? 0) > 0 && mentor.currentLoad + (load[m] ?? 0) > mentor.capacity) {
      problems.push(`capacity exceeded: ${mentor.id}`);
    }
  });
  return problems;
}

/** Pairs with explanations, and unmatched NQTs with reasons, from an assignment. */
export function describeAssignment(
  p: PreparedMatching,
  mentorOf: ArrayLike<number>,
): Pick<MatchingResult, 'pairs' | 'unmatched'> {
  const added = new Int32Array(p.mentors.length);
  for (let n = 0; n < p.nqts.length; n++) {
    const m = mentorOf[n] ?? -1;
    if (m >= 0) added[m] = (added[m] ?? 0) + 1;
  }
  const pairs: MatchedPair[] = [];
  const unmatched: MatchingResult['unmatched'] = [];
  for (let n = 0; n < p.nqts.length; n++) {
    const nqt = p.nqts[n] as MatchingNqt;
    const m = mentorOf[n] ?? -1;
    if (m < 0) {
      const constraint = p.noCandidate.get(n);
      unmatched.push({
        nqtId: nqt.id,
        reason: constraint ? { code: 'no_candidate', constraint } : { code: 'candidates_full' },
      });
      continue;
    }
    const mentor = p.mentors[m] as MatchingMentor;
    const explanation = scoreTerms(nqt, mentor, p.weights, nqt.lineManagerPersonIds.includes(mentor.personId));
    // The mentor's load cost in this solve, shared equally by the mentor's pairs.
    const a = added[m] ?? 1;
    const share = -loadCost(mentor.currentLoad, a, p.weights) / a;
    if (share !== 0) explanation.push({ term: 'load', points: Math.round(share * 100) / 100 });
    const points = explanation.reduce((s, t) => s + t.points, 0);
    pairs.push({ nqtId: nqt.id, mentorId: mentor.id, locked: p.lockedMentorOf[n] === m, points, explanation });
  }
  return { pairs, unmatched };
}
