import { and, eq, gt, isNull, like, lte } from 'drizzle-orm';
import type { Locale } from '../../../shared/enums.ts';
import { translate } from '../../../shared/i18n/index.ts';
import { plusDays } from '../../../shared/rules/school-year.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import {
  enrolments,
  type MailAttachment,
  networkGroupMembers,
  networkGroups,
  networkMeetings,
  remindersSent,
  socialMeetupSignups,
  socialMeetups,
} from '../../db/schema.ts';
import { buildFeed, type FeedItem } from '../calendar/feed.ts';
import { contacts } from '../notifications/contacts.ts';
import { queueMail } from '../notifications/outbox.ts';
import type { DayBeforeReminder } from '../reminders/run-reminders.ts';
import type { MeetingRow, MeetupRow } from './queries.ts';
import { osloParts } from './time.ts';

/*
 * Invitations and reminders for network meetings and meetups, each mail with an .ics under the feed's
 * UID (so adding it does not duplicate a subscribed feed's event), in the recipient's language.
 *
 * Not a flood of mail when a whole series is planned: a meeting's invitation goes out when it comes
 * within INVITE_DAYS_AHEAD days, once per meeting version (`sequence`) and person. Planning or changing
 * a meeting that is already that close sends it at once, in the same transaction; the daily reminder
 * job sends the rest as their day comes near, and the day-before reminder. A series of 20 meetings
 * thus gives each member one mail about three weeks before each meeting, and one the day before. A
 * change of time or place raises the sequence, so members get the new version (a cancellation too);
 * a change farther ahead waits for the window like the first invitation. A meetup's invitation goes to
 * every NQT of the programme when it is published (one mail each); its reminder to those signed up.
 * Every mail is taken through `reminders_sent` in the transaction that queues it: sent exactly once.
 */

export const INVITE_DAYS_AHEAD = 21;

export const meetingUid = (id: string) => `network-meeting-${id}@tillit`;
export const meetupUid = (id: string) => `meetup-${id}@tillit`;

/** The title a meeting shows: its own, else its theme's name. */
export const meetingTitle = (locale: Locale, m: Pick<MeetingRow, 'title' | 'theme'>) =>
  m.title || translate(locale, `resources.theme.${m.theme}`);

export function meetingFeedItem(
  locale: Locale,
  m: MeetingRow,
  groupName: string,
  publicUrl: string,
  facilitators: string,
): FeedItem {
  const title = meetingTitle(locale, m);
  return {
    uid: meetingUid(m.id),
    when: { start: m.startsAt, end: m.endsAt },
    summary: translate(
      locale,
      m.cancelledAt ? 'networkMeetings.feed.summaryCancelled' : 'networkMeetings.feed.summary',
      {
        title,
        group: groupName,
      },
    ),
    description: translate(locale, 'networkMeetings.feed.description', {
      title,
      group: groupName,
      facilitators: facilitators || '–',
      description: m.description,
      link: `${publicUrl}/nettverk`,
    }),
    location: m.place,
    cancelled: m.cancelledAt !== null,
    sequence: m.sequence,
  };
}

export function meetupFeedItem(locale: Locale, m: MeetupRow, publicUrl: string): FeedItem {
  return {
    uid: meetupUid(m.id),
    when: { start: m.startsAt, end: m.endsAt },
    summary: m.cancelledAt ? translate(locale, 'networkMeetings.feed.meetupCancelled', { title: m.title }) : m.title,
    description: translate(locale, 'networkMeetings.feed.meetupDescription', {
      description: m.description,
      link: `${publicUrl}/treff`,
    }),
    location: m.place,
    cancelled: m.cancelledAt !== null,
    sequence: m.sequence,
  };
}

export function icsOf(locale: Locale, item: FeedItem): MailAttachment {
  const text = buildFeed([item], { locale, now: new Date() });
  return {
    filename: 'tillit.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    contentBase64: Buffer.from(text, 'utf8').toString('base64'),
  };
}

/** Takes a mail's key and queues it in the caller's transaction; false when it was already sent. */
async function sendOnceIn(
  tx: DbOrTx,
  key: string,
  ownerId: string,
  mail: { to: string; subject: string; body: string; attachments?: MailAttachment[] },
): Promise<boolean> {
  const taken = await tx
    .insert(remindersSent)
    .values({ key, ownerId })
    .onConflictDoNothing()
    .returning({ key: remindersSent.key });
  if (taken.length === 0) return false;
  await queueMail(tx, { idempotencyKey: key, ownerId, ...mail });
  return true;
}

/** A meeting's people: its group's members and its facilitators. */
async function meetingPeople(tx: DbOrTx, m: MeetingRow) {
  const members = await tx
    .select({ personId: networkGroupMembers.personId })
    .from(networkGroupMembers)
    .where(and(eq(networkGroupMembers.ownerId, m.ownerId), eq(networkGroupMembers.groupId, m.groupId)));
  return [...new Set([...members.map((r) => r.personId), ...m.facilitatorPersonIds])];
}

async function groupNameOf(tx: DbOrTx, m: MeetingRow) {
  const [g] = await tx
    .select({ name: networkGroups.name })
    .from(networkGroups)
    .where(and(eq(networkGroups.ownerId, m.ownerId), eq(networkGroups.id, m.groupId)));
  return g?.name ?? '';
}

async function facilitatorText(tx: DbOrTx, m: MeetingRow) {
  const names = m.facilitatorPersonIds.length
    ? [...(await contacts(tx, m.ownerId, m.facilitatorPersonIds)).values()].map((c) => `${c.givenName} ${c.familyName}`)
    : [];
  return [...names, ...m.externalFacilitators].join(', ');
}

/** Whether a meeting is inside the invitation window: not over, and starting within the days ahead. */
export const inInviteWindow = (startsAt: Date, now: Date) =>
  startsAt > now && startsAt.getTime() - now.getTime() <= INVITE_DAYS_AHEAD * 86_400_000;

/** Invitation (or change, or cancellation) of one meeting version to its people; returns the mails queued. */
export async function inviteToMeeting(tx: DbOrTx, m: MeetingRow, publicUrl: string): Promise<number> {
  const group = await groupNameOf(tx, m);
  const facilitators = await facilitatorText(tx, m);
  const people = await contacts(tx, m.ownerId, await meetingPeople(tx, m));
  const kind = m.cancelledAt ? 'cancelled' : m.sequence > 0 ? 'changed' : 'invite';
  let sent = 0;
  for (const person of people.values()) {
    const l = person.locale;
    const start = osloParts(m.startsAt);
    const params = {
      givenName: person.givenName,
      title: meetingTitle(l, m),
      group,
      date: start.date,
      start: start.time,
      end: osloParts(m.endsAt).time,
      place: m.place,
      facilitators: facilitators || '–',
      link: `${publicUrl}/nettverk`,
    };
    const ok = await sendOnceIn(tx, `invite:network-meeting:${m.id}:${m.sequence}:${person.personId}`, m.ownerId, {
      to: person.email,
      subject: translate(l, `networkMeetings.mail.${kind}.subject`, params),
      body: translate(l, `networkMeetings.mail.${kind}.body`, params),
      attachments: [icsOf(l, meetingFeedItem(l, m, group, publicUrl, facilitators))],
    });
    if (ok) sent++;
  }
  return sent;
}

/** A meetup's invitation (or change, or cancellation) to the programme's NQTs who have not left. */
export async function inviteToMeetup(tx: DbOrTx, m: MeetupRow, publicUrl: string, today: string): Promise<number> {
  const nqts = await tx
    .select({ personId: enrolments.personId, leftOn: enrolments.leftOn })
    .from(enrolments)
    .where(and(eq(enrolments.ownerId, m.ownerId), eq(enrolments.programmeId, m.programmeId)));
  const people = await contacts(
    tx,
    m.ownerId,
    nqts.filter((n) => !n.leftOn || n.leftOn > today).map((n) => n.personId),
  );
  const kind = m.cancelledAt ? 'cancelled' : m.sequence > 0 ? 'changed' : 'invite';
  let sent = 0;
  for (const person of people.values()) {
    const l = person.locale;
    const start = osloParts(m.startsAt);
    const params = {
      givenName: person.givenName,
      title: m.title,
      date: start.date,
      start: start.time,
      end: osloParts(m.endsAt).time,
      place: m.place,
      link: `${publicUrl}/treff`,
    };
    const ok = await sendOnceIn(tx, `invite:meetup:${m.id}:${m.sequence}:${person.personId}`, m.ownerId, {
      to: person.email,
      subject: translate(l, `networkMeetings.mail.meetup.${kind}.subject`, params),
      body: translate(l, `networkMeetings.mail.meetup.${kind}.body`, params),
      attachments: [icsOf(l, meetupFeedItem(l, m, publicUrl))],
    });
    if (ok) sent++;
  }
  return sent;
}

/**
 * The daily job's part (in `DAY_BEFORE_REMINDERS`): invitations for meetings that have come within the
 * window, then the day-before reminder of tomorrow's meetings and signed-up meetups (Oslo days).
 */
export const networkMeetingReminders: DayBeforeReminder = async (db: Db, { today, publicUrl, ownerId }) => {
  const tomorrow = plusDays(today, 1);
  const lastInvited = plusDays(today, INVITE_DAYS_AHEAD);
  // A day's margin on both sides of the UTC bounds; the Oslo day of each start decides.
  const from = new Date(`${today}T00:00:00Z`);
  const until = new Date(`${plusDays(lastInvited, 2)}T00:00:00Z`);
  const upcoming = await db
    .select()
    .from(networkMeetings)
    .where(
      and(
        ownerId ? eq(networkMeetings.ownerId, ownerId) : undefined,
        gt(networkMeetings.startsAt, from),
        lte(networkMeetings.startsAt, until),
      ),
    );
  let sent = 0;
  for (const m of upcoming) {
    const day = osloParts(m.startsAt).date;
    if (day <= today || day > lastInvited) continue;
    // A cancelled meeting is told only to those it was announced to (an invitation of it went out).
    if (m.cancelledAt === null || (await wasAnnounced(db, m))) {
      sent += await db.transaction((tx) => inviteToMeeting(tx, m, publicUrl));
    }
    if (m.cancelledAt === null && day === tomorrow) sent += await remindMeeting(db, m, publicUrl);
  }
  const meetups = await db
    .select()
    .from(socialMeetups)
    .where(
      and(
        ownerId ? eq(socialMeetups.ownerId, ownerId) : undefined,
        isNull(socialMeetups.cancelledAt),
        gt(socialMeetups.startsAt, from),
        lte(socialMeetups.startsAt, new Date(`${plusDays(today, 3)}T00:00:00Z`)),
      ),
    );
  for (const m of meetups) {
    if (osloParts(m.startsAt).date === tomorrow) sent += await remindMeetup(db, m, publicUrl);
  }
  return sent;
};

async function wasAnnounced(db: DbOrTx, m: MeetingRow) {
  const rows = await db
    .select({ key: remindersSent.key })
    .from(remindersSent)
    .where(and(eq(remindersSent.ownerId, m.ownerId), like(remindersSent.key, `invite:network-meeting:${m.id}:%`)))
    .limit(1);
  return rows.length > 0;
}

async function remindMeeting(db: Db, m: MeetingRow, publicUrl: string) {
  return db.transaction(async (tx) => {
    const group = await groupNameOf(tx, m);
    const facilitators = await facilitatorText(tx, m);
    const people = await contacts(tx, m.ownerId, await meetingPeople(tx, m));
    let sent = 0;
    for (const person of people.values()) {
      if (!person.sessionReminders) continue;
      const l = person.locale;
      const params = {
        givenName: person.givenName,
        title: meetingTitle(l, m),
        group,
        start: osloParts(m.startsAt).time,
        end: osloParts(m.endsAt).time,
        place: m.place,
        link: `${publicUrl}/nettverk`,
        settings: `${publicUrl}/kalender`,
      };
      const ok = await sendOnceIn(tx, `reminder:network-meeting:${m.id}:${person.personId}`, m.ownerId, {
        to: person.email,
        subject: translate(l, 'networkMeetings.mail.reminder.subject', params),
        body: translate(l, 'networkMeetings.mail.reminder.body', params),
        attachments: [icsOf(l, meetingFeedItem(l, m, group, publicUrl, facilitators))],
      });
      if (ok) sent++;
    }
    return sent;
  });
}

async function remindMeetup(db: Db, m: MeetupRow, publicUrl: string) {
  return db.transaction(async (tx) => {
    const signups = await tx
      .select({ personId: socialMeetupSignups.personId })
      .from(socialMeetupSignups)
      .where(and(eq(socialMeetupSignups.ownerId, m.ownerId), eq(socialMeetupSignups.meetupId, m.id)));
    const people = await contacts(
      tx,
      m.ownerId,
      signups.map((s) => s.personId),
    );
    let sent = 0;
    for (const person of people.values()) {
      if (!person.sessionReminders) continue;
      const l = person.locale;
      const params = {
        givenName: person.givenName,
        title: m.title,
        start: osloParts(m.startsAt).time,
        end: osloParts(m.endsAt).time,
        place: m.place,
        link: `${publicUrl}/treff`,
        settings: `${publicUrl}/kalender`,
      };
      const ok = await sendOnceIn(tx, `reminder:meetup:${m.id}:${person.personId}`, m.ownerId, {
        to: person.email,
        subject: translate(l, 'networkMeetings.mail.meetup.reminder.subject', params),
        body: translate(l, 'networkMeetings.mail.meetup.reminder.body', params),
        attachments: [icsOf(l, meetupFeedItem(l, m, publicUrl))],
      });
      if (ok) sent++;
    }
    return sent;
  });
}
