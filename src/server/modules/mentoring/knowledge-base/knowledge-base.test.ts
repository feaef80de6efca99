import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBaseTexts } from '../../../../shared/schemas/knowledge-base.ts';
import { auditLog, enrolments, knowledgeBases, mentoringSessions, programmes } from '../../../db/schema.ts';
import {
  buildAgreementParties,
  buildEnrolment,
  buildMentorProfile,
  buildOwner,
  buildPair,
  buildPerson,
  buildUnit,
  buildUser,
  type GrantSpec,
} from '../../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../../test/harness.ts';
import { defaultKnowledgeBaseTexts } from './defaults.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function setup() {
  const s = await buildAgreementParties(t.db);
  const login = async (roles: GrantSpec[], person?: typeof s.nqt, owner = s.owner) => {
    const user = await buildUser(t.db, { owner, ...(person ? { person } : {}), roles });
    return { user, client: await signIn(t.app, user.email, user.password) };
  };
  const base = `/api/owners/${s.owner.id}/programmes/${s.programme.id}`;
  return { ...s, login, base, url: `${base}/knowledge-base` };
}

const withAim = (texts: KnowledgeBaseTexts, locale: keyof KnowledgeBaseTexts, aim: string): KnowledgeBaseTexts => ({
  ...texts,
  [locale]: { ...texts[locale], aim },
});

describe('knowledge base: reading', () => {
  it('gives everyone in the programme the defaults in three languages, written once', async () => {
    const s = await setup();
    const coordinator = await s.login([{ role: 'programme_coordinator' }]);
    const first = await coordinator.client.get(s.url);
    expect(first.statusCode, first.body).toBe(200);
    const body = first.json();
    expect(body).toMatchObject({
      programmeId: s.programme.id,
      programmeName: s.programme.name,
      version: 1,
      isDefault: true,
      updatedByName: null,
      abilities: { manage: true, viewSubGoalTime: true },
    });
    expect(body.texts).toEqual(defaultKnowledgeBaseTexts());
    expect(body.texts.nb.aim).toContain('Trivsel, mestring og anerkjennelse');
    expect(body.texts.nn.aim).toContain('Trivsel, meistring og anerkjenning');
    expect(body.texts.en.aim).toContain('Well-being, mastery and recognition');
    expect(body.texts.nb.yearOne).toContain('utøve jobben');
    expect(body.texts.nb.yearTwo).toContain('undersøke og utvikle egen praksis');
    expect(Object.keys(body.texts.nb.subGoals)).toEqual(['workplace', 'belonging', 'role', 'investigate']);
    expect(body.texts.nb.subGoals.workplace.contributions.unitLeader).toContain('slik gjør vi det her');

    // Read by the NQT, their mentor, the unit's head and a mentor with only a profile: one row, the same text.
    const nqt = await s.login([{ role: 'nqt', unit: s.unit }], s.nqt);
    const mentor = await s.login([], s.mentor);
    const head = await s.login([], s.head);
    const profiled = await buildPerson(t.db, { owner: s.owner, unit: s.unit, givenName: 'Pia' });
    await buildMentorProfile(t.db, { programme: s.programme, person: profiled });
    const profileMentor = await s.login([], profiled);
    for (const who of [nqt, mentor, head, profileMentor]) {
      const res = await who.client.get(s.url);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ version: 1, abilities: { manage: false, viewSubGoalTime: false } });
      expect(res.json().texts).toEqual(body.texts);
    }
    const rows = await t.db.select().from(knowledgeBases).where(eq(knowledgeBases.programmeId, s.programme.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.ownerId).toBe(s.owner.id);

    const analyst = await s.login([{ role: 'analyst' }]);
    expect((await analyst.client.get(s.url)).json().abilities).toEqual({ manage: false, viewSubGoalTime: true });
  });

  it('refuses those outside the programme: 403 inside the owner, 404 outside it or for an unknown programme', async () => {
    const s = await setup();
    const otherUnit = await buildUnit(t.db, { owner: s.owner });
    const outsiderPerson = await buildPerson(t.db, { owner: s.owner, unit: otherUnit });
    const outsider = await s.login([{ role: 'mentor', unit: otherUnit }], outsiderPerson);
    const res = await outsider.client.get(s.url);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');

    // A mentor whose pair has ended is no longer in the programme.
    const ended = await buildPerson(t.db, { owner: s.owner, unit: otherUnit, givenName: 'Eirik' });
    await buildPair(t.db, { enrolment: s.otherEnrolment, mentor: ended, status: 'ended' });
    expect((await (await s.login([{ role: 'mentor', unit: otherUnit }], ended)).client.get(s.url)).statusCode).toBe(
      403,
    );
    // A person of the owner with no grant there and no part in the programme: nothing reveals it.
    const ungranted = await buildPerson(t.db, { owner: s.owner, unit: otherUnit, givenName: 'Ulf' });
    expect((await (await s.login([], ungranted)).client.get(s.url)).statusCode).toBe(404);

    const stranger = await buildOwner(t.db);
    const strangerAdmin = await s.login([{ role: 'owner_admin' }], undefined, stranger);
    expect((await strangerAdmin.client.get(s.url)).statusCode).toBe(404);
    const coordinator = await s.login([{ role: 'programme_coordinator' }]);
    const unknown = `/api/owners/${s.owner.id}/programmes/00000000-0000-4000-8000-000000000000/knowledge-base`;
    expect((await coordinator.client.get(unknown)).statusCode).toBe(404);
  });

  it('is written from the defaults when a programme is created through the API', async () => {
    const owner = await buildOwner(t.db);
    const admin = await buildUser(t.db, { owner, roles: [{ role: 'owner_admin' }] });
    const client = await signIn(t.app, admin.email, admin.password);
    const created = await client.post(`/api/owners/${owner.id}/programmes`, { schoolYear: '2027-28' });
    expect(created.statusCode, created.body).toBe(201);
    const [row] = await t.db.select().from(knowledgeBases).where(eq(knowledgeBases.programmeId, created.json().id));
    expect(row?.texts).toEqual(defaultKnowledgeBaseTexts());
    expect(row?.version).toBe(1);
  });
});

describe('knowledge base: editing', () => {
  it('saves all three languages, names who changed it, audits the languages changed and bumps the version', async () => {
    const s = await setup();
    const coordinator = await s.login([{ role: 'programme_coordinator' }]);
    const texts = (await coordinator.client.get(s.url)).json().texts as KnowledgeBaseTexts;
    const edited = withAim(withAim(texts, 'nn', 'Trivsel og meistring for alle.'), 'en', 'Well-being for all.');
    const saved = await coordinator.client.put(s.url, { version: 1, texts: edited });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, isDefault: false, updatedByName: coordinator.user.name });

    const nqt = await s.login([{ role: 'nqt', unit: s.unit }], s.nqt);
    const seen = (await nqt.client.get(s.url)).json();
    expect(seen.texts.nn.aim).toBe('Trivsel og meistring for alle.');
    expect(seen.texts.en.aim).toBe('Well-being for all.');
    expect(seen.texts.nb.aim).toBe(texts.nb.aim);
    expect(seen.updatedByName).toBe(coordinator.user.name);

    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.ownerId, s.owner.id), eq(auditLog.action, 'knowledge_base.update')));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.actorUserId).toBe(coordinator.user.id);
    expect(audits[0]?.details).toMatchObject({ programmeId: s.programme.id, version: 2, languages: ['nn', 'en'] });

    // The same texts again change nothing: no new version, no audit row.
    const same = await coordinator.client.put(s.url, { version: 2, texts: edited });
    expect(same.json().version).toBe(2);
    expect(
      await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.ownerId, s.owner.id), eq(auditLog.action, 'knowledge_base.update'))),
    ).toHaveLength(1);
  });

  it('refuses a save on an older version with 409, translated, and writes nothing', async () => {
    const s = await setup();
    const coordinator = await s.login([{ role: 'programme_coordinator' }]);
    const texts = (await coordinator.client.get(s.url)).json().texts as KnowledgeBaseTexts;
    expect(
      (await coordinator.client.put(s.url, { version: 1, texts: withAim(texts, 'nb', 'Først.') })).statusCode,
    ).toBe(200);
    const late = await coordinator.client.request({
      method: 'PUT',
      url: s.url,
      payload: { version: 1, texts: withAim(texts, 'nb', 'Sist.') },
      headers: { 'accept-language': 'en' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'KNOWLEDGE_BASE_CHANGED', details: { version: 2 } });
    expect(late.json().error.message).toContain('Someone else saved the knowledge base');
    expect((await coordinator.client.get(s.url)).json().texts.nb.aim).toBe('Først.');
  });

  it('lets exactly one of two simultaneous saves of the same version through', async () => {
    const s = await setup();
    const coordinator = await s.login([{ role: 'programme_coordinator' }]);
    const admin = await s.login([{ role: 'owner_admin' }]);
    const texts = (await coordinator.client.get(s.url)).json().texts as KnowledgeBaseTexts;
    const answers = await Promise.all([
      coordinator.client.put(s.url, { version: 1, texts: withAim(texts, 'nb', 'Koordinatorens.') }),
      admin.client.put(s.url, { version: 1, texts: withAim(texts, 'nb', 'Administratorens.') }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.statusCode === 200)?.json();
    const stored = (await coordinator.client.get(s.url)).json();
    expect(stored).toMatchObject({ version: 2, texts: { nb: { aim: winner.texts.nb.aim } } });
  });

  it('answers bad input with translated field messages', async () => {
    const s = await setup();
    const coordinator = await s.login([{ role: 'programme_coordinator' }]);
    const texts = (await coordinator.client.get(s.url)).json().texts as KnowledgeBaseTexts;
    const blank = {
      ...texts,
      nn: { ...texts.nn, subGoals: { ...texts.nn.subGoals, role: { ...texts.nn.subGoals.role, description: '  ' } } },
    };
    const res = await coordinator.client.put(s.url, { version: 1, texts: blank });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.fields).toContainEqual({
      path: 'texts.nn.subGoals.role.description',
      message: 'Feltet må fylles ut.',
    });

    const long = withAim(texts, 'en', 'x'.repeat(4001));
    const tooLong = await coordinator.client.request({
      method: 'PUT',
      url: s.url,
      payload: { version: 1, texts: long },
      headers: { 'accept-language': 'nn' },
    });
    expect(tooLong.statusCode).toBe(400);
    const field = tooLong.json().error.fields.find((f: { path: string }) => f.path === 'texts.en.aim');
    expect(field.message).toMatch(/4.?000/);

    const missing = await coordinator.client.put(s.url, { version: 1, texts: { nb: texts.nb, nn: texts.nn } });
    expect(missing.statusCode).toBe(400);
    const stray = await coordinator.client.put(s.url, { version: 1, texts, extra: true });
    expect(stray.statusCode).toBe(400);
    // An empty contribution is allowed: the party has nothing particular to add there.
    const empty = {
      ...texts,
      nb: {
        ...texts.nb,
        subGoals: {
          ...texts.nb.subGoals,
          role: {
            ...texts.nb.subGoals.role,
            contributions: { ...texts.nb.subGoals.role.contributions, colleagues: '' },
          },
        },
      },
    };
    expect((await coordinator.client.put(s.url, { version: 1, texts: empty })).statusCode).toBe(200);
  });

  it('lets only those who manage the programme edit', async () => {
    const s = await setup();
    const texts = defaultKnowledgeBaseTexts();
    const body = { version: 1, texts: withAim(texts, 'nb', 'Endret.') };
    const nqt = await s.login([{ role: 'nqt', unit: s.unit }], s.nqt);
    const mentor = await s.login([{ role: 'mentor', unit: s.unit }], s.mentor);
    const head = await s.login([{ role: 'unit_leader', unit: s.unit }], s.head);
    const analyst = await s.login([{ role: 'analyst' }]);
    for (const who of [nqt, mentor, head, analyst]) {
      const res = await who.client.put(s.url, body);
      expect(res.statusCode).toBe(403);
    }
    const stranger = await s.login([{ role: 'owner_admin' }], undefined, await buildOwner(t.db));
    expect((await stranger.client.put(s.url, body)).statusCode).toBe(404);
    const admin = await s.login([{ role: 'owner_admin' }]);
    expect((await admin.client.put(s.url, body)).statusCode).toBe(200);
  });
});

describe('sub-goal time', () => {
  it('sums held minutes per sub-goal and programme year, with untagged minutes, for the coordinator only', async () => {
    const s = await setup();
    // The second NQT is in programme year 2, with their own mentor.
    await t.db.update(enrolments).set({ programmeYear: 2 }).where(eq(enrolments.id, s.otherEnrolment.id));
    const secondMentor = await buildPerson(t.db, { owner: s.owner, unit: s.unit, givenName: 'Siv' });
    const pair2 = await buildPair(t.db, { enrolment: s.otherEnrolment, mentor: secondMentor });
    const session = (
      pair: typeof s.pair,
      date: string,
      status: 'held' | 'cancelled' | 'moved',
      minutes: number | null,
      subGoals: ('workplace' | 'belonging' | 'role' | 'investigate')[],
    ) => ({
      ownerId: s.owner.id,
      programmeId: s.programme.id,
      pairId: pair.id,
      enrolmentId: pair.enrolmentId,
      date,
      status,
      heldMinutes: minutes,
      subGoals,
    });
    await t.db
      .insert(mentoringSessions)
      .values([
        session(s.pair, '2026-09-01', 'held', 60, ['role']),
        session(s.pair, '2026-09-08', 'held', 60, ['role', 'belonging']),
        session(s.pair, '2026-09-15', 'held', 45, []),
        session(s.pair, '2026-09-22', 'cancelled', null, ['workplace']),
        session(pair2, '2026-09-03', 'held', 30, ['investigate']),
        session(pair2, '2026-09-10', 'moved', 30, ['investigate']),
      ]);
    // Another programme's session never counts.
    const [otherProgramme] = await t.db
      .insert(programmes)
      .values({ ownerId: s.owner.id, schoolYear: '2025-26', name: 'Forrige år', settings: s.programme.settings })
      .returning();
    if (!otherProgramme) throw new Error('programme');
    const oldEnrolment = await buildEnrolment(t.db, {
      programme: otherProgramme,
      person: s.nqt,
      unit: s.unit,
      startDate: '2025-08-11',
    });
    const oldPair = await buildPair(t.db, { enrolment: oldEnrolment, mentor: s.mentor });
    await t.db.insert(mentoringSessions).values({
      ...session(oldPair, '2025-09-01', 'held', 600, ['workplace']),
      programmeId: otherProgramme.id,
    });

    const coordinator = await s.login([{ role: 'programme_coordinator' }]);
    const res = await coordinator.client.get(`${s.url}/sub-goal-time`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const minutes = (row: { subGoals: { subGoal: string; minutes: number }[] }) =>
      Object.fromEntries(row.subGoals.map((g) => [g.subGoal, g.minutes]));
    expect(body.total).toMatchObject({ heldMinutes: 195, heldSessions: 4, untaggedMinutes: 45, untaggedSessions: 1 });
    expect(minutes(body.total)).toEqual({ workplace: 0, belonging: 60, role: 120, investigate: 30 });
    expect(body.years[0]).toMatchObject({ programmeYear: 1, heldMinutes: 165, untaggedMinutes: 45 });
    expect(minutes(body.years[0])).toEqual({ workplace: 0, belonging: 60, role: 120, investigate: 0 });
    expect(body.years[1]).toMatchObject({ programmeYear: 2, heldMinutes: 30, untaggedMinutes: 0 });
    expect(minutes(body.years[1])).toEqual({ workplace: 0, belonging: 0, role: 0, investigate: 30 });

    const nqt = await s.login([{ role: 'nqt', unit: s.unit }], s.nqt);
    expect((await nqt.client.get(`${s.url}/sub-goal-time`)).statusCode).toBe(403);
    const stranger = await s.login([{ role: 'owner_admin' }], undefined, await buildOwner(t.db));
    expect((await stranger.client.get(`${s.url}/sub-goal-time`)).statusCode).toBe(404);
  });
});
