import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerInput, SurveyDetail } from '../../../shared/schemas/surveys.ts';
import { mailOutbox, surveyReminderRounds, surveys } from '../../db/schema.ts';
import { startJobs } from '../../jobs/runner.ts';
import { buildEnrolment, buildOwner, buildPerson, buildProgramme, buildUnit, buildUser } from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';
import { runSurveySchedule } from './commands/run-schedule.ts';
import { surveyScheduleJob } from './job.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const DAY = 86_400_000;
const start = Date.now();
const at = (days: number) => new Date(start + days * DAY);

/** Six NQTs invited to a survey that closes in 10 days, with reminders 7 and 2 days before closing. */
async function setup(mode: 'anonymous' | 'identified') {
  const owner = await buildOwner(t.db);
  const unit = await buildUnit(t.db, { owner });
  const programme = await buildProgramme(t.db, { owner });
  const nqts = [];
  for (let i = 0; i < 6; i++) {
    const person = await buildPerson(t.db, { owner, unit, givenName: `Ny${i}` });
    await buildEnrolment(t.db, { programme, person, unit, startDate: '2026-08-10' });
    nqts.push(person);
  }
  const coordinatorUser = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
  const coordinator = await signIn(t.app, coordinatorUser.email, coordinatorUser.password);
  const base = `/api/owners/${owner.id}/surveys`;
  const survey: SurveyDetail = (
    await coordinator.post(base, { template: 'nqt_yearly', programmeId: programme.id, mode })
  ).json();
  const payload = {
    audience: { roles: ['nqt'], programmeId: programme.id, unitIds: [], networkIds: [] },
    opensAt: at(-0.01).toISOString(),
    closesAt: at(10).toISOString(),
    reminderDays: [2, 7],
  };
  const bad = await coordinator.post(`${base}/${survey.id}/send`, { ...payload, reminderDays: [0] });
  expect(bad.statusCode).toBe(400);
  expect(bad.body).toContain('1 til 30');
  const sent = await coordinator.post(`${base}/${survey.id}/send`, payload);
  expect(sent.statusCode, sent.body).toBe(200);
  expect(sent.json().survey.reminderDays).toEqual([7, 2]);

  const mails = async (kind: 'invitation' | 'reminder') =>
    t.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.ownerId, owner.id), like(mailOutbox.idempotencyKey, `survey-${kind}:%`)));
  const answer = async (email: string, kind: 'invitation' | 'reminder' = 'invitation') => {
    const mail = (await mails(kind)).filter((m) => m.toAddress === email).at(-1);
    const token = mail?.body.match(/\/svar\/([\w-]+)/)?.[1];
    const answers: AnswerInput[] = survey.sections.flatMap((s) =>
      s.questions.map((q) =>
        q.type === 'text'
          ? { questionId: q.id, text: 'Fint.' }
          : q.type === 'multiple'
            ? { questionId: q.id, choices: [q.options[0]?.value ?? ''] }
            : { questionId: q.id, choice: q.options[0]?.value ?? '' },
      ),
    );
    const res = await t.app.inject({ method: 'POST', url: '/api/survey-answers', payload: { token, answers } });
    expect(res.statusCode, res.body).toBe(200);
  };
  const run = (days: number) => runSurveySchedule(t.db, { now: at(days), publicUrl: 'http://x', ownerId: owner.id });
  return { owner, nqts, survey, mails, answer, run };
}

describe.each(['identified', 'anonymous'] as const)('scheduled reminders (%s)', (mode) => {
  it('remind only those who have not answered, exactly once per round, across repeated runs', async () => {
    const s = await setup(mode);
    await s.answer(s.nqts[0]?.email ?? '');
    await s.answer(s.nqts[1]?.email ?? '');

    expect(await s.run(2)).toEqual({ rounds: 0, reminded: 0, shuffled: 0 }); // 8 days before closing: none due
    expect(await s.run(3.1)).toEqual({ rounds: 1, reminded: 4, shuffled: 0 });
    expect(await s.run(3.2)).toEqual({ rounds: 0, reminded: 0, shuffled: 0 });
    const first = await s.mails('reminder');
    expect(first.map((m) => m.toAddress).sort()).toEqual(
      s.nqts
        .slice(2)
        .map((p) => p.email)
        .sort(),
    );

    await s.answer(s.nqts[2]?.email ?? '', 'reminder');
    expect(await s.run(8.5)).toEqual({ rounds: 1, reminded: 3, shuffled: 0 });
    expect(await s.run(9)).toEqual({ rounds: 0, reminded: 0, shuffled: 0 });
    const all = await s.mails('reminder');
    expect(all).toHaveLength(7);
    const answered = new Set([s.nqts[0]?.email, s.nqts[1]?.email]);
    expect(all.some((m) => answered.has(m.toAddress))).toBe(false);
    const rounds = await t.db.select().from(surveyReminderRounds).where(eq(surveyReminderRounds.surveyId, s.survey.id));
    expect(rounds.map((r) => [r.daysBefore, r.reminded]).sort()).toEqual([
      [2, 3],
      [7, 4],
    ]);

    // After closing: no more reminders; an anonymous survey is shuffled once.
    expect(await s.run(11)).toEqual({ rounds: 0, reminded: 0, shuffled: mode === 'anonymous' ? 1 : 0 });
    expect(await s.run(12)).toEqual({ rounds: 0, reminded: 0, shuffled: 0 });
    const [row] = await t.db.select().from(surveys).where(eq(surveys.id, s.survey.id));
    expect(row?.answersShuffledAt !== null).toBe(mode === 'anonymous');
  });
});

describe('the survey-schedule job', () => {
  it('runs through pg-boss, and a second run sends nothing more', async () => {
    const s = await setup('anonymous');
    await s.answer(s.nqts[0]?.email ?? '');
    const deps = { db: t.db, env: t.env, kickMail: () => {}, now: () => at(3.5), log: t.app.log };
    const waitFor = async (count: number) => {
      for (let i = 0; i < 80 && (await s.mails('reminder')).length < count; i++)
        await new Promise((r) => setTimeout(r, 250));
    };
    for (let runs = 0; runs < 2; runs++) {
      const jobs = await startJobs(t.database.jobConnection, deps, [surveyScheduleJob]);
      try {
        expect(await jobs.send(surveyScheduleJob.name, { ownerId: s.owner.id })).not.toBeNull();
        if (runs === 0) await waitFor(5);
        else await new Promise((r) => setTimeout(r, 3000));
      } finally {
        await jobs.stop();
      }
      expect(await s.mails('reminder')).toHaveLength(5);
    }
  }, 60_000);
});
