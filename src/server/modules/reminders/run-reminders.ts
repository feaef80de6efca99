import { and, eq } from 'drizzle-orm';
import type { Locale } from '../../../shared/enums.ts';
import { translate } from '../../../shared/i18n/index.ts';
import { type IsoDate, plusDays } from '../../../shared/rules/school-year.ts';
import type { Session } from '../../../shared/schemas/mentoring.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type MailAttachment, mentorPairs, programmes, remindersSent } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { buildFeed } from '../calendar/feed.ts';
import { sessionUid } from '../calendar/mentoring-source.ts';
import { getCompliance } from '../mentoring/compliance-queries.ts';
import { listPairSessionRows, loadMyPair, mergeSchedule, type PairRow } from '../mentoring/sessions.ts';
import { networkMeetingReminders } from '../network-meetings/mail.ts';
import { contacts } from '../notifications/contacts.ts';
import { queueMail } from '../notifications/outbox.ts';

/*
 * Reminders (pg-boss jobs in job.ts). Each mail is taken by inserting its key into `reminders_sent` in
 * the same transaction that queues it (the outbox has the same idempotency key): a retried job, a
 * second process or a restart finds the key taken and sends nothing. No private note is read: the
 * schedule is merged with an empty note map.
 */

export interface ReminderOptions {
  today: IsoDate;
  publicUrl: string;
  ownerId?: string | undefined;
}

/** Day-before reminders of one kind of item. Network meetings add theirs to `DAY_BEFORE_REMINDERS`. */
export type DayBeforeReminder = (db: Db, opts: ReminderOptions) => Promise<number>;

/** A stand-in caller for a pair's own person, so the job reads the schedule through the pair code. */
function asPerson(personId: string): Actor {
  return {
    userId: '',
    email: '',
    name: '',
    locale: 'nb',
    personId,
    grants: [],
    ownerRoles: new Map(),
    nationalRoles: new Set(),
    unitRoles: new Map(),
  };
}

/** The pair's schedule as the pair code computes it, without notes, and each session's feed UID. */
async function scheduleOf(db: DbOrTx, pair: PairRow): Promise<{ schedule: Session[]; uid: (s: Session) => string }> {
  const ctx = await loadMyPair(db, asPerson(pair.mentorPersonId), pair.id);
  const rows = await listPairSessionRows(db, pair);
  const keys = new Map(rows.map((r) => [r.id, r.plannedDate ?? r.id]));
  return {
    schedule: mergeSchedule(ctx.plan, rows, new Map()),
    uid: (s) => sessionUid(pair.id, keys.get(s.id) ?? s.date),
  };
}

/** The sessions as an .ics attachment, under the feed's UIDs, so adding it does not duplicate a subscribed feed's event. */
function icsAttachment(
  sessions: readonly Session[],
  uid: (s: Session) => string,
  opts: { locale: Locale; name: string; link: string },
): MailAttachment {
  const text = buildFeed(
    sessions.map((s) => ({
      uid: uid(s),
      when: { allDay: dayOf(s) },
      summary: translate(opts.locale, 'calendar.feed.session.summary', { name: opts.name }),
      description: translate(opts.locale, 'calendar.feed.session.planned', {
        minutes: s.plannedMinutes ?? 0,
        link: opts.link,
      }),
      sequence: s.status === 'moved' ? 1 : 0,
    })),
    { locale: opts.locale, now: new Date() },
  );
  return {
    filename: 'tillit.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    contentBase64: Buffer.from(text, 'utf8').toString('base64'),
  };
}

/** The day a session takes place: a moved one on its new day. */
const dayOf = (s: Session) => s.movedTo ?? s.date;
const isComing = (s: Session) => s.status === 'planned' || s.status === 'moved';

async function acceptedPairs(db: DbOrTx, ownerId: string | undefined) {
  return db
    .select()
    .from(mentorPairs)
    .where(and(eq(mentorPairs.status, 'accepted'), ownerId ? eq(mentorPairs.ownerId, ownerId) : undefined));
}

/** Takes a reminder's key and queues its mail together; false when it was already sent. */
async function sendOnce(
  db: Db,
  key: string,
  ownerId: string,
  mail: { to: string; subject: string; body: string; attachments?: MailAttachment[] },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const taken = await tx
      .insert(remindersSent)
      .values({ key, ownerId })
      .onConflictDoNothing()
      .returning({ key: remindersSent.key });
    if (taken.length === 0) return false;
    await queueMail(tx, { idempotencyKey: key, ownerId, ...mail });
    return true;
  });
}

/**
 * The day before a mentoring session (planned, or moved to tomorrow; never a cancelled or held one),
 * one mail to the mentor and one to the NQT, in each one's language, unless they turned reminders off.
 */
export const sessionReminders: DayBeforeReminder = async (db, { today, publicUrl, ownerId }) => {
  const tomorrow = plusDays(today, 1);
  let sent = 0;
  for (const pair of await acceptedPairs(db, ownerId)) {
    const { schedule, uid } = await scheduleOf(db, pair);
    const due = schedule.filter((s) => isComing(s) && dayOf(s) === tomorrow);
    if (due.length === 0) continue;
    const people = await contacts(db, pair.ownerId, [pair.mentorPersonId, pair.nqtPersonId]);
    const mentor = people.get(pair.mentorPersonId);
    const nqt = people.get(pair.nqtPersonId);
    const minutes = due.reduce((sum, s) => sum + (s.plannedMinutes ?? 0), 0);
    for (const [person, other, link] of [
      [mentor, nqt, `${publicUrl}/mine-nyutdannede/${pair.id}`],
      [nqt, mentor, `${publicUrl}/min-veiledning`],
    ] as const) {
      if (!person?.sessionReminders) continue;
      const name = other ? `${other.givenName} ${other.familyName}` : '';
      const ok = await sendOnce(db, `reminder:session:${pair.id}:${tomorrow}:${person.personId}`, pair.ownerId, {
        to: person.email,
        subject: translate(person.locale, 'calendar.mail.session.subject', { name }),
        body: translate(person.locale, 'calendar.mail.session.body', {
          givenName: person.givenName,
          name,
          date: tomorrow,
          minutes,
          link,
          settings: `${publicUrl}/kalender`,
        }),
        attachments: [icsAttachment(due, uid, { locale: person.locale, name, link })],
      });
      if (ok) sent++;
    }
  }
  return sent;
};

/** Every kind of day-before reminder; the networks module adds network meetings here. */
export const DAY_BEFORE_REMINDERS: DayBeforeReminder[] = [sessionReminders, networkMeetingReminders];

export async function runDayBeforeReminders(db: Db, opts: ReminderOptions): Promise<number> {
  let sent = 0;
  for (const remind of DAY_BEFORE_REMINDERS) sent += await remind(db, opts);
  return sent;
}

/**
 * The weekly digest for mentors (Monday morning): each accepted pair's sessions this week, planned
 * sessions before today not yet logged, and which of their NQTs are behind the plan. Nothing to say,
 * no mail. `today` is the Monday (any day: the week is the ISO week holding it).
 */
export async function runWeeklyDigest(db: Db, { today, publicUrl, ownerId }: ReminderOptions): Promise<number> {
  const weekEnd = plusDays(today, 6);
  const byMentor = new Map<string, PairRow[]>();
  for (const pair of await acceptedPairs(db, ownerId)) {
    byMentor.set(pair.mentorPersonId, [...(byMentor.get(pair.mentorPersonId) ?? []), pair]);
  }
  const behindByProgramme = new Map<string, Set<string>>();
  async function behindPairs(pair: PairRow, programmeId: string) {
    let set = behindByProgramme.get(programmeId);
    if (!set) {
      const [programme] = await db
        .select()
        .from(programmes)
        .where(and(eq(programmes.ownerId, pair.ownerId), eq(programmes.id, programmeId)));
      const compliance = programme ? await getCompliance(db, pair.ownerId, programme, today) : null;
      set = new Set((compliance?.nqts ?? []).filter((n) => n.isBehind && n.pairId).map((n) => n.pairId as string));
      behindByProgramme.set(programmeId, set);
    }
    return set.has(pair.id);
  }
  let sent = 0;
  for (const [mentorId, pairs] of byMentor) {
    const ownerOf = pairs[0]?.ownerId as string;
    const nqtIds = pairs.map((p) => p.nqtPersonId);
    const people = await contacts(db, ownerOf, [mentorId, ...nqtIds]);
    const mentor = people.get(mentorId);
    if (!mentor?.weeklyDigest) continue;
    const l = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate(mentor.locale, key, params);
    const thisWeek: string[] = [];
    const notLogged: string[] = [];
    const behind: string[] = [];
    for (const pair of pairs) {
      const nqt = people.get(pair.nqtPersonId);
      const name = nqt ? `${nqt.givenName} ${nqt.familyName}` : '';
      const ctx = await loadMyPair(db, asPerson(mentorId), pair.id);
      // Only in weeks of the programme's school year: no digest of last year's gaps in the summer.
      const { firstDay, lastDay } = ctx.programme.settings.calendar;
      if (weekEnd < firstDay || today > lastDay) continue;
      const schedule = mergeSchedule(ctx.plan, await listPairSessionRows(db, pair), new Map());
      for (const s of schedule) {
        if (isComing(s) && dayOf(s) >= today && dayOf(s) <= weekEnd) {
          thisWeek.push(l('calendar.mail.digest.session', { date: dayOf(s), name, minutes: s.plannedMinutes ?? 0 }));
        }
        if (isComing(s) && dayOf(s) < today)
          notLogged.push(l('calendar.mail.digest.session', { date: dayOf(s), name, minutes: s.plannedMinutes ?? 0 }));
      }
      if (await behindPairs(pair, ctx.programme.id)) behind.push(`- ${name}`);
    }
    if (thisWeek.length + notLogged.length + behind.length === 0) continue;
    const none = l('calendar.mail.digest.none');
    const ok = await sendOnce(db, `reminder:digest:${today}:${mentorId}`, ownerOf, {
      to: mentor.email,
      subject: l('calendar.mail.digest.subject', { date: today }),
      body: l('calendar.mail.digest.body', {
        givenName: mentor.givenName,
        thisWeek: thisWeek.join('\n') || none,
        notLogged: notLogged.join('\n') || none,
        behind: behind.join('\n') || none,
        link: `${publicUrl}/mine-nyutdannede`,
        settings: `${publicUrl}/kalender`,
      }),
    });
    if (ok) sent++;
  }
  return sent;
}
