import { and, desc, eq, inArray } from 'drizzle-orm';
import type { IsoDate } from '../../../../shared/rules/school-year.ts';
import type { ManualPairInput } from '../../../../shared/schemas/mentoring.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { mentorPairs } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError, violatedConstraint } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { getPersonRow } from '../../organisation/queries.ts';
import { checkPair, loadMatchingContext } from '../matching-queries.ts';
import { getEnrolmentRow, type ProgrammeRow } from '../queries.ts';

/**
 * Pairs an NQT with a mentor by hand; the pair is accepted at once. The hard rules are checked again
 * here with the solver's own check: same owner (another owner's person is 404), the mentor's capacity,
 * and a mentor is never the NQT's line manager (a national principle) unless the coordinator gives a
 * written reason, which is stored on the pair and in the audit log. The NQT's open proposal, if any,
 * gives way; an accepted pair must be ended first (409 PAIR_EXISTS). If the mentor's unlocked
 * proposals no longer fit their capacity, the newest of them are withdrawn (the next run re-plans them).
 */
export async function createManualPair({
  db,
  actor,
  programme,
  input,
  today,
}: {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
  input: ManualPairInput;
  today: IsoDate;
}): Promise<string> {
  const { ownerId } = programme;
  try {
    return await db.transaction(async (tx) => {
      const enrolmentRow = await getEnrolmentRow(tx, ownerId, programme.id, input.enrolmentId);
      if (!enrolmentRow) throw new AppError('NOT_FOUND');
      if (!(await getPersonRow(tx, ownerId, input.mentorPersonId))) throw new AppError('NOT_FOUND');
      const ctx = await loadMatchingContext(tx, ownerId, programme, today);
      const enrolment = ctx.enrolments.get(enrolmentRow.id);
      if (!enrolment) throw new AppError('NQT_HAS_LEFT');
      const current = ctx.pairs.find((p) => p.enrolmentId === enrolment.id && p.status !== 'ended');
      if (current?.status === 'accepted') throw new AppError('PAIR_EXISTS');

      const checked = checkPair(ctx, {
        enrolment,
        mentorPersonId: input.mentorPersonId,
        overrideReason: input.lineManagerOverrideReason ?? null,
      });
      const scope = and(eq(mentorPairs.ownerId, ownerId), eq(mentorPairs.programmeId, programme.id));
      if (current) await tx.delete(mentorPairs).where(and(scope, eq(mentorPairs.id, current.id)));

      const now = new Date();
      const overrideReason = checked.isLineManager ? (input.lineManagerOverrideReason ?? null) : null;
      const [row] = await tx
        .insert(mentorPairs)
        .values({
          ownerId,
          programmeId: programme.id,
          enrolmentId: enrolment.id,
          nqtPersonId: enrolment.personId,
          mentorPersonId: input.mentorPersonId,
          status: 'accepted',
          source: 'manual',
          points: checked.points,
          explanation: checked.explanation,
          lineManagerOverrideReason: overrideReason,
          createdBy: actor.userId,
          acceptedAt: now,
          acceptedBy: actor.userId,
        })
        .returning({ id: mentorPairs.id });
      if (!row) throw new Error('pair insert failed');

      const withdrawn = await withdrawSurplusProposals(tx, ctx.profiles.get(input.mentorPersonId)?.capacity ?? 0, {
        ownerId,
        programmeId: programme.id,
        mentorPersonId: input.mentorPersonId,
      });
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId,
        action: 'pair.create',
        entity: 'mentor_pair',
        entityId: row.id,
        details: {
          programmeId: programme.id,
          enrolmentId: enrolment.id,
          mentorPersonId: input.mentorPersonId,
          replacedProposalId: current?.id ?? null,
          withdrawnProposalIds: withdrawn,
          lineManagerOverrideReason: overrideReason,
        },
      });
      return row.id;
    });
  } catch (err) {
    // Two coordinators pairing the same NQT at once: the partial unique index decides.
    if (violatedConstraint(err) === 'mentor_pairs_open_enrolment') throw new AppError('PAIR_EXISTS', { cause: err });
    throw err;
  }
}

async function withdrawSurplusProposals(
  tx: DbOrTx,
  capacity: number,
  where: { ownerId: string; programmeId: string; mentorPersonId: string },
): Promise<string[]> {
  const open = await tx
    .select({ id: mentorPairs.id, status: mentorPairs.status, locked: mentorPairs.locked })
    .from(mentorPairs)
    .where(
      and(
        eq(mentorPairs.ownerId, where.ownerId),
        eq(mentorPairs.programmeId, where.programmeId),
        eq(mentorPairs.mentorPersonId, where.mentorPersonId),
        inArray(mentorPairs.status, ['proposed', 'accepted']),
      ),
    )
    .orderBy(desc(mentorPairs.createdAt));
  const surplus = open.length - capacity;
  if (surplus <= 0) return [];
  const ids = open
    .filter((p) => p.status === 'proposed' && !p.locked)
    .slice(0, surplus)
    .map((p) => p.id);
  if (ids.length) {
    await tx.delete(mentorPairs).where(and(eq(mentorPairs.ownerId, where.ownerId), inArray(mentorPairs.id, ids)));
  }
  return ids;
}
