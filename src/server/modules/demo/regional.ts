import { regionalPart } from '../../../shared/rules/regional-programme.ts';
import type { DbOrTx } from '../../db/client.ts';
import { regionalProgrammes } from '../../db/schema.ts';
import { defaultProgrammeSettings } from '../mentoring/defaults.ts';
import { syncMembers } from '../regional-programmes/commands/sync-members.ts';
import { DEMO_SCHOOL_YEAR } from './mentoring.ts';

/**
 * The demo region runs this school year's programme for its two members: Demo kommune's programme joins
 * with its pairs and sessions, the small neighbour gets a new, empty one, so the region coordinator's page
 * shows one owner in mid-year and one that has not started.
 */
export async function seedDemoRegionalProgramme(tx: DbOrTx, opts: { regionId: string; name: string }) {
  const [row] = await tx
    .insert(regionalProgrammes)
    .values({
      regionId: opts.regionId,
      schoolYear: DEMO_SCHOOL_YEAR,
      name: opts.name,
      settings: regionalPart(defaultProgrammeSettings(DEMO_SCHOOL_YEAR)),
    })
    .returning();
  if (!row) throw new Error('regional programme insert returned nothing');
  await syncMembers(tx, null, row);
}
