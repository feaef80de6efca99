import { eq } from 'drizzle-orm';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, remindersSent, users } from '../../db/schema.ts';
import { startJobs } from '../../jobs/runner.ts';
import {
  buildEnrolment,
  buildOwner,
  buildPair,
  buildPerson,
  buildProgramme,
  buildUnit,
  buildUser,
} from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';
import { emlOf } from '../notifications/outbox.ts';
import { dayBeforeRemindersJob, weeklyDigestJob } from './job.ts';
import { runDayBeforeReminders, runWeeklyDigest } from './run-reminders.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/* 2026-27, a primary school: a 60-minute session every Monday from 17 August. Mentor in bokmål, NQT in English. */
async function setup() {
  const owner = await buildOwner(t.db);
  const unit = await buildUnit(t.db, { owner, name: 'Bakkeli skole' });
  const programme = await buildProgramme(t.db, { owner, schoolYear: '2026-27' });
  const nqt = await buildPerson(t.db, {
    owner,
    unit,
    givenName: 'Nora',
    startDate: '2026-08-17',
    teachingExperienceYears: 0,
  });
  const mentor = await buildPerson(t.db, { owner, unit, givenName: 'Mona' });
  const enrolment = await buildEnrolment(t.db, { programme, person: nqt, unit, startDate: '2026-08-17' });
  const pair = await buildPair(t.db, { enrolment, mentor });
  const mentorUser = await buildUser(t.db, { owner, person: mentor, roles: [{ role: 'mentor', unit }] });
  const nqtUser = await buildUser(t.db, { owner, person: nqt, roles: [{ role: 'nqt', unit }] });
  await t.db.update(users).set({ locale: 'en' }).where(eq(users.id, nqtUser.id));
  const asMentor = await signIn(t.app, mentorUser.email, mentorUser.password);
  const asNqt = await signIn(t.app, nqtUser.email, nqtUser.password);
  const opts = (today: string) => ({ today, publicUrl: 'https://tillit.test', ownerId: owner.id });
  const remind = (today: string) => runDayBeforeReminders(t.db, opts(today));
  const digest = (today: string) => runWeeklyDigest(t.db, opts(today));
  const mail = () =>
    t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.ownerId, owner.id))
      .orderBy(mailOutbox.createdAt, mailOutbox.toAddress);
  const sessions = `/api/me/mentoring/pairs/${pair.id}/sessions`;
  return { owner, nqt, mentor, pair, asMentor, asNqt, remind, digest, mail, sessions };
}

describe('session reminders', () => {
  it('the day before a session, one mail to the mentor and one to the NQT, each in their language, once', async () => {
    const s = await setup();
    expect(await s.remind('2026-08-22')).toBe(0); // Sunday the 23rd has no session
    expect(await s.remind('2026-08-23')).toBe(2);
    expect(await s.remind('2026-08-23')).toBe(0);
    const mail = await s.mail();
    expect(mail).toHaveLength(2);
    const toMentor = mail.find((m) => m.toAddress === s.mentor.email);
    const toNqt = mail.find((m) => m.toAddress === s.nqt.email);
    expect(toMentor?.subject).toBe(`Påminnelse: veiledning med Nora ${s.nqt.familyName} i morgen`);
    expect(toMentor?.body).toContain('2026-08-24');
    expect(toMentor?.body).toContain(`https://tillit.test/mine-nyutdannede/${s.pair.id}`);
    expect(toNqt?.subject).toBe(`Reminder: mentoring with Mona ${s.mentor.familyName} tomorrow`);
    expect(toNqt?.body).toContain('https://tillit.test/kalender');
    expect(mail.map((m) => m.idempotencyKey).sort()).toEqual(
      [
        `reminder:session:${s.pair.id}:2026-08-24:${s.mentor.id}`,
        `reminder:session:${s.pair.id}:2026-08-24:${s.nqt.id}`,
      ].sort(),
    );
  });

  it('none for a cancelled session; a moved session is reminded on the day before its new day', async () => {
    const s = await setup();
    expect((await s.asMentor.patch(`${s.sessions}/planned:2026-08-31`, { status: 'cancelled' })).statusCode).toBe(200);
    expect((await s.asMentor.patch(`${s.sessions}/planned:2026-09-07`, { movedTo: '2026-09-09' })).statusCode).toBe(
      200,
    );
    expect(await s.remind('2026-08-30')).toBe(0);
    expect(await s.remind('2026-09-06')).toBe(0);
    expect(await s.remind('2026-09-08')).toBe(2);
    expect((await s.mail()).every((m) => m.body.includes('2026-09-09'))).toBe(true);
  });

  it('none to a person who turned reminders off', async () => {
    const s = await setup();
    const off = await s.asNqt.put('/api/me/calendar/reminders', { sessionReminders: false, weeklyDigest: true });
    expect(off.statusCode).toBe(200);
    expect(await s.remind('2026-08-23')).toBe(1);
    expect((await s.mail()).map((m) => m.toAddress)).toEqual([s.mentor.email]);
  });

  it('runs as a pg-boss job, and a run after a restart of the job queue sends nothing twice', async () => {
    const s = await setup();
    const deps = {
      db: t.db,
      env: t.env,
      kickMail: () => {},
      now: () => new Date('2026-08-23T14:00:00Z'),
      log: t.app.log,
    };
    const waitForMail = async (count: number) => {
      for (let i = 0; i < 80; i++) {
        if ((await s.mail()).length >= count) return;
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    let jobs = await startJobs(t.database.jobConnection, deps, [dayBeforeRemindersJob]);
    try {
      await jobs.send(dayBeforeRemindersJob.name, { ownerId: s.owner.id });
      await waitForMail(2);
    } finally {
      await jobs.stop();
    }
    expect(await s.mail()).toHaveLength(2);
    jobs = await startJobs(t.database.jobConnection, deps, [dayBeforeRemindersJob]);
    try {
      expect(await jobs.send(dayBeforeRemindersJob.name, { ownerId: s.owner.id })).not.toBeNull();
      await new Promise((r) => setTimeout(r, 4000));
    } finally {
      await jobs.stop();
    }
    expect(await s.mail()).toHaveLength(2);
    const sent = await t.db.select().from(remindersSent).where(eq(remindersSent.ownerId, s.owner.id));
    expect(sent).toHaveLength(2);
  });
});

describe('the reminder’s .ics attachment', () => {
  it('carries tomorrow’s session under the feed’s UID, in the recipient’s language, and is written as multipart/mixed', async () => {
    const s = await setup();
    await s.remind('2026-08-23');
    const mail = await s.mail();
    const toNqt = mail.find((m) => m.toAddress === s.nqt.email);
    const [attachment] = toNqt?.attachments ?? [];
    expect(attachment).toMatchObject({ filename: 'tillit.ics', contentType: expect.stringMatching(/^text\/calendar/) });
    const ics = Buffer.from(attachment?.contentBase64 ?? '', 'base64').toString('utf8');
    const [event] = Object.values(ical.sync.parseICS(ics)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(event?.summary).toBe(`Mentoring with Mona ${s.mentor.familyName}`);
    expect(event?.datetype).toBe('date');
    // The same UID as the event in the NQT's feed.
    const { url } = (await s.asNqt.post('/api/me/calendar/feed')).json();
    const feed = (await t.app.inject({ method: 'GET', url: new URL(url).pathname })).body;
    expect(feed).toContain(`UID:${event?.uid}\r\n`);
    expect(event?.uid).toBe(`session-${s.pair.id}-2026-08-24@tillit`);

    const eml = emlOf('tillit@test', {
      toAddress: toNqt?.toAddress ?? '',
      subject: toNqt?.subject ?? '',
      body: toNqt?.body ?? '',
      attachments: toNqt?.attachments ?? null,
    });
    const boundary = /boundary="([^"]+)"/.exec(eml)?.[1] ?? '';
    expect(boundary).not.toBe('');
    const parts = eml.split(`--${boundary}`);
    expect(parts).toHaveLength(4); // preamble, text, attachment, closing
    expect(parts[1]).toContain('Content-Type: text/plain; charset=utf-8');
    expect(parts[2]).toContain('Content-Disposition: attachment; filename="tillit.ics"');
    const base64 = (parts[2] ?? '').split('\r\n\r\n')[1] ?? '';
    expect(base64.split('\r\n').every((line) => line.length <= 76)).toBe(true);
    expect(Buffer.from(base64.replace(/\r\n/g, ''), 'base64').toString('utf8')).toBe(ics);
    // A message without attachments stays plain text.
    expect(emlOf('x@test', { toAddress: 'y@test', subject: 'S', body: 'B', attachments: null })).not.toContain(
      'multipart',
    );
  });
});

describe('weekly digest', () => {
  it('tells the mentor on Monday of the week’s session, the sessions not logged and who is behind, once', async () => {
    const s = await setup();
    expect(await s.digest('2026-09-14')).toBe(1);
    expect(await s.digest('2026-09-14')).toBe(0);
    const [mail, ...rest] = await s.mail();
    expect(rest).toHaveLength(0);
    expect(mail?.toAddress).toBe(s.mentor.email);
    expect(mail?.idempotencyKey).toBe(`reminder:digest:2026-09-14:${s.mentor.id}`);
    const body = mail?.body ?? '';
    const [thisWeek, notLogged, behind] = body.split('\n\n').slice(1, 4);
    expect(thisWeek).toContain(`2026-09-14: Nora ${s.nqt.familyName} (60 minutter)`);
    expect(thisWeek).not.toContain('2026-09-07');
    for (const day of ['2026-08-17', '2026-08-24', '2026-08-31', '2026-09-07']) expect(notLogged).toContain(day);
    expect(behind).toContain(`Nora ${s.nqt.familyName}`);
  });

  it('is not sent when the mentor turned it off, and never to the NQT', async () => {
    const s = await setup();
    await s.asMentor.put('/api/me/calendar/reminders', { sessionReminders: true, weeklyDigest: false });
    expect(await s.digest('2026-09-14')).toBe(0);
    expect(await s.mail()).toHaveLength(0);
  });

  it('is not sent in the summer after the school year, though sessions were never logged', async () => {
    const s = await setup();
    expect(await s.digest('2027-07-05')).toBe(0);
    expect(await s.digest('2027-06-07')).toBe(1);
  });

  it('the job runs for the Monday of the week it is given', async () => {
    const s = await setup();
    const deps = {
      db: t.db,
      env: t.env,
      kickMail: () => {},
      now: () => new Date('2026-09-14T05:00:00Z'),
      log: t.app.log,
    };
    await weeklyDigestJob.handler(deps, { ownerId: s.owner.id, today: '2026-09-16' });
    expect((await s.mail())[0]?.idempotencyKey).toBe(`reminder:digest:2026-09-14:${s.mentor.id}`);
  });
});
