import { and, eq } from 'drizzle-orm';
import type { IsoDate } from '../../../../shared/rules/school-year.ts';
import type { Db } from '../../../db/client.ts';
import { mentorPairs } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { checkPair, loadMatchingContext } from '../matching-queries.ts';
import type { ProgrammeRow } from '../queries.ts';
import { mustGetPairForUpdate } from './pair-row.ts';

/**
 * Accepts a proposed pair. The hard rules are checked again now (capacity counting the mentor's other
 * accepted pairs and locked proposals, and the line manager rule): the data may have changed since
 * the proposal. Accepting an accepted pair changes nothing; an ended pair is 409 PAIR_ENDED.
 */
export async function acceptPair({
  db,
  actor,
  programme,
  pairId,
  today,
}: {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
  pairId: string;
  today: IsoDate;
}): Promise<void> {
  const { ownerId } = programme;
  await db.transaction(async (tx) => {
    const pair = await mustGetPairForUpdate(tx, ownerId, programme.id, pairId);
    if (pair.status === 'ended') throw new AppError('PAIR_ENDED');
    if (pair.status === 'accepted') return;
    const ctx = await loadMatchingContext(tx, ownerId, programme, today);
    const enrolment = ctx.enrolments.get(pair.enrolmentId);
    if (!enrolment) throw new AppError('NQT_HAS_LEFT');
    const checked = checkPair(ctx, {
      enrolment,
      mentorPersonId: pair.mentorPersonId,
      overrideReason: pair.lineManagerOverrideReason,
      ignorePairId: pair.id,
    });
    const now = new Date();
    await tx
      .update(mentorPairs)
      .set({ status: 'accepted', acceptedAt: now, acceptedBy: actor.userId, updatedAt: now })
      .where(and(eq(mentorPairs.ownerId, ownerId), eq(mentorPairs.id, pair.id)));
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'pair.accept',
      entity: 'mentor_pair',
      entityId: pair.id,
      details: {
        programmeId: programme.id,
        enrolmentId: pair.enrolmentId,
        mentorPersonId: pair.mentorPersonId,
        isLineManager: checked.isLineManager,
      },
    });
  });
}
