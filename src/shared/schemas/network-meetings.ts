import { z } from 'zod';
import { SUB_GOALS } from '../rules/sub-goals.ts';
import { DateSchema, IdSchema, NameSchema } from './common.ts';
import { NetworkKindSchema } from './networks.ts';
import { RESOURCE_THEMES, ResourceSummarySchema } from './resources.ts';

/*
 * Network meetings (nettverkssamlinger) of network groups and social meetups (sosiale treff) for NQTs,
 * issue 4 items 2 and 3. Times are given as an Oslo day and wall-clock times; the API answers with
 * instants (UTC ISO) and the same Oslo day and times, so no client converts zones.
 */

/** A meeting's theme: the resource bank's fixed list (the seed's four network themes first). */
export const MeetingThemeSchema = z.enum(RESOURCE_THEMES, { message: 'validation.required' });
export type MeetingTheme = z.infer<typeof MeetingThemeSchema>;

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export const AttendanceStatusSchema = z.enum(ATTENDANCE_STATUSES, { message: 'validation.required' });
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

/** Wall-clock time in Oslo, `HH:MM` (24 h). */
export const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' });

const Text = (max: number) => z.string().trim().max(max);
const SubGoalsSchema = z.array(z.enum(SUB_GOALS)).max(SUB_GOALS.length);
const FacilitatorIds = z.array(IdSchema).max(10);
const ExternalFacilitators = z.array(NameSchema).max(10);
const ResourceIds = z.array(IdSchema).max(20);

const endAfterStart = (v: { startTime?: string | undefined; endTime?: string | undefined }) =>
  v.startTime === undefined || v.endTime === undefined || v.startTime < v.endTime;
const timeOrder = { message: 'validation.timeOrder', path: ['endTime'] };

const meetingFields = {
  theme: MeetingThemeSchema,
  /** Empty: the theme's name is the title. */
  title: Text(200).default(''),
  description: Text(4000).default(''),
  subGoals: SubGoalsSchema.default([]),
  place: NameSchema,
  date: DateSchema,
  startTime: TimeSchema,
  endTime: TimeSchema,
  facilitatorPersonIds: FacilitatorIds.default([]),
  externalFacilitators: ExternalFacilitators.default([]),
  resourceIds: ResourceIds.default([]),
};

/** POST …/network-meetings: one meeting of one group. */
export const MeetingInputSchema = z
  .strictObject({ groupId: IdSchema, ...meetingFields })
  .refine(endAfterStart, timeOrder);
export type MeetingInput = z.input<typeof MeetingInputSchema>;

/** PATCH …/network-meetings/:meetingId: the fields given change (a changed time raises the sequence). */
export const MeetingPatchSchema = z
  .strictObject({
    theme: MeetingThemeSchema.optional(),
    title: Text(200).optional(),
    description: Text(4000).optional(),
    subGoals: SubGoalsSchema.optional(),
    place: NameSchema.optional(),
    date: DateSchema.optional(),
    startTime: TimeSchema.optional(),
    endTime: TimeSchema.optional(),
    facilitatorPersonIds: FacilitatorIds.optional(),
    externalFacilitators: ExternalFacilitators.optional(),
    resourceIds: ResourceIds.optional(),
  })
  .refine(endAfterStart, timeOrder);
export type MeetingPatch = z.input<typeof MeetingPatchSchema>;

/**
 * POST …/network-meetings/series: `count` meetings for each chosen group, the first on `firstDate`, then
 * every `everyWeeks` weeks (a day in a holiday moves on a week), themes taken in turn from `themes`
 * (default: the seed's four), each tagged with its theme's default sub-goals. Editable one by one after.
 */
export const SeriesInputSchema = z
  .strictObject({
    groupIds: z.array(IdSchema).min(1, { message: 'validation.required' }).max(100),
    firstDate: DateSchema,
    everyWeeks: z.number().int({ message: 'validation.integer' }).min(1).max(26),
    count: z.number().int({ message: 'validation.integer' }).min(1).max(20),
    startTime: TimeSchema,
    endTime: TimeSchema,
    place: NameSchema,
    themes: z.array(MeetingThemeSchema).min(1).max(20).optional(),
    facilitatorPersonIds: FacilitatorIds.default([]),
    externalFacilitators: ExternalFacilitators.default([]),
  })
  .refine(endAfterStart, timeOrder);
export type SeriesInput = z.input<typeof SeriesInputSchema>;

/** PUT …/network-meetings/:meetingId/attendance: each listed member's status (all or nothing). */
export const AttendanceInputSchema = z.strictObject({
  entries: z
    .array(z.strictObject({ personId: IdSchema, status: AttendanceStatusSchema }))
    .min(1, { message: 'validation.required' })
    .max(200),
});
export type AttendanceInput = z.infer<typeof AttendanceInputSchema>;

const PersonRefSchema = z.object({ personId: IdSchema, name: z.string() });

export const MeetingSchema = z.object({
  id: IdSchema,
  ownerId: IdSchema,
  programmeId: IdSchema,
  groupId: IdSchema,
  groupName: z.string(),
  kind: NetworkKindSchema,
  seriesId: IdSchema.nullable(),
  theme: MeetingThemeSchema,
  title: z.string(),
  description: z.string(),
  subGoals: z.array(z.enum(SUB_GOALS)),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** The Oslo day and wall-clock times. */
  date: DateSchema,
  startTime: z.string(),
  endTime: z.string(),
  facilitators: z.array(PersonRefSchema),
  externalFacilitators: z.array(z.string()),
  cancelled: z.boolean(),
  materials: z.array(ResourceSummarySchema),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const AttendanceCountsSchema = z.object({
  members: z.number().int(),
  present: z.number().int(),
  absent: z.number().int(),
  excused: z.number().int(),
});

export const ManagedMeetingSchema = MeetingSchema.extend({ attendance: AttendanceCountsSchema });
export type ManagedMeeting = z.infer<typeof ManagedMeetingSchema>;

/** Held network minutes per sub-goal: meetings that have ended and were not cancelled, per tagged sub-goal. */
export const NetworkSubGoalMinutesSchema = z.array(
  z.object({ subGoal: z.enum(SUB_GOALS), minutes: z.number().int(), meetings: z.number().int() }),
);

/** GET …/network-meetings: the programme's meetings, its groups, facilitator choices and sub-goal time. */
export const MeetingListSchema = z.object({
  programme: z.object({ id: IdSchema, name: z.string(), firstDay: DateSchema, lastDay: DateSchema }),
  groups: z.array(z.object({ id: IdSchema, name: z.string(), kind: NetworkKindSchema, members: z.number().int() })),
  meetings: z.array(ManagedMeetingSchema),
  facilitatorChoices: z.array(PersonRefSchema),
  subGoalMinutes: NetworkSubGoalMinutesSchema,
  canManage: z.boolean(),
});
export type MeetingList = z.infer<typeof MeetingListSchema>;

/** GET …/network-meetings/:meetingId: the meeting with its members and their attendance. */
export const MeetingDetailSchema = ManagedMeetingSchema.extend({
  members: z.array(
    PersonRefSchema.extend({ unitName: z.string().nullable(), status: AttendanceStatusSchema.nullable() }),
  ),
  canManage: z.boolean(),
  canTakeAttendance: z.boolean(),
});
export type MeetingDetail = z.infer<typeof MeetingDetailSchema>;

/** GET /api/me/network-meetings: the caller's groups' meetings (materials they may see) and their attendance. */
export const MyMeetingsSchema = z.object({
  meetings: z.array(
    MeetingSchema.extend({ myAttendance: AttendanceStatusSchema.nullable(), facilitating: z.boolean() }),
  ),
});
export type MyMeetings = z.infer<typeof MyMeetingsSchema>;

// Social meetups

const meetupFields = {
  title: NameSchema,
  description: Text(4000).default(''),
  place: NameSchema,
  date: DateSchema,
  startTime: TimeSchema,
  endTime: TimeSchema,
  /** Null or left out: no limit. */
  capacity: z.number().int({ message: 'validation.integer' }).min(1).max(10000).nullable().default(null),
};

export const MeetupInputSchema = z.strictObject(meetupFields).refine(endAfterStart, timeOrder);
export type MeetupInput = z.input<typeof MeetupInputSchema>;

export const MeetupPatchSchema = z
  .strictObject({
    title: NameSchema.optional(),
    description: Text(4000).optional(),
    place: NameSchema.optional(),
    date: DateSchema.optional(),
    startTime: TimeSchema.optional(),
    endTime: TimeSchema.optional(),
    capacity: meetupFields.capacity.optional(),
  })
  .refine(endAfterStart, timeOrder);
export type MeetupPatch = z.input<typeof MeetupPatchSchema>;

export const MeetupSchema = z.object({
  id: IdSchema,
  ownerId: IdSchema,
  programmeId: IdSchema,
  title: z.string(),
  description: z.string(),
  place: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  date: DateSchema,
  startTime: z.string(),
  endTime: z.string(),
  capacity: z.number().int().nullable(),
  signedUp: z.number().int(),
  cancelled: z.boolean(),
});
export type Meetup = z.infer<typeof MeetupSchema>;

/** The coordinator's list: each meetup with who signed up. */
export const MeetupListSchema = z.object({
  meetups: z.array(
    MeetupSchema.extend({ signups: z.array(PersonRefSchema.extend({ unitName: z.string().nullable() })) }),
  ),
  canManage: z.boolean(),
});
export type MeetupList = z.infer<typeof MeetupListSchema>;

/** GET /api/me/meetups: meetups of the programmes the caller is an NQT in. */
export const MyMeetupsSchema = z.object({
  meetups: z.array(MeetupSchema.extend({ mine: z.boolean() })),
});
export type MyMeetups = z.infer<typeof MyMeetupsSchema>;
