import { z } from 'zod';

/** A user's reminder choices (both on unless turned off). */
export const ReminderChoicesSchema = z.strictObject({
  sessionReminders: z.boolean(),
  weeklyDigest: z.boolean(),
});
export type ReminderChoices = z.infer<typeof ReminderChoicesSchema>;

/** The calendar page: whether a feed exists (its URL is shown only once, when made) and the reminder choices. */
export const CalendarSettingsSchema = z.object({
  feed: z.object({ createdAt: z.string() }).nullable(),
  reminders: ReminderChoicesSchema,
  /** Whether the user is a mentor or NQT in a pair; the weekly digest is for mentors. */
  isMentor: z.boolean(),
});
export type CalendarSettings = z.infer<typeof CalendarSettingsSchema>;

export const CreatedFeedSchema = z.object({
  /** The secret https URL; store it now, it cannot be shown again. */
  url: z.string(),
  /** The same, as webcal:// for one-click subscription on iPhone and Mac. */
  webcalUrl: z.string(),
  createdAt: z.string(),
});
export type CreatedFeed = z.infer<typeof CreatedFeedSchema>;
