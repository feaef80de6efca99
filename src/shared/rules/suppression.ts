/*
 * Small-group suppression for survey results: anonymity by construction, not by promise.
 *
 * The population is the survey's responses. Each response carries one group label per breakdown
 * dimension (role, unit type, programme year; a missing label is a group of its own, `NO_LABEL`,
 * because leaving it out would publish it anyway as the total minus the others). What is published
 * is the total and, per dimension, a count per group — never a cross-tabulation of two dimensions.
 * Everything else shown for a group (counts per answer option, means, "no answer") is the same
 * breakdown restricted to one answer, so a group hidden here is hidden in every question and every
 * export, and a set of people the reader cannot count cannot be counted for any one answer either.
 *
 * The method, with k the minimum group size (default 5, configurable, never below 3):
 *
 * 1. Total. With fewer than k responses nothing is published: no total, no group, no question.
 * 2. Primary suppression. Any group with 1 ≤ n < k is hidden.
 * 3. Complementary suppression within a dimension. The hidden groups of a dimension can always be
 *    summed as total − published groups, so the hidden block must be at least two groups AND hold
 *    at least k responses together. While it does not, the smallest published group of that
 *    dimension is hidden too (ties broken by label, so the result is stable).
 * 4. Complementary suppression across dimensions (the audit). Several breakdowns of the same
 *    population, and hierarchies inside it (programme year is only given for NQTs, so "year 1" +
 *    "year 2" + "no year" nests inside the role breakdown), let a reader combine published counts:
 *    "NQTs − year-1 NQTs" is the year-2 NQTs even when year 2 is hidden. We assume the worst reader:
 *    they know which combinations of labels occur at all (which cross-cells are empty) and may add
 *    and subtract any published counts. A set of responses is *derivable* when its indicator over
 *    the non-empty cross-cells is a linear combination of the published groups' indicators (and the
 *    total's). The audit enumerates every derivable set (all 0/1 vectors in that row space) and, if
 *    one holds 1..k−1 responses, hides one more published group — the smallest whose removal makes
 *    that set underivable, else the smallest published group — and runs steps 3–4 again. Each
 *    round hides a group, so it ends; at worst only the total is left, which is ≥ k.
 *
 * What this does and does not promise (decisions, documented for the product owner):
 * - It protects group SIZE: every set of respondents whose answers a reader can isolate from the
 *   published numbers holds at least k people. It is group-size suppression as issue 5 asks, not
 *   l-diversity: if all 6 published mentors chose "i svært stor grad", the table says so — and so
 *   each of them did. Shown per question, "no answer" keeps the question's counts summing to the
 *   group's n, so no question has a smaller population than its group.
 * - It defends against exact derivation (sums and differences of published counts), not interval
 *   bounds: a reader may learn that a hidden group has at most 7 members.
 * - It knows nothing the reader brings from outside beyond the empty cross-cells: a respondent who
 *   knows their own answer removes themselves from a group of k, which is why k is never below 3.
 * - Free text is never broken down: a comment shown under a published group and under the total
 *   would reveal the hidden groups' comments by difference. Free text is shown for the whole survey
 *   only, when the total is published (n ≥ k).
 */

export const DEFAULT_MIN_GROUP_SIZE = 5;
export const MIN_GROUP_SIZE_FLOOR = 3;
/** The label of responses without a label in a dimension (e.g. no programme year for a mentor). */
export const NO_LABEL = '';

/** The minimum group size actually applied: the configured one, never below the floor. */
export function effectiveMinGroupSize(configured?: number | null): number {
  if (configured === undefined || configured === null || !Number.isFinite(configured)) return DEFAULT_MIN_GROUP_SIZE;
  return Math.max(MIN_GROUP_SIZE_FLOOR, Math.floor(configured));
}

/** A cross-cell: how many responses carry exactly these labels, one per dimension in order. */
export interface Cell {
  labels: readonly string[];
  count: number;
}

export type SuppressionReason = 'primary' | 'complementary' | 'total';

export interface GroupStatus {
  group: string;
  n: number;
  /** Null when published; why it is hidden otherwise. */
  suppressed: SuppressionReason | null;
}

export interface DimensionStatus {
  dimension: string;
  groups: GroupStatus[];
}

export interface SuppressionPlan {
  minGroupSize: number;
  total: { n: number; suppressed: boolean };
  dimensions: DimensionStatus[];
}

export interface SuppressionInput {
  dimensions: readonly string[];
  cells: readonly Cell[];
  minGroupSize: number;
}

/** Decides which groups of which breakdown may be published (see the method above). */
export function planSuppression(input: SuppressionInput): SuppressionPlan {
  const k = effectiveMinGroupSize(input.minGroupSize);
  const cells = mergeCells(input.cells, input.dimensions.length);
  const total = cells.reduce((sum, c) => sum + c.count, 0);

  const dims: DimensionStatus[] = input.dimensions.map((dimension, d) => {
    const sizes = new Map<string, number>();
    for (const cell of cells) sizes.set(labelAt(cell, d), (sizes.get(labelAt(cell, d)) ?? 0) + cell.count);
    const groups = [...sizes.entries()]
      .sort(([a], [b]) => compareLabels(a, b))
      .map(([group, n]): GroupStatus => ({ group, n, suppressed: null }));
    return { dimension, groups };
  });

  if (total < k) {
    for (const dim of dims) for (const g of dim.groups) g.suppressed = 'total';
    return { minGroupSize: k, total: { n: total, suppressed: true }, dimensions: dims };
  }

  for (const dim of dims) for (const g of dim.groups) if (g.n < k) g.suppressed = 'primary';

  // Each round hides at least one more group, so this runs at most (number of groups) rounds.
  for (;;) {
    for (const dim of dims) closeDimension(dim, k);
    const leak = findSmallDerivableSet(cells, dims, k);
    if (!leak) break;
    const victim = chooseComplement(cells, dims, leak);
    victim.suppressed = 'complementary';
  }
  return { minGroupSize: k, total: { n: total, suppressed: false }, dimensions: dims };
}

/** True when the plan lets this group's figures be shown. */
export function isPublished(plan: SuppressionPlan, dimension: string, group: string): boolean {
  if (plan.total.suppressed) return false;
  const found = plan.dimensions.find((d) => d.dimension === dimension)?.groups.find((g) => g.group === group);
  return found !== undefined && found.suppressed === null;
}

/** Free text is shown for the whole survey only, and only when the total is published. */
export function mayShowFreeText(plan: SuppressionPlan): boolean {
  return !plan.total.suppressed;
}

// ---------------------------------------------------------------------------------------------

interface MergedCell {
  labels: string[];
  count: number;
}

function labelAt(cell: MergedCell, d: number): string {
  return cell.labels[d] ?? NO_LABEL;
}

/** The "no label" group sorts last; others by code. */
function compareLabels(a: string, b: string): number {
  if (a === b) return 0;
  if (a === NO_LABEL) return 1;
  if (b === NO_LABEL) return -1;
  return a < b ? -1 : 1;
}

function mergeCells(cells: readonly Cell[], dimensionCount: number): MergedCell[] {
  const merged = new Map<string, MergedCell>();
  for (const cell of cells) {
    if (!Number.isInteger(cell.count) || cell.count < 0) throw new Error('A cell count must be a whole number ≥ 0');
    if (cell.count === 0) continue;
    const labels = Array.from({ length: dimensionCount }, (_, d) => cell.labels[d] ?? NO_LABEL);
    const key = JSON.stringify(labels);
    const existing = merged.get(key);
    if (existing) existing.count += cell.count;
    else merged.set(key, { labels, count: cell.count });
  }
  return [...merged.values()];
}

/** Step 3: the hidden block of a dimension is empty, or ≥ 2 groups holding ≥ k responses. */
function closeDimension(dim: DimensionStatus, k: number): void {
  for (;;) {
    const hidden = dim.groups.filter((g) => g.suppressed !== null);
    if (hidden.length === 0) return;
    const hiddenSum = hidden.reduce((sum, g) => sum + g.n, 0);
    if (hidden.length >= 2 && hiddenSum >= k) return;
    const next = smallest(dim.groups.filter((g) => g.suppressed === null));
    // Everything hidden: the block is the total, which is ≥ k here.
    if (!next) return;
    next.suppressed = 'complementary';
  }
}

function smallest(groups: GroupStatus[]): GroupStatus | undefined {
  let best: GroupStatus | undefined;
  for (const g of groups) if (!best || g.n < best.n) best = g;
  return best;
}

interface PublishedVector {
  group: GroupStatus | null; // null: the total
  membership: number[]; // 0/1 per cell
}

function publishedVectors(cells: MergedCell[], dims: DimensionStatus[]): PublishedVector[] {
  const vectors: PublishedVector[] = [{ group: null, membership: cells.map(() => 1) }];
  dims.forEach((dim, d) => {
    for (const g of dim.groups) {
      if (g.suppressed !== null) continue;
      vectors.push({ group: g, membership: cells.map((c) => (labelAt(c, d) === g.group ? 1 : 0)) });
    }
  });
  return vectors;
}

const EPS = 1e-7;

/** Reduced row echelon form (Gauss–Jordan on small 0/1 matrices); returns the rows and pivot columns. */
function rref(rows: number[][], width: number): { rows: number[][]; pivots: number[] } {
  const m = rows.map((r) => [...r]);
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    let pivotRow = -1;
    let best = EPS;
    for (let r = rank; r < m.length; r++) {
      const value = Math.abs(m[r]?.[col] ?? 0);
      if (value > best) {
        best = value;
        pivotRow = r;
      }
    }
    if (pivotRow < 0) continue;
    const swap = m[pivotRow] as number[];
    m[pivotRow] = m[rank] as number[];
    m[rank] = swap;
    const pivot = swap[col] as number;
    for (let c = 0; c < width; c++) swap[c] = (swap[c] as number) / pivot;
    for (let r = 0; r < m.length; r++) {
      if (r === rank) continue;
      const row = m[r] as number[];
      const factor = row[col] as number;
      if (Math.abs(factor) < EPS) continue;
      for (let c = 0; c < width; c++) row[c] = (row[c] as number) - factor * (swap[c] as number);
    }
    pivots.push(col);
    rank++;
  }
  return { rows: m.slice(0, rank), pivots };
}

/**
 * Step 4: a derivable set of 1..k−1 responses, as 0/1 per cell, or null. Every vector of the row
 * space equals the sum of its pivot entries times the RREF rows, so the 0/1 vectors are found among
 * the 2^rank pivot patterns.
 */
function findSmallDerivableSet(cells: MergedCell[], dims: DimensionStatus[], k: number): number[] | null {
  const vectors = publishedVectors(cells, dims);
  const { rows } = rref(
    vectors.map((v) => v.membership),
    cells.length,
  );
  const rank = rows.length;
  const sum = new Array<number>(cells.length);
  for (let mask = 1; mask < 1 << rank; mask++) {
    sum.fill(0);
    for (let r = 0; r < rank; r++) {
      if (!(mask & (1 << r))) continue;
      const row = rows[r] as number[];
      for (let c = 0; c < cells.length; c++) sum[c] = (sum[c] as number) + (row[c] as number);
    }
    let size = 0;
    let isSet = true;
    for (let c = 0; c < cells.length; c++) {
      const v = sum[c] as number;
      if (Math.abs(v - 1) < EPS) size += (cells[c] as MergedCell).count;
      else if (Math.abs(v) >= EPS) {
        isSet = false;
        break;
      }
    }
    if (isSet && size > 0 && size < k) return sum.map((v) => (Math.abs(v - 1) < EPS ? 1 : 0));
  }
  return null;
}

function isInRowSpace(target: number[], rows: number[][], width: number): boolean {
  const before = rref(rows, width).rows.length;
  const after = rref([...rows, target], width).rows.length;
  return after === before;
}

/** The group to hide next: the smallest whose removal makes the leaked set underivable. */
function chooseComplement(cells: MergedCell[], dims: DimensionStatus[], leak: number[]): GroupStatus {
  const vectors = publishedVectors(cells, dims);
  const candidates = vectors
    .filter((v): v is PublishedVector & { group: GroupStatus } => v.group !== null)
    .sort((a, b) => a.group.n - b.group.n || compareLabels(a.group.group, b.group.group));
  for (const candidate of candidates) {
    const rest = vectors.filter((v) => v !== candidate).map((v) => v.membership);
    if (!isInRowSpace(leak, rest, cells.length)) return candidate.group;
  }
  const fallback = candidates[0];
  // Only the total published and still a leak cannot happen: the total alone derives only itself (≥ k).
  if (!fallback) throw new Error('Suppression found a leak with no group left to hide');
  return fallback.group;
}
