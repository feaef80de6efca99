import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerInput, SurveyDetail } from '../../../shared/schemas/surveys.ts';
import { mailOutbox, surveyInvitations, surveys } from '../../db/schema.ts';
import { hashToken } from '../../lib/tokens.ts';
import { buildEnrolment, buildOwner, buildPerson, buildProgramme, buildUnit, buildUser } from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';
import { closeSurvey } from './commands/close-survey.ts';
import { createSurvey } from './commands/create-survey.ts';
import { sendSurvey } from './commands/send-survey.ts';
import { POOL_SIZE, submitAnswers } from './commands/submit-answers.ts';
import { loadSections } from './queries.ts';

/*
 * Anonymity by construction: after an anonymous survey is answered, read EVERY table of the database
 * (not the API) and check that nothing ties an answer to the person who gave it.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function rows(query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  const result = (await t.db.execute(query)) as unknown as { rows: Record<string, unknown>[] };
  return result.rows;
}

async function tokenFor(email: string): Promise<string> {
  const [mail] = await t.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, email), like(mailOutbox.idempotencyKey, 'survey-invitation:%')));
  const token = mail?.body.match(/\/svar\/([\w-]+)/)?.[1];
  if (!token) throw new Error(`no link for ${email}`);
  return token;
}

describe('an anonymous survey, after it is answered', () => {
  it('leaves no row that links an answer to its respondent, by id, time, order or transaction', async () => {
    const owner = await buildOwner(t.db);
    const school = await buildUnit(t.db, { owner, unitType: 'primary' });
    const kindergarten = await buildUnit(t.db, { owner, unitType: 'kindergarten' });
    const programme = await buildProgramme(t.db, { owner });
    const people = [];
    for (let i = 0; i < 6; i++) people.push(await buildPerson(t.db, { owner, unit: school, givenName: `Lærer${i}` }));
    const kgTeacher = await buildPerson(t.db, { owner, unit: kindergarten, givenName: 'Barnehagelærer' });
    people.push(kgTeacher);
    for (const person of people) {
      const unit = person === kgTeacher ? kindergarten : school;
      await buildEnrolment(t.db, { programme, person, unit, startDate: '2026-08-10' });
    }
    // Two respondents have logins (their user ids must not show up either); one answers signed in.
    const users = [
      await buildUser(t.db, { owner, person: people[0], roles: [{ role: 'nqt', unit: school }] }),
      await buildUser(t.db, { owner, person: people[1], roles: [{ role: 'nqt', unit: school }] }),
    ];
    const coordinatorUser = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
    const coordinator = await signIn(t.app, coordinatorUser.email, coordinatorUser.password);
    const base = `/api/owners/${owner.id}/surveys`;
    const created = await coordinator.post(base, {
      template: 'nqt_yearly',
      programmeId: programme.id,
      mode: 'anonymous',
    });
    const survey: SurveyDetail = created.json();
    const sent = await coordinator.post(`${base}/${survey.id}/send`, {
      audience: { roles: ['nqt'], programmeId: programme.id, unitIds: [], networkIds: [] },
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(sent.json().invited).toBe(7);

    // Five answer (the kindergarten teacher among them), each with a marker in free text.
    const respondents = [people[0], people[1], people[2], people[3], kgTeacher].filter((p) => p !== undefined);
    const tokens = new Map<string, string>();
    const markers: string[] = [];
    const signedIn = await signIn(t.app, users[0]?.email ?? '', users[0]?.password ?? '');
    for (const [i, person] of respondents.entries()) {
      const token = await tokenFor(person.email);
      tokens.set(person.id, token);
      const marker = `SVAR-${i}-${person.id.slice(0, 4)}`;
      markers.push(marker);
      const answers: AnswerInput[] = survey.sections.flatMap((s) =>
        s.questions.map((q) => {
          if (q.type === 'text') return { questionId: q.id, text: marker };
          if (q.type === 'multiple')
            return { questionId: q.id, choices: [q.options[i % q.options.length]?.value ?? ''] };
          return { questionId: q.id, choice: q.options[i % q.options.length]?.value ?? '' };
        }),
      );
      const payload = { token, answers };
      const res =
        i === 0
          ? await signedIn.post('/api/survey-answers', payload)
          : await t.app.inject({ method: 'POST', url: '/api/survey-answers', payload });
      expect(res.statusCode, res.body).toBe(200);
    }

    // What identifies a respondent: person id, user id, e-mail, invitation id, token and its hash.
    const invitations = await t.db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.id));
    expect(invitations.filter((i) => i.answered)).toHaveLength(5);
    const identifying: string[] = [];
    for (const person of people) {
      const invitation = invitations.find((i) => i.personId === person.id);
      identifying.push(person.id, person.email, invitation?.id ?? 'x', invitation?.tokenHash ?? 'x');
      const token = tokens.get(person.id);
      if (token) identifying.push(token, hashToken(token));
    }
    for (const u of users) identifying.push(u.id, u.email);

    // The answer side: response and answer ids and the markers written in free text.
    const responses = await rows(sql`select * from survey_responses where survey_id = ${survey.id} order by ctid`);
    const answerRows = await rows(sql`select * from survey_answers where survey_id = ${survey.id}`);
    expect(responses).toHaveLength(5);
    const answerSide = [...responses.map((r) => String(r.id)), ...answerRows.map((a) => String(a.id)), ...markers];

    // Dump every table.
    const tables = (
      await rows(sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)
    ).map((r) => String(r.table_name));
    expect(tables).toContain('survey_answers');
    expect(tables.length).toBeGreaterThan(15);
    const dump = new Map<string, string[]>();
    for (const table of tables) {
      const found = await rows(sql.raw(`select row_to_json(t)::text as j from "${table}" t`));
      dump.set(
        table,
        found.map((r) => String(r.j)),
      );
    }

    // 1. The answer tables hold nothing that identifies anyone.
    for (const table of ['survey_responses', 'survey_answers']) {
      for (const row of dump.get(table) ?? []) {
        for (const value of identifying) expect(row.includes(value), `${table} holds ${value}`).toBe(false);
      }
    }
    // 2. No other table mentions a response, an answer or the text of one, so nothing bridges the two.
    for (const [table, tableRows] of dump) {
      if (table === 'survey_responses' || table === 'survey_answers') continue;
      for (const row of tableRows) {
        for (const value of answerSide) expect(row.includes(value), `${table} mentions ${value}`).toBe(false);
      }
    }
    // 3. No time on the answer side: the only dated column is identified mode's `submitted_on`, empty here.
    const timeColumns = await rows(sql`select table_name, column_name, data_type from information_schema.columns
      where table_schema = 'public' and table_name in ('survey_responses', 'survey_answers')
      and (data_type like 'timestamp%' or data_type in ('date', 'time', 'interval'))`);
    expect(timeColumns.map((c) => c.column_name)).toEqual(['submitted_on']);
    expect(responses.every((r) => r.submitted_on === null && r.person_id === null && r.invitation_id === null)).toBe(
      true,
    );
    // The invitation keeps the day it was answered, not the time.
    const answeredOn = await rows(sql`select data_type from information_schema.columns
      where table_name = 'survey_invitations' and column_name = 'answered_on'`);
    expect(answeredOn[0]?.data_type).toBe('date');

    // 4. Neither the order on disk nor the writing transaction tells which response came when.
    const ids = responses.map((r) => String(r.id));
    expect(ids).toEqual([...ids].sort());
    const xmins = await rows(
      sql`select count(distinct xmin::text) as n from survey_responses where survey_id = ${survey.id}`,
    );
    expect(Number(xmins[0]?.n)).toBe(1);
    const answerXmins = await rows(
      sql`select count(distinct xmin::text) as n from survey_answers where survey_id = ${survey.id}`,
    );
    expect(Number(answerXmins[0]?.n)).toBe(1);
    const invitationXmin = await rows(sql`select count(distinct i.xmin::text) as n from survey_invitations i
      join survey_responses r on r.xmin::text = i.xmin::text where i.survey_id = ${survey.id}`);
    expect(Number(invitationXmin[0]?.n)).toBeLessThanOrEqual(1); // only the last answer's, shared by all five

    // 5. The kindergarten teacher's unit type is shared by fewer than five invitees: dropped, not stored.
    expect(responses.map((r) => r.unit_type)).not.toContain('kindergarten');
    expect(responses.filter((r) => r.role === 'nqt')).toHaveLength(5);
    expect(responses.filter((r) => r.unit_type === 'primary')).toHaveLength(4);

    // 6. A check constraint refuses a linked row in anonymous mode, whatever the code does.
    const insert = t.db.execute(sql`insert into survey_responses (id, owner_id, survey_id, anonymous, person_id)
      values (gen_random_uuid(), ${owner.id}, ${survey.id}, true, ${people[5]?.id})`);
    await expect(insert).rejects.toThrow();
  });
});

describe('an anonymous survey answered by more than its mixing pool holds', () => {
  it('keeps every response among at least POOL_SIZE others by transaction while open, and shuffles all of them at close', async () => {
    const owner = await buildOwner(t.db);
    const unit = await buildUnit(t.db, { owner });
    const programme = await buildProgramme(t.db, { owner });
    const n = 2 * POOL_SIZE + 12;
    for (let i = 0; i < n; i++) {
      const person = await buildPerson(t.db, { owner, unit });
      await buildEnrolment(t.db, { programme, person, unit, startDate: '2026-08-10' });
    }
    const actor = { userId: null } as never;
    const survey = await createSurvey({
      db: t.db,
      actor,
      ownerId: owner.id,
      template: 'nqt_yearly',
      programmeId: programme.id,
      mode: 'anonymous',
    });
    const now = new Date();
    await sendSurvey({
      db: t.db,
      actor,
      ownerId: owner.id,
      surveyId: survey.id,
      input: {
        audience: { roles: ['nqt'], programmeId: programme.id, unitIds: [], networkIds: [] },
        opensAt: new Date(now.getTime() - 60_000).toISOString(),
        closesAt: new Date(now.getTime() + 86_400_000).toISOString(),
        reminderDays: [],
      },
      now,
      publicUrl: 'http://x',
    });
    const mails = await t.db
      .select({ body: mailOutbox.body })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.ownerId, owner.id), like(mailOutbox.idempotencyKey, 'survey-invitation:%')));
    expect(mails).toHaveLength(n);
    const questions = (await loadSections(t.db, owner.id, survey.id)).flatMap((s) => s.questions);
    const answers: AnswerInput[] = questions.map((q) =>
      q.type === 'text'
        ? { questionId: q.id, text: 'Mer tid.' }
        : q.type === 'multiple'
          ? { questionId: q.id, choices: [q.options[0]?.value ?? ''] }
          : { questionId: q.id, choice: q.options[0]?.value ?? '' },
    );
    for (const mail of mails) {
      const token = mail.body.match(/\/svar\/([\w-]+)/)?.[1] ?? '';
      await submitAnswers({ db: t.db, token, answers, now: new Date(), translateKey: (k) => k });
    }

    // While open: responses fall in groups by writing transaction, none smaller than the pool, each
    // written in id order; the newest answer's invitation shares its transaction with a whole group.
    const groups = await rows(sql`select xmin::text as x, count(*)::int as n,
        array_agg(id::text order by ctid) as ids, bool_or(pending) as pending
      from survey_responses where survey_id = ${survey.id} group by xmin::text`);
    expect(groups.reduce((sum, g) => sum + Number(g.n), 0)).toBe(n);
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) {
      expect(Number(g.n)).toBeGreaterThanOrEqual(POOL_SIZE);
      const ids = g.ids as string[];
      expect(ids).toEqual([...ids].sort());
    }
    const pending = await rows(sql`select count(*)::int as n from survey_responses
      where survey_id = ${survey.id} and pending`);
    expect(Number(pending[0]?.n)).toBeGreaterThanOrEqual(POOL_SIZE);
    expect(Number(pending[0]?.n)).toBeLessThan(2 * POOL_SIZE);
    const linked = await rows(sql`select i.xmin::text as x, (select count(*)::int from survey_responses r
        where r.survey_id = ${survey.id} and r.xmin::text = i.xmin::text) as n
      from survey_invitations i where i.survey_id = ${survey.id} and i.answered`);
    for (const l of linked) if (Number(l.n) > 0) expect(Number(l.n)).toBeGreaterThanOrEqual(POOL_SIZE);

    // After close: one transaction, id order, out of the pool; the answers likewise.
    await closeSurvey({ db: t.db, actor, ownerId: owner.id, surveyId: survey.id, now: new Date() });
    const after = await rows(sql`select id::text as id, xmin::text as x, pending from survey_responses
      where survey_id = ${survey.id} order by ctid`);
    expect(after).toHaveLength(n);
    expect(new Set(after.map((r) => r.x)).size).toBe(1);
    expect(after.map((r) => r.id)).toEqual(after.map((r) => String(r.id)).sort());
    expect(after.some((r) => r.pending)).toBe(false);
    const answerXmins = await rows(sql`select count(distinct xmin::text)::int as n, count(*)::int as c
      from survey_answers where survey_id = ${survey.id}`);
    expect(Number(answerXmins[0]?.n)).toBe(1);
    expect(Number(answerXmins[0]?.c)).toBe(n * answers.length);
    const [closed] = await t.db.select().from(surveys).where(eq(surveys.id, survey.id));
    expect(closed?.answersShuffledAt).not.toBeNull();
  }, 180_000);
});
