// The network-grouping model: input types, the documented weights, the pools (kindergarten and school
// apart by default), the checks that say in the coordinator's words why no grouping can exist, the
// objective and the check of a hand-made grouping. Pure (no I/O), shared by the greedy baseline, the
// HiGHS solver in the worker, the networks module and the tests, so all judge a grouping alike.

import type { UnitType } from '../../shared/enums.ts';

export interface GroupingParticipant {
  /** The NQT's (or mentor's) id in the programme. */
  id: string;
  unitId: string;
  /** Shown in an issue ("Unit X has 9 NQTs …"); the unit id is used when missing. */
  unitName?: string;
  unitType: UnitType;
  /** Programme year (1 or 2); mentors count as year 1. */
  programmeYear: 1 | 2;
  /** Last year's network group, if any: year-two NQTs are kept with it where possible. */
  lastGroupId?: string | null;
  /** Coordinates of the unit (WGS84 degrees); travel counts only where they are given. */
  lat?: number | null;
  lon?: number | null;
}

export const POOLS = ['kindergarten', 'school', 'all'] as const;
/** Kindergarten and school are grouped apart by default (`all` when they are kept together). */
export type PoolKey = (typeof POOLS)[number];

/**
 * Points of the soft goals (all penalties; the solver minimises their sum). The defaults put keeping
 * last year's group first, then a fair mix of years, then travel: one participant taken from last year's
 * group (10) weighs as much as 2.5 participants off the fair year mix or 20 km farther from the centre.
 */
export interface GroupingWeights {
  /** Per participant taken away from last year's group (only when the group continues). */
  keepLastYear: number;
  /** Per participant a group's year-two count is off its fair share, beyond `yearTolerance`. */
  yearBalance: number;
  /** Off the fair share by up to this many is free (a group of 13 cannot hold 6.5 year-two NQTs). */
  yearTolerance: number;
  /** Per km from a participant's unit to the group's centre (when coordinates are given). */
  travelPerKm: number;
  /** Per participant a group is above or below the pool's even split (⌊n/k⌋ … ⌈n/k⌉). */
  sizeBalance: number;
}

export const DEFAULT_GROUPING_WEIGHTS: Readonly<GroupingWeights> = Object.freeze({
  keepLastYear: 10,
  yearBalance: 4,
  yearTolerance: 1,
  travelPerKm: 0.5,
  sizeBalance: 2,
});

export interface GroupingInput {
  participants: readonly GroupingParticipant[];
  /** Size bounds of every group (the programme's `networkGroupSize`, default 10–15). */
  minSize: number;
  maxSize: number;
  /** Most participants from the same unit in one group. */
  maxPerUnit: number;
  /** Fixed number of groups per pool; otherwise chosen from the bounds, near `targetSize`. */
  groupCounts?: Partial<Record<PoolKey, number>>;
  /** Preferred group size when the number of groups is free (default the middle of the bounds). */
  targetSize?: number;
  /** Kindergarten and school in separate groups (default true). */
  keepKindergartenApart?: boolean;
  /** Balance programme years within groups (default true). */
  balanceYears?: boolean;
  /** Keep participants with last year's group where possible (default true). */
  keepLastYear?: boolean;
  /** Shorter travel when coordinates are given (default true). */
  travel?: boolean;
  weights?: Partial<GroupingWeights>;
}

/**
 * Why no grouping can exist, as a code and the figures a coordinator needs (the web translates them).
 * Each is checked before solving; together they are also sufficient (dealing each pool's participants,
 * sorted by unit, round the groups in turn then keeps every bound), so a set without issues always solves.
 */
export type GroupingIssue =
  | { code: 'invalid_sizes'; min: number; max: number }
  | { code: 'invalid_unit_limit'; limit: number }
  /** Fewer participants than one group's minimum. */
  | { code: 'too_few'; pool: PoolKey; count: number; min: number }
  /** No number of groups fits: `fewer` groups hold at most `fewerMax`, `more` groups need at least `moreMin`. */
  | {
      code: 'sizes_do_not_fit';
      pool: PoolKey;
      count: number;
      min: number;
      max: number;
      fewer: number;
      fewerMax: number;
      more: number;
      moreMin: number;
    }
  /** A fixed number of groups holds between `groups × min` and `groups × max`. */
  | { code: 'group_count'; pool: PoolKey; count: number; groups: number; min: number; max: number }
  /** The unit has more participants than `limit` per group allows over `groups` groups (the most there can be). */
  | {
      code: 'unit_limit';
      pool: PoolKey;
      unitId: string;
      unitName: string;
      count: number;
      limit: number;
      groups: number;
    };

/** What is wrong with a hand-made grouping (the networks module refuses it with these). */
export type GroupCheckIssue =
  | { code: 'unknown_participant'; participantId: string }
  | { code: 'duplicate_participant'; participantId: string }
  | { code: 'group_too_small'; groupKey: string; size: number; min: number }
  | { code: 'group_too_large'; groupKey: string; size: number; max: number }
  | { code: 'unit_over_limit'; groupKey: string; unitId: string; unitName: string; count: number; limit: number }
  | { code: 'mixed_pools'; groupKey: string };

export interface GroupWhy {
  size: number;
  yearOne: number;
  yearTwo: number;
  /** The group's fair share of year-two participants (the pool's share × size). */
  fairYearTwo: number;
  units: number;
  maxFromOneUnit: number;
  /** Participants from the continued group of last year (0 when the group continues none). */
  keptFromLastYear: number;
  averageKm: number | null;
  maxKm: number | null;
}

export interface ProposedGroup {
  key: string;
  pool: PoolKey;
  memberIds: string[];
  /** Last year's group this one continues (its year-two participants are kept here where possible). */
  continuesGroupId: string | null;
  centre: { lat: number; lon: number } | null;
  why: GroupWhy;
}

export interface ObjectiveTerms {
  /** Participants not in the group that continues their last year's group. */
  separatedFromLastYear: number;
  /** Σ over groups of year-two participants off the fair share beyond the tolerance. */
  yearImbalance: number;
  /** Σ km from each participant's unit to the group centre. */
  travelKm: number;
  /** Σ over groups of participants above or below the even split. */
  sizeImbalance: number;
}

export interface GroupingResult {
  /** `optimal`: proven; `feasible`: a grouping within every bound, `gap` from the bound; `infeasible`: see `issues`. */
  status: 'optimal' | 'feasible' | 'infeasible';
  groups: ProposedGroup[];
  issues: GroupingIssue[];
  /** Weighted penalty (lower is better) and its lower bound from HiGHS; NaN when infeasible. */
  objective: number;
  bound: number;
  gap: number;
  terms: ObjectiveTerms;
  greedyObjective: number;
  solver: 'highs' | 'greedy';
  pools: { pool: PoolKey; participants: number; groups: number; objective: number; bound: number }[];
  solveSeconds: number;
  note?: string;
}

export interface PreparedGroup {
  pool: PoolKey;
  key: string;
  /** Size this group gets in the balanced split (greedy and dealing). */
  share: number;
  centre: { lat: number; lon: number } | null;
  continuesGroupId: string | null;
}

export interface PreparedPool {
  pool: PoolKey;
  /** Participant indices. */
  members: number[];
  /** Global group indices [from, to). */
  groupFrom: number;
  groupTo: number;
  /** Year-two share of the pool (0 when years are not balanced). */
  yearTwoShare: number;
}

export interface PreparedGrouping {
  input: GroupingInput;
  participants: readonly GroupingParticipant[];
  weights: GroupingWeights;
  minSize: number;
  maxSize: number;
  maxPerUnit: number;
  balanceYears: boolean;
  pools: PreparedPool[];
  groups: PreparedGroup[];
  /** Group index whose `continuesGroupId` is the participant's last group (-1 when none continues it). */
  anchorOf: Int32Array;
  /** km from participant to each group centre (0 without coordinates): index i × groups + g. */
  distance: Float64Array;
  hasTravel: boolean;
  issues: GroupingIssue[];
}

export const isKindergarten = (type: UnitType) => type === 'kindergarten';

export function poolOf(p: GroupingParticipant, apart: boolean): PoolKey {
  if (!apart) return 'all';
  return isKindergarten(p.unitType) ? 'kindergarten' : 'school';
}

const hasCoordinates = (p: GroupingParticipant) =>
  typeof p.lat === 'number' && typeof p.lon === 'number' && Number.isFinite(p.lat) && Number.isFinite(p.lon);

/** Great-circle distance in km. */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The pool-level checks: necessary, and (with round-robin dealing) sufficient. */
export function checkFeasibility(input: GroupingInput): GroupingIssue[] {
  const issues: GroupingIssue[] = [];
  const min = input.minSize;
  const max = input.maxSize;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) {
    return [{ code: 'invalid_sizes', min, max }];
  }
  if (!Number.isInteger(input.maxPerUnit) || input.maxPerUnit < 1) {
    return [{ code: 'invalid_unit_limit', limit: input.maxPerUnit }];
  }
  const apart = input.keepKindergartenApart ?? true;
  for (const [pool, members] of groupByPool(input.participants, apart)) {
    const groups = groupCountFor(input, pool, members);
    if (groups.issue) issues.push(groups.issue);
  }
  return issues;
}

function groupByPool(
  participants: readonly GroupingParticipant[],
  apart: boolean,
): Map<PoolKey, GroupingParticipant[]> {
  const pools = new Map<PoolKey, GroupingParticipant[]>();
  for (const p of participants) {
    const key = poolOf(p, apart);
    pools.set(key, [...(pools.get(key) ?? []), p]);
  }
  // Stable order: kindergarten, school, all.
  return new Map([...pools].sort((a, b) => POOLS.indexOf(a[0]) - POOLS.indexOf(b[0])));
}

/**
 * The number of groups of a pool: fixed, or the feasible one nearest count / targetSize (at least enough
 * for the biggest unit under the per-unit limit); an issue when none exists.
 */
export function groupCountFor(
  input: GroupingInput,
  pool: PoolKey,
  members: readonly GroupingParticipant[],
): { count: number; issue?: undefined } | { count: 0; issue: GroupingIssue } {
  const min = input.minSize;
  const max = input.maxSize;
  const count = members.length;
  const fixed = input.groupCounts?.[pool];
  let low: number;
  let high: number;
  if (fixed !== undefined) {
    if (!Number.isInteger(fixed) || fixed < 1 || fixed * min > count || fixed * max < count) {
      return { count: 0, issue: { code: 'group_count', pool, count, groups: fixed, min, max } };
    }
    low = fixed;
    high = fixed;
  } else {
    if (count < min) return { count: 0, issue: { code: 'too_few', pool, count, min } };
    low = Math.ceil(count / max);
    high = Math.floor(count / min);
    if (low > high) {
      return {
        count: 0,
        issue: {
          code: 'sizes_do_not_fit',
          pool,
          count,
          min,
          max,
          fewer: high,
          fewerMax: high * max,
          more: low,
          moreMin: low * min,
        },
      };
    }
  }
  const byUnit = new Map<string, GroupingParticipant[]>();
  for (const p of members) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
  let biggest: GroupingParticipant[] = [];
  for (const list of byUnit.values()) if (list.length > biggest.length) biggest = list;
  const needed = Math.ceil(biggest.length / input.maxPerUnit);
  if (needed > high) {
    return {
      count: 0,
      issue: {
        code: 'unit_limit',
        pool,
        unitId: biggest[0]?.unitId ?? '',
        unitName: biggest[0]?.unitName ?? biggest[0]?.unitId ?? '',
        count: biggest.length,
        limit: input.maxPerUnit,
        groups: high,
      },
    };
  }
  const target = input.targetSize ?? (min + max) / 2;
  return { count: Math.min(high, Math.max(low, needed, Math.round(count / target))) };
}

/** Pools, groups with their centres and the groups they continue, distances; issues when none can exist. */
export function prepareGrouping(input: GroupingInput): PreparedGrouping {
  const weights: GroupingWeights = { ...DEFAULT_GROUPING_WEIGHTS, ...input.weights };
  const participants = input.participants;
  const apart = input.keepKindergartenApart ?? true;
  const balanceYears = input.balanceYears ?? true;
  const keepLastYear = input.keepLastYear ?? true;
  const travel = input.travel ?? true;
  const issues = checkFeasibility(input);
  const index = new Map(participants.map((p, i) => [p.id, i]));
  const pools: PreparedPool[] = [];
  const groups: PreparedGroup[] = [];
  const anchorOf = new Int32Array(participants.length).fill(-1);
  let hasTravel = false;
  if (issues.length === 0) {
    for (const [pool, list] of groupByPool(participants, apart)) {
      const members = list.map((p) => index.get(p.id) ?? 0);
      const k = groupCountFor(input, pool, list).count;
      const groupFrom = groups.length;
      const base = Math.floor(members.length / k);
      const extra = members.length - base * k;
      const withCoords = list.filter(hasCoordinates) as (GroupingParticipant & { lat: number; lon: number })[];
      const centres = travel && withCoords.length > 0 ? kMeans(withCoords, k) : null;
      if (centres) hasTravel = true;
      for (let g = 0; g < k; g++) {
        groups.push({
          pool,
          key: `${pool}-${g + 1}`,
          share: base + (g < extra ? 1 : 0),
          centre: centres?.[g] ?? null,
          continuesGroupId: null,
        });
      }
      const yearTwo = list.filter((p) => p.programmeYear === 2).length;
      pools.push({
        pool,
        members,
        groupFrom,
        groupTo: groups.length,
        yearTwoShare: balanceYears && members.length > 0 ? yearTwo / members.length : 0,
      });
      if (keepLastYear) anchorPool(participants, members, groups, groupFrom, anchorOf);
    }
  }
  const G = groups.length;
  const distance = new Float64Array(participants.length * G);
  if (hasTravel) {
    participants.forEach((p, i) => {
      if (!hasCoordinates(p)) return;
      for (let g = 0; g < G; g++) {
        const centre = groups[g]?.centre;
        if (centre) distance[i * G + g] = haversineKm(p as { lat: number; lon: number }, centre);
      }
    });
  }
  return {
    input,
    participants,
    weights,
    minSize: input.minSize,
    maxSize: input.maxSize,
    maxPerUnit: input.maxPerUnit,
    balanceYears,
    pools,
    groups,
    anchorOf,
    distance,
    hasTravel,
    issues,
  };
}

/**
 * Last year's groups, the largest first, each continue in one new group of the pool (the one whose centre
 * is nearest the old group's units, else the next free one); with more old groups than new, the smallest
 * are not continued. Continuing fixes which new group is "theirs", which keeps the objective linear and
 * breaks the symmetry between groups.
 */
function anchorPool(
  participants: readonly GroupingParticipant[],
  members: number[],
  groups: PreparedGroup[],
  groupFrom: number,
  anchorOf: Int32Array,
) {
  const byOld = new Map<string, number[]>();
  for (const i of members) {
    const old = participants[i]?.lastGroupId;
    if (old) byOld.set(old, [...(byOld.get(old) ?? []), i]);
  }
  const olds = [...byOld].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const free = new Set<number>();
  for (let g = groupFrom; g < groups.length; g++) free.add(g);
  for (const [oldId, list] of olds) {
    if (free.size === 0) break;
    const located = list.map((i) => participants[i]).filter((p) => p && hasCoordinates(p)) as {
      lat: number;
      lon: number;
    }[];
    let chosen = Math.min(...free);
    if (located.length > 0) {
      const c = {
        lat: located.reduce((s, p) => s + p.lat, 0) / located.length,
        lon: located.reduce((s, p) => s + p.lon, 0) / located.length,
      };
      let best = Number.POSITIVE_INFINITY;
      for (const g of free) {
        const centre = groups[g]?.centre;
        const d = centre ? haversineKm(c, centre) : 0;
        if (d < best) {
          best = d;
          chosen = g;
        }
      }
    }
    free.delete(chosen);
    const group = groups[chosen];
    if (group) group.continuesGroupId = oldId;
    for (const i of list) anchorOf[i] = chosen;
  }
}

/** Deterministic k-means (farthest-first start, 25 Lloyd rounds) on the units' coordinates. */
function kMeans(points: readonly { lat: number; lon: number }[], k: number): { lat: number; lon: number }[] {
  const mean = {
    lat: points.reduce((s, p) => s + p.lat, 0) / points.length,
    lon: points.reduce((s, p) => s + p.lon, 0) / points.length,
  };
  const centres: { lat: number; lon: number }[] = [];
  let first = points[0] as { lat: number; lon: number };
  for (const p of points) if (haversineKm(p, mean) < haversineKm(first, mean)) first = p;
  centres.push({ ...first });
  const nearest = points.map((p) => haversineKm(p, first));
  while (centres.length < k) {
    let far = 0;
    for (let i = 1; i < points.length; i++) if ((nearest[i] ?? 0) > (nearest[far] ?? 0)) far = i;
    const c = points[far] as { lat: number; lon: number };
    // Repeated points: start the extra centres on the mean, they still get distinct groups.
    centres.push({ ...((nearest[far] ?? 0) > 0 ? c : mean) });
    points.forEach((p, i) => {
      nearest[i] = Math.min(nearest[i] ?? 0, haversineKm(p, c));
    });
  }
  for (let round = 0; round < 25; round++) {
    const sum = centres.map(() => ({ lat: 0, lon: 0, n: 0 }));
    for (const p of points) {
      let best = 0;
      let bestD = Number.POSITIVE_INFINITY;
      centres.forEach((c, j) => {
        const d = haversineKm(p, c);
        if (d < bestD) {
          bestD = d;
          best = j;
        }
      });
      const s = sum[best] as { lat: number; lon: number; n: number };
      s.lat += p.lat;
      s.lon += p.lon;
      s.n++;
    }
    sum.forEach((s, j) => {
      if (s.n > 0) centres[j] = { lat: s.lat / s.n, lon: s.lon / s.n };
    });
  }
  return centres;
}

/** Penalty of a grouping (group index per participant) and its terms; the one objective of greedy, solver and tests. */
export function evaluateGrouping(
  p: PreparedGrouping,
  groupOf: Int32Array,
): { objective: number; terms: ObjectiveTerms } {
  const G = p.groups.length;
  const size = new Int32Array(G);
  const yearTwo = new Int32Array(G);
  let separated = 0;
  let travelKm = 0;
  p.participants.forEach((participant, i) => {
    const g = groupOf[i] ?? -1;
    if (g < 0) return;
    size[g] = (size[g] ?? 0) + 1;
    if (participant.programmeYear === 2) yearTwo[g] = (yearTwo[g] ?? 0) + 1;
    if (participant.lastGroupId && (p.input.keepLastYear ?? true) && p.anchorOf[i] !== g) separated++;
    travelKm += p.distance[i * G + g] ?? 0;
  });
  let yearImbalance = 0;
  let sizeImbalance = 0;
  for (const pool of p.pools) {
    if (!pool.members.some((i) => groupOf[i] !== -1)) continue; // pool not part of this evaluation
    for (let g = pool.groupFrom; g < pool.groupTo; g++) {
      yearImbalance += yearDeviation(p, pool, size[g] ?? 0, yearTwo[g] ?? 0);
      sizeImbalance += sizeDeviation(pool, size[g] ?? 0);
    }
  }
  const w = p.weights;
  return {
    objective:
      w.keepLastYear * separated +
      w.yearBalance * yearImbalance +
      w.sizeBalance * sizeImbalance +
      (p.hasTravel ? w.travelPerKm * travelKm : 0),
    terms: { separatedFromLastYear: separated, yearImbalance, travelKm, sizeImbalance },
  };
}

/** Participants a group of `size` is outside the pool's even split ⌊n/k⌋ … ⌈n/k⌉. */
export function sizeDeviation(pool: PreparedPool, size: number): number {
  const k = pool.groupTo - pool.groupFrom;
  const n = pool.members.length;
  const low = Math.floor(n / k);
  const high = Math.ceil(n / k);
  return Math.max(0, size - high, low - size);
}

export function yearDeviation(p: PreparedGrouping, pool: PreparedPool, size: number, yearTwo: number): number {
  if (!p.balanceYears) return 0;
  return Math.max(0, Math.abs(yearTwo - pool.yearTwoShare * size) - p.weights.yearTolerance);
}

/** The hard constraints of a grouping; empty when every bound holds. */
export function checkGroups(
  input: Pick<GroupingInput, 'participants' | 'minSize' | 'maxSize' | 'maxPerUnit' | 'keepKindergartenApart'>,
  groups: readonly { key: string; memberIds: readonly string[] }[],
): GroupCheckIssue[] {
  const issues: GroupCheckIssue[] = [];
  const byId = new Map(input.participants.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const apart = input.keepKindergartenApart ?? true;
  for (const group of groups) {
    const members: GroupingParticipant[] = [];
    for (const id of group.memberIds) {
      const participant = byId.get(id);
      if (!participant) issues.push({ code: 'unknown_participant', participantId: id });
      else if (seen.has(id)) issues.push({ code: 'duplicate_participant', participantId: id });
      else members.push(participant);
      seen.add(id);
    }
    const size = members.length;
    if (size < input.minSize) issues.push({ code: 'group_too_small', groupKey: group.key, size, min: input.minSize });
    if (size > input.maxSize) issues.push({ code: 'group_too_large', groupKey: group.key, size, max: input.maxSize });
    const byUnit = new Map<string, GroupingParticipant[]>();
    for (const m of members) byUnit.set(m.unitId, [...(byUnit.get(m.unitId) ?? []), m]);
    for (const [unitId, list] of byUnit) {
      if (list.length > input.maxPerUnit) {
        issues.push({
          code: 'unit_over_limit',
          groupKey: group.key,
          unitId,
          unitName: list[0]?.unitName ?? unitId,
          count: list.length,
          limit: input.maxPerUnit,
        });
      }
    }
    if (apart && new Set(members.map((m) => poolOf(m, true))).size > 1) {
      issues.push({ code: 'mixed_pools', groupKey: group.key });
    }
  }
  return issues;
}

/** Groups with members and the counts that explain them. */
export function describeGrouping(p: PreparedGrouping, groupOf: Int32Array): ProposedGroup[] {
  const G = p.groups.length;
  const members: number[][] = p.groups.map(() => []);
  p.participants.forEach((_, i) => {
    const g = groupOf[i] ?? -1;
    if (g >= 0) members[g]?.push(i);
  });
  const poolOfGroup = new Map<number, PreparedPool>();
  for (const pool of p.pools) for (let g = pool.groupFrom; g < pool.groupTo; g++) poolOfGroup.set(g, pool);
  return p.groups.map((group, g) => {
    const list = members[g] ?? [];
    const ps = list.map((i) => p.participants[i] as GroupingParticipant);
    const unitCounts = new Map<string, number>();
    for (const m of ps) unitCounts.set(m.unitId, (unitCounts.get(m.unitId) ?? 0) + 1);
    const located = list.filter((i) => hasCoordinates(p.participants[i] as GroupingParticipant));
    const km = located.map((i) => p.distance[i * G + g] ?? 0);
    const size = list.length;
    const yearTwo = ps.filter((m) => m.programmeYear === 2).length;
    return {
      key: group.key,
      pool: group.pool,
      memberIds: ps.map((m) => m.id),
      continuesGroupId: group.continuesGroupId,
      centre: group.centre,
      why: {
        size,
        yearOne: size - yearTwo,
        yearTwo,
        fairYearTwo: round1((poolOfGroup.get(g)?.yearTwoShare ?? 0) * size),
        units: unitCounts.size,
        maxFromOneUnit: Math.max(0, ...unitCounts.values()),
        keptFromLastYear: group.continuesGroupId
          ? ps.filter((m) => m.lastGroupId === group.continuesGroupId).length
          : 0,
        averageKm: p.hasTravel && km.length > 0 ? round1(km.reduce((s, d) => s + d, 0) / km.length) : null,
        maxKm: p.hasTravel && km.length > 0 ? round1(Math.max(...km)) : null,
      },
    };
  });
}

const round1 = (x: number) => Math.round(x * 10) / 10;
