import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceLapses, mailOutbox, mentorPairs, programmes, users } from '../../../db/schema.ts';
import { startJobs } from '../../../jobs/runner.ts';
import {
  buildEnrolment,
  buildOwner,
  buildPair,
  buildPerson,
  buildProgramme,
  buildUnit,
  buildUser,
} from '../../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../../test/harness.ts';
import { complianceNudgesJob } from './job.ts';
import { runComplianceNudges } from './run-nudges.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/*
 * 2026-27, a primary school: 60 minutes every Monday from 17 August. With nothing logged the NQT is
 * behind from the first check; the mentor is told after 7 days, the unit leader after 21.
 */
async function setup(opts: { nudges?: { enabled: boolean; mentorAfterDays: number; leaderAfterDays: number } } = {}) {
  const owner = await buildOwner(t.db);
  const unit = await buildUnit(t.db, { owner, name: 'Bakkeli skole' });
  let programme = await buildProgramme(t.db, { owner, schoolYear: '2026-27' });
  if (opts.nudges) {
    [programme] = (await t.db
      .update(programmes)
      .set({ settings: { ...programme.settings, nudges: opts.nudges } })
      .where(eq(programmes.id, programme.id))
      .returning()) as [typeof programme];
  }
  const nqt = await buildPerson(t.db, {
    owner,
    unit,
    givenName: 'Nora',
    startDate: '2026-08-17',
    teachingExperienceYears: 0,
  });
  const mentor = await buildPerson(t.db, { owner, unit, givenName: 'Mona' });
  const leader = await buildPerson(t.db, { owner, unit, givenName: 'Lars' });
  const enrolment = await buildEnrolment(t.db, { programme, person: nqt, unit, startDate: '2026-08-17' });
  const pair = await buildPair(t.db, { enrolment, mentor });
  const mentorUser = await buildUser(t.db, { owner, person: mentor, roles: [{ role: 'mentor', unit }] });
  await t.db.update(users).set({ locale: 'nn' }).where(eq(users.id, mentorUser.id));
  await buildUser(t.db, { owner, person: leader, roles: [{ role: 'unit_leader', unit }] });
  const run = (today: string) =>
    runComplianceNudges(t.db, { today, publicUrl: 'https://tillit.test', ownerId: owner.id });
  const mail = () =>
    t.db.select().from(mailOutbox).where(eq(mailOutbox.ownerId, owner.id)).orderBy(mailOutbox.createdAt);
  const lapses = () =>
    t.db
      .select()
      .from(complianceLapses)
      .where(eq(complianceLapses.enrolmentId, enrolment.id))
      .orderBy(complianceLapses.startedOn);
  const mentorClient = await signIn(t.app, mentorUser.email, mentorUser.password);
  return { owner, unit, programme, nqt, mentor, leader, enrolment, pair, run, mail, lapses, mentorClient };
}

describe('compliance nudges', () => {
  it('opens a lapse, tells the mentor after a week and the unit leader after three, each once', async () => {
    const s = await setup();
    expect(await s.run('2026-09-01')).toMatchObject({ programmes: 1, opened: 1, mentorNudges: 0 });
    expect(await s.mail()).toHaveLength(0);
    expect(await s.run('2026-09-07')).toMatchObject({ opened: 0, mentorNudges: 0 });

    expect(await s.run('2026-09-08')).toMatchObject({ mentorNudges: 1, leaderNudges: 0 });
    // The same day again (a retried job, a second process): nothing more.
    expect(await s.run('2026-09-08')).toMatchObject({ mentorNudges: 0, leaderNudges: 0 });
    let mail = await s.mail();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.toAddress).toBe(s.mentor.email);
    // In the mentor's language (nynorsk), with the figures and a link to the pair.
    expect(mail[0]?.subject).toBe(`Rettleiinga av Nora ${s.nqt.familyName} ligg etter planen`);
    expect(mail[0]?.body).toContain('0 av 240 planlagde minutt');
    expect(mail[0]?.body).toContain(`https://tillit.test/mine-nyutdannede/${s.pair.id}`);

    expect(await s.run('2026-09-21')).toMatchObject({ leaderNudges: 0 });
    expect(await s.run('2026-09-22')).toMatchObject({ leaderNudges: 1 });
    expect(await s.run('2026-09-23')).toMatchObject({ mentorNudges: 0, leaderNudges: 0 });
    mail = await s.mail();
    expect(mail.map((m) => m.toAddress)).toEqual([s.mentor.email, s.leader.email]);
    expect(mail[1]?.subject).toContain('fortsatt etter planen');
    expect(mail[1]?.body).toContain('Bakkeli skole');
    expect(mail[1]?.body).toContain('2026-09-08');

    const [lapse] = await s.lapses();
    expect(lapse).toMatchObject({
      startedOn: '2026-09-01',
      endedOn: null,
      mentorNudgedOn: '2026-09-08',
      leaderNudgedOn: '2026-09-22',
      mentorPersonId: s.mentor.id,
    });
  });

  it('ends the lapse when the mentoring catches up, and a new lapse is nudged again', async () => {
    const s = await setup({ nudges: { enabled: true, mentorAfterDays: 0, leaderAfterDays: 30 } });
    expect(await s.run('2026-09-01')).toMatchObject({ opened: 1, mentorNudges: 1 });
    // The mentor logs the three sessions held so far: back on track.
    for (const date of ['2026-08-17', '2026-08-24', '2026-08-31']) {
      const res = await s.mentorClient.post(`/api/me/mentoring/pairs/${s.pair.id}/sessions`, {
        date,
        plannedDate: date,
        minutes: 60,
        format: 'individual',
        subGoals: ['workplace'],
      });
      expect(res.statusCode).toBe(201);
    }
    expect(await s.run('2026-09-02')).toMatchObject({ ended: 1 });
    // Nothing logged since: by 21 September 240 of 480 minutes are held (50 %), behind again.
    expect(await s.run('2026-09-21')).toMatchObject({ opened: 1, mentorNudges: 1 });
    const lapses = await s.lapses();
    expect(lapses.map((l) => [l.startedOn, l.endedOn, l.mentorNudgedOn])).toEqual([
      ['2026-09-01', '2026-09-02', '2026-09-01'],
      ['2026-09-21', null, '2026-09-21'],
    ]);
    expect(await s.mail()).toHaveLength(2);
  });

  it('a re-paired NQT: the old mentor’s lapse ends, the new mentor gets their own days, the leader is not told early', async () => {
    const s = await setup();
    await s.run('2026-09-01');
    expect(await s.run('2026-09-08')).toMatchObject({ mentorNudges: 1 });
    // The pair does not work: the coordinator ends it on 10 September and pairs Nora with Maja.
    await t.db
      .update(mentorPairs)
      .set({ status: 'ended', endedAt: new Date('2026-09-10T10:00:00Z'), endedReason: 'Passer ikke' })
      .where(eq(mentorPairs.id, s.pair.id));
    const maja = await buildPerson(t.db, { owner: s.owner, unit: s.unit, givenName: 'Maja' });
    await buildPair(t.db, { enrolment: s.enrolment, mentor: maja });

    expect(await s.run('2026-09-11')).toMatchObject({ ended: 1, opened: 1, mentorNudges: 0, leaderNudges: 0 });
    // 22 September would have been the leader's day under Mona's lapse; Maja has not even been told yet.
    expect(await s.run('2026-09-17')).toMatchObject({ mentorNudges: 0, leaderNudges: 0 });
    expect(await s.run('2026-09-18')).toMatchObject({ mentorNudges: 1, leaderNudges: 0 });
    expect(await s.run('2026-09-22')).toMatchObject({ mentorNudges: 0, leaderNudges: 0 });
    expect((await s.mail()).map((m) => m.toAddress)).toEqual([s.mentor.email, maja.email]);
    const [monas, majas] = await s.lapses();
    expect(monas).toMatchObject({ startedOn: '2026-09-01', endedOn: '2026-09-11', mentorPersonId: s.mentor.id });
    expect(majas).toMatchObject({
      startedOn: '2026-09-11',
      endedOn: null,
      mentorNudgedOn: '2026-09-18',
      mentorPersonId: maja.id,
    });
  });

  it('does not check in holidays, at weekends or outside the school year', async () => {
    const s = await setup();
    // Autumn break (week 40), a Saturday, and the summer after the school year.
    for (const day of ['2026-09-30', '2026-09-05', '2027-07-01']) {
      expect(await s.run(day)).toMatchObject({ programmes: 0, opened: 0 });
    }
    expect(await s.lapses()).toHaveLength(0);
  });

  it('with nudges off, tracks the lapse and mails nobody', async () => {
    const s = await setup({ nudges: { enabled: false, mentorAfterDays: 0, leaderAfterDays: 1 } });
    await s.run('2026-09-01');
    await s.run('2026-09-22');
    expect(await s.lapses()).toHaveLength(1);
    expect(await s.mail()).toHaveLength(0);
  });

  it('the coordinator sees the open lapse and who has been told on the compliance figures', async () => {
    const s = await setup();
    await s.run('2026-09-01');
    await s.run('2026-09-08');
    const coordinator = await buildUser(t.db, { owner: s.owner, roles: [{ role: 'programme_coordinator' }] });
    const client = await signIn(t.app, coordinator.email, coordinator.password);
    const res = await client.get(`/api/owners/${s.owner.id}/programmes/${s.programme.id}/compliance`);
    expect(res.statusCode).toBe(200);
    const row = res.json().nqts.find((n: { enrolmentId: string }) => n.enrolmentId === s.enrolment.id);
    expect(row).toMatchObject({
      isBehind: true,
      pairId: s.pair.id,
      mentorPersonId: s.mentor.id,
      unitId: s.unit.id,
      lapse: { startedOn: '2026-09-01', mentorNudgedOn: '2026-09-08', leaderNudgedOn: null },
    });
  });

  it('runs as a pg-boss job, and a run after a restart of the job queue sends nothing twice', async () => {
    const s = await setup({ nudges: { enabled: true, mentorAfterDays: 0, leaderAfterDays: 30 } });
    const deps = {
      db: t.db,
      env: t.env,
      kickMail: () => {},
      now: () => new Date('2026-09-01T05:00:00Z'),
      log: t.app.log,
    };
    const waitForMail = async (count: number) => {
      for (let i = 0; i < 80; i++) {
        if ((await s.mail()).length >= count) return;
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    let jobs = await startJobs(t.database.jobConnection, deps, [complianceNudgesJob]);
    try {
      await jobs.send(complianceNudgesJob.name, { ownerId: s.owner.id });
      await waitForMail(1);
    } finally {
      await jobs.stop();
    }
    expect(await s.mail()).toHaveLength(1);
    // The process restarts and the check runs again for the same day: the lapse is already nudged.
    jobs = await startJobs(t.database.jobConnection, deps, [complianceNudgesJob]);
    try {
      const id = await jobs.send(complianceNudgesJob.name, { ownerId: s.owner.id });
      expect(id).not.toBeNull();
      await new Promise((r) => setTimeout(r, 4000));
    } finally {
      await jobs.stop();
    }
    const mail = await s.mail();
    expect(mail).toHaveLength(1);
    expect(
      await t.db
        .select()
        .from(complianceLapses)
        .where(and(eq(complianceLapses.enrolmentId, s.enrolment.id))),
    ).toHaveLength(1);
  });
});
