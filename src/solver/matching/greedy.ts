// The greedy baseline: each NQT in turn takes its best feasible mentor with capacity left. Used as the
// solver's starting solution, as its fallback, and by the tests (the solver is never worse).

import { marginalLoadCost, type PreparedMatching } from './model.ts';

/** Mentor index per NQT (-1 when unmatched), locked pairs kept. */
export function greedyAssign(p: PreparedMatching): Int32Array {
  const mentorOf = Int32Array.from(p.lockedMentorOf);
  const load = new Int32Array(p.mentors.length);
  const free = Int32Array.from(p.freeCapacity);
  p.mentors.forEach((mentor, m) => {
    load[m] = mentor.currentLoad + (p.lockedCount[m] ?? 0);
  });
  for (let n = 0; n < p.nqts.length; n++) {
    if (mentorOf[n] !== -1) continue;
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    const end = p.edgeStart[n + 1] ?? 0;
    for (let e = p.edgeStart[n] ?? 0; e < end; e++) {
      const m = p.edgeMentor[e] ?? 0;
      if ((free[m] ?? 0) <= 0) continue;
      const value = (p.edgeScore[e] ?? 0) - marginalLoadCost((load[m] ?? 0) + 1, p.weights);
      if (value > bestValue) {
        bestValue = value;
        best = m;
      }
    }
    if (best === -1) continue;
    mentorOf[n] = best;
    load[best] = (load[best] ?? 0) + 1;
    free[best] = (free[best] ?? 0) - 1;
  }
  return mentorOf;
}
