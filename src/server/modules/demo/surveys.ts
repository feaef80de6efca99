import { randomBytes, randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { osloDate } from '../../../shared/rules/school-year.ts';
import type { Audience, Question } from '../../../shared/schemas/surveys.ts';
import type { DbOrTx } from '../../db/client.ts';
import { programmes, surveyAnswers, surveyInvitations, surveyResponses, surveys } from '../../db/schema.ts';
import { hashToken } from '../../lib/tokens.ts';
import { computeAudience } from '../surveys/audience.ts';
import { writeStructure } from '../surveys/commands/write-structure.ts';
import { loadSections } from '../surveys/queries.ts';
import { coarsenLabels } from '../surveys/rules.ts';
import { surveyTemplate } from '../surveys/templates.ts';

/*
 * Demo kommune's surveys: last school year's NQT survey, closed in May with results (about 40
 * answers; the kindergarten and primary groups pass the threshold of five, the few from combined and
 * lower secondary schools do not, so suppression shows), and this year's NQT survey, open now with
 * reminders 7 and 2 days before closing, a third of the NQTs having answered. The demo NQT login has
 * not answered, so "Mine undersøkelser" offers it. Rows are written straight into the tables in the
 * order the anonymous flow leaves them (responses and answers sorted by their random ids, the closed
 * survey marked as shuffled), so the seed costs a few inserts and no per-answer rewrite.
 */

const DAY = 86_400_000;

/** A small deterministic generator, so the demo looks the same every time. */
function generator(seed: number) {
  let s = seed;
  const next = () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
  return {
    next,
    /** An index weighted towards the upper steps (most NQTs are fairly content). */
    step: (count: number) => Math.min(count - 1, Math.floor(Math.sqrt(next()) * count)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const COMMENTS = [
  'Mer tid til veiledning i starten av året.',
  'Nettverkssamlingene var det beste.',
  'Veilederen min var god å snakke med.',
  'Vanskelig å få fri til samlingene.',
  'Savnet mer om foreldresamarbeid.',
  'Fint å møte andre nyutdannede.',
];

type AnswerRow = typeof surveyAnswers.$inferInsert & { id: string };

function answerRows(
  questions: Question[],
  ids: { ownerId: string; surveyId: string; responseId: string },
  random: ReturnType<typeof generator>,
): AnswerRow[] {
  return questions.flatMap((q): AnswerRow[] => {
    const base: AnswerRow = { id: randomUUID(), ...ids, questionId: q.id, choice: null, choices: null, text: null };
    if (q.type === 'text') return random.next() < 0.35 ? [{ ...base, text: random.pick(COMMENTS) }] : [];
    if (q.type === 'multiple') {
      const chosen = q.options.filter(() => random.next() < 0.45).map((o) => o.value);
      return chosen.length > 0 ? [{ ...base, choices: chosen }] : [];
    }
    if (q.type === 'single') return [{ ...base, choice: random.pick(q.options).value }];
    return [{ ...base, choice: q.options[random.step(q.options.length)]?.value ?? null }];
  });
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function insertSorted<T extends { id: string }>(insert: (rows: T[]) => Promise<unknown>, rows: T[]) {
  const sorted = [...rows].sort(byId);
  for (let i = 0; i < sorted.length; i += 500) await insert(sorted.slice(i, i + 500));
}

export async function seedDemoSurveys(
  tx: DbOrTx,
  opts: { ownerId: string; coordinatorUserId: string | null; featuredPersonIds: string[] },
) {
  const { ownerId } = opts;
  const [programme] = await tx
    .select()
    .from(programmes)
    .where(eq(programmes.ownerId, ownerId))
    .orderBy(asc(programmes.schoolYear))
    .limit(1);
  if (!programme) return;
  const template = surveyTemplate('nqt_yearly');
  const now = new Date();
  const random = generator(2026);

  // Last school year's survey, closed in May, with results.
  const closesLastYear = new Date('2026-05-29T14:00:00Z');
  const [closed] = await tx
    .insert(surveys)
    .values({
      ownerId,
      programmeId: null,
      kind: 'nqt_yearly',
      title: {
        nb: `${template.title.nb} 2025–26`,
        nn: `${template.title.nn} 2025–26`,
        en: `${template.title.en} 2025–26`,
      },
      intro: template.intro,
      mode: 'anonymous',
      opensAt: new Date(closesLastYear.getTime() - 25 * DAY),
      closesAt: closesLastYear,
      publishedAt: new Date(closesLastYear.getTime() - 26 * DAY),
      minGroupSize: 5,
      audience: { roles: ['nqt'], programmeId: null, unitIds: [], networkIds: [] },
      answersShuffledAt: closesLastYear,
      createdBy: opts.coordinatorUserId,
    })
    .returning();
  if (!closed) throw new Error('demo survey insert failed');
  await writeStructure(tx, closed, template.sections);
  const closedQuestions = (await loadSections(tx, ownerId, closed.id)).flatMap((s) => s.questions);
  // Group sizes chosen so some pass the threshold and some do not.
  const groups: {
    unitType: 'kindergarten' | 'primary' | 'lower_secondary' | 'combined';
    year: 1 | 2;
    count: number;
  }[] = [
    { unitType: 'kindergarten', year: 1, count: 14 },
    { unitType: 'kindergarten', year: 2, count: 5 },
    { unitType: 'primary', year: 1, count: 12 },
    { unitType: 'primary', year: 2, count: 3 },
    { unitType: 'lower_secondary', year: 1, count: 4 },
    { unitType: 'combined', year: 1, count: 2 },
  ];
  const closedResponses: (typeof surveyResponses.$inferInsert & { id: string })[] = [];
  const closedAnswers: AnswerRow[] = [];
  for (const g of groups) {
    for (let i = 0; i < g.count; i++) {
      const id = randomUUID();
      closedResponses.push({
        id,
        ownerId,
        surveyId: closed.id,
        anonymous: true,
        role: 'nqt',
        unitType: g.unitType,
        programmeYear: g.year,
        pending: false,
      });
      closedAnswers.push(...answerRows(closedQuestions, { ownerId, surveyId: closed.id, responseId: id }, random));
    }
  }
  await insertSorted((rows) => tx.insert(surveyResponses).values(rows), closedResponses);
  await insertSorted((rows) => tx.insert(surveyAnswers).values(rows), closedAnswers);

  // This year's survey, open now, to the programme's NQTs.
  const audience: Audience = { roles: ['nqt'], programmeId: programme.id, unitIds: [], networkIds: [] };
  const [open] = await tx
    .insert(surveys)
    .values({
      ownerId,
      programmeId: programme.id,
      kind: 'nqt_yearly',
      title: template.title,
      intro: template.intro,
      mode: 'anonymous',
      opensAt: new Date(now.getTime() - 7 * DAY),
      closesAt: new Date(now.getTime() + 14 * DAY),
      publishedAt: new Date(now.getTime() - 8 * DAY),
      minGroupSize: 5,
      audience,
      reminderDays: [7, 2],
      createdBy: opts.coordinatorUserId,
    })
    .returning();
  if (!open) throw new Error('demo survey insert failed');
  await writeStructure(tx, open, template.sections);
  const openQuestions = (await loadSections(tx, ownerId, open.id)).flatMap((s) => s.questions);
  const recipients = (await computeAudience(tx, ownerId, audience, now)).filter((r) => r.email.trim() !== '');
  const featured = new Set(opts.featuredPersonIds);
  const invitedAt = open.publishedAt ?? now;
  const invitations = recipients.map((r, i) => {
    const answered = !featured.has(r.personId) && i % 3 === 0;
    return {
      ownerId,
      surveyId: open.id,
      personId: r.personId,
      tokenHash: hashToken(randomBytes(24).toString('base64url')),
      locale: r.locale,
      role: r.role,
      unitType: r.unitType,
      programmeYear: r.programmeYear,
      invitedAt,
      answered,
      answeredOn: answered ? osloDate(new Date(invitedAt.getTime() + ((i % 6) + 1) * DAY)) : null,
    };
  });
  for (let i = 0; i < invitations.length; i += 500)
    await tx.insert(surveyInvitations).values(invitations.slice(i, i + 500));
  const invitees = recipients.map((r) => ({ role: r.role, unitType: r.unitType, programmeYear: r.programmeYear }));
  const openResponses: (typeof surveyResponses.$inferInsert & { id: string })[] = [];
  const openAnswers: AnswerRow[] = [];
  for (const inv of invitations.filter((i) => i.answered)) {
    const id = randomUUID();
    openResponses.push({
      id,
      ownerId,
      surveyId: open.id,
      anonymous: true,
      ...coarsenLabels({ role: inv.role, unitType: inv.unitType, programmeYear: inv.programmeYear }, invitees, 5),
      pending: false,
    });
    openAnswers.push(...answerRows(openQuestions, { ownerId, surveyId: open.id, responseId: id }, random));
  }
  // As the mixing pool leaves them: the last 25–49 (by id) still pending, the rest out of it.
  openResponses.sort(byId);
  const poolFrom = openResponses.length < 50 ? 0 : openResponses.length - 25 - (openResponses.length % 25);
  openResponses.forEach((r, i) => {
    r.pending = i >= poolFrom;
  });
  await insertSorted((rows) => tx.insert(surveyResponses).values(rows), openResponses);
  await insertSorted((rows) => tx.insert(surveyAnswers).values(rows), openAnswers);
}
