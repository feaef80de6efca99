import { translate } from '../../../../shared/i18n/index.ts';
import { regionalPart } from '../../../../shared/rules/regional-programme.ts';
import type { CreateRegionalProgrammeInput } from '../../../../shared/schemas/regional-programmes.ts';
import type { Db } from '../../../db/client.ts';
import { regionalProgrammes } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError, violatedConstraint } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { defaultProgrammeSettings } from '../../mentoring/defaults.ts';
import { syncMembers } from './sync-members.ts';

/**
 * Starts the region's programme for a school year with the default settings, and a programme for each member
 * owner (or links the one it has) — all in one transaction.
 */
export async function createRegionalProgramme({
  db,
  actor,
  regionId,
  input,
}: {
  db: Db;
  actor: Actor;
  regionId: string;
  input: CreateRegionalProgrammeInput;
}) {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(regionalProgrammes)
        .values({
          regionId,
          schoolYear: input.schoolYear,
          name:
            input.name ?? translate(actor.locale, 'mentoring.programme.defaultName', { schoolYear: input.schoolYear }),
          settings: regionalPart(defaultProgrammeSettings(input.schoolYear)),
          updatedBy: actor.userId,
        })
        .returning();
      if (!row) throw new Error('regional programme insert returned nothing');
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId: null,
        action: 'regional_programme.create',
        entity: 'regional_programme',
        entityId: row.id,
        details: { regionId, schoolYear: input.schoolYear },
      });
      return syncMembers(tx, actor.userId, row);
    });
  } catch (err) {
    if (violatedConstraint(err) === 'regional_programmes_region_school_year')
      throw new AppError('REGIONAL_PROGRAMME_EXISTS', { cause: err });
    throw err;
  }
}
