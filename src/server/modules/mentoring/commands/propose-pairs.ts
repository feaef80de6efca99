import { and, eq, ne } from 'drizzle-orm';
import type { IsoDate } from '../../../../shared/rules/school-year.ts';
import type { MatchingRun, PairStatus, ProposeInput } from '../../../../shared/schemas/mentoring.ts';
import {
  type MatchedPair,
  type MatchingInput,
  type MatchingResult,
  resolveWeights,
  solveMatching,
} from '../../../../solver/matching/index.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { matchingRuns, mentorPairs } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { LOCK_SPACES, withTryLock } from '../../../lib/locks.ts';
import type { Actor } from '../../auth/actor.ts';
import { buildProposalInput, explainTerms, loadMatchingContext, type MatchingContext } from '../matching-queries.ts';
import type { ProgrammeRow } from '../queries.ts';

/** A solve has no business running longer than this on an owner's programme (150 × 61 takes well under a second). */
const SOLVE_TIME_LIMIT_SECONDS = 60;

// One solve per programme at a time: a set per app instance (keyed by its database handle; cheap, and
// all there is on PGlite), and across processes on one PostgreSQL an advisory lock held for the solve
// (lib/locks.ts).
const solvingByDb = new WeakMap<Db, Set<string>>();
function solvingIn(db: Db): Set<string> {
  let set = solvingByDb.get(db);
  if (!set) {
    set = new Set();
    solvingByDb.set(db, set);
  }
  return set;
}

/** Whether this app instance (its database handle) is solving a proposal for the programme right now. */
export function isSolving(db: Db, programmeId: string): boolean {
  return solvingIn(db).has(programmeId);
}

interface ProposeArgs {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
  input: ProposeInput;
  today: IsoDate;
}

/**
 * Proposes mentors for every enrolled NQT without an accepted pair: builds the solver input from the
 * database, solves in the worker, and replaces the previous unlocked proposals with the new ones. A
 * second call for the same programme while one solves, in this process or another on the same
 * database, is 409 MATCHING_IN_PROGRESS.
 */
export async function proposePairs(args: ProposeArgs): Promise<void> {
  const { db, programme } = args;
  const solving = solvingIn(db);
  if (solving.has(programme.id)) throw new AppError('MATCHING_IN_PROGRESS');
  solving.add(programme.id);
  try {
    const outcome = await withTryLock(db, LOCK_SPACES.matchingSolve, programme.id, () => solveAndRecord(args));
    if (!outcome.acquired) throw new AppError('MATCHING_IN_PROGRESS');
  } finally {
    solving.delete(programme.id);
  }
}

async function solveAndRecord({ db, actor, programme, input, today }: ProposeArgs): Promise<void> {
  const ctx = await loadMatchingContext(db, programme.ownerId, programme, today);
  // The programme's saved weights, and over them any the caller tries for this one run.
  const solverInput = buildProposalInput(ctx, { ...programme.settings.matchingWeights, ...input.weights });
  const result = await solveMatching(solverInput, { timeLimitSeconds: SOLVE_TIME_LIMIT_SECONDS });
  await db.transaction(async (tx) => {
    const run = await recordProposal(tx, { ctx, solverInput, result, actorUserId: actor.userId, status: 'proposed' });
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: programme.ownerId,
      action: 'matching.propose',
      entity: 'programme',
      entityId: programme.id,
      details: {
        runId: run.id,
        status: result.status,
        proposed: run.proposedCount,
        unmatched: result.unmatched.length,
        weights: run.weights,
      },
    });
  });
}

/**
 * Writes a solver result: the run's figures, then its pairs with `status` (`proposed` from the
 * coordinator's button, `accepted` when the demo seed pairs everyone). Unlocked proposals of the
 * programme are replaced; locked ones get their fresh explanation. A pair is written only if its NQT
 * still has no open pair, so an accept or a hand-made pair saved during the solve wins.
 */
export async function recordProposal(
  tx: DbOrTx,
  opts: {
    ctx: MatchingContext;
    solverInput: MatchingInput;
    result: MatchingResult;
    actorUserId: string | null;
    status: Extract<PairStatus, 'proposed' | 'accepted'>;
  },
) {
  const { ctx, solverInput, result, actorUserId, status } = opts;
  const weights = resolveWeights(solverInput.weights);
  const { ownerId, programme } = ctx;
  const scope = and(eq(mentorPairs.ownerId, ownerId), eq(mentorPairs.programmeId, programme.id));

  await tx.delete(mentorPairs).where(and(scope, eq(mentorPairs.status, 'proposed'), eq(mentorPairs.locked, false)));
  const open = await tx
    .select({ id: mentorPairs.id, enrolmentId: mentorPairs.enrolmentId, mentorPersonId: mentorPairs.mentorPersonId })
    .from(mentorPairs)
    .where(and(scope, ne(mentorPairs.status, 'ended')));
  const openByEnrolment = new Map(open.map((p) => [p.enrolmentId, p]));
  // Capacity again at write time: pairs accepted or made by hand during the solve count too.
  const load = new Map<string, number>();
  for (const p of open) load.set(p.mentorPersonId, (load.get(p.mentorPersonId) ?? 0) + 1);
  const fresh = (result.status === 'infeasible' ? [] : result.pairs).filter((p) => {
    if (openByEnrolment.has(p.nqtId)) return false;
    const next = (load.get(p.mentorId) ?? 0) + 1;
    if (next > (ctx.profiles.get(p.mentorId)?.capacity ?? 0)) return false;
    load.set(p.mentorId, next);
    return true;
  });

  const issues: MatchingRun['issues'] = result.issues.map((issue) =>
    'pair' in issue
      ? { code: issue.code, enrolmentId: issue.pair.nqtId, mentorPersonId: issue.pair.mentorId }
      : { code: issue.code, enrolmentId: null, mentorPersonId: issue.mentorId },
  );
  const [run] = await tx
    .insert(matchingRuns)
    .values({
      ownerId,
      programmeId: programme.id,
      status: result.status,
      solver: result.solver,
      objective: result.objective,
      bound: result.bound,
      gap: result.gap,
      boundScope: result.boundScope,
      solveSeconds: result.solveSeconds,
      nqtCount: solverInput.nqts.length,
      mentorCount: solverInput.mentors.length,
      proposedCount: fresh.length,
      unmatched: result.unmatched.map((u) => ({ enrolmentId: u.nqtId, reason: u.reason })),
      issues,
      weights,
      note: result.note ?? null,
      createdBy: actorUserId,
    })
    .returning();
  if (!run) throw new Error('matching run insert failed');

  const now = new Date();
  const nqtById = new Map(solverInput.nqts.map((n) => [n.id, n]));
  const mentorById = new Map(solverInput.mentors.map((m) => [m.id, m]));
  // The solver's terms, with the shared stage and subjects named for the coordinator.
  const explain = (pair: MatchedPair) => {
    const nqt = nqtById.get(pair.nqtId);
    const mentor = mentorById.get(pair.mentorId);
    return nqt && mentor ? explainTerms(nqt, mentor, pair.explanation, weights) : pair.explanation;
  };
  const overrides = new Map(
    (solverInput.lineManagerOverrides ?? []).map((o) => [`${o.nqtId}:${o.mentorId}`, o.reason]),
  );
  const rows: (typeof mentorPairs.$inferInsert)[] = [];
  for (const pair of fresh) {
    const enrolment = ctx.enrolments.get(pair.nqtId);
    if (!enrolment) continue;
    rows.push({
      ownerId,
      programmeId: programme.id,
      enrolmentId: enrolment.id,
      nqtPersonId: enrolment.personId,
      mentorPersonId: pair.mentorId,
      status,
      source: 'solver',
      points: pair.points,
      explanation: explain(pair),
      lineManagerOverrideReason: overrides.get(`${pair.nqtId}:${pair.mentorId}`) ?? null,
      runId: run.id,
      createdBy: actorUserId,
      ...(status === 'accepted' ? { acceptedAt: now, acceptedBy: actorUserId } : {}),
    });
  }
  for (let i = 0; i < rows.length; i += 500) await tx.insert(mentorPairs).values(rows.slice(i, i + 500));

  // Locked proposals stay; they get the explanation of this run (the load around them may have changed).
  for (const pair of result.pairs) {
    const kept = openByEnrolment.get(pair.nqtId);
    if (!pair.locked || !kept || kept.mentorPersonId !== pair.mentorId) continue;
    await tx
      .update(mentorPairs)
      .set({ points: pair.points, explanation: explain(pair), runId: run.id, updatedAt: now })
      .where(and(scope, eq(mentorPairs.id, kept.id), eq(mentorPairs.status, 'proposed')));
  }
  return run;
}
