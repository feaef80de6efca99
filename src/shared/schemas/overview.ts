import { z } from 'zod';
import { SubGoalSchema } from './mentoring.ts';

/**
 * GET …/programmes/:programmeId/overview: the coordinator's programme at a glance (issue 3, item 9) —
 * reach, matching, the mentoring against the plan, agreements and sub-goal time, each a few counts.
 */
export const ProgrammeOverviewSchema = z.object({
  asOf: z.string(),
  reach: z.object({ notReached: z.number().int(), enrolled: z.number().int(), left: z.number().int() }),
  matching: z.object({ accepted: z.number().int(), proposed: z.number().int(), unmatched: z.number().int() }),
  mentoring: z.object({
    plannedMinutesToDate: z.number(),
    heldMinutesToDate: z.number(),
    ratio: z.number().nullable(),
    behind: z.number().int(),
    mentorsTold: z.number().int(),
    leadersTold: z.number().int(),
  }),
  agreements: z.object({ count: z.number().int(), signed: z.number().int() }),
  subGoalMinutes: z.array(z.object({ subGoal: SubGoalSchema, minutes: z.number() })),
});
export type ProgrammeOverview = z.infer<typeof ProgrammeOverviewSchema>;
