import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerInput, MySurvey, SurveyDetail } from '../../../shared/schemas/surveys.ts';
import { buildEnrolment, buildOwner, buildPerson, buildProgramme, buildUnit, buildUser } from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function setup() {
  const owner = await buildOwner(t.db);
  const unit = await buildUnit(t.db, { owner });
  const programme = await buildProgramme(t.db, { owner });
  const people = [];
  for (let i = 0; i < 5; i++) {
    const person = await buildPerson(t.db, { owner, unit, givenName: `Meg${i}` });
    await buildEnrolment(t.db, { programme, person, unit, startDate: '2026-08-10' });
    people.push(person);
  }
  const nqtUser = await buildUser(t.db, { owner, person: people[0], roles: [{ role: 'nqt', unit }] });
  const nqt = await signIn(t.app, nqtUser.email, nqtUser.password);
  const coordinatorUser = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
  const coordinator = await signIn(t.app, coordinatorUser.email, coordinatorUser.password);
  const base = `/api/owners/${owner.id}/surveys`;
  const make = async (mode: 'anonymous' | 'identified', opensInMinutes = -1): Promise<SurveyDetail> => {
    const survey: SurveyDetail = (
      await coordinator.post(base, { template: 'nqt_yearly', programmeId: programme.id, mode })
    ).json();
    const sent = await coordinator.post(`${base}/${survey.id}/send`, {
      audience: { roles: ['nqt'], programmeId: programme.id, unitIds: [], networkIds: [] },
      opensAt: new Date(Date.now() + opensInMinutes * 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(sent.statusCode, sent.body).toBe(200);
    return sent.json().survey;
  };
  return { owner, people, nqt, coordinator, base, make };
}

function answersFor(survey: SurveyDetail): AnswerInput[] {
  return survey.sections.flatMap((s) =>
    s.questions.map((q) =>
      q.type === 'text'
        ? { questionId: q.id, text: 'Bra.' }
        : q.type === 'multiple'
          ? { questionId: q.id, choices: [q.options[0]?.value ?? ''] }
          : { questionId: q.id, choice: q.options[0]?.value ?? '' },
    ),
  );
}

describe('my surveys', () => {
  it('list the surveys I am invited to, answer one through a fresh link, and then show it answered', async () => {
    const s = await setup();
    const anonymous = await s.make('anonymous');
    const scheduled = await s.make('identified', 60);
    const list = async (): Promise<MySurvey[]> => (await s.nqt.get('/api/me/surveys')).json().items;
    const before = await list();
    expect(before.map((i) => [i.surveyId, i.status, i.answered])).toEqual([
      [anonymous.id, 'open', false],
      [scheduled.id, 'scheduled', false],
    ]);
    // Nothing in the list says anything about answers.
    expect(Object.keys(before[0] ?? {}).sort()).toEqual(
      ['answered', 'closesAt', 'mode', 'opensAt', 'status', 'surveyId', 'title'].sort(),
    );

    expect((await s.nqt.post(`/api/me/surveys/${scheduled.id}/link`)).statusCode).toBe(409);
    const link = await s.nqt.post(`/api/me/surveys/${anonymous.id}/link`);
    expect(link.statusCode, link.body).toBe(200);
    const token: string = link.json().token;
    const answered = await s.nqt.post('/api/survey-answers', { token, answers: answersFor(anonymous) });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await list()).find((i) => i.surveyId === anonymous.id)?.answered).toBe(true);
    const again = await s.nqt.post(`/api/me/surveys/${anonymous.id}/link`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SURVEY_ALREADY_ANSWERED');
  });

  it('give 404 for a survey I am not invited to, also another owner’s', async () => {
    const s = await setup();
    const other = await setup();
    const theirs = await other.make('anonymous');
    expect((await s.nqt.post(`/api/me/surveys/${theirs.id}/link`)).statusCode).toBe(404);
    expect((await s.nqt.get('/api/me/surveys')).json().items).toEqual([]);
    // The coordinator (no person, not invited) sees an empty list.
    expect((await s.coordinator.get('/api/me/surveys')).json().items).toEqual([]);
  });
});
