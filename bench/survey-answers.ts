// node bench/survey-answers.ts [sizes, default 150,600,6000] [--full] — what anonymity costs per answer.
// Every anonymous submission rewrites the survey's mixing pool (at most 2 × POOL_SIZE responses and their
// answers) and closing rewrites all responses once (README in modules/surveys). Sends the NQTs' yearly
// survey (10 questions) to N NQTs on in-memory PGlite for each size.
// Default: each survey is first brought to "90 % have answered" by writing those responses straight into
// the state the pool leaves them in (out of the pool, in id order, invitations marked answered), then
// 150 submissions per size go through the real command round-robin across the sizes, so machine load
// hits every size alike; it prints the median and 95th percentile per size, and the close (full shuffle).
// --full: answers every invitation of each size in turn through the command (slow at 6,000: on a quiet
// machine about 15 minutes) and prints first/median/p95/last. Figures only; nothing asserts on time.
// Before the pool (every submission rewrote the whole survey): 150 NQTs took about 1 s per answer and
// 600 did not finish in 15 minutes.

import { randomUUID } from 'node:crypto';
import { and, eq, inArray, like } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/client.ts';
import {
  employments,
  enrolments,
  mailOutbox,
  people,
  surveyAnswers,
  surveyInvitations,
  surveyResponses,
} from '../src/server/db/schema.ts';
import { hashToken } from '../src/server/lib/tokens.ts';
import { closeSurvey } from '../src/server/modules/surveys/commands/close-survey.ts';
import { createSurvey } from '../src/server/modules/surveys/commands/create-survey.ts';
import { sendSurvey } from '../src/server/modules/surveys/commands/send-survey.ts';
import { submitAnswers } from '../src/server/modules/surveys/commands/submit-answers.ts';
import { loadSections } from '../src/server/modules/surveys/queries.ts';
import { buildOwner, buildProgramme, buildUnit, employmentValues, personValues } from '../src/server/test/factories.ts';

const args = process.argv.slice(2);
const full = args.includes('--full');
const sizes = (args.find((a) => !a.startsWith('--')) ?? '150,600,6000').split(',').map(Number);
const database = await openDatabase({ dataDir: null });
await database.migrate();
const db = database.db;
const actor = { userId: null } as never;
const ms = (v: number | undefined) => `${(v ?? 0).toFixed(0)} ms`;
const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];

async function setUp(n: number) {
  const owner = await buildOwner(db);
  const unit = await buildUnit(db, { owner });
  const programme = await buildProgramme(db, { owner });
  // People, employments and enrolments in bulk (the setup is not what is measured).
  for (let from = 0; from < n; from += 500) {
    const batch = Array.from({ length: Math.min(500, n - from) }, () => personValues({ owner }));
    const persons = await db.insert(people).values(batch).returning({ id: people.id });
    await db.insert(employments).values(persons.map((p) => employmentValues({ owner, personId: p.id, unit })));
    await db.insert(enrolments).values(
      persons.map((p) => ({
        ownerId: owner.id,
        programmeId: programme.id,
        personId: p.id,
        unitId: unit.id,
        professionStart: '2026-08-10',
        startsOn: '2026-08-10',
        programmeYear: 1 as const,
      })),
    );
  }
  const survey = await createSurvey({
    db,
    actor,
    ownerId: owner.id,
    template: 'nqt_yearly',
    programmeId: programme.id,
    mode: 'anonymous',
  });
  const now = new Date();
  const t0 = performance.now();
  await sendSurvey({
    db,
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
  const sendMs = performance.now() - t0;
  const mails = await db
    .select({ body: mailOutbox.body })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.ownerId, owner.id), like(mailOutbox.idempotencyKey, 'survey-invitation:%')));
  const tokens = mails.map((m) => m.body.match(/\/svar\/([\w-]+)/)?.[1] ?? '');
  const questions = (await loadSections(db, owner.id, survey.id)).flatMap((s) => s.questions);
  const answers = questions.map((q) =>
    q.type === 'text'
      ? { questionId: q.id, text: 'Mer tid.' }
      : q.type === 'multiple'
        ? { questionId: q.id, choices: [q.options[0]?.value ?? ''] }
        : { questionId: q.id, choice: q.options[0]?.value ?? '' },
  );
  const submit = async (token: string) => {
    const t = performance.now();
    await submitAnswers({ db, token, answers, now: new Date(), translateKey: (k) => k });
    return performance.now() - t;
  };
  const close = async () => {
    const t = performance.now();
    await closeSurvey({ db, actor, ownerId: owner.id, surveyId: survey.id, now: new Date() });
    return performance.now() - t;
  };

  /** Marks these invitations answered and writes their responses as the pool leaves them (sorted, out of it). */
  const preAnswer = async (given: string[]) => {
    const hashes = given.map(hashToken);
    for (let i = 0; i < hashes.length; i += 500)
      await db
        .update(surveyInvitations)
        .set({ answered: true, answeredOn: '2026-11-20' })
        .where(inArray(surveyInvitations.tokenHash, hashes.slice(i, i + 500)));
    const responses = given
      .map(() => ({
        id: randomUUID(),
        ownerId: owner.id,
        surveyId: survey.id,
        anonymous: true,
        role: 'nqt' as const,
        pending: false,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const rows = responses
      .flatMap((r) =>
        answers.map((a) => ({
          id: randomUUID(),
          ownerId: owner.id,
          surveyId: survey.id,
          responseId: r.id,
          questionId: a.questionId,
          choice: a.choice ?? null,
          choices: a.choices ?? null,
          text: a.text ?? null,
        })),
      )
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    for (let i = 0; i < responses.length; i += 500)
      await db.insert(surveyResponses).values(responses.slice(i, i + 500));
    for (let i = 0; i < rows.length; i += 1000) await db.insert(surveyAnswers).values(rows.slice(i, i + 1000));
  };
  return { n, sendMs, tokens, submit, close, preAnswer };
}

if (full) {
  for (const n of sizes) {
    const s = await setUp(n);
    const times: number[] = [];
    for (const token of s.tokens) times.push(await s.submit(token));
    const closeMs = await s.close();
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `${n} NQTs: send ${ms(s.sendMs)}; submissions first ${ms(times[0])}, median ${ms(at(sorted, 0.5))}, p95 ${ms(at(sorted, 0.95))}, last ${ms(times.at(-1))}, all ${(times.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s; close (shuffles all) ${ms(closeMs)}`,
    );
  }
} else {
  const ROUNDS = 150;
  const surveys = [];
  for (const n of sizes) {
    const s = await setUp(n);
    // 90 % have answered already (at least ROUNDS left to answer through the command).
    const left = Math.max(ROUNDS, Math.round(n * 0.1));
    await s.preAnswer(s.tokens.slice(0, n - left));
    surveys.push({ ...s, open: s.tokens.slice(n - left), times: [] as number[] });
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of surveys) s.times.push(await s.submit(s.open[round] ?? ''));
  }
  for (const s of surveys) {
    const sorted = [...s.times].sort((a, b) => a - b);
    const closeMs = await s.close();
    console.log(
      `${s.n} NQTs (${s.n - s.open.length} answered before): send ${ms(s.sendMs)}; ${ROUNDS} submissions, interleaved with the other sizes: median ${ms(at(sorted, 0.5))}, p95 ${ms(at(sorted, 0.95))}; close (shuffles all ${s.n - s.open.length + ROUNDS}) ${ms(closeMs)}`,
    );
  }
}
await database.close();
