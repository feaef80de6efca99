import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerInput, SurveyDetail } from '../../../shared/schemas/surveys.ts';
import { mailOutbox, surveyInvitations, users } from '../../db/schema.ts';
import { hashToken } from '../../lib/tokens.ts';
import {
  buildEnrolment,
  buildOwner,
  buildPair,
  buildPerson,
  buildProgramme,
  buildUnit,
  buildUser,
} from '../../test/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

/** A municipality with six NQTs at a school and one at a kindergarten, a mentor pair, two heads and a coordinator. */
async function setup() {
  const owner = await buildOwner(t.db);
  const school = await buildUnit(t.db, { owner, unitType: 'primary' });
  const kindergarten = await buildUnit(t.db, { owner, unitType: 'kindergarten' });
  const programme = await buildProgramme(t.db, { owner });
  const nqts = [];
  for (let i = 0; i < 6; i++) nqts.push(await buildPerson(t.db, { owner, unit: school, givenName: `Nyutdannet${i}` }));
  const kgNqt = await buildPerson(t.db, { owner, unit: kindergarten, givenName: 'Barnehagelærer' });
  const enrolments = [];
  for (const person of [...nqts, kgNqt]) {
    enrolments.push(
      await buildEnrolment(t.db, {
        programme,
        person,
        unit: person === kgNqt ? kindergarten : school,
        startDate: '2026-08-10',
      }),
    );
  }
  const mentor = await buildPerson(t.db, { owner, unit: school, givenName: 'Mentor' });
  const first = enrolments[0];
  if (!first) throw new Error('no enrolment');
  await buildPair(t.db, { enrolment: first, mentor });
  const head = await buildPerson(t.db, { owner, unit: school, givenName: 'Rektor', position: 'head' });
  const kgHead = await buildPerson(t.db, { owner, unit: kindergarten, givenName: 'Styrer', position: 'head' });
  const coordinatorUser = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
  const coordinator = await signIn(t.app, coordinatorUser.email, coordinatorUser.password);
  const base = `/api/owners/${owner.id}/surveys`;
  return { owner, school, kindergarten, programme, nqts, kgNqt, mentor, head, kgHead, coordinator, base };
}
type Setup = Awaited<ReturnType<typeof setup>>;

async function createFromTemplate(s: Setup, template: string | null, mode = 'anonymous'): Promise<SurveyDetail> {
  const res = await s.coordinator.post(s.base, { template, programmeId: s.programme.id, mode });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function send(
  s: Setup,
  survey: SurveyDetail,
  roles: string[],
  opensAt = inMinutes(-1),
  closesAt = inMinutes(60 * 24),
) {
  return s.coordinator.post(`${s.base}/${survey.id}/send`, {
    audience: { roles, programmeId: s.programme.id, unitIds: [], networkIds: [] },
    opensAt,
    closesAt,
  });
}

/** The newest one-time token mailed to an address for a survey kind of mail. */
async function tokenFor(email: string, kind: 'invitation' | 'reminder' = 'invitation'): Promise<string> {
  const rows = await t.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, email), like(mailOutbox.idempotencyKey, `survey-${kind}:%`)))
    .orderBy(sql`${mailOutbox.createdAt} desc`);
  const match = rows[0]?.body.match(/\/svar\/([\w-]+)/);
  if (!match?.[1]) throw new Error(`no ${kind} link for ${email}`);
  return match[1];
}

/** Answers every question: the given step on choice questions, the first option on multiple, text on text. */
function answersFor(survey: SurveyDetail, step = '4', text = 'Mer tid til veiledning.'): AnswerInput[] {
  return survey.sections.flatMap((s) =>
    s.questions.map((q) => {
      if (q.type === 'text') return { questionId: q.id, text };
      if (q.type === 'multiple') return { questionId: q.id, choices: [q.options[0]?.value ?? ''] };
      const values = q.options.map((o) => o.value);
      return { questionId: q.id, choice: values.includes(step) ? step : (values[0] ?? '') };
    }),
  );
}

const anon = (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, payload: payload as object });

describe('builder', () => {
  it('creates from a template with the five Norwegian steps, and an empty survey', async () => {
    const s = await setup();
    const survey = await createFromTemplate(s, 'guidance_programme');
    expect(survey.status).toBe('draft');
    expect(survey.kind).toBe('guidance_programme');
    expect(survey.minGroupSize).toBe(5);
    const texts = survey.sections.flatMap((x) => x.questions.map((q) => q.text.nb));
    expect(texts).toContain('Veiledningen har bidratt positivt til det lokale utviklingsarbeidet.');
    const agreement = survey.sections[0]?.questions.find((q) => q.type === 'agreement5');
    expect(agreement?.options.map((o) => o.label.nb)).toEqual([
      'I svært liten grad',
      'I liten grad',
      'Verken eller',
      'I stor grad',
      'I svært stor grad',
    ]);
    const empty = await createFromTemplate(s, null);
    expect(empty.sections).toEqual([]);
    expect(empty.warnings.map((w) => w.code)).toEqual(['noQuestions']);
  });

  it('warns the author about free text in an anonymous survey but not in an identified one', async () => {
    const s = await setup();
    const survey = await createFromTemplate(s, 'guidance_session');
    const free = survey.sections[0]?.questions.filter((q) => q.type === 'text').map((q) => q.id);
    expect(free).toHaveLength(2);
    expect(survey.warnings.filter((w) => w.code === 'freeTextAnonymous').map((w) => w.questionId)).toEqual(free);
    const identified = await createFromTemplate(s, 'guidance_session', 'identified');
    expect(identified.warnings.filter((w) => w.code === 'freeTextAnonymous')).toEqual([]);
  });

  it('saves edits while draft, refuses bad structure with translated messages, and keeps question ids', async () => {
    const s = await setup();
    const survey = await createFromTemplate(s, 'guidance_session');
    const input = {
      title: { nb: 'Møteevaluering', nn: '', en: '' },
      intro: survey.intro,
      mode: 'identified',
      programmeId: null,
      minGroupSize: 3,
      sections: survey.sections.map((sec) => ({
        id: sec.id,
        title: sec.title,
        questions: sec.questions.map(({ id, key, type, text, options, required }) => ({
          id,
          key,
          type,
          text,
          options,
          required,
        })),
      })),
    };
    input.sections[0]?.questions.push({
      id: undefined as unknown as string,
      key: null,
      type: 'single',
      text: { nb: 'Hvilken rolle har du?', nn: 'Kva rolle har du?', en: 'What is your role?' },
      options: [
        { value: 'leader', label: { nb: 'Leder', nn: 'Leiar', en: 'Leader' } },
        { value: 'teacher', label: { nb: 'Lærer', nn: 'Lærar', en: 'Teacher' } },
      ],
      required: true,
    });
    const saved = await s.coordinator.put(`${s.base}/${survey.id}`, input);
    expect(saved.statusCode, saved.body).toBe(200);
    const body: SurveyDetail = saved.json();
    expect(body.title.nb).toBe('Møteevaluering');
    expect(body.mode).toBe('identified');
    expect(body.sections[0]?.questions).toHaveLength(4);
    expect(body.sections[0]?.questions[0]?.id).toBe(survey.sections[0]?.questions[0]?.id);

    const oneOption = structuredClone(input);
    const q = oneOption.sections[0]?.questions[3];
    if (q) q.options = q.options.slice(0, 1);
    const refused = await s.coordinator.request({
      method: 'PUT',
      url: `${s.base}/${survey.id}`,
      payload: oneOption,
      headers: { 'accept-language': 'en' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([
      { path: 'sections.0.questions.3.options', message: 'The question needs at least two options.' },
    ]);

    const tooSmall = await s.coordinator.put(`${s.base}/${survey.id}`, { ...input, minGroupSize: 2 });
    expect(tooSmall.statusCode).toBe(400);
    expect(JSON.stringify(tooSmall.json().error.fields)).toContain('Minste gruppestørrelse kan ikke være under 3.');
  });

  it('freezes the questions once sent', async () => {
    const s = await setup();
    const survey = await createFromTemplate(s, 'nqt_yearly');
    expect((await send(s, survey, ['nqt'])).statusCode).toBe(200);
    const res = await s.coordinator.put(`${s.base}/${survey.id}`, {
      title: survey.title,
      intro: survey.intro,
      mode: survey.mode,
      programmeId: null,
      minGroupSize: 5,
      sections: [],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('SURVEY_NOT_DRAFT');
  });
});

describe('audience and invitations', () => {
  it('computes NQTs, mentors, unit leaders and coordinators of the programme, each once', async () => {
    const s = await setup();
    const survey = await createFromTemplate(s, 'nqt_yearly');
    const preview = async (roles: string[], unitIds: string[] = []) => {
      const res = await s.coordinator.post(`${s.base}/${survey.id}/audience-preview`, {
        audience: { roles, programmeId: s.programme.id, unitIds, networkIds: [] },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { total: number; byRole: { role: string; count: number }[] };
    };
    expect((await preview(['nqt'])).total).toBe(7);
    expect((await preview(['nqt'], [s.kindergarten.id])).total).toBe(1);
    expect((await preview(['mentor'])).total).toBe(1);
    expect((await preview(['unit_leader'])).total).toBe(2);
    expect((await preview(['unit_leader'], [s.school.id])).total).toBe(1);
    expect((await preview(['coordinator'])).total).toBe(0); // the coordinator login has no person
    expect((await preview(['nqt', 'mentor', 'unit_leader'])).byRole).toEqual([
      { role: 'nqt', count: 7 },
      { role: 'mentor', count: 1 },
      { role: 'unit_leader', count: 2 },
    ]);
  });

  it('mails each invitee a personal link, stores only its hash, and sending again invites only newcomers', async () => {
    const s = await setup();
    const survey = await createFromTemplate(s, 'nqt_yearly');
    const res = await send(s, survey, ['nqt']);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().invited).toBe(7);
    expect(res.json().survey.status).toBe('open');
    const token = await tokenFor(s.nqts[0]?.email ?? '');
    const [invitation] = await t.db
      .select()
      .from(surveyInvitations)
      .where(eq(surveyInvitations.tokenHash, hashToken(token)));
    expect(invitation?.personId).toBe(s.nqts[0]?.id);
    expect(JSON.stringify(await t.db.select().from(surveyInvitations))).not.toContain(token);

    const late = await buildPerson(t.db, { owner: s.owner, unit: s.school, givenName: 'Sein' });
    await buildEnrolment(t.db, { programme: s.programme, person: late, unit: s.school, startDate: '2026-09-01' });
    const again = await send(s, survey, ['nqt']);
    expect(again.json().invited).toBe(1);
    await tokenFor(late.email);
  });

  it('writes to each invitee in their own language and opens the form in it', async () => {
    const s = await setup();
    const person = s.nqts[3];
    if (!person) throw new Error('no nqt');
    const user = await buildUser(t.db, { owner: s.owner, person, roles: [{ role: 'nqt', unit: s.school }] });
    await t.db.update(users).set({ locale: 'nn' }).where(eq(users.id, user.id));
    const survey = await createFromTemplate(s, 'nqt_yearly');
    await send(s, survey, ['nqt']);
    const [mail] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, person.email));
    expect(mail?.subject).toBe('Undersøking: Årleg undersøking for nyutdanna');
    const form = await anon('/api/survey-answers/form', { token: await tokenFor(person.email) });
    expect(form.json().locale).toBe('nn');
    const other = await anon('/api/survey-answers/form', { token: await tokenFor(s.nqts[0]?.email ?? '') });
    expect(other.json().locale).toBe('nb');
  });

  it('refuses to send an empty survey or to nobody', async () => {
    const s = await setup();
    const empty = await createFromTemplate(s, null);
    expect((await send(s, empty, ['nqt'])).json().error.code).toBe('SURVEY_EMPTY');
    const survey = await createFromTemplate(s, 'owner_yearly');
    const res = await send(s, survey, ['owner_admin']);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('SURVEY_AUDIENCE_EMPTY');
    const badDates = await send(s, survey, ['nqt'], inMinutes(60), inMinutes(30));
    expect(badDates.statusCode).toBe(400);
  });
});

describe('answering', () => {
  it('shows the form by token, takes one answer per link and refuses the second with 409', async () => {
    const s = await setup();
    const survey = await createFromTemplate(s, 'nqt_yearly');
    await send(s, survey, ['nqt']);
    const token = await tokenFor(s.nqts[1]?.email ?? '');
    const form = await anon('/api/survey-answers/form', { token });
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json().status).toBe('open');
    expect(form.json().sections).toHaveLength(3);

    const missing = await anon('/api/survey-answers', { token, answers: [] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0].message).toBe('Svar på dette spørsmålet.');
    const wrongOption = answersFor(survey).map((a) => (a.choice ? { ...a, choice: '9' } : a));
    expect((await anon('/api/survey-answers', { token, answers: wrongOption })).statusCode).toBe(400);

    const ok = await anon('/api/survey-answers', { token, answers: answersFor(survey) });
    expect(ok.statusCode, ok.body).toBe(200);
    const twice = await anon('/api/survey-answers', { token, answers: answersFor(survey) });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('SURVEY_ALREADY_ANSWERED');
    expect(twice.json().error.message).toBe('Du har allerede svart på denne undersøkelsen. Takk!');
    expect((await anon('/api/survey-answers/form', { token })).json()).toMatchObject({ answered: true, sections: [] });
    const list = await s.coordinator.get(s.base);
    expect(list.json().items.find((x: { id: string }) => x.id === survey.id).counts).toEqual({
      invited: 7,
      answered: 1,
    });
  });

  it('lets a logged-in respondent answer with the link too', async () => {
    const s = await setup();
    const survey = await createFromTemplate(s, 'nqt_yearly');
    await send(s, survey, ['nqt']);
    const person = s.nqts[2];
    if (!person) throw new Error('no nqt');
    const user = await buildUser(t.db, { owner: s.owner, person, roles: [{ role: 'nqt', unit: s.school }] });
    const client: Client = await signIn(t.app, user.email, user.password);
    const token = await tokenFor(person.email);
    const res = await client.post('/api/survey-answers', { token, answers: answersFor(survey) });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('refuses answers before opening and after closing, with a message', async () => {
    const s = await setup();
    const survey = await createFromTemplate(s, 'nqt_yearly');
    await send(s, survey, ['nqt'], inMinutes(60), inMinutes(120));
    const token = await tokenFor(s.nqts[0]?.email ?? '');
    const form = await anon('/api/survey-answers/form', { token });
    expect(form.json()).toMatchObject({ status: 'scheduled', sections: [] });
    const early = await anon('/api/survey-answers', { token, answers: answersFor(survey) });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'SURVEY_NOT_OPEN', message: 'Undersøkelsen er ikke åpen nå.' });

    const closed = await s.coordinator.post(`${s.base}/${survey.id}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    const late = await anon('/api/survey-answers', { token, answers: answersFor(survey) });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('SURVEY_CLOSED');
  });

  it('answers an unknown link with 404 and a message', async () => {
    const res = await anon('/api/survey-answers/form', { token: 'x'.repeat(43) });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('SURVEY_LINK_INVALID');
  });
});

describe('reminders', () => {
  it('mail only those who have not answered, with a new link that replaces the old', async () => {
    const s = await setup();
    const survey = await createFromTemplate(s, 'nqt_yearly');
    await send(s, survey, ['nqt']);
    const answered = s.nqts.slice(0, 3);
    for (const p of answered) {
      const res = await anon('/api/survey-answers', { token: await tokenFor(p.email), answers: answersFor(survey) });
      expect(res.statusCode).toBe(200);
    }
    const oldToken = await tokenFor(s.nqts[4]?.email ?? '');
    const res = await s.coordinator.post(`${s.base}/${survey.id}/remind`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().reminded).toBe(4);
    const reminded = await t.db
      .select({ to: mailOutbox.toAddress })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.ownerId, s.owner.id), like(mailOutbox.idempotencyKey, 'survey-reminder:%')));
    const expected = [...s.nqts.slice(3), s.kgNqt].map((p) => p.email).sort();
    expect(reminded.map((r) => r.to).sort()).toEqual(expected);
    expect((await anon('/api/survey-answers/form', { token: oldToken })).statusCode).toBe(404);
    const newToken = await tokenFor(s.nqts[4]?.email ?? '', 'reminder');
    expect((await anon('/api/survey-answers', { token: newToken, answers: answersFor(survey) })).statusCode).toBe(200);
  });
});
