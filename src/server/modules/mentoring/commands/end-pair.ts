import { and, eq } from 'drizzle-orm';
import type { EndPairInput } from '../../../../shared/schemas/mentoring.ts';
import type { Db } from '../../../db/client.ts';
import { mentorPairs } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ProgrammeRow } from '../queries.ts';
import { mustGetPairForUpdate } from './pair-row.ts';

/**
 * Ends a pair that does not work, with a reason (a proposal can be turned down the same way). The NQT
 * is unpaired again, and the solver never proposes this mentor for this NQT again.
 */
export async function endPair({
  db,
  actor,
  programme,
  pairId,
  input,
}: {
  db: Db;
  actor: Actor;
  programme: ProgrammeRow;
  pairId: string;
  input: EndPairInput;
}): Promise<void> {
  const { ownerId } = programme;
  await db.transaction(async (tx) => {
    const pair = await mustGetPairForUpdate(tx, ownerId, programme.id, pairId);
    if (pair.status === 'ended') throw new AppError('PAIR_ENDED');
    const now = new Date();
    await tx
      .update(mentorPairs)
      .set({
        status: 'ended',
        locked: false,
        endedReason: input.reason,
        endedAt: now,
        endedBy: actor.userId,
        updatedAt: now,
      })
      .where(and(eq(mentorPairs.ownerId, ownerId), eq(mentorPairs.id, pair.id)));
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'pair.end',
      entity: 'mentor_pair',
      entityId: pair.id,
      details: {
        programmeId: programme.id,
        enrolmentId: pair.enrolmentId,
        mentorPersonId: pair.mentorPersonId,
        previousStatus: pair.status,
        reason: input.reason,
      },
    });
  });
}
