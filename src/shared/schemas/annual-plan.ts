import { z } from 'zod';
import { DateSchema, IdSchema } from './common.ts';

/*
 * The annual plan (årshjul): every event of a programme's school year in one list, merged from several
 * sources (the plan's own events, surveys, network meetings …). See `PLAN_SOURCES` in
 * `src/server/modules/annual-plan/sources.ts` for how a module adds its items.
 */

/** What an item is; the web app labels, colours and filters by it. */
export const PLAN_ITEM_KINDS = [
  'network_meeting',
  'mentor_network',
  'gathering',
  'evaluation',
  'social_meetup',
  'deadline',
  'survey',
  'other',
] as const;
export const PlanItemKindSchema = z.enum(PLAN_ITEM_KINDS, { message: 'validation.required' });
export type PlanItemKind = z.infer<typeof PlanItemKindSchema>;

/** Who an item is for. `coordinator` is the resource team; `owner` the owner's leaders and administrators. */
export const PLAN_AUDIENCES = ['nqt', 'mentor', 'unit_leader', 'coordinator', 'owner'] as const;
export const PlanAudienceSchema = z.enum(PLAN_AUDIENCES, { message: 'validation.required' });
export type PlanAudience = z.infer<typeof PlanAudienceSchema>;

/**
 * One item of the plan, whatever its source.
 *
 * Time: `date` is always the Oslo calendar day the item starts on (the plan groups and sorts by it).
 * A timed item also has `startsAt` and `endsAt`: ISO 8601 instants written with Oslo's offset
 * (`2026-09-10T09:00:00+02:00`). An item without `startsAt` is all-day; `endDate` (last day, included)
 * marks an all-day item over several days (a two-day gathering, a survey open for three weeks).
 */
export const PlanItemSchema = z.object({
  /** Unique across sources and stable: `<source>:<id>` (`event:…`, `survey:…:opens`, `network-meeting:…`). */
  id: z.string(),
  /** The module the item comes from (`event` for the plan's own events). */
  source: z.string(),
  kind: PlanItemKindSchema,
  title: z.string(),
  description: z.string().optional(),
  date: DateSchema,
  endDate: DateSchema.optional(),
  startsAt: z.string().optional(),
  endsAt: z.string().optional(),
  place: z.string().optional(),
  /** Who it is for (at least one). Participants see only items for their own audiences. */
  audiences: z.array(PlanAudienceSchema).min(1),
  /** The web app path where the item lives (`/nettverk`, a survey's page …), if any. */
  href: z.string().optional(),
  cancelled: z.boolean().optional(),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

/** Query of the plan: a span of days (default: the programme's school year) and optional filters. */
export const PlanQuerySchema = z.strictObject({
  from: DateSchema.optional(),
  to: DateSchema.optional(),
  audience: PlanAudienceSchema.optional(),
  kind: PlanItemKindSchema.optional(),
});
export type PlanQuery = z.infer<typeof PlanQuerySchema>;

/** The plan as the web app reads it. */
export const AnnualPlanSchema = z.object({
  programme: z.object({ id: IdSchema, ownerId: IdSchema, name: z.string(), schoolYear: z.string() }),
  from: DateSchema,
  to: DateSchema,
  items: z.array(PlanItemSchema),
  /** The caller may add, change and delete the plan's own events. */
  canManage: z.boolean(),
  /** The audiences the caller sees as a participant (all, for the programme's viewers). */
  audiences: z.array(PlanAudienceSchema),
});
export type AnnualPlan = z.infer<typeof AnnualPlanSchema>;
