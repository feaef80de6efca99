import { and, eq } from 'drizzle-orm';
import type { LockInput } from '../../../../shared/schemas/mentoring.ts';
import type { Db } from '../../../db/client.ts';
import { mentorPairs } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import type { ProgrammeRow } from '../queries.ts';
import { mustGetPairForUpdate } from './pair-row.ts';

/** Locks or unlocks a pair: a locked proposal survives the next run unchanged. An ended pair is 409. */
export async function lockPair({
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
  input: LockInput;
}): Promise<void> {
  const { ownerId } = programme;
  await db.transaction(async (tx) => {
    const pair = await mustGetPairForUpdate(tx, ownerId, programme.id, pairId);
    if (pair.status === 'ended') throw new AppError('PAIR_ENDED');
    if (pair.locked === input.locked) return;
    const now = new Date();
    await tx
      .update(mentorPairs)
      .set({ locked: input.locked, lockedAt: now, lockedBy: actor.userId, updatedAt: now })
      .where(and(eq(mentorPairs.ownerId, ownerId), eq(mentorPairs.id, pair.id)));
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: input.locked ? 'pair.lock' : 'pair.unlock',
      entity: 'mentor_pair',
      entityId: pair.id,
      details: { programmeId: programme.id, enrolmentId: pair.enrolmentId, mentorPersonId: pair.mentorPersonId },
    });
  });
}
