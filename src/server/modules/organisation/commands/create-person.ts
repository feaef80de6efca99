import type { EmploymentInput, PersonInput } from '../../../../shared/schemas/organisation.ts';
import type { Db } from '../../../db/client.ts';
import { employments, people } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { getUnit } from '../queries.ts';
import { withUniqueErrors } from './unique-errors.ts';

/** Adds a person to the owner, optionally with a first employment, in one transaction. */
export async function createPerson({
  db,
  actor,
  ownerId,
  input,
  employment,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  input: PersonInput;
  employment?: EmploymentInput | undefined;
}) {
  return withUniqueErrors(() =>
    db.transaction(async (tx) => {
      if (employment && !(await getUnit(tx, ownerId, employment.unitId))) {
        throw new AppError('NOT_FOUND');
      }
      const [row] = await tx
        .insert(people)
        .values({ ...input, ownerId })
        .returning();
      if (!row) throw new Error('person insert returned nothing');
      if (employment) await tx.insert(employments).values({ ...employment, ownerId, personId: row.id });
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId,
        action: 'person.create',
        entity: 'person',
        entityId: row.id,
      });
      return row.id;
    }),
  );
}
