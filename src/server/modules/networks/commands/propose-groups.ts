import type { Locale } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import type { NetworkProposal, ProposeNetworkInput } from '../../../../shared/schemas/networks.ts';
import { solveGrouping } from '../../../../solver/grouping/index.ts';
import { AppError } from '../../../lib/errors.ts';
import { groupWhy, type NetworkContext, presentIssue, solverParticipants, yearTwoShares } from '../queries.ts';

/** 150 participants solve in about a second; a region's 2,000 in about half a minute. */
const SOLVE_TIME_LIMIT_SECONDS = 60;

// One solve per programme and kind at a time, in this process (as for matching).
const solving = new Set<string>();

/**
 * Runs the solver on the participants of the context and answers with the proposal (named groups with
 * their reasons, or the issues that make any grouping impossible). Nothing is saved: the coordinator
 * looks, adjusts and saves.
 */
export async function proposeGroups({
  ctx,
  input,
  locale,
}: {
  ctx: NetworkContext;
  input: ProposeNetworkInput;
  locale: Locale;
}): Promise<NetworkProposal> {
  const key = `${ctx.programme.id}:${ctx.kind}`;
  if (solving.has(key)) throw new AppError('NETWORK_PROPOSAL_IN_PROGRESS');
  solving.add(key);
  try {
    const rules = { maxPerUnit: input.maxPerUnit, keepKindergartenApart: input.keepKindergartenApart };
    const result = await solveGrouping(
      {
        participants: solverParticipants(ctx),
        minSize: ctx.minSize,
        maxSize: ctx.maxSize,
        ...rules,
        // Mentors have no programme years to balance.
        balanceYears: ctx.kind === 'nqt' && (input.balanceYears ?? true),
        keepLastYear: input.keepLastYear ?? true,
        ...(input.groupCounts ? { groupCounts: input.groupCounts } : {}),
      },
      { timeLimitSeconds: SOLVE_TIME_LIMIT_SECONDS },
    );
    const shares = yearTwoShares(ctx, rules.keepKindergartenApart);
    const numberInPool = new Map<string, number>();
    const finite = (x: number) => (Number.isFinite(x) ? x : null);
    return {
      kind: ctx.kind,
      rules,
      status: result.status,
      objective: finite(result.objective),
      bound: finite(result.bound),
      gap: finite(result.gap),
      solveSeconds: result.solveSeconds,
      separatedFromLastYear: result.terms.separatedFromLastYear,
      issues: result.issues.map((issue) => presentIssue(issue, ctx)),
      groups: result.groups.map((g) => {
        const n = (numberInPool.get(g.pool) ?? 0) + 1;
        numberInPool.set(g.pool, n);
        const members = g.memberIds
          .map((id) => ctx.participants.get(id))
          .filter((m) => m !== undefined)
          .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
        return {
          id: null,
          name: translate(locale, `networks.groupName.${ctx.kind}.${g.pool}`, { n: String(n) }),
          pool: g.pool,
          continuesGroupId: g.continuesGroupId,
          continuesGroupName: g.continuesGroupId ? (ctx.lastYearGroupNames.get(g.continuesGroupId) ?? null) : null,
          members: members.map(({ solver: _solver, ...m }) => m),
          why: {
            ...groupWhy(members, g.continuesGroupId, shares.get(g.pool) ?? 0),
            averageKm: g.why.averageKm,
            maxKm: g.why.maxKm,
          },
        };
      }),
    };
  } finally {
    solving.delete(key);
  }
}
