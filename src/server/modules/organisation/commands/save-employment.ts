import { and, eq } from 'drizzle-orm';
import type { EmploymentInput } from '../../../../shared/schemas/organisation.ts';
import type { Db } from '../../../db/client.ts';
import { employments } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { getPersonRow, getUnit } from '../queries.ts';

/** Adds an employment to a person, or replaces one (employmentId given). Both the person and the unit must be the owner's. */
export async function saveEmployment({
  db,
  actor,
  ownerId,
  personId,
  employmentId,
  input,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  personId: string;
  employmentId?: string;
  input: EmploymentInput;
}) {
  return db.transaction(async (tx) => {
    if (!(await getPersonRow(tx, ownerId, personId))) throw new AppError('NOT_FOUND');
    if (!(await getUnit(tx, ownerId, input.unitId))) throw new AppError('NOT_FOUND');
    let id = employmentId;
    if (employmentId) {
      const [row] = await tx
        .update(employments)
        .set({ ...input, updatedAt: new Date() })
        .where(
          and(eq(employments.ownerId, ownerId), eq(employments.personId, personId), eq(employments.id, employmentId)),
        )
        .returning({ id: employments.id });
      if (!row) throw new AppError('NOT_FOUND');
    } else {
      const [row] = await tx
        .insert(employments)
        .values({ ...input, ownerId, personId })
        .onConflictDoUpdate({
          target: [employments.personId, employments.unitId, employments.startDate],
          set: {
            position: input.position,
            positionPercent: input.positionPercent,
            endDate: input.endDate,
            stage: input.stage,
            updatedAt: new Date(),
          },
        })
        .returning({ id: employments.id });
      id = row?.id;
    }
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: employmentId ? 'employment.update' : 'employment.create',
      entity: 'employment',
      entityId: id ?? null,
    });
    return id;
  });
}
