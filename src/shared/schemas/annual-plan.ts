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
export const PlanQuerySchema = z
  .strictObject({
    from: DateSchema.optional(),
    to: DateSchema.optional(),
    audience: PlanAudienceSchema.optional(),
    kind: PlanItemKindSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'annualPlan.validation.endBeforeStart',
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

/** The kinds of the plan's own events (network meetings and meetups come from their own module). */
export const PLAN_EVENT_KINDS = ['gathering', 'evaluation', 'deadline', 'other'] as const;
export const PlanEventKindSchema = z.enum(PLAN_EVENT_KINDS, { message: 'validation.required' });
export type PlanEventKind = z.infer<typeof PlanEventKindSchema>;

/** A wall-clock time in Oslo, `HH:MM`. */
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'annualPlan.validation.time' });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

/**
 * An event the coordinator writes into the plan. The text is in one language (the coordinator's): these
 * are the programme's own notices, as on a printed årshjul. Without `startTime` the event is all-day
 * (from `date` to `endDate`); with it, it starts at that Oslo time and ends at `endTime` on `endDate`
 * (or on `date`). Checked: the end is not before the start, an end time needs a start time.
 */
export const PlanEventInputSchema = z
  .strictObject({
    kind: PlanEventKindSchema,
    title: z.string().trim().min(1, { message: 'validation.required' }).max(200),
    description: optionalText(2000),
    place: optionalText(200),
    date: DateSchema,
    endDate: DateSchema.optional(),
    startTime: ClockTimeSchema.optional(),
    endTime: ClockTimeSchema.optional(),
    audiences: z
      .array(PlanAudienceSchema)
      .min(1, { message: 'annualPlan.validation.audiences' })
      .max(PLAN_AUDIENCES.length)
      .transform((list) => PLAN_AUDIENCES.filter((a) => list.includes(a))),
  })
  .superRefine((v, ctx) => {
    if (v.endDate && v.endDate < v.date)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'annualPlan.validation.endBeforeStart' });
    if (v.endTime && !v.startTime)
      ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'annualPlan.validation.startTimeNeeded' });
    if (v.startTime && v.endTime && (v.endDate ?? v.date) === v.date && v.endTime <= v.startTime)
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'annualPlan.validation.endBeforeStart' });
  });
export type PlanEventInput = z.input<typeof PlanEventInputSchema>;
export type PlanEventValues = z.output<typeof PlanEventInputSchema>;

/** An own event as the edit form reads it back. */
export const PlanEventSchema = z.object({
  id: IdSchema,
  kind: PlanEventKindSchema,
  title: z.string(),
  description: z.string().nullable(),
  place: z.string().nullable(),
  date: DateSchema,
  endDate: DateSchema.nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  audiences: z.array(PlanAudienceSchema),
});
export type PlanEvent = z.infer<typeof PlanEventSchema>;

/** The programmes whose plan a participant sees (`GET /api/me/annual-plans`). */
export const MyPlansSchema = z.object({
  programmes: z.array(z.object({ ownerId: IdSchema, programmeId: IdSchema, name: z.string(), schoolYear: z.string() })),
});
export type MyPlans = z.infer<typeof MyPlansSchema>;
