/**
 * Which saved network group a newly saved group continues, so a grouping saved again (a new proposal, or
 * the same one adjusted) keeps the groups' ids — and with them their planned meetings and attendance.
 *
 * Decisions:
 * - A new group continues the saved group it shares the most members with; pairs are taken greedily,
 *   largest overlap first (ties: the earlier saved group, then the earlier new group), each group once.
 * - A new group that shares nobody with a saved group is new; a saved group nobody continues is gone.
 */
export function matchSavedGroups(
  saved: readonly { id: string; memberIds: readonly string[] }[],
  incoming: readonly { memberIds: readonly string[] }[],
): (string | null)[] {
  const pairs: { overlap: number; s: number; i: number }[] = [];
  saved.forEach((group, s) => {
    const members = new Set(group.memberIds);
    incoming.forEach((next, i) => {
      const overlap = next.memberIds.filter((id) => members.has(id)).length;
      if (overlap > 0) pairs.push({ overlap, s, i });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.s - b.s || a.i - b.i);
  const result: (string | null)[] = incoming.map(() => null);
  const taken = new Set<number>();
  for (const { s, i } of pairs) {
    if (taken.has(s) || result[i] !== null) continue;
    result[i] = saved[s]?.id ?? null;
    taken.add(s);
  }
  return result;
}
