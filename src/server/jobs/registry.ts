import { complianceNudgesJob } from '../modules/mentoring/nudges/job.ts';
import { dayBeforeRemindersJob, weeklyDigestJob } from '../modules/reminders/job.ts';
import { surveyScheduleJob } from '../modules/surveys/job.ts';
import type { AnyJobDefinition } from './define.ts';

/** Every background job Tillit runs; `startJobs` registers each one's queue, worker and schedule. */
export const JOBS: readonly AnyJobDefinition[] = [
  complianceNudgesJob,
  dayBeforeRemindersJob,
  weeklyDigestJob,
  surveyScheduleJob,
];
