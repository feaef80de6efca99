import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFeeds, users } from '../../db/schema.ts';
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

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/*
 * 2026-27, a primary school: 60 minutes every Monday from 17 August (autumn break in week 40). The
 * mentor (bokmål) and the NQT (English) each subscribe; another pair in the same unit must never show.
 */
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
  const otherNqt = await buildPerson(t.db, {
    owner,
    unit,
    givenName: 'Ola',
    startDate: '2026-08-17',
    teachingExperienceYears: 0,
  });
  const otherMentor = await buildPerson(t.db, { owner, unit, givenName: 'Otto' });
  const otherEnrolment = await buildEnrolment(t.db, { programme, person: otherNqt, unit, startDate: '2026-08-17' });
  const otherPair = await buildPair(t.db, { enrolment: otherEnrolment, mentor: otherMentor });
  const mentorUser = await buildUser(t.db, { owner, person: mentor, roles: [{ role: 'mentor', unit }] });
  const nqtUser = await buildUser(t.db, { owner, person: nqt, roles: [{ role: 'nqt', unit }] });
  await t.db.update(users).set({ locale: 'en' }).where(eq(users.id, nqtUser.id));
  const otherUser = await buildUser(t.db, { owner, person: otherMentor, roles: [{ role: 'mentor', unit }] });
  const asMentor = await signIn(t.app, mentorUser.email, mentorUser.password);
  const asNqt = await signIn(t.app, nqtUser.email, nqtUser.password);
  const asOther = await signIn(t.app, otherUser.email, otherUser.password);
  return { owner, unit, nqt, mentor, pair, otherPair, otherNqt, mentorUser, asMentor, asNqt, asOther };
}

/** Fetches a feed as a calendar app does: no cookie, only the URL. */
async function fetchFeed(url: string) {
  return t.app.inject({ method: 'GET', url: new URL(url).pathname });
}

function events(text: string) {
  const parsed = ical.sync.parseICS(text);
  return Object.values(parsed).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
}

const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('calendar feed', () => {
  it('carries the caller’s sessions as valid iCalendar with Europe/Oslo, stable UIDs and the caller’s language', async () => {
    const s = await setup();
    const created = await s.asMentor.post('/api/me/calendar/feed');
    expect(created.statusCode).toBe(201);
    const { url, webcalUrl } = created.json();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(webcalUrl.startsWith('webcal://')).toBe(true);
    // Only the hash is stored.
    const [row] = await t.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, s.mentorUser.id));
    const token = url.split('/').pop().replace('.ics', '');
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.tokenHash).not.toContain(token);

    const res = await fetchFeed(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(String(res.headers['cache-control'])).toMatch(/^private/);
    expect(res.body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);

    const parsed = ical.sync.parseICS(res.body);
    const tz = Object.values(parsed).find((c) => c?.type === 'VTIMEZONE') as { tzid?: string } | undefined;
    expect(tz?.tzid).toBe('Europe/Oslo');
    expect(res.body).toContain('X-WR-TIMEZONE:Europe/Oslo');
    const list = events(res.body);
    // Mondays from 17 August, none in the autumn break (28 September–2 October is week 40).
    const days = list.map((e) => isoDay(e.start));
    expect(days[0]).toBe('2026-08-17');
    expect(days).toContain('2026-08-24');
    expect(days).not.toContain('2026-09-28');
    expect(new Set(list.map((e) => e.uid)).size).toBe(list.length);
    for (const e of list) {
      expect(e.datetype).toBe('date');
      expect(e.dtstamp).toBeInstanceOf(Date);
      expect(e.summary).toBe(`Veiledning med Nora ${s.nqt.familyName}`);
      expect(e.location).toBe('Bakkeli skole');
    }
    expect(res.body).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    expect(list[0]?.description).toContain(`/mine-nyutdannede/${s.pair.id}`);
    // Nothing of the other pair.
    expect(res.body).not.toContain(s.otherPair.id);
    expect(res.body).not.toContain(s.otherNqt.familyName);

    // The NQT's feed is in English and carries the same sessions under the same UIDs.
    const nqtFeed = await fetchFeed((await s.asNqt.post('/api/me/calendar/feed')).json().url);
    const nqtEvents = events(nqtFeed.body);
    expect(nqtEvents[0]?.summary).toBe(`Mentoring with Mona ${s.mentor.familyName}`);
    expect(nqtEvents.map((e) => e.uid)).toEqual(list.map((e) => e.uid));
  });

  it('shows a cancelled session as CANCELLED and a moved one on its new day under the same UID, never a note', async () => {
    const s = await setup();
    const { url } = (await s.asMentor.post('/api/me/calendar/feed')).json();
    const before = events((await fetchFeed(url)).body);
    const uidOf = (day: string) => before.find((e) => isoDay(e.start) === day)?.uid;
    const base = `/api/me/mentoring/pairs/${s.pair.id}/sessions`;
    expect((await s.asMentor.patch(`${base}/planned:2026-08-24`, { status: 'cancelled' })).statusCode).toBe(200);
    expect((await s.asMentor.patch(`${base}/planned:2026-08-31`, { movedTo: '2026-09-02' })).statusCode).toBe(200);
    const secret = `MARKER-${randomBytes(8).toString('hex')}`;
    const held = await s.asMentor.post(base, {
      date: '2026-08-17',
      plannedDate: '2026-08-17',
      minutes: 45,
      format: 'individual',
      subGoals: ['workplace'],
      note: secret,
    });
    expect(held.statusCode).toBe(201);

    for (const asker of [s.asMentor, s.asNqt]) {
      const feedUrl = asker === s.asMentor ? url : (await asker.post('/api/me/calendar/feed')).json().url;
      const body = (await fetchFeed(feedUrl)).body;
      expect(body).not.toContain(secret);
      const after = events(body);
      const byUid = new Map(after.map((e) => [e.uid, e]));
      const cancelled = byUid.get(uidOf('2026-08-24') as string);
      expect(cancelled?.status).toBe('CANCELLED');
      expect(isoDay(cancelled?.start as Date)).toBe('2026-08-24');
      const moved = byUid.get(uidOf('2026-08-31') as string);
      expect(isoDay(moved?.start as Date)).toBe('2026-09-02');
      expect(moved?.status).toBe('CONFIRMED');
      expect(after.filter((e) => isoDay(e.start) === '2026-08-31')).toHaveLength(0);
      const first = byUid.get(uidOf('2026-08-17') as string);
      expect(first?.status).toBe('CONFIRMED');
      expect(after).toHaveLength(before.length);
    }
    const mentorEvents = events((await fetchFeed(url)).body);
    expect(mentorEvents.find((e) => e.uid === uidOf('2026-08-17'))?.description).toContain('45 minutter');
  });

  it('a revoked or replaced URL gives 404, as does an unknown one; the settings say whether a feed exists', async () => {
    const s = await setup();
    expect((await s.asMentor.get('/api/me/calendar')).json()).toMatchObject({
      feed: null,
      reminders: { sessionReminders: true, weeklyDigest: true },
      isMentor: true,
    });
    const first = (await s.asMentor.post('/api/me/calendar/feed')).json().url;
    expect((await fetchFeed(first)).statusCode).toBe(200);
    expect((await s.asMentor.get('/api/me/calendar')).json().feed.createdAt).toEqual(expect.any(String));
    const second = (await s.asMentor.post('/api/me/calendar/feed')).json().url;
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);
    const revoked = await s.asMentor.delete('/api/me/calendar/feed');
    expect(revoked.json().feed).toBeNull();
    expect((await fetchFeed(second)).statusCode).toBe(404);
    for (const path of [
      `/api/calendar/${'a'.repeat(43)}.ics`,
      '/api/calendar/nothing.ics',
      `/api/calendar/${'a'.repeat(43)}`,
    ]) {
      const res = await t.app.inject({ method: 'GET', url: path });
      expect(res.statusCode).toBe(404);
    }
    // Another user's feed carries only their own pair.
    const other = await fetchFeed((await s.asOther.post('/api/me/calendar/feed')).json().url);
    expect(other.body).toContain(s.otherPair.id);
    expect(other.body).not.toContain(s.pair.id);
  });

  it('needs a session to manage the feed and validates reminder choices', async () => {
    const s = await setup();
    expect((await t.app.inject({ method: 'POST', url: '/api/me/calendar/feed' })).statusCode).toBe(401);
    const bad = await s.asMentor.put('/api/me/calendar/reminders', { sessionReminders: 'yes' });
    expect(bad.statusCode).toBe(400);
    const ok = await s.asMentor.put('/api/me/calendar/reminders', { sessionReminders: false, weeklyDigest: true });
    expect(ok.json().reminders).toEqual({ sessionReminders: false, weeklyDigest: true });
    expect((await s.asMentor.get('/api/me/calendar')).json().reminders.sessionReminders).toBe(false);
    expect((await s.asNqt.get('/api/me/calendar')).json()).toMatchObject({ isMentor: false });
  });
});
