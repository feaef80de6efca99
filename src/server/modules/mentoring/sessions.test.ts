import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDate, plusDays } from '../../../shared/rules/school-year.ts';
import { auditLog, mentorPairs } from '../../db/schema.ts';
import {
  buildEnrolment,
  buildOwner,
  buildPair,
  buildPerson,
  buildProgramme,
  buildUnit,
  buildUser,
  type OwnerRow,
} from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A programme with one accepted pair; the mentor, the NQT and a coordinator signed in. */
async function setup(opts: { schoolYear?: '2025-26' | '2026-27'; startDate?: string; owner?: OwnerRow } = {}) {
  const owner = opts.owner ?? (await buildOwner(t.db));
  const unit = await buildUnit(t.db, { owner, name: `Skole ${Math.random()}` });
  const programme = await buildProgramme(t.db, { owner, schoolYear: opts.schoolYear ?? '2025-26' });
  const startDate = opts.startDate ?? '2026-05-04';
  const nqt = await buildPerson(t.db, { owner, unit, startDate, teachingExperienceYears: 0 });
  const mentor = await buildPerson(t.db, { owner, unit, givenName: 'Mona' });
  const enrolment = await buildEnrolment(t.db, { programme, person: nqt, unit, startDate });
  const pair = await buildPair(t.db, { enrolment, mentor });
  const mentorUser = await buildUser(t.db, { owner, person: mentor, roles: [{ role: 'mentor', unit }] });
  const nqtUser = await buildUser(t.db, { owner, person: nqt, roles: [{ role: 'nqt', unit }] });
  const coordinator = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
  return {
    owner,
    unit,
    programme,
    nqt,
    mentor,
    enrolment,
    pair,
    asMentor: await signIn(t.app, mentorUser.email, mentorUser.password),
    asNqt: await signIn(t.app, nqtUser.email, nqtUser.password),
    asCoordinator: await signIn(t.app, coordinator.email, coordinator.password),
  };
}

const held = (date: string, extra: Record<string, unknown> = {}) => ({
  date,
  minutes: 60,
  format: 'individual',
  subGoals: ['workplace'],
  plannedDate: date,
  ...extra,
});

describe('mentoring sessions', () => {
  it('shows the planned schedule (2025-26: seven weekly sessions from 4 May, past Whit Monday)', async () => {
    const s = await setup();
    const res = await s.asMentor.get(`/api/me/mentoring/pairs/${s.pair.id}/sessions`);
    expect(res.statusCode).toBe(200);
    const sessions = res.json().sessions;
    expect(sessions.map((x: { id: string }) => x.id)).toEqual(
      ['05-04', '05-11', '05-18', '05-26', '06-01', '06-08', '06-15'].map((d) => `planned:2026-${d}`),
    );
    expect(sessions[0]).toEqual({
      id: 'planned:2026-05-04',
      date: '2026-05-04',
      plannedMinutes: 60,
      status: 'planned',
      heldMinutes: null,
      format: null,
      subGoals: [],
      movedTo: null,
      note: null,
      confirmedByNqtAt: null,
    });
    // The web app sends the id URL-encoded.
    const res2 = await s.asMentor.patch(`/api/me/mentoring/pairs/${s.pair.id}/sessions/planned%3A2026-06-15`, {
      status: 'cancelled',
    });
    expect(res2.json()).toMatchObject({ date: '2026-06-15', status: 'cancelled' });
  });

  it('lets the mentor log, cancel, move, note and correct; the NQT confirm; others are refused', async () => {
    const s = await setup();
    const base = `/api/me/mentoring/pairs/${s.pair.id}/sessions`;
    const logged = await s.asMentor.post(base, held('2026-05-04', { note: 'Snakket om klasseledelse.' }));
    expect(logged.statusCode).toBe(201);
    const first = logged.json();
    expect(first).toMatchObject({
      date: '2026-05-04',
      status: 'held',
      heldMinutes: 60,
      plannedMinutes: 60,
      format: 'individual',
      subGoals: ['workplace'],
      note: 'Snakket om klasseledelse.',
    });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);

    // Logging the same planned date twice, dates out of bounds, bad input.
    expect((await s.asMentor.post(base, held('2026-05-04'))).json().error.code).toBe('SESSION_ALREADY_LOGGED');
    const outside = await s.asMentor.post(base, held('2025-06-02', { plannedDate: undefined }));
    expect([outside.statusCode, outside.json().error.code]).toEqual([422, 'SESSION_DATE_OUTSIDE_YEAR']);
    expect((await s.asMentor.post(base, held('2026-05-05'))).json().error.code).toBe('NOT_A_PLANNED_SESSION');
    for (const bad of [{ minutes: 4 }, { minutes: 481 }, { subGoals: ['nope'] }, { note: 'x'.repeat(5001) }]) {
      const res = await s.asMentor.post(base, held('2026-05-11', bad));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.fields[0].message).not.toMatch(/^[a-z]+\.[a-zA-Z.]+$/); // translated, not a key
    }

    // Only the mentor writes; the NQT gets 403, anyone else 404.
    expect((await s.asNqt.post(base, held('2026-05-11'))).statusCode).toBe(403);
    const stranger = await setup();
    expect((await stranger.asMentor.post(base, held('2026-05-11'))).statusCode).toBe(404);
    expect((await stranger.asNqt.get(base)).statusCode).toBe(404);
    expect((await s.asCoordinator.get(base)).statusCode).toBe(404);

    // Cancel and move planned sessions (materialised on the way), not a held one.
    const cancelled = await s.asMentor.patch(`${base}/planned:2026-05-11`, { status: 'cancelled' });
    expect(cancelled.json()).toMatchObject({ date: '2026-05-11', status: 'cancelled', plannedMinutes: 60 });
    const moved = await s.asMentor.patch(`${base}/planned:2026-05-18`, { movedTo: '2026-05-20' });
    expect(moved.json()).toMatchObject({ date: '2026-05-18', status: 'moved', movedTo: '2026-05-20' });
    expect((await s.asMentor.patch(`${base}/${first.id}`, { status: 'cancelled' })).json().error.code).toBe(
      'SESSION_HELD',
    );
    expect((await s.asMentor.patch(`${base}/planned:2026-05-26`, { note: 'x' })).json().error.code).toBe(
      'SESSION_NOT_HELD',
    );
    expect((await s.asMentor.patch(`${base}/planned:2026-05-27`, { status: 'cancelled' })).statusCode).toBe(404);
    expect((await s.asNqt.patch(`${base}/planned:2026-05-26`, { status: 'cancelled' })).statusCode).toBe(403);

    // The moved session is then held on its new day.
    const heldMoved = await s.asMentor.post(base, held('2026-05-20', { plannedDate: '2026-05-18', format: 'group' }));
    expect(heldMoved.json()).toMatchObject({ id: moved.json().id, date: '2026-05-20', status: 'held', movedTo: null });

    // The NQT confirms; a correction clears the confirmation; a note change does not.
    const confirmUrl = `${base}/${first.id}/confirm`;
    expect((await s.asMentor.post(confirmUrl)).statusCode).toBe(403);
    expect((await s.asNqt.post(`${base}/planned:2026-05-26/confirm`)).json().error.code).toBe('SESSION_NOT_HELD');
    const confirmed = (await s.asNqt.post(confirmUrl)).json();
    expect(confirmed.confirmedByNqtAt).toEqual(expect.any(String));
    expect(confirmed.note).toBe('Snakket om klasseledelse.');
    const renoted = await s.asMentor.patch(`${base}/${first.id}`, { note: 'Ny tekst.' });
    expect(renoted.json()).toMatchObject({ note: 'Ny tekst.', confirmedByNqtAt: confirmed.confirmedByNqtAt });
    const corrected = await s.asMentor.patch(`${base}/${first.id}`, {
      minutes: 45,
      format: 'individual',
      subGoals: ['role', 'belonging'],
    });
    expect(corrected.json()).toMatchObject({
      heldMinutes: 45,
      subGoals: ['role', 'belonging'],
      confirmedByNqtAt: null,
    });
    expect((await s.asMentor.patch(`${base}/${first.id}`, { note: null })).json().note).toBeNull();
    expect((await s.asMentor.patch(`${base}/${first.id}`, { note: '   ' })).json().note).toBeNull();

    // A held session outside the plan.
    const extra = await s.asMentor.post(base, held('2026-06-03', { plannedDate: undefined, minutes: 30 }));
    expect(extra.json()).toMatchObject({ plannedMinutes: null, heldMinutes: 30, status: 'held' });

    const list = (await s.asNqt.get(base)).json().sessions as { status: string; date: string }[];
    expect(list.map((x) => x.status)).toEqual([
      'held',
      'cancelled',
      'held',
      'planned',
      'planned',
      'held',
      'planned',
      'planned',
    ]);

    // Every write is audited, and no audit row carries note text.
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.ownerId, s.owner.id));
    const actions = rows.map((r) => r.action);
    for (const a of ['log', 'cancel', 'move', 'note', 'edit', 'confirm'])
      expect(actions).toContain(`mentoring_session.${a}`);
    expect(JSON.stringify(rows)).not.toContain('klasseledelse');
    expect(JSON.stringify(rows)).not.toContain('Ny tekst');
  });

  it('refuses a held session in the future', async () => {
    const s = await setup({ schoolYear: '2026-27', startDate: '2026-08-17' });
    const tomorrow = plusDays(osloDate(new Date()), 1);
    const res = await s.asMentor.post(
      `/api/me/mentoring/pairs/${s.pair.id}/sessions`,
      held(tomorrow, { plannedDate: undefined }),
    );
    expect(res.statusCode).toBe(422);
    expect(['SESSION_DATE_IN_FUTURE', 'SESSION_DATE_OUTSIDE_YEAR']).toContain(res.json().error.code);
  });

  it('gives the mentor and the NQT their pairs with figures and the next sessions', async () => {
    const s = await setup({ schoolYear: '2026-27', startDate: '2026-08-17' });
    const mine = (await s.asMentor.get('/api/me/mentoring')).json();
    expect(mine.asNqt).toEqual([]);
    expect(mine.asMentor).toHaveLength(1);
    const view = mine.asMentor[0];
    expect(view).toMatchObject({
      pairId: s.pair.id,
      ownerId: s.owner.id,
      programmeId: s.programme.id,
      programmeYear: 1,
    });
    expect(view.nqt).toEqual({
      personId: s.nqt.id,
      name: `${s.nqt.givenName} ${s.nqt.familyName}`,
      unitName: s.unit.name,
    });
    expect(view.heldMinutesToDate).toBe(0);
    expect(view.isBehind).toBe(view.plannedMinutesToDate > 0);
    const today = osloDate(new Date());
    for (const n of view.nextSessions) expect(n.date >= today && n.status === 'planned').toBe(true);
    expect(view.nextSessions.length).toBeLessThanOrEqual(3);

    const theirs = (await s.asNqt.get('/api/me/mentoring')).json();
    expect(theirs.asMentor).toEqual([]);
    expect(theirs.asNqt[0].mentor).toMatchObject({
      personId: s.mentor.id,
      unitName: s.unit.name,
      email: s.mentor.email,
    });
    expect(theirs.asNqt[0]).not.toHaveProperty('isBehind');
    expect((await s.asCoordinator.get('/api/me/mentoring')).json()).toEqual({ asMentor: [], asNqt: [] });
  });

  it('does not let anyone write to an ended pair', async () => {
    const s = await setup();
    const owner = s.owner;
    const unit = await buildUnit(t.db, { owner });
    const nqt = await buildPerson(t.db, { owner, unit, startDate: '2026-05-04', teachingExperienceYears: 0 });
    const enrolment = await buildEnrolment(t.db, {
      programme: s.programme,
      person: nqt,
      unit,
      startDate: '2026-05-04',
    });
    const ended = await buildPair(t.db, { enrolment, mentor: s.mentor, status: 'ended' });
    const res = await s.asMentor.post(`/api/me/mentoring/pairs/${ended.id}/sessions`, held('2026-05-04'));
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'PAIR_ENDED']);
  });
});

describe('a re-paired NQT', () => {
  it('gives the new mentor a schedule from the handover: the old pair’s planned dates are not theirs to log', async () => {
    const s = await setup();
    const other = await buildPerson(t.db, { owner: s.owner, unit: s.unit, givenName: 'Ola' });
    const otherUser = await buildUser(t.db, {
      owner: s.owner,
      person: other,
      roles: [{ role: 'mentor', unit: s.unit }],
    });
    const asOther = await signIn(t.app, otherUser.email, otherUser.password);
    // The first pair held one session, then ended on 14 May (Oslo time); Ola took over.
    expect(
      (await s.asMentor.post(`/api/me/mentoring/pairs/${s.pair.id}/sessions`, held('2026-05-04'))).statusCode,
    ).toBe(201);
    await t.db
      .update(mentorPairs)
      .set({ status: 'ended', endedAt: new Date('2026-05-14T10:00:00Z'), endedReason: 'Flyttet til annen skole' })
      .where(eq(mentorPairs.id, s.pair.id));
    const next = await buildPair(t.db, { enrolment: s.enrolment, mentor: other });

    const theirs = (await asOther.get(`/api/me/mentoring/pairs/${next.id}/sessions`)).json().sessions;
    expect(theirs.map((x: { date: string }) => x.date)).toEqual([
      '2026-05-18',
      '2026-05-26',
      '2026-06-01',
      '2026-06-08',
      '2026-06-15',
    ]);
    // Ola's figures are the new pair's own: planned from the handover, none of the old pair's held time.
    const card = (await asOther.get('/api/me/mentoring')).json().asMentor[0];
    expect(card).toMatchObject({ pairId: next.id, heldMinutesToDate: 0, plannedMinutesToDate: 300 });
    // The ended pair keeps its own history, to its end.
    const old = (await s.asMentor.get(`/api/me/mentoring/pairs/${s.pair.id}/sessions`)).json().sessions;
    expect(old.map((x: { date: string; status: string }) => [x.date, x.status])).toEqual([
      ['2026-05-04', 'held'],
      ['2026-05-11', 'planned'],
    ]);
  });
});

describe('compliance', () => {
  it('matches hand-computed figures (2025-26, looked at after the year: 7 × 60 planned per school NQT)', async () => {
    const s = await setup();
    const base = `/api/me/mentoring/pairs/${s.pair.id}/sessions`;
    // NQT A: 3 × 60 held → 180 of 420, ratio 0.429, behind (under 80 %).
    for (const d of ['2026-05-04', '2026-05-11', '2026-05-18']) {
      expect(
        (await s.asMentor.post(base, held(d, { subGoals: ['workplace', 'role'], note: 'hemmelig' }))).statusCode,
      ).toBe(201);
    }
    // NQT B in a kindergarten: monthly, 2 × 60 planned; 1 × 90 held → 90 of 120, ratio 0.75, behind.
    const kg = await buildUnit(t.db, { owner: s.owner, unitType: 'kindergarten', name: 'Åsen barnehage' });
    const nqtB = await buildPerson(t.db, {
      owner: s.owner,
      unit: kg,
      startDate: '2026-05-04',
      teachingExperienceYears: 0,
    });
    const mentorB = await buildPerson(t.db, { owner: s.owner, unit: kg });
    const enrolmentB = await buildEnrolment(t.db, {
      programme: s.programme,
      person: nqtB,
      unit: kg,
      startDate: '2026-05-04',
    });
    const pairB = await buildPair(t.db, { enrolment: enrolmentB, mentor: mentorB });
    const mentorBUser = await buildUser(t.db, {
      owner: s.owner,
      person: mentorB,
      roles: [{ role: 'mentor', unit: kg }],
    });
    const asMentorB = await signIn(t.app, mentorBUser.email, mentorBUser.password);
    const logB = await asMentorB.post(
      `/api/me/mentoring/pairs/${pairB.id}/sessions`,
      held('2026-05-04', { minutes: 90, subGoals: ['belonging'] }),
    );
    expect(logB.statusCode).toBe(201);

    const res = await s.asCoordinator.get(`/api/owners/${s.owner.id}/programmes/${s.programme.id}/compliance`);
    expect(res.statusCode).toBe(200);
    const c = res.json();
    expect(c.asOf).toBe('2026-06-19');
    expect(c.programme).toEqual({ plannedMinutesToDate: 540, heldMinutesToDate: 270, ratio: 0.5 });
    const byName = Object.fromEntries(c.nqts.map((n: { personId: string }) => [n.personId, n]));
    expect(byName[s.nqt.id]).toMatchObject({
      plannedMinutesToDate: 420,
      heldMinutesToDate: 180,
      ratio: 0.429,
      isBehind: true,
      mentorName: `${s.mentor.givenName} ${s.mentor.familyName}`,
    });
    expect(byName[nqtB.id]).toMatchObject({
      plannedMinutesToDate: 120,
      heldMinutesToDate: 90,
      ratio: 0.75,
      isBehind: true,
    });
    expect(c.units).toEqual([
      { unitId: s.unit.id, unitName: s.unit.name, plannedMinutesToDate: 420, heldMinutesToDate: 180, ratio: 0.429 },
      { unitId: kg.id, unitName: 'Åsen barnehage', plannedMinutesToDate: 120, heldMinutesToDate: 90, ratio: 0.75 },
    ]);
    expect(c.subGoalMinutes).toEqual([
      { subGoal: 'workplace', minutes: 180 },
      { subGoal: 'belonging', minutes: 90 },
      { subGoal: 'role', minutes: 180 },
      { subGoal: 'investigate', minutes: 0 },
    ]);
    const may4 = c.trend.find((w: { weekStart: string }) => w.weekStart === '2026-05-04');
    expect(may4).toEqual({ weekStart: '2026-05-04', plannedMinutes: 120, heldMinutes: 150 });
    expect(c.trend.reduce((n: number, w: { plannedMinutes: number }) => n + w.plannedMinutes, 0)).toBe(540);
    expect(c.trend[0].weekStart).toBe('2025-08-18');
    expect(res.body).not.toContain('hemmelig');

    // Behind-schedule threshold from the settings: at 40 % NQT A (42.9 %) is no longer behind.
    const patched = await s.asCoordinator.patch(`/api/owners/${s.owner.id}/programmes/${s.programme.id}`, {
      settings: { behindScheduleThresholdPercent: 40 },
    });
    expect(patched.statusCode).toBe(200);
    const again = (
      await s.asCoordinator.get(`/api/owners/${s.owner.id}/programmes/${s.programme.id}/compliance`)
    ).json();
    expect(again.nqts.find((n: { personId: string }) => n.personId === s.nqt.id).isBehind).toBe(false);

    // Mentors and NQTs do not see the programme's compliance.
    expect((await s.asMentor.get(`/api/owners/${s.owner.id}/programmes/${s.programme.id}/compliance`)).statusCode).toBe(
      403,
    );
  });
});
