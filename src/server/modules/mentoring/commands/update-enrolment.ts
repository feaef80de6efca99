import { and, eq } from 'drizzle-orm';
import type { EnrolmentPatch } from '../../../../shared/schemas/mentoring.ts';
import type { Db } from '../../../db/client.ts';
import { enrolments } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';

/**
 * Marks an NQT as left on a day (or clears it with `leftOn: null`), or sets the programme year by
 * hand with a reason (kept on the enrolment and in the audit log).
 */
export async function updateEnrolment({
  db,
  actor,
  ownerId,
  programmeId,
  enrolmentId,
  patch,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  programmeId: string;
  enrolmentId: string;
  patch: EnrolmentPatch;
}) {
  return db.transaction(async (tx) => {
    const set: Partial<typeof enrolments.$inferInsert> = { updatedAt: new Date() };
    if (patch.leftOn !== undefined) set.leftOn = patch.leftOn;
    if (patch.programmeYear !== undefined) {
      set.programmeYear = patch.programmeYear;
      set.programmeYearReason = patch.reason ?? null;
    }
    const [row] = await tx
      .update(enrolments)
      .set(set)
      .where(
        and(eq(enrolments.ownerId, ownerId), eq(enrolments.programmeId, programmeId), eq(enrolments.id, enrolmentId)),
      )
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    const action =
      patch.programmeYear !== undefined
        ? 'enrolment.set_year'
        : patch.leftOn === null
          ? 'enrolment.rejoin'
          : patch.leftOn !== undefined
            ? 'enrolment.leave'
            : 'enrolment.update';
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action,
      entity: 'enrolment',
      entityId: enrolmentId,
      details: {
        ...(patch.leftOn !== undefined ? { leftOn: patch.leftOn } : {}),
        ...(patch.programmeYear !== undefined ? { programmeYear: patch.programmeYear, reason: patch.reason } : {}),
      },
    });
    return row;
  });
}
