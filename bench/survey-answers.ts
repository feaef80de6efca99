// node bench/survey-answers.ts [sizes, default 150,600,6000] — what anonymity costs: every anonymous submission
// rewrites the survey's mixing pool (at most 2 × POOL_SIZE responses and their answers), and closing
// rewrites all responses once (README in modules/surveys). Sends the NQTs' yearly survey (10 questions)
// to N NQTs on in-memory PGlite, answers it N times through the real commands, then closes it, printing
// the time of the first, median, 95th percentile and last submissions and of the close. Figures only;
// nothing here asserts on time. Before the pool (every submission rewrote the whole survey): 150 NQTs
// took about 1 s per answer and 600 did not finish in 15 minutes.

import { and, eq, like } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/client.ts';
import { employments, enrolments, mailOutbox, people } from '../src/server/db/schema.ts';
import { closeSurvey } from '../src/server/modules/surveys/commands/close-survey.ts';
import { createSurvey } from '../src/server/modules/surveys/commands/create-survey.ts';
import { sendSurvey } from '../src/server/modules/surveys/commands/send-survey.ts';
import { submitAnswers } from '../src/server/modules/surveys/commands/submit-answers.ts';
import { loadSections } from '../src/server/modules/surveys/queries.ts';
import { buildOwner, buildProgramme, buildUnit, employmentValues, personValues } from '../src/server/test/factories.ts';

const sizes = (process.argv[2] ?? '150,600,6000').split(',').map(Number);
const database = await openDatabase({ dataDir: null });
await database.migrate();
const db = database.db;

for (const n of sizes) {
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
  const actor = { userId: null } as never;
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
  const times: number[] = [];
  const slice = n >= 3000 ? 1000 : n;
  for (const token of tokens) {
    const t = performance.now();
    await submitAnswers({ db, token, answers, now: new Date(), translateKey: (k) => k });
    times.push(performance.now() - t);
    if (slice < n && times.length % slice === 0) {
      const part = times.slice(-slice).sort((a, b) => a - b);
      console.log(
        `  ${n} NQTs, submissions ${times.length - slice + 1}–${times.length}: median ${part[Math.floor(slice / 2)]?.toFixed(0)} ms`,
      );
    }
  }
  const c0 = performance.now();
  await closeSurvey({ db, actor, ownerId: owner.id, surveyId: survey.id, now: new Date() });
  const closeMs = performance.now() - c0;
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (v: number | undefined) => `${(v ?? 0).toFixed(0)} ms`;
  console.log(
    `${n} NQTs: send ${ms(sendMs)}; submissions first ${ms(times[0])}, median ${ms(sorted[Math.floor(n / 2)])}, p95 ${ms(sorted[Math.floor(n * 0.95)])}, last ${ms(times.at(-1))}, all ${(times.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s; close (shuffles all) ${ms(closeMs)}`,
  );
}
await database.close();
