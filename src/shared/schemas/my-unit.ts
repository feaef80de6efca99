import { z } from 'zod';
import { MENTOR_EDUCATIONS, UNIT_TYPES } from '../enums.ts';
import { AGREEMENT_PARTIES } from './agreements.ts';
import { IdSchema } from './common.ts';

const Figures = {
  plannedMinutesToDate: z.number(),
  heldMinutesToDate: z.number(),
  ratio: z.number().nullable(),
};

/**
 * GET /api/me/units: the unit leader's view of the units they lead (issue 3, item 9) — the NQTs and
 * their mentoring against the plan, the mentors, and who has not accepted the agreement. No note text.
 */
export const MyUnitsSchema = z.object({
  units: z.array(
    z.object({
      unitId: IdSchema,
      ownerId: IdSchema,
      name: z.string(),
      unitType: z.enum(UNIT_TYPES),
      programmes: z.array(
        z.object({
          programmeId: IdSchema,
          name: z.string(),
          schoolYear: z.string(),
          asOf: z.string(),
          behindScheduleThresholdPercent: z.number(),
          unit: z.object(Figures),
          nqts: z.array(
            z.object({
              ...Figures,
              enrolmentId: IdSchema,
              name: z.string(),
              programmeYear: z.number().int(),
              mentorName: z.string().nullable(),
              leftOn: z.string().nullable(),
              isBehind: z.boolean(),
              lapse: z
                .object({
                  startedOn: z.string(),
                  mentorNudgedOn: z.string().nullable(),
                  leaderNudgedOn: z.string().nullable(),
                })
                .nullable(),
              agreement: z
                .object({
                  isSigned: z.boolean(),
                  notAccepted: z.array(z.object({ party: z.enum(AGREEMENT_PARTIES), name: z.string().nullable() })),
                })
                .nullable(),
            }),
          ),
          mentors: z.array(
            z.object({
              personId: IdSchema,
              name: z.string(),
              mentorEducation: z.enum(MENTOR_EDUCATIONS),
              capacity: z.number().int().nullable(),
              minutesPerWeek: z.number().int().nullable(),
              nqtCount: z.number().int(),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type MyUnits = z.infer<typeof MyUnitsSchema>;
