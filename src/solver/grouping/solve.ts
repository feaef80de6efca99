// The grouping model on HiGHS, one MIP per pool. Participants of the same unit, year, continued group and
// place are interchangeable, so they form a class and the variables are integer counts y[c,g] ≤ min(|c|,
// per-unit limit) of class c in group g (far fewer than one binary per participant and group, and no
// symmetry between equal participants). Rows: every class placed, group sizes within the bounds, the
// per-unit limit where a unit spans several classes, two rows per group for the year mix (d_g ≥ |year-two
// count − fair share| − tolerance), and size ordering between groups that nothing tells apart.
// Travel is linear because every group has a fixed centre (k-means on the units before the solve), and
// keeping last year's group is linear because each old group continues in one fixed new group.

import type { Highs } from 'highs';
import { bestSimpleGrouping } from './greedy.ts';
import {
  describeGrouping,
  evaluateGrouping,
  type GroupingInput,
  type GroupingResult,
  type PreparedGrouping,
  type PreparedPool,
  prepareGrouping,
  sizeDeviation,
  yearDeviation,
} from './model.ts';

export interface SolveOptions {
  /** Wall-clock limit for the whole solve in seconds (default 60). */
  timeLimitSeconds?: number;
  /** HiGHS `mip_rel_gap` (default 0 up to 40,000 count variables per pool, else 0.002). */
  mipRelGap?: number;
  /**
   * With travel and more groups than this in a pool, each class may join only its this many nearest
   * groups (plus the one it continues and its warm-start group); the bound still comes from the LP of the
   * full model, so the gap stays honest (default 12).
   */
  nearestGroups?: number;
}

interface PoolClass {
  members: number[];
  unit: string;
  yearTwo: boolean;
  anchor: number;
}

/** Solves one instance with a loaded HiGHS. Synchronous and CPU-bound: call it from the worker. */
export function solveWithHighs(highs: Highs, input: GroupingInput, options: SolveOptions = {}): GroupingResult {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const timeLimit = options.timeLimitSeconds ?? 60;
  const p = prepareGrouping(input);
  const emptyTerms = { separatedFromLastYear: 0, yearImbalance: 0, travelKm: 0, sizeImbalance: 0 };
  if (p.issues.length > 0) {
    return {
      status: 'infeasible',
      groups: [],
      issues: p.issues,
      objective: Number.NaN,
      bound: Number.NaN,
      gap: Number.NaN,
      terms: emptyTerms,
      greedyObjective: Number.NaN,
      solver: 'greedy',
      pools: [],
      solveSeconds: elapsed(),
    };
  }
  const simple = bestSimpleGrouping(p);
  const groupOf = Int32Array.from(simple.groupOf);
  const pools: GroupingResult['pools'] = [];
  const notes: string[] = [];
  let usedHighs = false;
  let remaining = p.participants.length;
  for (const pool of p.pools) {
    const share = remaining > 0 ? pool.members.length / remaining : 1;
    remaining -= pool.members.length;
    const poolLimit = Math.max(1, (timeLimit - elapsed()) * share);
    const warmObjective = poolObjective(p, pool, groupOf);
    const solved = solvePool(highs, p, pool, groupOf, poolLimit, options);
    let objective = warmObjective;
    if (solved.groupOf) {
      const candidate = Int32Array.from(groupOf);
      for (const i of pool.members) candidate[i] = solved.groupOf[i] ?? -1;
      const candidateObjective = poolObjective(p, pool, candidate);
      if (candidateObjective <= warmObjective + 1e-9 && withinBounds(p, pool, candidate)) {
        for (const i of pool.members) groupOf[i] = candidate[i] ?? -1;
        objective = candidateObjective;
        usedHighs = true;
      } else notes.push(`${pool.pool}: HiGHS solution not better than greedy`);
    } else if (solved.note) notes.push(`${pool.pool}: ${solved.note}`);
    pools.push({
      pool: pool.pool,
      participants: pool.members.length,
      groups: pool.groupTo - pool.groupFrom,
      objective,
      bound: Math.min(objective, Math.max(0, solved.bound)),
    });
  }
  const evaluated = evaluateGrouping(p, groupOf);
  const bound = pools.reduce((s, x) => s + x.bound, 0);
  const objective = evaluated.objective;
  const gap = (objective - bound) / Math.max(1, Math.abs(objective));
  return {
    status: objective - bound <= 1e-6 || gap <= 1e-9 ? 'optimal' : 'feasible',
    groups: describeGrouping(p, groupOf),
    issues: [],
    objective,
    bound,
    gap,
    terms: evaluated.terms,
    greedyObjective: simple.objective,
    solver: usedHighs ? 'highs' : 'greedy',
    pools,
    solveSeconds: elapsed(),
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
}

/** The pool's part of the objective (the terms add up over pools). */
function poolObjective(p: PreparedGrouping, pool: PreparedPool, groupOf: Int32Array): number {
  const only = new Int32Array(groupOf.length).fill(-1);
  for (const i of pool.members) only[i] = groupOf[i] ?? -1;
  // evaluateGrouping skips unassigned participants and pools without any, so this is the pool's share.
  return evaluateGrouping(p, only).objective;
}

function withinBounds(p: PreparedGrouping, pool: PreparedPool, groupOf: Int32Array): boolean {
  const size = new Map<number, number>();
  const unit = new Map<string, number>();
  for (const i of pool.members) {
    const g = groupOf[i] ?? -1;
    if (g < pool.groupFrom || g >= pool.groupTo) return false;
    size.set(g, (size.get(g) ?? 0) + 1);
    const key = `${p.participants[i]?.unitId}|${g}`;
    unit.set(key, (unit.get(key) ?? 0) + 1);
  }
  for (let g = pool.groupFrom; g < pool.groupTo; g++) {
    const s = size.get(g) ?? 0;
    if (s < p.minSize || s > p.maxSize) return false;
  }
  for (const c of unit.values()) if (c > p.maxPerUnit) return false;
  return true;
}

function classesOf(p: PreparedGrouping, pool: PreparedPool): PoolClass[] {
  const byKey = new Map<string, PoolClass>();
  for (const i of pool.members) {
    const participant = p.participants[i];
    if (!participant) continue;
    const located = p.hasTravel && typeof participant.lat === 'number' && typeof participant.lon === 'number';
    const key = [
      participant.unitId,
      participant.programmeYear,
      p.anchorOf[i],
      located ? `${participant.lat},${participant.lon}` : '',
    ].join('|');
    let c = byKey.get(key);
    if (!c) {
      c = {
        members: [],
        unit: participant.unitId,
        yearTwo: participant.programmeYear === 2,
        anchor: p.anchorOf[i] ?? -1,
      };
      byKey.set(key, c);
    }
    c.members.push(i);
  }
  return [...byKey.values()];
}

function solvePool(
  highs: Highs,
  p: PreparedGrouping,
  pool: PreparedPool,
  warm: Int32Array,
  timeLimit: number,
  options: SolveOptions,
): { groupOf?: Int32Array; bound: number; note?: string } {
  const classes = classesOf(p, pool);
  const C = classes.length;
  const k = pool.groupTo - pool.groupFrom;
  const G = p.groups.length;
  const L = p.maxPerUnit;
  const w = p.weights;
  const balance = p.balanceYears && pool.yearTwoShare > 0 && pool.yearTwoShare < 1;

  // Rows: classes, groups, unit × group where needed, balance (2 per group), symmetry.
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const addRow = (lo: number, up: number) => {
    rowLower.push(lo);
    rowUpper.push(up);
    return rowLower.length - 1;
  };
  for (const c of classes) addRow(c.members.length, c.members.length);
  const groupRow = Array.from({ length: k }, () => addRow(p.minSize, p.maxSize));
  const classesOfUnit = new Map<string, number[]>();
  classes.forEach((c, j) => {
    classesOfUnit.set(c.unit, [...(classesOfUnit.get(c.unit) ?? []), j]);
  });
  const unitRowBase = new Map<string, number>();
  for (const [unit, list] of classesOfUnit) {
    const total = list.reduce((s, j) => s + (classes[j]?.members.length ?? 0), 0);
    if (list.length < 2 || total <= L) continue;
    unitRowBase.set(unit, rowLower.length);
    for (let g = 0; g < k; g++) addRow(Number.NEGATIVE_INFINITY, L);
  }
  const tol = w.yearTolerance;
  const balanceRow = balance
    ? Array.from({ length: k }, () => [addRow(Number.NEGATIVE_INFINITY, tol), addRow(Number.NEGATIVE_INFINITY, tol)])
    : [];
  // e_g ≥ size above ⌈n/k⌉ or below ⌊n/k⌋ (the even split).
  const n = pool.members.length;
  const sizeRow = Array.from({ length: k }, () => [
    addRow(Number.NEGATIVE_INFINITY, Math.ceil(n / k)),
    addRow(Math.floor(n / k), Number.POSITIVE_INFINITY),
  ]);
  // Groups without a centre and without a continued group are interchangeable: order them by size.
  const free: number[] = [];
  for (let g = 0; g < k; g++) {
    const group = p.groups[pool.groupFrom + g];
    if (group && !group.centre && !group.continuesGroupId) free.push(g);
  }
  const symRowOf = new Map<number, number[]>();
  for (let j = 0; j + 1 < free.length; j++) {
    const r = addRow(0, Number.POSITIVE_INFINITY); // s_a − s_b ≥ 0
    const a = free[j] as number;
    const b = free[j + 1] as number;
    symRowOf.set(a, [...(symRowOf.get(a) ?? []), r]);
    symRowOf.set(b, [...(symRowOf.get(b) ?? []), -r - 1]); // negative marks coefficient −1
  }

  const sizeCol = C * k + (balance ? k : 0);
  const numCols = sizeCol + k;
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols);
  const integrality = new Int32Array(numCols);
  const starts = new Int32Array(numCols + 1);
  const indices: number[] = [];
  const values: number[] = [];
  let offset = 0;
  if (p.input.keepLastYear ?? true) {
    for (const i of pool.members) if (p.participants[i]?.lastGroupId) offset += w.keepLastYear;
  }
  const entries: [number, number][] = [];
  classes.forEach((c, ci) => {
    const rep = c.members[0] ?? 0;
    const coeff = (c.yearTwo ? 1 : 0) - pool.yearTwoShare;
    for (let g = 0; g < k; g++) {
      const col = ci * k + g;
      const global = pool.groupFrom + g;
      colCost[col] =
        (p.hasTravel ? w.travelPerKm * (p.distance[rep * G + global] ?? 0) : 0) -
        (c.anchor === global && (p.input.keepLastYear ?? true) ? w.keepLastYear : 0);
      colUpper[col] = Math.min(c.members.length, L);
      integrality[col] = 1;
      entries.length = 0;
      entries.push([ci, 1], [groupRow[g] as number, 1]);
      const ub = unitRowBase.get(c.unit);
      if (ub !== undefined) entries.push([ub + g, 1]);
      if (balance) {
        const [r1, r2] = balanceRow[g] as number[];
        entries.push([r1 as number, coeff], [r2 as number, -coeff]);
      }
      const [s1, s2] = sizeRow[g] as number[];
      entries.push([s1 as number, 1], [s2 as number, 1]);
      for (const r of symRowOf.get(g) ?? []) entries.push(r >= 0 ? [r, 1] : [-r - 1, -1]);
      entries.sort((a, b) => a[0] - b[0]);
      starts[col] = indices.length;
      for (const [r, v] of entries) {
        if (v === 0) continue;
        indices.push(r);
        values.push(v);
      }
    }
  });
  if (balance) {
    for (let g = 0; g < k; g++) {
      const col = C * k + g;
      colCost[col] = w.yearBalance;
      colUpper[col] = Number.POSITIVE_INFINITY;
      starts[col] = indices.length;
      const [r1, r2] = balanceRow[g] as number[];
      indices.push(r1 as number, r2 as number);
      values.push(-1, -1);
    }
  }
  for (let g = 0; g < k; g++) {
    const col = sizeCol + g;
    colCost[col] = w.sizeBalance;
    colUpper[col] = Number.POSITIVE_INFINITY;
    starts[col] = indices.length;
    const [s1, s2] = sizeRow[g] as number[];
    indices.push(s1 as number, s2 as number);
    values.push(-1, 1);
  }
  starts[numCols] = indices.length;
  const numRows = rowLower.length;
  const inf = highs.infinity;
  const clamp = (x: number) => (x === Number.POSITIVE_INFINITY ? inf : x === Number.NEGATIVE_INFINITY ? -inf : x);

  // Warm start from the simple grouping.
  const start = new Float64Array(numCols);
  const classOf = new Map<number, number>();
  classes.forEach((c, ci) => {
    for (const i of c.members) classOf.set(i, ci);
  });
  const size = new Int32Array(k);
  const yearTwo = new Int32Array(k);
  for (const i of pool.members) {
    const g = (warm[i] ?? 0) - pool.groupFrom;
    const ci = classOf.get(i) ?? 0;
    start[ci * k + g] = (start[ci * k + g] ?? 0) + 1;
    size[g] = (size[g] ?? 0) + 1;
    if (p.participants[i]?.programmeYear === 2) yearTwo[g] = (yearTwo[g] ?? 0) + 1;
  }
  if (balance) for (let g = 0; g < k; g++) start[C * k + g] = yearDeviation(p, pool, size[g] ?? 0, yearTwo[g] ?? 0);
  for (let g = 0; g < k; g++) start[sizeCol + g] = sizeDeviation(pool, size[g] ?? 0);

  // Big pools with travel: each class only near its nearest groups in the MIP; the full LP gives the bound.
  const nearest = options.nearestGroups ?? 12;
  const restricted = p.hasTravel && k > nearest;
  const mipUpper = Float64Array.from(colUpper);
  if (restricted) {
    classes.forEach((c, ci) => {
      const rep = c.members[0] ?? 0;
      const keep = new Set<number>();
      const order = Array.from({ length: k }, (_, g) => g).sort(
        (a, b) => (p.distance[rep * G + pool.groupFrom + a] ?? 0) - (p.distance[rep * G + pool.groupFrom + b] ?? 0),
      );
      for (const g of order.slice(0, nearest)) keep.add(g);
      if (c.anchor >= 0) keep.add(c.anchor - pool.groupFrom);
      for (let g = 0; g < k; g++) {
        if ((start[ci * k + g] ?? 0) > 0) keep.add(g);
        if (!keep.has(g)) mipUpper[ci * k + g] = 0;
      }
    });
  }
  const data = (upper: Float64Array, integer: boolean) => ({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.minimize,
    offset,
    colCost,
    colLower,
    colUpper: upper.map(clamp),
    rowLower: Float64Array.from(rowLower, clamp),
    rowUpper: Float64Array.from(rowUpper, clamp),
    matrix: {
      format: 'csc' as const,
      numRows,
      numCols,
      starts,
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
    ...(integer ? { integrality } : {}),
  });

  const started = performance.now();
  const model = highs.createModel();
  try {
    let lpBound = Number.NaN;
    if (restricted) {
      model.passModel(data(colUpper, false));
      model.options.set({ output_flag: false, time_limit: timeLimit * 0.5 });
      model.run();
      lpBound = model.getModelStatus() === highs.constants.modelStatus.optimal ? model.getObjectiveValue() : 0;
      model.zeroAllClocks();
    }
    const left = Math.max(1, timeLimit - (performance.now() - started) / 1000);
    model.passModel(data(mipUpper, true));
    model.setSolution({ colValue: start });
    model.options.set({
      output_flag: false,
      time_limit: left,
      mip_rel_gap: options.mipRelGap ?? (C * k <= 40_000 ? 0 : 0.002),
    });
    model.run();
    const mipBound = Number(model.info.get('mip_dual_bound'));
    const bound = restricted ? lpBound : Number.isFinite(mipBound) ? mipBound : 0;
    if (Number(model.info.get('primal_solution_status')) !== highs.constants.solutionStatus.feasible) {
      return { bound, note: `HiGHS found no solution (model status ${model.getModelStatus()})` };
    }
    const value = model.getSolution().colValue;
    const groupOf = new Int32Array(p.participants.length).fill(-1);
    classes.forEach((c, ci) => {
      let next = 0;
      for (let g = 0; g < k; g++) {
        const count = Math.round(value[ci * k + g] ?? 0);
        for (let t = 0; t < count && next < c.members.length; t++)
          groupOf[c.members[next++] as number] = pool.groupFrom + g;
      }
    });
    return { groupOf, bound };
  } finally {
    model.dispose();
  }
}
