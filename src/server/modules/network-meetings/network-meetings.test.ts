import { and, eq, like } from 'drizzle-orm';
import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDate, plusDays } from '../../../shared/rules/school-year.ts';
import type {
  MeetingDetail,
  MeetingList,
  MeetupList,
  MyMeetings,
  MyMeetups,
} from '../../../shared/schemas/network-meetings.ts';
import {
  mailOutbox,
  networkGroupings,
  networkGroupMembers,
  networkGroups,
  programmes,
  resources,
  users,
} from '../../db/schema.ts';
import {
  buildEnrolment,
  buildOwner,
  buildPerson,
  buildProgramme,
  buildUnit,
  buildUser,
  type PersonRow,
} from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';
import { runDayBeforeReminders } from '../reminders/run-reminders.ts';

/*
 * Network meetings and meetups through HTTP: planning one meeting and a series, validation, tenancy
 * (another owner's coordinator gets 404), members only see their own group's meetings with the
 * materials their audience may see, attendance only by managers and facilitators, NQT-only sign-up
 * with capacity, the calendar feed read back with node-ical, and mails: invitations only within the
 * window, reminders exactly once across two runs. Days are relative to today, in a programme whose
 * calendar spans them, so the tests hold on any date.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const today = osloDate(new Date());
const day = (n: number) => plusDays(today, n);

async function setup() {
  const owner = await buildOwner(t.db);
  const unit = await buildUnit(t.db, { owner, name: 'Bakkeli skole' });
  const programme = await buildProgramme(t.db, { owner });
  // The school year around today, so meetings weeks ahead are inside it whatever the date.
  await t.db
    .update(programmes)
    .set({
      settings: {
        ...programme.settings,
        calendar: { firstDay: day(-60), lastDay: day(300), holidays: [] },
      },
    })
    .where(eq(programmes.id, programme.id));
  const coordinator = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
  const asCoordinator = await signIn(t.app, coordinator.email, coordinator.password);
  const person = async (givenName: string, role: 'nqt' | 'mentor' | 'teacher_educator', enrol = role === 'nqt') => {
    const p = await buildPerson(t.db, { owner, unit, givenName, startDate: day(-60), teachingExperienceYears: 0 });
    if (enrol) await buildEnrolment(t.db, { programme, person: p, unit, startDate: day(-60) });
    const user = await buildUser(t.db, {
      owner,
      person: p,
      roles: [role === 'teacher_educator' ? { role } : { role, unit }],
    });
    return { person: p, user, client: await signIn(t.app, user.email, user.password) };
  };
  const nora = await person('Nora', 'nqt');
  const nils = await person('Nils', 'nqt');
  const otto = await person('Otto', 'nqt');
  const mona = await person('Mona', 'mentor');
  const tea = await person('Tea', 'teacher_educator');
  await t.db.update(users).set({ locale: 'en' }).where(eq(users.id, nils.user.id));
  // Two NQT groups formed as the networks module saves them: Nora and Nils in A, Otto in B.
  const [grouping] = await t.db
    .insert(networkGroupings)
    .values({ ownerId: owner.id, programmeId: programme.id, kind: 'nqt', maxPerUnit: 3, keepKindergartenApart: true })
    .returning();
  const group = async (name: string, position: number, members: PersonRow[]) => {
    const [g] = await t.db
      .insert(networkGroups)
      .values({
        ownerId: owner.id,
        groupingId: grouping?.id as string,
        programmeId: programme.id,
        kind: 'nqt',
        name,
        pool: 'school',
        position,
      })
      .returning();
    for (const m of members) {
      await t.db.insert(networkGroupMembers).values({
        ownerId: owner.id,
        groupId: g?.id as string,
        programmeId: programme.id,
        kind: 'nqt',
        personId: m.id,
      });
    }
    return g as typeof networkGroups.$inferSelect;
  };
  const groupA = await group('Skole 1', 0, [nora.person, nils.person]);
  const groupB = await group('Skole 2', 1, [otto.person]);
  const resource = async (title: string, audience: ('nqt' | 'mentor' | 'coordinator')[]) => {
    const [r] = await t.db
      .insert(resources)
      .values({ ownerId: owner.id, kind: 'link', title, url: 'https://example.no', audience })
      .returning();
    return r?.id as string;
  };
  const forNqts = await resource('Mestring i første år', ['nqt']);
  const forCoordinators = await resource('Samlingsplan for ledere', ['coordinator']);
  const base = `/api/owners/${owner.id}/programmes/${programme.id}`;
  const mail = () => t.db.select().from(mailOutbox).where(eq(mailOutbox.ownerId, owner.id));
  return {
    owner,
    programme,
    asCoordinator,
    nora,
    nils,
    otto,
    mona,
    tea,
    groupA,
    groupB,
    forNqts,
    forCoordinators,
    base,
    mail,
  };
}

type Setup = Awaited<ReturnType<typeof setup>>;

const meetingBody = (s: Setup, n: number, extra: Record<string, unknown> = {}) => ({
  groupId: s.groupA.id,
  theme: 'coping',
  subGoals: ['belonging'],
  place: 'Rådhuset, møterom 2',
  date: day(n),
  startTime: '12:30',
  endTime: '15:00',
  facilitatorPersonIds: [s.tea.person.id],
  externalFacilitators: ['Kari Lærerutdanner, OsloMet'],
  resourceIds: [s.forNqts, s.forCoordinators],
  ...extra,
});

async function plan(s: Setup, n: number, extra: Record<string, unknown> = {}) {
  const res = await s.asCoordinator.post(`${s.base}/network-meetings`, meetingBody(s, n, extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as MeetingDetail;
}

describe('network meetings', () => {
  it('plans a meeting in Oslo time, with materials, facilitators and an invitation to members within three weeks', async () => {
    const s = await setup();
    const meeting = await plan(s, 7);
    expect(meeting).toMatchObject({
      groupName: 'Skole 1',
      theme: 'coping',
      date: day(7),
      startTime: '12:30',
      endTime: '15:00',
      facilitators: [{ personId: s.tea.person.id, name: expect.stringContaining('Tea') }],
      externalFacilitators: ['Kari Lærerutdanner, OsloMet'],
    });
    expect(meeting.materials.map((m) => m.title)).toEqual(['Mestring i første år', 'Samlingsplan for ledere']);

    // Invitations now: the two members and the facilitator, each in their language, with the .ics.
    const mails = await s.mail();
    expect(mails.map((m) => m.toAddress).sort()).toEqual(
      [s.nora.person.email, s.nils.person.email, s.tea.person.email].sort(),
    );
    const toNils = mails.find((m) => m.toAddress === s.nils.person.email);
    expect(toNils?.subject).toMatch(/^Invitation: Coping/);
    expect(toNils?.attachments?.[0]?.filename).toBe('tillit.ics');
    const ics = Buffer.from(toNils?.attachments?.[0]?.contentBase64 ?? '', 'base64').toString('utf8');
    expect(ics).toContain(`UID:network-meeting-${meeting.id}@tillit`);
    expect(ics).toContain(`DTSTART;TZID=Europe/Oslo:${day(7).replaceAll('-', '')}T123000`);
    expect(mails.find((m) => m.toAddress === s.nora.person.email)?.subject).toMatch(/^Invitasjon: Mestring/);
  });

  it('refuses bad input with translated field messages, all or nothing', async () => {
    const s = await setup();
    const bad = await s.asCoordinator.post(`${s.base}/network-meetings`, {
      ...meetingBody(s, 7),
      startTime: '25:00',
      endTime: '10:00',
      subGoals: ['nope'],
      extra: 1,
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.fields.map((f: { path: string }) => f.path);
    expect(fields).toEqual(expect.arrayContaining(['startTime', 'subGoals.0']));

    const order = await s.asCoordinator.post(`${s.base}/network-meetings`, {
      ...meetingBody(s, 7),
      startTime: '15:00',
      endTime: '12:00',
    });
    expect(order.statusCode).toBe(400);
    expect(order.json().error.fields).toEqual([{ path: 'endTime', message: 'Slutt må være etter start.' }]);

    const outside = await s.asCoordinator.request({
      method: 'POST',
      url: `${s.base}/network-meetings`,
      payload: meetingBody(s, 400),
      headers: { 'accept-language': 'en' },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields[0].message).toContain('outside the school year');

    // A resource of another owner: 404 and no meeting written.
    const other = await setup();
    const foreign = await s.asCoordinator.post(`${s.base}/network-meetings`, {
      ...meetingBody(s, 7),
      resourceIds: [other.forNqts],
    });
    expect(foreign.statusCode).toBe(404);
    const list = (await s.asCoordinator.get(`${s.base}/network-meetings`)).json() as MeetingList;
    expect(list.meetings).toHaveLength(0);
    expect(await s.mail()).toHaveLength(0);
  });

  it('plans a series per group from the seed themes without mailing the far meetings', async () => {
    const s = await setup();
    const res = await s.asCoordinator.post(`${s.base}/network-meetings/series`, {
      groupIds: [s.groupA.id, s.groupB.id],
      firstDate: day(42),
      everyWeeks: 6,
      count: 5,
      startTime: '09:00',
      endTime: '11:30',
      place: 'Kulturhuset',
    });
    expect(res.statusCode, res.body).toBe(201);
    const list = res.json() as MeetingList;
    expect(list.meetings).toHaveLength(10);
    const a = list.meetings.filter((m) => m.groupId === s.groupA.id);
    expect(a.map((m) => m.theme)).toEqual([
      'pedagogical_leadership',
      'coping',
      'challenges',
      'own_practice',
      'pedagogical_leadership',
    ]);
    expect(a.map((m) => m.subGoals)).toEqual([['role'], ['belonging'], ['workplace'], ['investigate'], ['role']]);
    expect(a.map((m) => m.date)).toEqual([day(42), day(84), day(126), day(168), day(210)]);
    expect(new Set(a.map((m) => m.seriesId)).size).toBe(1);
    // All more than three weeks ahead: no mail yet.
    expect(await s.mail()).toHaveLength(0);

    // Editable one by one afterwards.
    const first = a[0] as MeetingDetail;
    const edited = await s.asCoordinator.patch(`/api/owners/${s.owner.id}/network-meetings/${first.id}`, {
      title: 'Ledelse i klasserommet',
      resourceIds: [s.forNqts],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((edited.json() as MeetingDetail).title).toBe('Ledelse i klasserommet');

    // A series past the school year is refused, naming the field.
    const tooLong = await s.asCoordinator.post(`${s.base}/network-meetings/series`, {
      groupIds: [s.groupA.id],
      firstDate: day(42),
      everyWeeks: 26,
      count: 20,
      startTime: '09:00',
      endTime: '11:30',
      place: 'Kulturhuset',
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields[0].path).toBe('count');
  });

  it('another owner’s coordinator gets 404 on every route; members and mentors 403 on the manager routes', async () => {
    const s = await setup();
    const other = await setup();
    const meeting = await plan(s, 30);
    const meetup = (
      await s.asCoordinator.post(`${s.base}/meetups`, {
        title: 'Bowling',
        place: 'Strike',
        date: day(30),
        startTime: '18:00',
        endTime: '20:00',
      })
    ).json();
    const m = `/api/owners/${s.owner.id}/network-meetings/${meeting.id}`;
    const u = `/api/owners/${s.owner.id}/meetups/${meetup.id}`;
    for (const [method, url, payload] of [
      ['GET', `${s.base}/network-meetings`, undefined],
      ['POST', `${s.base}/network-meetings`, meetingBody(s, 8)],
      ['GET', m, undefined],
      ['PATCH', m, { place: 'x' }],
      ['POST', `${m}/cancel`, undefined],
      ['PUT', `${m}/attendance`, { entries: [{ personId: s.nora.person.id, status: 'present' }] }],
      ['GET', `${s.base}/meetups`, undefined],
      ['PATCH', u, { place: 'x' }],
    ] as const) {
      const res = await other.asCoordinator.request({ method, url, ...(payload ? { payload } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    // Another owner's NQT cannot sign up for (or learn of) this owner's meetup.
    expect((await other.nora.client.put(`/api/me/meetups/${meetup.id}/signup`)).statusCode).toBe(404);
    expect(((await other.nora.client.get('/api/me/meetups')).json() as MyMeetups).meetups).toEqual([]);
    for (const client of [s.nora.client, s.mona.client]) {
      expect((await client.get(`${s.base}/network-meetings`)).statusCode).toBe(403);
      expect((await client.get(m)).statusCode).toBe(403);
      expect((await client.post(`${s.base}/network-meetings`, meetingBody(s, 8))).statusCode).toBe(403);
    }
  });

  it('members see only their own group’s meetings, with the materials of their audience and their own attendance', async () => {
    const s = await setup();
    const meeting = await plan(s, 10);
    await plan(s, 11, { groupId: s.groupB.id, facilitatorPersonIds: [], resourceIds: [] });
    const nora = (await s.nora.client.get('/api/me/network-meetings')).json() as MyMeetings;
    expect(nora.meetings.map((m) => m.id)).toEqual([meeting.id]);
    expect(nora.meetings[0]?.materials.map((r) => r.title)).toEqual(['Mestring i første år']);
    expect(nora.meetings[0]?.myAttendance).toBeNull();
    expect(JSON.stringify(nora)).not.toContain('members');
    const otto = (await s.otto.client.get('/api/me/network-meetings')).json() as MyMeetings;
    expect(otto.meetings.map((m) => m.groupName)).toEqual(['Skole 2']);
    const mona = (await s.mona.client.get('/api/me/network-meetings')).json() as MyMeetings;
    expect(mona.meetings).toEqual([]);
    // The facilitator sees the meeting they lead.
    const tea = (await s.tea.client.get('/api/me/network-meetings')).json() as MyMeetings;
    expect(tea.meetings.map((m) => [m.id, m.facilitating])).toEqual([[meeting.id, true]]);
  });

  it('attendance is taken by the facilitator or coordinator only, for the group’s members, and counts as sub-goal time once held', async () => {
    const s = await setup();
    const meeting = await plan(s, 1);
    const url = `/api/owners/${s.owner.id}/network-meetings/${meeting.id}`;
    const roster = (await s.tea.client.get(url)).json() as MeetingDetail;
    expect(roster.members.map((m) => m.name)).toEqual([
      expect.stringContaining('Nils'),
      expect.stringContaining('Nora'),
    ]);
    expect(roster.canTakeAttendance).toBe(true);

    const tap = await s.tea.client.put(`${url}/attendance`, {
      entries: [{ personId: s.nora.person.id, status: 'present' }],
    });
    expect(tap.statusCode, tap.body).toBe(200);
    const again = await s.asCoordinator.put(`${url}/attendance`, {
      entries: [
        { personId: s.nora.person.id, status: 'excused' },
        { personId: s.nils.person.id, status: 'absent' },
      ],
    });
    expect((again.json() as MeetingDetail).attendance).toEqual({ members: 2, present: 0, absent: 1, excused: 1 });

    expect(
      (await s.nora.client.put(`${url}/attendance`, { entries: [{ personId: s.nora.person.id, status: 'present' }] }))
        .statusCode,
    ).toBe(403);
    expect(
      (await s.mona.client.put(`${url}/attendance`, { entries: [{ personId: s.nora.person.id, status: 'present' }] }))
        .statusCode,
    ).toBe(403);
    const outsider = await s.asCoordinator.put(`${url}/attendance`, {
      entries: [
        { personId: s.nora.person.id, status: 'present' },
        { personId: s.otto.person.id, status: 'present' },
      ],
    });
    expect(outsider.statusCode).toBe(422);
    expect(outsider.json().error.code).toBe('NOT_A_GROUP_MEMBER');
    const unchanged = (await s.asCoordinator.get(url)).json() as MeetingDetail;
    expect(unchanged.members.find((m) => m.personId === s.nora.person.id)?.status).toBe('excused');
    const mine = (await s.nora.client.get('/api/me/network-meetings')).json() as MyMeetings;
    expect(mine.meetings[0]?.myAttendance).toBe('excused');

    // Held minutes per sub-goal: none until a meeting has ended; a past one counts its 150 minutes.
    let list = (await s.asCoordinator.get(`${s.base}/network-meetings`)).json() as MeetingList;
    expect(list.subGoalMinutes.find((g) => g.subGoal === 'belonging')?.minutes).toBe(0);
    await plan(s, -2, { subGoals: ['belonging', 'role'] });
    const cancelled = await plan(s, -3, { subGoals: ['belonging'] });
    await s.asCoordinator.post(`/api/owners/${s.owner.id}/network-meetings/${cancelled.id}/cancel`);
    list = (await s.asCoordinator.get(`${s.base}/network-meetings`)).json() as MeetingList;
    expect(list.subGoalMinutes).toEqual([
      { subGoal: 'workplace', minutes: 0, meetings: 0 },
      { subGoal: 'belonging', minutes: 150, meetings: 1 },
      { subGoal: 'role', minutes: 150, meetings: 1 },
      { subGoal: 'investigate', minutes: 0, meetings: 0 },
    ]);
  });

  it('puts the meetings and signed-up meetups in the person’s calendar feed, in Oslo time, cancelled ones as cancelled', async () => {
    const s = await setup();
    const meeting = await plan(s, 12);
    const gone = await plan(s, 13);
    await s.asCoordinator.post(`/api/owners/${s.owner.id}/network-meetings/${gone.id}/cancel`);
    const meetup = (
      await s.asCoordinator.post(`${s.base}/meetups`, {
        title: 'Pizza og quiz',
        place: 'Kafé Sentrum',
        date: day(14),
        startTime: '18:00',
        endTime: '21:00',
      })
    ).json();
    expect((await s.nora.client.put(`/api/me/meetups/${meetup.id}/signup`)).statusCode).toBe(204);
    const { url } = (await s.nora.client.post('/api/me/calendar/feed')).json();
    const res = await t.app.inject({ method: 'GET', url: new URL(url).pathname });
    expect(res.statusCode).toBe(200);
    const events = Object.values(ical.sync.parseICS(res.body)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const ev = byUid.get(`network-meeting-${meeting.id}@tillit`);
    expect(ev?.location).toBe('Rådhuset, møterom 2');
    expect(String(ev?.summary)).toContain('Mestring');
    expect(ev?.start.tz).toBe('Europe/Oslo');
    expect(ev?.start.toISOString()).toBe(new Date(meeting.startsAt).toISOString());
    expect(byUid.get(`network-meeting-${gone.id}@tillit`)?.status).toBe('CANCELLED');
    expect(byUid.get(`meetup-${meetup.id}@tillit`)?.summary).toBe('Pizza og quiz');
    // Otto's feed has neither the other group's meetings nor a meetup he did not sign up for.
    const otto = (await s.otto.client.post('/api/me/calendar/feed')).json();
    const ottoFeed = await t.app.inject({ method: 'GET', url: new URL(otto.url).pathname });
    expect(ottoFeed.body).not.toContain('network-meeting-');
    expect(ottoFeed.body).not.toContain('meetup-');
  });

  it('invites to far meetings when they come within three weeks, reminds the day before, each exactly once', async () => {
    const s = await setup();
    const meeting = await plan(s, 40);
    expect(await s.mail()).toHaveLength(0);
    const run = (d: string) =>
      runDayBeforeReminders(t.db, { today: d, publicUrl: 'https://tillit.test', ownerId: s.owner.id });
    expect(await run(day(10))).toBe(0);
    expect(await run(day(19))).toBe(3); // 21 days ahead: the invitation to Nora, Nils and Tea
    expect(await run(day(19))).toBe(0);
    expect(await run(day(20))).toBe(0);
    expect(await run(day(39))).toBe(3); // the day before: the reminder
    expect(await run(day(39))).toBe(0);
    const mails = await s.mail();
    expect(mails.filter((m) => m.idempotencyKey.startsWith(`reminder:network-meeting:${meeting.id}`))).toHaveLength(3);
    expect(mails.filter((m) => m.idempotencyKey.startsWith(`invite:network-meeting:${meeting.id}`))).toHaveLength(3);
    expect(mails.find((m) => m.toAddress === s.nils.person.email && m.subject.startsWith('Reminder'))).toBeTruthy();

    // Moved: a new version goes out once; cancelled: those it was announced to are told once.
    await s.asCoordinator.patch(`/api/owners/${s.owner.id}/network-meetings/${meeting.id}`, { startTime: '13:00' });
    const changed = await t.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.ownerId, s.owner.id), like(mailOutbox.idempotencyKey, 'invite:network-meeting:%:1:%')));
    expect(changed).toHaveLength(0); // more than three weeks from the real today: waits for the window
    expect(await run(day(39))).toBe(3);
    expect(await run(day(39))).toBe(0);
  });
});

describe('annual plan', () => {
  it('carries the meetings and meetups with Oslo times; an NQT sees them, the mentors’ filter leaves them out', async () => {
    const s = await setup();
    const meeting = await plan(s, 5);
    const meetup = (
      await s.asCoordinator.post(`${s.base}/meetups`, {
        title: 'Bowling',
        place: 'Strike',
        date: day(6),
        startTime: '18:00',
        endTime: '20:00',
      })
    ).json();
    const url = `${s.base}/annual-plan?from=${day(-1)}&to=${day(60)}`;
    const res = await s.asCoordinator.get(url);
    expect(res.statusCode, res.body).toBe(200);
    const items = (
      res.json() as { items: { id: string; kind: string; title: string; startsAt?: string; date: string }[] }
    ).items;
    const item = items.find((i) => i.id === `network-meeting:${meeting.id}`);
    expect(item).toMatchObject({ kind: 'network_meeting', title: 'Mestring (Skole 1)', date: day(5) });
    expect(item?.startsAt).toMatch(new RegExp(`^${day(5)}T12:30:00\\+0[12]:00$`));
    expect(items.find((i) => i.id === `meetup:${meetup.id}`)).toMatchObject({
      kind: 'social_meetup',
      title: 'Bowling',
    });
    const seen = async (client: typeof s.asCoordinator) => {
      const r = await client.get(url);
      expect(r.statusCode, r.body).toBe(200);
      return (r.json() as { items: { id: string }[] }).items.map((i) => i.id);
    };
    expect(await seen(s.nora.client)).toEqual(
      expect.arrayContaining([`network-meeting:${meeting.id}`, `meetup:${meetup.id}`]),
    );
    // Otto, in the other group, sees the meetup but not Skole 1's meeting.
    const otto = await seen(s.otto.client);
    expect(otto).toContain(`meetup:${meetup.id}`);
    expect(otto).not.toContain(`network-meeting:${meeting.id}`);
    // Filtered to the mentors' audience, NQT networks and meetups are left out.
    const forMentors = (await s.asCoordinator.get(`${url}&audience=mentor`)).json() as { items: { id: string }[] };
    const mentorIds = forMentors.items.map((i) => i.id);
    expect(mentorIds).not.toContain(`network-meeting:${meeting.id}`);
    expect(mentorIds).not.toContain(`meetup:${meetup.id}`);
  });
});

describe('social meetups', () => {
  it('NQTs sign up and withdraw, capacity holds, mentors and leaders cannot, the coordinator sees who', async () => {
    const s = await setup();
    const created = await s.asCoordinator.post(`${s.base}/meetups`, {
      title: 'Julebord for nyutdannede',
      place: 'Kafé Sentrum',
      date: day(9),
      startTime: '18:00',
      endTime: '22:00',
      capacity: 2,
    });
    expect(created.statusCode, created.body).toBe(201);
    const meetup = created.json();
    // Published: one invitation per NQT of the programme, not to the mentor or the teacher educator.
    const invited = (await s.mail()).map((m) => m.toAddress).sort();
    expect(invited).toEqual([s.nora.person.email, s.nils.person.email, s.otto.person.email].sort());

    const signup = `/api/me/meetups/${meetup.id}/signup`;
    expect((await s.nora.client.put(signup)).statusCode).toBe(204);
    expect((await s.nora.client.put(signup)).statusCode).toBe(204); // twice is no error, one place
    expect((await s.nils.client.put(signup)).statusCode).toBe(204);
    const full = await s.otto.client.put(signup);
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('MEETUP_FULL');
    const mentor = await s.mona.client.put(signup);
    expect(mentor.statusCode).toBe(403);
    expect(mentor.json().error.code).toBe('MEETUP_FOR_NQTS');
    expect((await s.asCoordinator.put(signup)).statusCode).toBe(403);

    expect((await s.nils.client.delete(signup)).statusCode).toBe(204);
    expect((await s.otto.client.put(signup)).statusCode).toBe(204);

    const list = (await s.asCoordinator.get(`${s.base}/meetups`)).json() as MeetupList;
    expect(list.meetups[0]?.signups.map((p) => p.name)).toEqual([
      expect.stringContaining('Nora'),
      expect.stringContaining('Otto'),
    ]);
    const mine = (await s.otto.client.get('/api/me/meetups')).json() as MyMeetups;
    expect(mine.meetups.map((m) => [m.title, m.mine, m.signedUp])).toEqual([['Julebord for nyutdannede', true, 2]]);
    expect(((await s.mona.client.get('/api/me/meetups')).json() as MyMeetups).meetups).toEqual([]);

    // Validation: capacity must be a whole number of at least 1.
    const bad = await s.asCoordinator.post(`${s.base}/meetups`, {
      title: '',
      place: 'x',
      date: day(9),
      startTime: '18:00',
      endTime: '22:00',
      capacity: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['capacity', 'title']);

    // Day-before reminder to those signed up, once.
    const run = () =>
      runDayBeforeReminders(t.db, { today: day(8), publicUrl: 'https://tillit.test', ownerId: s.owner.id });
    const first = await run();
    expect(first).toBeGreaterThanOrEqual(2);
    expect(await run()).toBe(0);
    const reminders = (await s.mail()).filter((m) => m.idempotencyKey.startsWith('reminder:meetup:'));
    expect(reminders.map((m) => m.toAddress).sort()).toEqual([s.nora.person.email, s.otto.person.email].sort());
  });
});
