import { translate } from '../../../../shared/i18n/index.ts';
import type { CreateProgrammeInput } from '../../../../shared/schemas/mentoring.ts';
import type { Db } from '../../../db/client.ts';
import { programmes } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError, violatedConstraint } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { defaultProgrammeSettings } from '../defaults.ts';
import { ensureKnowledgeBase } from '../knowledge-base/queries.ts';

/** Starts the owner's programme for a school year, with the default settings and knowledge base. One per owner and school year. */
export async function createProgramme({
  db,
  actor,
  ownerId,
  input,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  input: CreateProgrammeInput;
}) {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(programmes)
        .values({
          ownerId,
          schoolYear: input.schoolYear,
          name:
            input.name ?? translate(actor.locale, 'mentoring.programme.defaultName', { schoolYear: input.schoolYear }),
          settings: defaultProgrammeSettings(input.schoolYear),
        })
        .returning();
      if (!row) throw new Error('programme insert returned nothing');
      await ensureKnowledgeBase(tx, row);
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId,
        action: 'programme.create',
        entity: 'programme',
        entityId: row.id,
        details: { schoolYear: input.schoolYear },
      });
      return row;
    });
  } catch (err) {
    if (violatedConstraint(err) === 'programmes_owner_school_year')
      throw new AppError('PROGRAMME_EXISTS', { cause: err });
    throw err;
  }
}
