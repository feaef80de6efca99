import { z } from 'zod';
import { mondayOf, osloDate, plusDays } from '../../../shared/rules/school-year.ts';
import { DateSchema, IdSchema } from '../../../shared/schemas/common.ts';
import { defineJob } from '../../jobs/define.ts';
import { runDayBeforeReminders, runWeeklyDigest } from './run-reminders.ts';

const Payload = z.object({ today: DateSchema.optional(), ownerId: IdSchema.optional() });

/** At 16:00 Oslo time, reminders of tomorrow's sessions (after the school day, in time to prepare). */
export const dayBeforeRemindersJob = defineJob({
  name: 'day-before-reminders',
  cron: '0 16 * * *',
  payload: Payload,
  handler: async (deps, payload) => {
    const today = payload.today ?? osloDate(deps.now());
    const sent = await runDayBeforeReminders(deps.db, {
      today,
      publicUrl: deps.env.PUBLIC_URL,
      ownerId: payload.ownerId,
    });
    deps.log.info({ job: 'day-before-reminders', today, sent }, 'reminders done');
  },
});

/** Monday 07:00 Oslo time: the mentors' weekly digest of the week that starts that day. */
export const weeklyDigestJob = defineJob({
  name: 'weekly-digest',
  cron: '0 7 * * 1',
  payload: Payload,
  handler: async (deps, payload) => {
    const monday = mondayOf(payload.today ?? osloDate(deps.now()));
    const sent = await runWeeklyDigest(deps.db, {
      today: monday,
      publicUrl: deps.env.PUBLIC_URL,
      ownerId: payload.ownerId,
    });
    deps.log.info({ job: 'weekly-digest', monday, sent, until: plusDays(monday, 6) }, 'weekly digest done');
  },
});
