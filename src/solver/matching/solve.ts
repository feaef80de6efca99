// The assignment model on HiGHS. Binary x[n,m] for each candidate edge; per mentor continuous load steps
// y[m,k] ∈ [0,1] with increasing costs, so the convex load cost stays linear (Σx − Σy = 0 on the mentor's
// row also enforces capacity: there are only free-capacity many steps). With the unmatched penalty as a
// bonus on every x, the model is a min-cost flow: its LP relaxation is integral, so the LP bound is tight
// and the MIP closes at the root. Big instances start from the k best edges per NQT and per mentor and
// price the rest with the LP duals (column generation); when no left-out edge can improve the LP, the
// bound and the optimum hold for every feasible pair.

import type { Highs, Model, ModelData } from 'highs';
import { greedyAssign } from './greedy.ts';
import {
  checkAssignment,
  describeAssignment,
  evaluateAssignment,
  loadCost,
  type MatchingInput,
  type MatchingMentor,
  type MatchingResult,
  marginalLoadCost,
  type PreparedMatching,
  pairScore,
  prepareMatching,
} from './model.ts';

export interface SolveOptions {
  /** Wall-clock limit for the whole solve in seconds (default 60). */
  timeLimitSeconds?: number;
  /** HiGHS `mip_rel_gap` (default 0 up to 100,000 candidate edges, else 1e-4). */
  mipRelGap?: number;
  /** Above this many feasible edges the model goes sparse (default 150,000). */
  maxDenseEdges?: number;
  /** Sparse model: best edges kept per NQT (default 20) … */
  perNqt?: number;
  /** … and per mentor (default 10). */
  perMentor?: number;
  /** Sparse model: most pricing rounds (default 50; each is a hot-started LP). */
  maxPricingRounds?: number;
}

const REDUCED_COST_TOLERANCE = 1e-5;

/** Solves one instance with a loaded HiGHS. Synchronous and CPU-bound: call it from the worker. */
export function solveWithHighs(highs: Highs, input: MatchingInput, options: SolveOptions = {}): MatchingResult {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const timeLimit = options.timeLimitSeconds ?? 60;
  const p = prepareMatching(input);
  const feasibleEdges = p.edgeNqt.length;
  const base: Omit<MatchingResult, 'status' | 'pairs' | 'unmatched' | 'objective' | 'bound' | 'gap'> = {
    boundScope: 'all_edges',
    unmatchedPenalty: p.unmatchedPenalty,
    feasibleEdges,
    candidateEdges: feasibleEdges,
    sparse: null,
    solver: 'highs',
    solveSeconds: 0,
    issues: p.issues,
  };
  if (p.issues.length > 0) {
    return {
      ...base,
      status: 'infeasible',
      pairs: [],
      unmatched: [],
      objective: Number.NaN,
      bound: Number.NaN,
      gap: Number.NaN,
      solveSeconds: elapsed(),
    };
  }

  const greedy = greedyAssign(p);
  const greedyObjective = evaluateAssignment(p, greedy);
  if (feasibleEdges === 0) {
    // Nothing to choose: locked pairs and NQTs without candidates.
    return finish(p, greedy, greedyObjective, 'all_edges', { ...base, solveSeconds: elapsed() });
  }

  const maxDense = options.maxDenseEdges ?? 150_000;
  const isSparse = feasibleEdges > maxDense;
  const selected = new Uint8Array(feasibleEdges);
  const perNqt = options.perNqt ?? 20;
  const perMentor = options.perMentor ?? 10;
  if (isSparse) selectSparse(p, selected, perNqt, perMentor);
  else selected.fill(1);
  // The greedy pairs are always candidates, so the solver can never end worse than greedy.
  markAssignmentEdges(p, greedy, selected);

  const model = highs.createModel();
  try {
    // Column generation: the LP keeps its basis between rounds, so each round is a short hot start.
    const lp = createColumnModel(p, selected);
    model.options.set({ output_flag: false });
    model.passModel(lp.data(highs, false));
    let rounds = 0;
    let lpBound = Number.POSITIVE_INFINITY;
    let priced = !isSparse;
    const maxRounds = options.maxPricingRounds ?? 50;
    for (;;) {
      // HiGHS's time limit counts cumulative run time; restart its clock and give it what is left.
      model.zeroAllClocks();
      model.options.set({ time_limit: Math.max(1, timeLimit - elapsed()) });
      model.run();
      // A bound from an earlier round covers fewer columns and does not bound this model.
      lpBound = Number.POSITIVE_INFINITY;
      if (model.getModelStatus() !== highs.constants.modelStatus.optimal) break;
      lpBound = model.getObjectiveValue();
      if (!isSparse) break;
      if (rounds >= maxRounds || elapsed() > timeLimit * 0.6) break;
      const before = lp.edges.length;
      const added = priceEdges(p, selected, lp, model.getSolution().rowDual, perNqt);
      rounds++;
      if (added === 0) {
        priced = true;
        break;
      }
      model.addCols(lp.columnsFrom(before));
    }

    const candidateEdges = lp.edges.length;
    model.passModel(lp.data(highs, true));
    model.zeroAllClocks();
    model.setSolution({ colValue: lp.startFrom(greedy) });
    model.options.set({
      output_flag: false,
      time_limit: Math.max(1, timeLimit - elapsed()),
      mip_rel_gap: options.mipRelGap ?? (candidateEdges <= 100_000 ? 0 : 1e-4),
    });
    model.run();
    let mentorOf = greedy;
    let objective = greedyObjective;
    let solver: MatchingResult['solver'] = 'greedy';
    let note: string | undefined;
    if (Number(model.info.get('primal_solution_status')) === highs.constants.solutionStatus.feasible) {
      const fromMip = lp.assignmentFrom(model.getSolution().colValue);
      const mipObjective = evaluateAssignment(p, fromMip);
      if (mipObjective >= greedyObjective && checkAssignment(p, fromMip).length === 0) {
        mentorOf = fromMip;
        objective = mipObjective;
        solver = 'highs';
      } else note = 'HiGHS solution not better than greedy';
    } else note = `HiGHS found no solution (model status ${model.getModelStatus()})`;
    const mipBound = Number(model.info.get('mip_dual_bound'));
    const bound = Math.min(lpBound, Number.isFinite(mipBound) ? mipBound : Number.POSITIVE_INFINITY);
    return finish(p, mentorOf, objective, priced ? 'all_edges' : 'candidate_edges', {
      ...base,
      candidateEdges,
      sparse: isSparse ? { perNqt, perMentor, pricingRounds: rounds } : null,
      solver,
      solveSeconds: elapsed(),
      bound,
      ...(note ? { note } : {}),
    });
  } finally {
    model.dispose();
  }
}

function finish(
  p: PreparedMatching,
  mentorOf: Int32Array,
  objective: number,
  boundScope: MatchingResult['boundScope'],
  rest: Omit<MatchingResult, 'status' | 'pairs' | 'unmatched' | 'objective' | 'bound' | 'gap' | 'boundScope'> & {
    bound?: number;
  },
): MatchingResult {
  // With no free choice left the objective is its own bound.
  const bound = Math.max(objective, rest.bound ?? objective);
  const gap = (bound - objective) / Math.max(1, Math.abs(objective));
  const isOptimal = boundScope === 'all_edges' && (bound - objective <= 1e-6 || gap <= 1e-9);
  const { pairs, unmatched } = describeAssignment(p, mentorOf);
  return {
    ...rest,
    status: isOptimal ? 'optimal' : 'feasible',
    pairs,
    unmatched,
    objective,
    bound,
    gap,
    boundScope,
  };
}

/** Cheap deterministic hash so ties spread over mentors instead of all NQTs naming the same few. */
function tieBreak(n: number, m: number): number {
  let h = Math.imul(n ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(m + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 15;
  return (h >>> 0) / 2 ** 33; // < 0.5: never outweighs a point of score
}

function selectSparse(p: PreparedMatching, selected: Uint8Array, perNqt: number, perMentor: number) {
  const E = p.edgeNqt.length;
  const value = new Float64Array(E);
  for (let e = 0; e < E; e++) value[e] = (p.edgeScore[e] ?? 0) + tieBreak(p.edgeNqt[e] ?? 0, p.edgeMentor[e] ?? 0);
  const byValue = (a: number, b: number) => (value[b] ?? 0) - (value[a] ?? 0);
  for (let n = 0; n < p.nqts.length; n++) {
    const from = p.edgeStart[n] ?? 0;
    const to = p.edgeStart[n + 1] ?? 0;
    const edges = Array.from({ length: to - from }, (_, i) => from + i).sort(byValue);
    for (const e of edges.slice(0, perNqt)) selected[e] = 1;
  }
  const byMentor: number[][] = p.mentors.map(() => []);
  for (let e = 0; e < E; e++) byMentor[p.edgeMentor[e] ?? 0]?.push(e);
  p.mentors.forEach((_, m) => {
    const edges = (byMentor[m] ?? []).sort(byValue);
    const keep = Math.max(perMentor, 2 * (p.freeCapacity[m] ?? 0));
    for (const e of edges.slice(0, keep)) selected[e] = 1;
  });
}

function markAssignmentEdges(p: PreparedMatching, mentorOf: Int32Array, selected: Uint8Array) {
  for (let n = 0; n < p.nqts.length; n++) {
    const m = mentorOf[n] ?? -1;
    if (m < 0 || p.lockedMentorOf[n] !== -1) continue;
    for (let e = p.edgeStart[n] ?? 0; e < (p.edgeStart[n + 1] ?? 0); e++) {
      if (p.edgeMentor[e] === m) selected[e] = 1;
    }
  }
}

interface ColumnModel {
  /** Edge index of each x column; x columns follow the load steps and grow by pricing. */
  edges: number[];
  nqtRow: Int32Array;
  mentorRow: Int32Array;
  /** Appends the edge as an x column (pricing). */
  add(edge: number): void;
  /** x columns from the `from`-th on, in the shape `addCols` takes. */
  columnsFrom(from: number): Parameters<Model['addCols']>[0];
  data(highs: Highs, integer: boolean): ModelData;
  startFrom(mentorOf: Int32Array): Float64Array;
  assignmentFrom(colValue: Float64Array): Int32Array;
}

function loadBase(p: PreparedMatching, m: number): number {
  return (p.mentors[m] as MatchingMentor).currentLoad + (p.lockedCount[m] ?? 0);
}

/**
 * Rows: one per unlocked NQT with a feasible edge (Σx ≤ 1) and one per mentor with free capacity and a
 * feasible edge (Σx − Σy = 0). Columns: the mentors' load steps y (cost of the k-th further NQT), then x.
 */
function createColumnModel(p: PreparedMatching, selected: Uint8Array): ColumnModel {
  const P = p.unmatchedPenalty;
  const nqtRow = new Int32Array(p.nqts.length).fill(-1);
  const mentorRow = new Int32Array(p.mentors.length).fill(-1);
  const feasibleOfMentor = new Int32Array(p.mentors.length);
  let rows = 0;
  for (let n = 0; n < p.nqts.length; n++) {
    if ((p.edgeStart[n + 1] ?? 0) > (p.edgeStart[n] ?? 0)) nqtRow[n] = rows++;
  }
  for (const m of p.edgeMentor) feasibleOfMentor[m] = (feasibleOfMentor[m] ?? 0) + 1;
  const stepMentor: number[] = [];
  const stepK: number[] = [];
  p.mentors.forEach((_, m) => {
    if ((feasibleOfMentor[m] ?? 0) === 0) return;
    mentorRow[m] = rows++;
    const count = Math.min(p.freeCapacity[m] ?? 0, feasibleOfMentor[m] ?? 0);
    for (let k = 1; k <= count; k++) {
      stepMentor.push(m);
      stepK.push(k);
    }
  });
  const ny = stepMentor.length;
  const numRows = rows;
  const edges: number[] = [];
  for (let e = 0; e < selected.length; e++) if (selected[e]) edges.push(e);

  const xCost = (e: number) => (p.edgeScore[e] ?? 0) + P;
  const xRows = (e: number): [number, number] => {
    const r1 = nqtRow[p.edgeNqt[e] ?? 0] ?? 0;
    const r2 = mentorRow[p.edgeMentor[e] ?? 0] ?? 0;
    // CSC wants row indices in increasing order within a column.
    return r1 < r2 ? [r1, r2] : [r2, r1];
  };

  // Constant part: locked pairs and their load, and the penalty as if every unlocked NQT were unmatched.
  let offset = 0;
  let unlocked = 0;
  for (let n = 0; n < p.nqts.length; n++) {
    const m = p.lockedMentorOf[n] ?? -1;
    if (m === -1) {
      unlocked++;
      continue;
    }
    const nqt = p.nqts[n];
    const mentor = p.mentors[m];
    if (nqt && mentor) {
      offset += pairScore(nqt, mentor, p.weights, nqt.lineManagerPersonIds.includes(mentor.personId));
    }
  }
  p.mentors.forEach((mentor, m) => {
    offset -= loadCost(mentor.currentLoad, p.lockedCount[m] ?? 0, p.weights);
  });
  offset -= P * unlocked;

  return {
    edges,
    nqtRow,
    mentorRow,
    add(edge) {
      edges.push(edge);
    },
    columnsFrom(from) {
      const count = edges.length - from;
      const cost = new Float64Array(count);
      const starts = new Int32Array(count + 1);
      const indices = new Int32Array(2 * count);
      const values = new Float64Array(2 * count).fill(1);
      for (let j = 0; j < count; j++) {
        const e = edges[from + j] ?? 0;
        cost[j] = xCost(e);
        starts[j] = 2 * j;
        [indices[2 * j], indices[2 * j + 1]] = xRows(e);
      }
      starts[count] = 2 * count;
      return {
        cost,
        lower: new Float64Array(count),
        upper: new Float64Array(count).fill(1),
        matrix: { format: 'csc', numRows, numCols: count, starts, indices, values },
      };
    },
    data(highs, integer) {
      const nx = edges.length;
      const numCols = ny + nx;
      const colCost = new Float64Array(numCols);
      const starts = new Int32Array(numCols + 1);
      const indices = new Int32Array(ny + 2 * nx);
      const values = new Float64Array(ny + 2 * nx);
      let nz = 0;
      for (let s = 0; s < ny; s++) {
        const m = stepMentor[s] ?? 0;
        colCost[s] = -marginalLoadCost(loadBase(p, m) + (stepK[s] ?? 0), p.weights);
        starts[s] = nz;
        indices[nz] = mentorRow[m] ?? 0;
        values[nz++] = -1;
      }
      for (let j = 0; j < nx; j++) {
        const e = edges[j] ?? 0;
        colCost[ny + j] = xCost(e);
        starts[ny + j] = nz;
        const [r1, r2] = xRows(e);
        indices[nz] = r1;
        values[nz++] = 1;
        indices[nz] = r2;
        values[nz++] = 1;
      }
      starts[numCols] = nz;
      const rowLower = new Float64Array(numRows);
      const rowUpper = new Float64Array(numRows);
      for (const r of nqtRow) {
        if (r < 0) continue;
        rowLower[r] = -highs.infinity;
        rowUpper[r] = 1;
      }
      return {
        numCols,
        numRows,
        sense: highs.constants.objectiveSense.maximize,
        offset,
        colCost,
        colLower: new Float64Array(numCols),
        colUpper: new Float64Array(numCols).fill(1),
        rowLower,
        rowUpper,
        matrix: { format: 'csc', numRows, numCols, starts, indices, values },
        ...(integer ? { integrality: new Int32Array(numCols).fill(1, ny) } : {}),
      };
    },
    startFrom(mentorOf) {
      const col = new Float64Array(ny + edges.length);
      const used = new Int32Array(p.mentors.length);
      edges.forEach((e, j) => {
        const n = p.edgeNqt[e] ?? 0;
        const m = p.edgeMentor[e] ?? 0;
        if (mentorOf[n] === m && p.lockedMentorOf[n] === -1) {
          col[ny + j] = 1;
          used[m] = (used[m] ?? 0) + 1;
        }
      });
      for (let s = 0; s < ny; s++) {
        if ((stepK[s] ?? 0) <= (used[stepMentor[s] ?? 0] ?? 0)) col[s] = 1;
      }
      return col;
    },
    assignmentFrom(colValue) {
      const mentorOf = Int32Array.from(p.lockedMentorOf);
      edges.forEach((e, j) => {
        if ((colValue[ny + j] ?? 0) > 0.5) mentorOf[p.edgeNqt[e] ?? 0] = p.edgeMentor[e] ?? 0;
      });
      return mentorOf;
    },
  };
}

/**
 * Adds left-out edges whose LP reduced cost c − σ_n − π_m is positive (HiGHS reports duals with
 * colDual = c − Aᵀ·rowDual); at most `limit` per NQT, the best first. Returns how many were added.
 */
function priceEdges(
  p: PreparedMatching,
  selected: Uint8Array,
  lp: ColumnModel,
  rowDual: Float64Array,
  limit: number,
): number {
  const P = p.unmatchedPenalty;
  // A mentor without candidate edges has no row; the least dual that keeps its first load step
  // dual-feasible is that step's cost.
  const mentorDual = new Float64Array(p.mentors.length);
  p.mentors.forEach((_, m) => {
    const r = lp.mentorRow[m] ?? -1;
    mentorDual[m] = r >= 0 ? (rowDual[r] ?? 0) : marginalLoadCost(loadBase(p, m) + 1, p.weights);
  });
  let added = 0;
  const found: [number, number][] = [];
  for (let n = 0; n < p.nqts.length; n++) {
    const from = p.edgeStart[n] ?? 0;
    const to = p.edgeStart[n + 1] ?? 0;
    if (from === to) continue;
    const r = lp.nqtRow[n] ?? -1;
    const nqtDual = r >= 0 ? (rowDual[r] ?? 0) : 0;
    found.length = 0;
    for (let e = from; e < to; e++) {
      if (selected[e]) continue;
      const m = p.edgeMentor[e] ?? 0;
      const reduced = (p.edgeScore[e] ?? 0) + P - nqtDual - (mentorDual[m] ?? 0);
      if (reduced > REDUCED_COST_TOLERANCE) found.push([e, reduced]);
    }
    if (found.length === 0) continue;
    found.sort((a, b) => b[1] - a[1]);
    for (const [e] of found.slice(0, limit)) {
      selected[e] = 1;
      lp.add(e);
      added++;
    }
  }
  return added;
}
