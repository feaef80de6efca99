import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { mentorPairs } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';

/** A pair of the programme, locked for the rest of the transaction; 404 when it is not the owner's. */
export async function mustGetPairForUpdate(tx: DbOrTx, ownerId: string, programmeId: string, pairId: string) {
  const [row] = await tx
    .select()
    .from(mentorPairs)
    .where(and(eq(mentorPairs.ownerId, ownerId), eq(mentorPairs.programmeId, programmeId), eq(mentorPairs.id, pairId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
