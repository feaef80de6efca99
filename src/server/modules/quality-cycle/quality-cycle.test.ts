import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QualityCycle } from '../../../shared/schemas/quality-cycle.ts';
import { auditLog, qualityCycles, qualityMeasures, surveys } from '../../db/schema.ts';
import {
  buildOwner,
  buildPerson,
  buildProgramme,
  buildUnit,
  buildUser,
  type GrantSpec,
  type OwnerRow,
} from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';
import { defaultKnowledgeBaseTexts } from '../mentoring/knowledge-base/defaults.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const L = (text: string) => ({ nb: text, nn: text, en: text });
const DAY = 86_400_000;

async function buildSurvey(owner: OwnerRow, title: string, opts: { closed: boolean; programmeId?: string }) {
  const now = Date.now();
  const [row] = await t.db
    .insert(surveys)
    .values({
      ownerId: owner.id,
      programmeId: opts.programmeId ?? null,
      kind: 'custom',
      title: L(title),
      intro: L(''),
      mode: 'anonymous',
      publishedAt: new Date(now - 30 * DAY),
      opensAt: new Date(now - 20 * DAY),
      closesAt: new Date(opts.closed ? now - DAY : now + 10 * DAY),
    })
    .returning();
  if (!row) throw new Error('survey insert failed');
  return row;
}

async function setup(schoolYear: `${number}-${number}` = '2026-27') {
  const owner = await buildOwner(t.db);
  const unit = await buildUnit(t.db, { owner });
  const programme = await buildProgramme(t.db, { owner, schoolYear });
  const login = async (roles: GrantSpec[], who: OwnerRow = owner) => {
    const user = await buildUser(t.db, { owner: who, roles });
    return { user, client: await signIn(t.app, user.email, user.password) };
  };
  const base = `/api/owners/${owner.id}/programmes/${programme.id}`;
  const coordinator = await login([{ role: 'programme_coordinator' }]);
  return { owner, unit, programme, login, base, url: `${base}/quality-cycle`, coordinator };
}

type Setup = Awaited<ReturnType<typeof setup>>;

const phasesOf = (cycle: QualityCycle) =>
  Object.fromEntries(cycle.phases.map((p) => [p.phase, p.status])) as Record<string, string>;

const cycleInput = (cycle: QualityCycle, over: Record<string, unknown> = {}) => ({
  version: cycle.version,
  phases: phasesOf(cycle),
  surveyIds: cycle.surveys.map((s) => s.id),
  otherSources: cycle.otherSources,
  knowledgeBaseNote: cycle.knowledgeBaseNote,
  assessment: cycle.assessment,
  ...over,
});

const measureInput = (over: Record<string, unknown> = {}) => ({
  text: 'Felles oppstartsdag for nyutdannede i august',
  responsibleText: 'Ressursteamet',
  responsiblePersonId: null,
  dueOn: '2027-08-15',
  status: 'planned',
  goalId: null,
  ...over,
});

async function read(s: Setup): Promise<QualityCycle> {
  const res = await s.coordinator.client.get(s.url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('quality cycle: reading', () => {
  it('is made on first read with five phases not started, once, and read by those who follow the programme', async () => {
    const s = await setup();
    const cycle = await read(s);
    expect(cycle).toMatchObject({
      programmeId: s.programme.id,
      schoolYear: '2026-27',
      version: 1,
      goals: [],
      measures: [],
      previous: null,
      abilities: { manage: true },
    });
    expect(cycle.phases.map((p) => [p.phase, p.status])).toEqual([
      ['information', 'not_started'],
      ['knowledge_base', 'not_started'],
      ['assessment', 'not_started'],
      ['goals', 'not_started'],
      ['measures', 'not_started'],
    ]);
    await read(s);
    const rows = await t.db.select().from(qualityCycles).where(eq(qualityCycles.programmeId, s.programme.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.ownerId).toBe(s.owner.id);

    const analyst = await s.login([{ role: 'analyst' }]);
    const res = await analyst.client.get(s.url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ abilities: { manage: false }, availableSurveys: [] });
  });

  it('refuses someone of the owner without a programme role (403) and another owner entirely (404, on every route)', async () => {
    const s = await setup();
    const cycle = await read(s);
    const unitLeader = await s.login([{ role: 'unit_leader', unit: s.unit }]);
    expect((await unitLeader.client.get(s.url)).statusCode).toBe(403);

    const other = await buildOwner(t.db);
    const stranger = await s.login([{ role: 'programme_coordinator' }], other);
    const goal = (await s.coordinator.client.post(`${s.url}/goals`, { text: 'Alle får veileder' })).json();
    const measure = (await s.coordinator.client.post(`${s.url}/measures`, measureInput())).json();
    const goalId = goal.goals[0].id;
    const measureId = measure.measures[0].id;
    const attempts = [
      await stranger.client.get(s.url),
      await stranger.client.put(s.url, cycleInput(cycle)),
      await stranger.client.post(`${s.url}/goals`, { text: 'x' }),
      await stranger.client.put(`${s.url}/goals/${goalId}`, { version: 1, text: 'x' }),
      await stranger.client.delete(`${s.url}/goals/${goalId}`),
      await stranger.client.post(`${s.url}/measures`, measureInput()),
      await stranger.client.put(`${s.url}/measures/${measureId}`, { version: 1, ...measureInput() }),
      await stranger.client.delete(`${s.url}/measures/${measureId}`),
    ];
    for (const res of attempts) expect(res.statusCode, res.body).toBe(404);
    // Their own owner id with our programme id finds nothing either.
    const ownUrl = `/api/owners/${other.id}/programmes/${s.programme.id}/quality-cycle`;
    expect((await stranger.client.get(ownUrl)).statusCode).toBe(404);
    const after = await read(s);
    expect(after.goals).toHaveLength(1);
    expect(after.measures).toHaveLength(1);
  });

  it('a viewer cannot change anything', async () => {
    const s = await setup();
    const cycle = await read(s);
    const analyst = await s.login([{ role: 'analyst' }]);
    expect((await analyst.client.put(s.url, cycleInput(cycle, { assessment: 'x' }))).statusCode).toBe(403);
    expect((await analyst.client.post(`${s.url}/goals`, { text: 'x' })).statusCode).toBe(403);
    expect((await analyst.client.post(`${s.url}/measures`, measureInput())).statusCode).toBe(403);
    const after = await read(s);
    expect(after).toMatchObject({ version: 1, assessment: '', goals: [], measures: [] });
  });
});

describe('quality cycle: the cycle fields', () => {
  it('saves phases, surveys and texts, stamps who changed a phase, and refuses a stale version (409)', async () => {
    const s = await setup();
    const open = await buildSurvey(s.owner, 'Nyutdannede 2026', { closed: false, programmeId: s.programme.id });
    const closed = await buildSurvey(s.owner, 'Veiledere 2026', { closed: true });
    const cycle = await read(s);
    expect(cycle.availableSurveys.map((x) => x.id).sort()).toEqual([open.id, closed.id].sort());

    const res = await s.coordinator.client.put(
      s.url,
      cycleInput(cycle, {
        phases: { ...phasesOf(cycle), information: 'done', assessment: 'in_progress' },
        surveyIds: [open.id, closed.id],
        otherSources: 'Fokusgruppe med fem veiledere i oktober',
        assessment: '  Veiledningen skjer, men ikke alltid ukentlig.  ',
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const saved: QualityCycle = res.json();
    expect(saved.version).toBe(2);
    expect(saved.assessment).toBe('Veiledningen skjer, men ikke alltid ukentlig.');
    expect(saved.otherSources).toContain('Fokusgruppe');
    expect(saved.updatedByName).toBe(s.coordinator.user.name);
    const information = saved.phases.find((p) => p.phase === 'information');
    expect(information).toMatchObject({ status: 'done', changedByName: s.coordinator.user.name });
    expect(information?.changedAt).not.toBeNull();
    expect(saved.phases.find((p) => p.phase === 'goals')).toMatchObject({ status: 'not_started', changedByName: null });
    const byId = new Map(saved.surveys.map((x) => [x.id, x]));
    expect(byId.get(open.id)).toMatchObject({ status: 'open', ofProgramme: true });
    expect(byId.get(closed.id)).toMatchObject({ status: 'closed', ofProgramme: false });

    // A second editor who loaded version 1 gets 409, and nothing of theirs is written.
    const stale = await s.coordinator.client.put(s.url, cycleInput(cycle, { assessment: 'Overskrevet' }));
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'QUALITY_CYCLE_CHANGED', details: { version: 2 } });
    expect((await read(s)).assessment).toBe('Veiledningen skjer, men ikke alltid ukentlig.');

    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.ownerId, s.owner.id), like(auditLog.action, 'quality_cycle.%')));
    expect(audits.map((a) => a.action).sort()).toEqual(['quality_cycle.create', 'quality_cycle.update']);
  });

  it('lets exactly one of two simultaneous saves of the same version through', async () => {
    const s = await setup();
    const cycle = await read(s);
    const other = await s.login([{ role: 'owner_admin' }]);
    const [a, b] = await Promise.all([
      s.coordinator.client.put(s.url, cycleInput(cycle, { assessment: 'Fra koordinatoren' })),
      other.client.put(s.url, cycleInput(cycle, { assessment: 'Fra eieradministratoren' })),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? 'Fra koordinatoren' : 'Fra eieradministratoren';
    expect(await read(s)).toMatchObject({ version: 2, assessment: winner });
  });

  it('validates strictly with translated messages and writes nothing on any error', async () => {
    const s = await setup();
    const cycle = await read(s);
    const otherOwner = await buildOwner(t.db);
    const foreign = await buildSurvey(otherOwner, 'Ikke vår', { closed: true });
    const mine = await buildSurvey(s.owner, 'Vår', { closed: true });

    const unknownField = await s.coordinator.client.put(s.url, { ...cycleInput(cycle), extra: 1 });
    expect(unknownField.statusCode).toBe(400);
    const badPhase = await s.coordinator.client.put(
      s.url,
      cycleInput(cycle, { phases: { ...phasesOf(cycle), goals: 'halfway' } }),
    );
    expect(badPhase.statusCode).toBe(400);
    expect(badPhase.json().error.fields.map((f: { path: string }) => f.path)).toContain('phases.goals');

    const res = await s.coordinator.client.request({
      method: 'PUT',
      url: s.url,
      payload: cycleInput(cycle, { surveyIds: [mine.id, foreign.id], assessment: 'Skal ikke lagres' }),
      headers: { 'accept-language': 'nn' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'surveyIds.1', message: 'Fann ikkje undersøkinga hos denne eigaren.' },
    ]);
    const after = await read(s);
    expect(after).toMatchObject({ version: 1, assessment: '', surveys: [] });
  });

  it('says whether the knowledge base was revised in the programme’s school year', async () => {
    const s = await setup();
    expect((await read(s)).knowledgeBase).toBeNull();
    const kbUrl = `${s.base}/knowledge-base`;
    await s.coordinator.client.get(kbUrl);
    expect((await read(s)).knowledgeBase).toMatchObject({ version: 1, isDefault: true, revisedThisYear: false });
    const texts = defaultKnowledgeBaseTexts();
    const saved = await s.coordinator.client.put(kbUrl, {
      version: 1,
      texts: { ...texts, nb: { ...texts.nb, aim: `${texts.nb.aim} Revidert.` } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // The programme is this school year's (2026-27), so a save today counts.
    expect((await read(s)).knowledgeBase).toMatchObject({ version: 2, isDefault: false, revisedThisYear: true });

    const old = await setup('2020-21');
    await old.coordinator.client.get(`${old.base}/knowledge-base`);
    const oldSaved = await old.coordinator.client.put(`${old.base}/knowledge-base`, {
      version: 1,
      texts: { ...texts, nb: { ...texts.nb, aim: `${texts.nb.aim} Revidert.` } },
    });
    expect(oldSaved.statusCode).toBe(200);
    expect((await read(old)).knowledgeBase).toMatchObject({ isDefault: false, revisedThisYear: false });
  });
});

describe('quality cycle: goals and measures', () => {
  it('adds goals and measures, changes a status, flags overdue ones and refuses a stale measure (409)', async () => {
    const s = await setup();
    const person = await buildPerson(t.db, { owner: s.owner, unit: s.unit, givenName: 'Randi', familyName: 'Ressurs' });
    const withGoal: QualityCycle = (
      await s.coordinator.client.post(`${s.url}/goals`, { text: 'Alle nyutdannede får veiledning hver uke' })
    ).json();
    const goalId = withGoal.goals[0]?.id;
    expect(withGoal.goals.map((g) => g.text)).toEqual(['Alle nyutdannede får veiledning hver uke']);

    const added = await s.coordinator.client.post(
      `${s.url}/measures`,
      measureInput({ goalId, responsiblePersonId: person.id, responsibleText: '', dueOn: '2020-01-01' }),
    );
    expect(added.statusCode, added.body).toBe(200);
    const [m] = (added.json() as QualityCycle).measures;
    expect(m).toMatchObject({
      goalId,
      responsibleName: 'Randi Ressurs',
      status: 'planned',
      overdue: true,
      carriedFromSchoolYear: null,
      version: 1,
    });
    if (!m) throw new Error('no measure');

    const done = await s.coordinator.client.put(`${s.url}/measures/${m.id}`, {
      ...measureInput({ goalId, responsiblePersonId: person.id, responsibleText: '', dueOn: '2020-01-01' }),
      status: 'done',
      version: 1,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as QualityCycle).measures[0]).toMatchObject({ status: 'done', overdue: false, version: 2 });

    const stale = await s.coordinator.client.put(`${s.url}/measures/${m.id}`, {
      ...measureInput({ responsibleText: 'Rektor' }),
      status: 'dropped',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'QUALITY_CYCLE_CHANGED', details: { version: 2 } });
    const [row] = await t.db.select().from(qualityMeasures).where(eq(qualityMeasures.id, m.id));
    expect(row?.status).toBe('done');

    // Removing the goal keeps the measure, without a goal.
    const removed = await s.coordinator.client.delete(`${s.url}/goals/${goalId}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((removed.json() as QualityCycle).measures[0]?.goalId).toBeNull();

    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, m.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['quality_measure.create', 'quality_measure.update']);
  });

  it('refuses a measure with nobody responsible, another owner’s person or a goal of another cycle', async () => {
    const s = await setup();
    const other = await setup();
    const otherGoal: QualityCycle = (
      await other.coordinator.client.post(`${other.url}/goals`, { text: 'Deres mål' })
    ).json();
    const stranger = await buildPerson(t.db, { owner: other.owner, unit: other.unit });

    const nobody = await s.coordinator.client.post(`${s.url}/measures`, measureInput({ responsibleText: '  ' }));
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error.fields).toEqual([
      { path: 'responsibleText', message: 'Skriv hvem som har ansvaret for tiltaket.' },
    ]);
    const badRefs = await s.coordinator.client.post(
      `${s.url}/measures`,
      measureInput({ responsiblePersonId: stranger.id, goalId: otherGoal.goals[0]?.id }),
    );
    expect(badRefs.statusCode).toBe(400);
    expect(badRefs.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['responsiblePersonId', 'goalId']);
    const badStatus = await s.coordinator.client.post(`${s.url}/measures`, measureInput({ status: 'finished' }));
    expect(badStatus.statusCode).toBe(400);
    const badDate = await s.coordinator.client.post(`${s.url}/measures`, measureInput({ dueOn: '15.08.2027' }));
    expect(badDate.statusCode).toBe(400);
    expect((await read(s)).measures).toEqual([]);
  });
});

describe('quality cycle: the next year starts from last year’s measures', () => {
  it('carries over the open measures of the previous programme’s cycle and shows last year’s goals and assessment', async () => {
    const s = await setup('2025-26');
    const last = await read(s);
    await s.coordinator.client.put(
      s.url,
      cycleInput(last, { assessment: 'For lite tid til veiledning i barnehagene.' }),
    );
    const goals: QualityCycle = (
      await s.coordinator.client.post(`${s.url}/goals`, { text: 'Månedlig veiledning i alle barnehager' })
    ).json();
    const goalId = goals.goals[0]?.id;
    for (const [text, status] of [
      ['Veilederutdanning for fem nye veiledere', 'done'],
      ['Nettverk for veiledere i barnehage', 'in_progress'],
      ['Fast veiledningstid i timeplanen', 'planned'],
      ['Eget nettverk for SFO', 'dropped'],
    ] as const) {
      const res = await s.coordinator.client.post(`${s.url}/measures`, measureInput({ text, status, goalId }));
      expect(res.statusCode, res.body).toBe(200);
    }

    const next = await buildProgramme(t.db, { owner: s.owner, schoolYear: '2026-27' });
    const nextUrl = `/api/owners/${s.owner.id}/programmes/${next.id}/quality-cycle`;
    const res = await s.coordinator.client.get(nextUrl);
    expect(res.statusCode, res.body).toBe(200);
    const cycle: QualityCycle = res.json();
    expect(cycle.measures.map((m) => [m.text, m.status, m.carriedFromSchoolYear, m.goalId])).toEqual([
      ['Nettverk for veiledere i barnehage', 'in_progress', '2025-26', null],
      ['Fast veiledningstid i timeplanen', 'planned', '2025-26', null],
    ]);
    expect(cycle.previous).toMatchObject({
      programmeId: s.programme.id,
      schoolYear: '2025-26',
      assessment: 'For lite tid til veiledning i barnehagene.',
      goals: ['Månedlig veiledning i alle barnehager'],
    });
    // Carried rows point back to last year's rows; reading again carries nothing twice.
    const again: QualityCycle = (await s.coordinator.client.get(nextUrl)).json();
    expect(again.measures).toHaveLength(2);
    const rows = await t.db.select().from(qualityMeasures).where(eq(qualityMeasures.ownerId, s.owner.id));
    const carried = rows.filter((r) => r.carriedFromId !== null);
    expect(carried).toHaveLength(2);
    for (const r of carried) expect(rows.find((x) => x.id === r.carriedFromId)?.text).toBe(r.text);

    // Last year's cycle is untouched.
    expect((await read(s)).measures.map((m) => m.status)).toEqual(['done', 'in_progress', 'planned', 'dropped']);
  });

  it('carries over once when several first reads race', async () => {
    const s = await setup('2025-26');
    await read(s);
    await s.coordinator.client.post(`${s.url}/measures`, measureInput({ text: 'Åpent tiltak' }));
    const next = await buildProgramme(t.db, { owner: s.owner, schoolYear: '2026-27' });
    const nextUrl = `/api/owners/${s.owner.id}/programmes/${next.id}/quality-cycle`;
    const answers = await Promise.all([1, 2, 3, 4].map(() => s.coordinator.client.get(nextUrl)));
    for (const res of answers) expect(res.statusCode, res.body).toBe(200);
    const cycles = await t.db.select().from(qualityCycles).where(eq(qualityCycles.programmeId, next.id));
    expect(cycles).toHaveLength(1);
    const rows = await t.db
      .select()
      .from(qualityMeasures)
      .where(eq(qualityMeasures.cycleId, cycles[0]?.id ?? ''));
    expect(rows.map((r) => r.text)).toEqual(['Åpent tiltak']);
  });

  it('carries nothing from another owner or when last year had no cycle', async () => {
    const s = await setup('2025-26');
    await read(s);
    await s.coordinator.client.post(`${s.url}/measures`, measureInput());
    const other = await setup('2026-27');
    expect((await read(other)).measures).toEqual([]);
    expect((await read(other)).previous).toBeNull();

    const lonely = await setup('2025-26');
    const next = await buildProgramme(t.db, { owner: lonely.owner, schoolYear: '2026-27' });
    const res = await lonely.coordinator.client.get(
      `/api/owners/${lonely.owner.id}/programmes/${next.id}/quality-cycle`,
    );
    expect(res.json()).toMatchObject({ measures: [], previous: null });
  });
});
