import { z } from 'zod';
import { osloDate } from '../../../../shared/rules/school-year.ts';
import { DateSchema, IdSchema } from '../../../../shared/schemas/common.ts';
import { defineJob } from '../../../jobs/define.ts';
import { runComplianceNudges } from './run-nudges.ts';

/**
 * The daily compliance check at 07:00 Oslo time, before the school day starts. A payload `today`
 * runs the check as of that day, and `ownerId` for one owner only (tests, or re-running a missed day).
 */
export const complianceNudgesJob = defineJob({
  name: 'compliance-nudges',
  cron: '0 7 * * *',
  payload: z.object({ today: DateSchema.optional(), ownerId: IdSchema.optional() }),
  handler: async (deps, payload) => {
    const today = payload.today ?? osloDate(deps.now());
    const run = await runComplianceNudges(deps.db, {
      today,
      publicUrl: deps.env.PUBLIC_URL,
      ownerId: payload.ownerId,
    });
    deps.log.info({ job: 'compliance-nudges', today, ...run }, 'compliance check done');
  },
});
