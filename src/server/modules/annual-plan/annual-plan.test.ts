import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualPlan, MyPlans, PlanEvent, PlanEventInput } from '../../../shared/schemas/annual-plan.ts';
import { auditLog, surveys } from '../../db/schema.ts';
import {
  buildEnrolment,
  buildMentorProfile,
  buildOwner,
  buildPerson,
  buildProgramme,
  buildUnit,
  buildUser,
} from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';

/*
 * The annual plan through HTTP: own events kept by the programme's managers with translated checks,
 * merged with the programme's surveys and sorted; participants see only their audiences' items;
 * another owner's coordinator gets 404 on every route.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function setup() {
  const owner = await buildOwner(t.db);
  const unit = await buildUnit(t.db, { owner });
  const coordinator = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
  const client = await signIn(t.app, coordinator.email, coordinator.password);
  const programme = await buildProgramme(t.db, { owner, schoolYear: '2026-27' });
  const base = `/api/owners/${owner.id}/programmes/${programme.id}/annual-plan`;
  return { owner, unit, programme, client, base };
}

type FieldError = { path: string; message: string };
const errorFields = (body: unknown) => (body as { error: { fields: FieldError[] } }).error.fields;

const gathering: PlanEventInput = {
  kind: 'gathering',
  title: 'Oppstartssamling',
  date: '2026-09-10',
  startTime: '09:00',
  endTime: '15:00',
  place: 'Rådhuset',
  audiences: ['nqt', 'mentor'],
};

describe('annual plan', () => {
  it('keeps own events: create, read back, change and delete, each audited', async () => {
    const s = await setup();
    const created = await s.client.post(`${s.base}/events`, gathering);
    expect(created.statusCode).toBe(201);
    const event = created.json() as PlanEvent;
    expect(event).toMatchObject({ title: 'Oppstartssamling', startTime: '09:00', endDate: null });

    const plan = (await s.client.get(s.base)).json() as AnnualPlan;
    expect(plan.from).toBe('2026-08-01');
    expect(plan.to).toBe('2027-07-31');
    expect(plan.canManage).toBe(true);
    expect(plan.items).toEqual([
      expect.objectContaining({
        id: `event:${event.id}`,
        kind: 'gathering',
        date: '2026-09-10',
        // Oslo summer time: +02:00.
        startsAt: '2026-09-10T09:00:00+02:00',
        endsAt: '2026-09-10T15:00:00+02:00',
        place: 'Rådhuset',
        audiences: ['nqt', 'mentor'],
      }),
    ]);

    const changed = await s.client.put(`${s.base}/events/${event.id}`, {
      ...gathering,
      date: '2026-11-05',
      endDate: '2026-11-06',
      startTime: undefined,
      endTime: undefined,
    });
    expect(changed.statusCode).toBe(200);
    const after = (await s.client.get(s.base)).json() as AnnualPlan;
    expect(after.items[0]).toMatchObject({ date: '2026-11-05', endDate: '2026-11-06' });
    expect(after.items[0]?.startsAt).toBeUndefined();

    expect((await s.client.delete(`${s.base}/events/${event.id}`)).statusCode).toBe(200);
    expect(((await s.client.get(s.base)).json() as AnnualPlan).items).toEqual([]);
    expect((await s.client.delete(`${s.base}/events/${event.id}`)).statusCode).toBe(404);

    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.ownerId, s.owner.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['annualPlan.create', 'annualPlan.update', 'annualPlan.delete']));
  });

  it('refuses a bad event with translated messages by field, and saves nothing', async () => {
    const s = await setup();
    const res = await s.client.request({
      method: 'POST',
      url: `${s.base}/events`,
      payload: { ...gathering, date: '2026-09-10', endDate: '2026-09-09', endTime: '08:00', audiences: [] },
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(400);
    const fields = errorFields(res.json());
    const byPath = Object.fromEntries(fields.map((f) => [f.path, f.message]));
    expect(byPath.audiences).toBe('Choose at least one audience.');
    expect(byPath.endDate).toBe('The end cannot be before the start.');

    const sameDay = await s.client.post(`${s.base}/events`, { ...gathering, endTime: '08:30' });
    expect(sameDay.statusCode).toBe(400);
    expect(errorFields(sameDay.json())).toEqual([
      expect.objectContaining({ path: 'endTime', message: 'Slutten kan ikke være før starten.' }),
    ]);
    const noStart = await s.client.post(`${s.base}/events`, { ...gathering, startTime: undefined });
    expect(noStart.statusCode).toBe(400);
    const badTime = await s.client.post(`${s.base}/events`, { ...gathering, startTime: '9' });
    expect(badTime.statusCode).toBe(400);
    const unknown = await s.client.post(`${s.base}/events`, { ...gathering, colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    const badRange = await s.client.get(`${s.base}?from=2027-01-01&to=2026-12-01`);
    expect(badRange.statusCode).toBe(400);
    expect(((await s.client.get(s.base)).json() as AnnualPlan).items).toEqual([]);
  });

  it('merges own events with the programme’s published surveys, sorted, and filters by span, audience and kind', async () => {
    const s = await setup();
    await s.client.post(`${s.base}/events`, { ...gathering, title: 'B samling' });
    await s.client.post(`${s.base}/events`, {
      kind: 'deadline',
      title: 'Frist for veiledningsavtale',
      date: '2026-09-10',
      audiences: ['mentor'],
    });
    await s.client.post(`${s.base}/events`, {
      kind: 'evaluation',
      title: 'Evaluering',
      date: '2027-05-20',
      audiences: ['coordinator'],
    });
    // The survey's audience as the surveys module stores it (only `roles` matters to the plan).
    const audience = { roles: ['nqt'], programmeId: s.programme.id, unitIds: [], networkIds: [] };
    const survey: typeof surveys.$inferInsert = {
      ownerId: s.owner.id,
      programmeId: s.programme.id,
      kind: 'custom',
      title: { nb: 'Midtveis', nn: 'Midtvegs', en: 'Midway' },
      intro: { nb: '', nn: '', en: '' },
      mode: 'anonymous',
      audience: audience as unknown as (typeof surveys.$inferInsert)['audience'],
    };
    // 23:30 UTC on 31 January is 1 February in Oslo.
    await t.db.insert(surveys).values({
      ...survey,
      opensAt: new Date('2027-01-31T23:30:00Z'),
      closesAt: new Date('2027-02-14T12:00:00Z'),
      publishedAt: new Date('2027-01-01T00:00:00Z'),
    });
    // A draft is not in the plan.
    await t.db.insert(surveys).values({ ...survey, opensAt: new Date('2027-03-01T08:00:00Z') });

    const plan = (await s.client.get(s.base)).json() as AnnualPlan;
    expect(plan.items.map((i) => [i.date, i.kind, i.title])).toEqual([
      ['2026-09-10', 'deadline', 'Frist for veiledningsavtale'],
      ['2026-09-10', 'gathering', 'B samling'],
      ['2027-02-01', 'survey', 'Undersøkelse åpner: Midtveis'],
      ['2027-02-14', 'deadline', 'Svarfrist: Midtveis'],
      ['2027-05-20', 'evaluation', 'Evaluering'],
    ]);
    expect(plan.items[2]?.href).toMatch(/^\/undersokelser\//);

    const spring = (await s.client.get(`${s.base}?from=2027-01-01&to=2027-02-10`)).json() as AnnualPlan;
    expect(spring.items.map((i) => i.title)).toEqual(['Undersøkelse åpner: Midtveis']);
    const forMentors = (await s.client.get(`${s.base}?audience=mentor`)).json() as AnnualPlan;
    expect(forMentors.items.map((i) => i.title)).toEqual(['Frist for veiledningsavtale', 'B samling']);
    const deadlines = (await s.client.get(`${s.base}?kind=deadline`)).json() as AnnualPlan;
    expect(deadlines.items.map((i) => i.title)).toEqual(['Frist for veiledningsavtale', 'Svarfrist: Midtveis']);
    const nynorsk = (await s.client.get(s.base, { 'accept-language': 'nn' })).json() as AnnualPlan;
    expect(nynorsk.items.map((i) => i.title)).toContain('Svarfrist: Midtvegs');
  });

  it('shows participants only their audiences’ items and lists their programmes under /api/me', async () => {
    const s = await setup();
    await s.client.post(`${s.base}/events`, { ...gathering, title: 'For nyutdannede', audiences: ['nqt'] });
    await s.client.post(`${s.base}/events`, { ...gathering, title: 'For veiledere', audiences: ['mentor'] });
    await s.client.post(`${s.base}/events`, { ...gathering, title: 'For ledere', audiences: ['unit_leader'] });
    await s.client.post(`${s.base}/events`, { ...gathering, title: 'Internt', audiences: ['coordinator'] });

    const nqtPerson = await buildPerson(t.db, { owner: s.owner, unit: s.unit });
    await buildEnrolment(t.db, { programme: s.programme, person: nqtPerson, unit: s.unit, startDate: '2026-08-10' });
    const nqtUser = await buildUser(t.db, {
      owner: s.owner,
      person: nqtPerson,
      roles: [{ role: 'nqt', unit: s.unit }],
    });
    const nqt = await signIn(t.app, nqtUser.email, nqtUser.password);
    const nqtPlan = (await nqt.get(s.base)).json() as AnnualPlan;
    expect(nqtPlan.items.map((i) => i.title)).toEqual(['For nyutdannede']);
    expect(nqtPlan).toMatchObject({ canManage: false, audiences: ['nqt'] });
    // Asking for another audience shows nothing more.
    expect(((await nqt.get(`${s.base}?audience=coordinator`)).json() as AnnualPlan).items).toEqual([]);
    expect(((await nqt.get('/api/me/annual-plans')).json() as MyPlans).programmes).toEqual([
      expect.objectContaining({ ownerId: s.owner.id, programmeId: s.programme.id }),
    ]);
    // Participants read; only managers write.
    expect((await nqt.post(`${s.base}/events`, gathering)).statusCode).toBe(403);

    const mentorPerson = await buildPerson(t.db, { owner: s.owner, unit: s.unit });
    await buildMentorProfile(t.db, { programme: s.programme, person: mentorPerson });
    const mentorUser = await buildUser(t.db, {
      owner: s.owner,
      person: mentorPerson,
      roles: [{ role: 'mentor', unit: s.unit }],
    });
    const mentor = await signIn(t.app, mentorUser.email, mentorUser.password);
    expect(((await mentor.get(s.base)).json() as AnnualPlan).items.map((i) => i.title)).toEqual(['For veiledere']);

    const leaderUser = await buildUser(t.db, { owner: s.owner, roles: [{ role: 'unit_leader', unit: s.unit }] });
    const leader = await signIn(t.app, leaderUser.email, leaderUser.password);
    expect(((await leader.get(s.base)).json() as AnnualPlan).items.map((i) => i.title)).toEqual(['For ledere']);

    // A teacher of the owner with no part in the programme.
    const otherPerson = await buildPerson(t.db, { owner: s.owner, unit: s.unit });
    const otherUser = await buildUser(t.db, {
      owner: s.owner,
      person: otherPerson,
      roles: [{ role: 'nqt', unit: s.unit }],
    });
    const other = await signIn(t.app, otherUser.email, otherUser.password);
    expect((await other.get(s.base)).statusCode).toBe(403);
    expect(((await other.get('/api/me/annual-plans')).json() as MyPlans).programmes).toEqual([]);
  });

  it('puts the own events of the participant’s audiences into their calendar feed, multi-day ones as one event', async () => {
    const s = await setup();
    await s.client.post(`${s.base}/events`, { ...gathering, title: 'Samling kl. ni', audiences: ['nqt'] });
    await s.client.post(`${s.base}/events`, {
      kind: 'gathering',
      title: 'Todagers samling',
      date: '2026-11-12',
      endDate: '2026-11-13',
      audiences: ['nqt'],
    });
    await s.client.post(`${s.base}/events`, { ...gathering, title: 'Bare ressursteamet', audiences: ['coordinator'] });
    const person = await buildPerson(t.db, { owner: s.owner, unit: s.unit });
    await buildEnrolment(t.db, { programme: s.programme, person, unit: s.unit, startDate: '2026-08-10' });
    const user = await buildUser(t.db, { owner: s.owner, person, roles: [{ role: 'nqt', unit: s.unit }] });
    const nqt = await signIn(t.app, user.email, user.password);
    const url = (await nqt.post('/api/me/calendar/feed')).json().url as string;
    const feed = (await t.app.inject({ method: 'GET', url: new URL(url).pathname })).body.replace(/\r\n /g, '');
    expect(feed).toContain('SUMMARY:Samling kl. ni');
    expect(feed).toContain('DTSTART;TZID=Europe/Oslo:20260910T090000');
    expect(feed).toContain('DTEND;TZID=Europe/Oslo:20260910T150000');
    expect(feed).toContain('LOCATION:Rådhuset');
    // Thursday and Friday: DTEND is the day after the last (exclusive).
    expect(feed).toContain('DTSTART;VALUE=DATE:20261112');
    expect(feed).toContain('DTEND;VALUE=DATE:20261114');
    expect(feed).not.toContain('Bare ressursteamet');
  });

  it('answers 404 to another owner’s coordinator on every route', async () => {
    const s = await setup();
    const event = (await s.client.post(`${s.base}/events`, gathering)).json() as PlanEvent;
    const stranger = await setup();
    const routes = [
      () => stranger.client.get(s.base),
      () => stranger.client.get(`${s.base}/events/${event.id}`),
      () => stranger.client.post(`${s.base}/events`, gathering),
      () => stranger.client.put(`${s.base}/events/${event.id}`, gathering),
      () => stranger.client.delete(`${s.base}/events/${event.id}`),
      // Own owner in the path, the other owner's programme and event.
      () => stranger.client.get(`${stranger.base}/events/${event.id}`),
      () => stranger.client.put(`${stranger.base}/events/${event.id}`, gathering),
      () => stranger.client.delete(`${stranger.base}/events/${event.id}`),
      () => stranger.client.get(`/api/owners/${stranger.owner.id}/programmes/${s.programme.id}/annual-plan`),
    ];
    for (const call of routes) expect((await call()).statusCode).toBe(404);
    expect(((await s.client.get(s.base)).json() as AnnualPlan).items).toHaveLength(1);
  });
});
