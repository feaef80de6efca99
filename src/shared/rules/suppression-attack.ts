import type { Cell, SuppressionPlan } from './suppression.ts';

/*
 * Test support, not used by the app: the attacker the suppression property tests (rules and exports)
 * run against what is published.
 */

/**
 * The attacker: sees only what a results page or an export publishes — the total and each published
 * group's count — and knows which label combinations occur at all (the worst case: a coordinator
 * knows there are no mentors in programme year 1). Tries every sum and difference of published counts
 * (every coefficient in {−1, 0, 1}); a combination that adds up to exactly one 0/1 set of cross-cells
 * counts that set of people. Returns the first set of 1..k−1 people it can count, or null.
 */
export interface PublishedCount {
  /** Dimension index, or -1 for the total. */
  dimension: number;
  group: string;
  n: number;
}

export function attack(
  population: Cell[],
  published: PublishedCount[],
  k: number,
): { size: number; cells: string[] } | null {
  const support = new Map<string, string[]>();
  for (const c of population) if (c.count > 0) support.set(JSON.stringify(c.labels), [...c.labels]);
  const keys = [...support.keys()];
  const vectors = published.map((p) =>
    keys.map((key) => {
      const labels = support.get(key) as string[];
      return p.dimension < 0 || labels[p.dimension] === p.group ? 1 : 0;
    }),
  );
  const acc = new Array<number>(keys.length).fill(0);
  let found: { size: number; cells: string[] } | null = null;
  const visit = (i: number, value: number, used: boolean) => {
    if (found) return;
    if (i === published.length) {
      if (!used || value < 1 || value >= k) return;
      if (acc.every((v) => v === 0 || v === 1)) found = { size: value, cells: keys.filter((_, c) => acc[c] === 1) };
      return;
    }
    const vector = vectors[i] as number[];
    const n = (published[i] as PublishedCount).n;
    visit(i + 1, value, used);
    for (const sign of [1, -1]) {
      for (let c = 0; c < keys.length; c++) acc[c] = (acc[c] as number) + sign * (vector[c] as number);
      visit(i + 1, value + sign * n, true);
      for (let c = 0; c < keys.length; c++) acc[c] = (acc[c] as number) - sign * (vector[c] as number);
    }
  };
  visit(0, 0, false);
  return found;
}

/** What the plan lets a page publish, as the attacker reads it. */
export function publishedCounts(plan: SuppressionPlan): PublishedCount[] {
  if (plan.total.suppressed) return [];
  const out: PublishedCount[] = [{ dimension: -1, group: '*', n: plan.total.n }];
  plan.dimensions.forEach((dim, d) => {
    for (const g of dim.groups) if (g.suppressed === null) out.push({ dimension: d, group: g.group, n: g.n });
  });
  return out;
}
