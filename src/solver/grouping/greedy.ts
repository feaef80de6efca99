// Two simple groupings per pool: dealing (participants sorted by unit, dealt round the groups in turn:
// always within every bound when `checkFeasibility` found nothing, so the proof that the checks are
// sufficient) and a greedy one (each participant, the hardest to place first, takes the cheapest group
// with room; dealing when it gets stuck). The better one warm-starts the solver; the tests check the
// solver is never worse than greedy.

import { evaluateGrouping, type PreparedGrouping, type PreparedPool, yearDeviation } from './model.ts';

/** Round-robin dealing by unit: sizes differ by at most one, a unit of c gets at most ⌈c / k⌉ per group. */
export function dealGrouping(p: PreparedGrouping): Int32Array {
  const groupOf = new Int32Array(p.participants.length).fill(-1);
  for (const pool of p.pools) {
    const k = pool.groupTo - pool.groupFrom;
    const sorted = [...pool.members].sort((a, b) => {
      const ua = p.participants[a]?.unitId ?? '';
      const ub = p.participants[b]?.unitId ?? '';
      return ua < ub ? -1 : ua > ub ? 1 : a - b;
    });
    sorted.forEach((i, j) => {
      groupOf[i] = pool.groupFrom + (j % k);
    });
  }
  return groupOf;
}

/** Greedy by marginal penalty into the balanced sizes; falls back to dealing for a pool where it gets stuck. */
export function greedyGrouping(p: PreparedGrouping): Int32Array {
  const groupOf = new Int32Array(p.participants.length).fill(-1);
  const dealt = dealGrouping(p);
  for (const pool of p.pools) {
    if (!greedyPool(p, pool, groupOf)) for (const i of pool.members) groupOf[i] = dealt[i] ?? -1;
  }
  return groupOf;
}

function greedyPool(p: PreparedGrouping, pool: PreparedPool, groupOf: Int32Array): boolean {
  const G = p.groups.length;
  const unitSize = new Map<string, number>();
  for (const i of pool.members) {
    const unit = p.participants[i]?.unitId ?? '';
    unitSize.set(unit, (unitSize.get(unit) ?? 0) + 1);
  }
  // Those with a continued group first, then the biggest units (the same-unit limit binds them).
  const order = [...pool.members].sort((a, b) => {
    const anchored = Number(p.anchorOf[b] !== -1) - Number(p.anchorOf[a] !== -1);
    if (anchored !== 0) return anchored;
    const ua = p.participants[a]?.unitId ?? '';
    const ub = p.participants[b]?.unitId ?? '';
    return (unitSize.get(ub) ?? 0) - (unitSize.get(ua) ?? 0) || (ua < ub ? -1 : ua > ub ? 1 : a - b);
  });
  const size = new Map<number, number>();
  const yearTwo = new Map<number, number>();
  const unitCount = new Map<string, number>();
  const w = p.weights;
  for (const i of order) {
    const participant = p.participants[i];
    if (!participant) continue;
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let g = pool.groupFrom; g < pool.groupTo; g++) {
      const s = size.get(g) ?? 0;
      if (s >= (p.groups[g]?.share ?? 0)) continue;
      if ((unitCount.get(`${participant.unitId}|${g}`) ?? 0) >= p.maxPerUnit) continue;
      const y2 = yearTwo.get(g) ?? 0;
      const addY2 = participant.programmeYear === 2 ? 1 : 0;
      // The share the group will have when full decides the fair year mix.
      const share = p.groups[g]?.share ?? 0;
      const balance =
        yearDeviation(p, pool, share, y2 + addY2 + expectedRest(pool, share - s - 1)) -
        yearDeviation(p, pool, share, y2 + expectedRest(pool, share - s));
      const cost =
        (participant.lastGroupId && p.anchorOf[i] !== g && p.anchorOf[i] !== -1 ? w.keepLastYear : 0) +
        w.yearBalance * balance +
        (p.hasTravel ? w.travelPerKm * (p.distance[i * G + g] ?? 0) : 0);
      if (cost < bestCost - 1e-9) {
        bestCost = cost;
        best = g;
      }
    }
    if (best === -1) return false;
    groupOf[i] = best;
    size.set(best, (size.get(best) ?? 0) + 1);
    if (participant.programmeYear === 2) yearTwo.set(best, (yearTwo.get(best) ?? 0) + 1);
    const key = `${participant.unitId}|${best}`;
    unitCount.set(key, (unitCount.get(key) ?? 0) + 1);
  }
  return true;
}

/** Year-two participants expected among `rest` places still to fill. */
const expectedRest = (pool: PreparedPool, rest: number) => pool.yearTwoShare * Math.max(0, rest);

/** The better of greedy and dealing (both within every bound when the checks pass). */
export function bestSimpleGrouping(p: PreparedGrouping): { groupOf: Int32Array; objective: number } {
  const greedy = greedyGrouping(p);
  const dealt = dealGrouping(p);
  const a = evaluateGrouping(p, greedy).objective;
  const b = evaluateGrouping(p, dealt).objective;
  return a <= b ? { groupOf: greedy, objective: a } : { groupOf: dealt, objective: b };
}
