import { z } from 'zod';
import { IdSchema, NameSchema } from './common.ts';
import { ProgrammeSettingsSchema, SchoolYearSchema } from './mentoring.ts';
import { ProgrammeOverviewSchema } from './overview.ts';

/**
 * A region-run programme (issue 3, item 1: "run by an owner, or by a region for several owners"): the
 * region's resource team starts one programme per member owner for a school year and sets the parts of
 * the settings that are the region's to decide. The school-year calendar and the session weekday stay
 * each owner's own (municipalities in one region have different autumn and winter breaks).
 */
export const RegionalSettingsSchema = ProgrammeSettingsSchema.pick({
  cadences: true,
  scaleByPosition: true,
  networkGroupSize: true,
  behindScheduleThresholdPercent: true,
  nudges: true,
  matchingWeights: true,
});
export type RegionalSettings = z.infer<typeof RegionalSettingsSchema>;

export const CreateRegionalProgrammeSchema = z.strictObject({
  schoolYear: SchoolYearSchema,
  name: NameSchema.optional(),
});
export type CreateRegionalProgrammeInput = z.infer<typeof CreateRegionalProgrammeSchema>;

/** Each settings part given replaces that part whole in the regional programme and in every member's programme. */
export const RegionalProgrammePatchSchema = z.strictObject({
  /** The version the editor started from; a save on an older one is 409 REGIONAL_PROGRAMME_CHANGED. */
  version: z.number().int({ message: 'validation.integer' }).min(1),
  name: NameSchema.optional(),
  settings: RegionalSettingsSchema.partial().optional(),
});
export type RegionalProgrammePatch = z.infer<typeof RegionalProgrammePatchSchema>;

export const RegionalProgrammeSummarySchema = z.object({
  id: IdSchema,
  regionId: IdSchema,
  schoolYear: z.string(),
  name: z.string(),
  memberCount: z.number().int(),
  updatedAt: z.string(),
});
export type RegionalProgrammeSummary = z.infer<typeof RegionalProgrammeSummarySchema>;

/** Why a member owner's programme is not part of the regional programme. */
export const NOT_JOINED_REASONS = ['in_other_region'] as const;

export const RegionalProgrammeSchema = z.object({
  id: IdSchema,
  regionId: IdSchema,
  regionName: z.string(),
  schoolYear: z.string(),
  name: z.string(),
  settings: RegionalSettingsSchema,
  version: z.number().int(),
  /** The caller may change it (region coordinators of the region, national admins). */
  canRun: z.boolean(),
  members: z.array(
    z.object({
      ownerId: IdSchema,
      ownerName: z.string(),
      programmeId: IdSchema,
      programmeName: z.string(),
      /** The owner programme's figures; counts only, no names. */
      overview: ProgrammeOverviewSchema,
    }),
  ),
  notJoined: z.array(z.object({ ownerId: IdSchema, ownerName: z.string(), reason: z.enum(NOT_JOINED_REASONS) })),
  updatedAt: z.string(),
});
export type RegionalProgramme = z.infer<typeof RegionalProgrammeSchema>;

/** What a create or a re-sync did to the member owners' programmes. */
export const RegionalSyncResultSchema = z.object({
  id: IdSchema,
  created: z.number().int(),
  linked: z.number().int(),
  unlinked: z.number().int(),
  notJoined: z.number().int(),
});
export type RegionalSyncResult = z.infer<typeof RegionalSyncResultSchema>;

/** POST …/knowledge-base: one member's knowledge base written into every other member's. */
export const ShareKnowledgeBaseSchema = z.strictObject({ fromProgrammeId: IdSchema });
export type ShareKnowledgeBaseInput = z.infer<typeof ShareKnowledgeBaseSchema>;
export const ShareKnowledgeBaseResultSchema = z.object({ updated: z.number().int() });
