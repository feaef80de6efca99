import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { SubGoal } from '../../../shared/rules/sub-goals.ts';
import type { AttendanceStatus, MeetingTheme } from '../../../shared/schemas/network-meetings.ts';
import type { NetworkKind } from '../../../shared/schemas/networks.ts';
import { users } from '../auth/schema.ts';
import { programmes } from '../mentoring/schema.ts';
import { networkGroups } from '../networks/schema.ts';
import { owners, people } from '../organisation/schema.ts';
import { resources } from '../resources/schema.ts';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/**
 * A network meeting (nettverkssamling) of one network group: its theme tagged with sub-goals, place and
 * time (stored as instants, shown in Europe/Oslo), facilitators (people of the owner, and named outside
 * facilitators such as a teacher educator). A series is the same group's meetings planned together
 * (`series_id`), each editable afterwards. `sequence` rises with every change, for calendars and mails.
 */
export const networkMeetings = pgTable(
  'network_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    groupId: uuid('group_id')
      .notNull()
      .references(() => networkGroups.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<NetworkKind>().notNull(),
    seriesId: uuid('series_id'),
    theme: text('theme').$type<MeetingTheme>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    subGoals: text('sub_goals').array().$type<SubGoal[]>().notNull(),
    place: text('place').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    facilitatorPersonIds: uuid('facilitator_person_ids').array().notNull(),
    externalFacilitators: text('external_facilitators').array().notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    sequence: integer('sequence').notNull().default(0),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('network_meetings_owner_programme').on(t.ownerId, t.programmeId, t.startsAt),
    index('network_meetings_group').on(t.groupId, t.startsAt),
    index('network_meetings_starts').on(t.startsAt),
  ],
);

/** A meeting's materials: resources of the same owner, in the order the coordinator put them. */
export const networkMeetingMaterials = pgTable(
  'network_meeting_materials',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => networkMeetings.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.resourceId] }), index('network_meeting_materials_owner').on(t.ownerId)],
);

/** Attendance of one member at one meeting, taken during the meeting by a facilitator or coordinator. */
export const networkMeetingAttendance = pgTable(
  'network_meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => networkMeetings.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    status: text('status').$type<AttendanceStatus>().notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.personId] }),
    index('network_meeting_attendance_owner_person').on(t.ownerId, t.personId),
  ],
);

/** A social meetup (sosialt treff) of a programme, for its NQTs only, with optional capacity. */
export const socialMeetups = pgTable(
  'social_meetups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    place: text('place').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    sequence: integer('sequence').notNull().default(0),
    updatedBy: uuid('updated_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [index('social_meetups_owner_programme').on(t.ownerId, t.programmeId, t.startsAt)],
);

/** An NQT's sign-up for a meetup (withdrawing deletes it). */
export const socialMeetupSignups = pgTable(
  'social_meetup_signups',
  {
    meetupId: uuid('meetup_id')
      .notNull()
      .references(() => socialMeetups.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('social_meetup_signups_meetup_person').on(t.meetupId, t.personId),
    index('social_meetup_signups_owner_person').on(t.ownerId, t.personId),
  ],
);
