import { z } from 'zod';
import { IdSchema } from '../../../shared/schemas/common.ts';
import { defineJob } from '../../jobs/define.ts';
import { runSurveySchedule } from './commands/run-schedule.ts';

const Payload = z.object({ ownerId: IdSchema.optional() });

/**
 * Every hour at :20 (Oslo time): reminder rounds that have come due (each once per survey and round,
 * only to those who have not answered), and the close shuffle of anonymous surveys that closed by time.
 */
export const surveyScheduleJob = defineJob({
  name: 'survey-schedule',
  cron: '20 * * * *',
  payload: Payload,
  handler: async (deps, payload) => {
    const result = await runSurveySchedule(deps.db, {
      now: deps.now(),
      publicUrl: deps.env.PUBLIC_URL,
      ownerId: payload.ownerId,
    });
    if (result.reminded > 0) deps.kickMail();
    deps.log.info({ job: 'survey-schedule', ...result }, 'survey schedule done');
  },
});
