import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Matching, Pair } from '../../../shared/schemas/mentoring.ts';
import type { PersonDetail } from '../../../shared/schemas/organisation.ts';
import { auditLog } from '../../db/schema.ts';
import { isLockHeld, LOCK_SPACES, withTryLock } from '../../lib/locks.ts';
import {
  buildEnrolment,
  buildMentorProfile,
  buildOwner,
  buildPerson,
  buildProgramme,
  buildUnit,
  buildUser,
  type OwnerRow,
  type UnitRow,
} from '../../test/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../../test/harness.ts';
import { isSolving } from './commands/propose-pairs.ts';

/*
 * Matching through HTTP: proposals from the real solver (in its worker), the coordinator's accept,
 * lock, hand-made pairs and re-pairing, on a fresh tenant per test. Employments and enrolments start
 * in August 2026, so they hold on any day the suite runs inside or after school year 2026-27's start.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const NQT_START = '2026-08-10';

async function setup() {
  const owner = await buildOwner(t.db);
  const user = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
  const client = await signIn(t.app, user.email, user.password);
  const programme = await buildProgramme(t.db, { owner });
  const base = `/api/owners/${owner.id}/programmes/${programme.id}/matching`;
  const nqt = async (unit: UnitRow, givenName = 'Nora') => {
    const person = await buildPerson(t.db, {
      owner,
      unit,
      givenName,
      startDate: NQT_START,
      teacherEducationYear: 2026,
      teachingExperienceYears: 0,
    });
    return buildEnrolment(t.db, { programme, person, unit, startDate: NQT_START });
  };
  const mentor = async (
    unit: UnitRow,
    opts: {
      capacity?: number;
      position?: 'teacher' | 'head';
      givenName?: string;
      mentorEducation?: 'none' | 'completed';
    } = {},
  ) => {
    const person = await buildPerson(t.db, {
      owner,
      unit,
      givenName: opts.givenName ?? 'Mona',
      position: opts.position ?? 'teacher',
      mentorEducation: opts.mentorEducation ?? 'completed',
      mentorEducationCredits: opts.mentorEducation === 'none' ? null : 30,
      teachingExperienceYears: 12,
      startDate: '2015-08-01',
    });
    await buildMentorProfile(t.db, { programme, person, capacity: opts.capacity ?? 2 });
    return person;
  };
  return { owner, user, client, programme, base, nqt, mentor };
}

const unit = (owner: OwnerRow, unitType: 'primary' | 'kindergarten' = 'primary') =>
  buildUnit(t.db, { owner, unitType });

async function propose(client: Client, base: string, body: unknown = {}) {
  const res = await client.post(`${base}/propose`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Matching;
}

const pairOf = (m: Matching, enrolmentId: string) => m.pairs.find((p) => p.nqt.enrolmentId === enrolmentId);

async function auditRows(ownerId: string, action: string) {
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.ownerId, ownerId), eq(auditLog.action, action)));
}

describe('matching: proposals', () => {
  it('uses the programme’s saved weights: same unit worth nothing sends a mentor elsewhere', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    const other = await unit(s.owner);
    // Same unit is worth 150 by default; with it at 0, the experienced mentor with completed education wins.
    const here = await s.mentor(school, { capacity: 1, givenName: 'Hanne', mentorEducation: 'none' });
    const there = await s.mentor(other, { capacity: 1, givenName: 'Tora', mentorEducation: 'completed' });
    const nqt = await s.nqt(school, 'Anna');
    expect(pairOf(await propose(s.client, s.base), nqt.id)?.mentor.personId).toBe(here.id);

    const programmeUrl = s.base.replace(/\/matching$/, '');
    const bad = await s.client.patch(programmeUrl, { settings: { matchingWeights: { sameUnit: -5 } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toContain('settings.matchingWeights.sameUnit');
    const saved = await s.client.patch(programmeUrl, { settings: { matchingWeights: { sameUnit: 0 } } });
    expect(saved.statusCode).toBe(200);

    const view = (await s.client.get(s.base)).json() as Matching;
    expect(view.weights).toMatchObject({ sameUnit: 0, sameUnitType: 30 });
    expect(view.defaultWeights.sameUnit).toBe(150);
    const again = await propose(s.client, s.base);
    expect(pairOf(again, nqt.id)?.mentor.personId).toBe(there.id);
    expect(again.lastRun?.weights.sameUnit).toBe(0);
  });

  it('proposes within capacity and never a line manager (head by position or unit leader by role)', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    const kindergarten = await unit(s.owner, 'kindergarten');
    const head = await s.mentor(school, { position: 'head', capacity: 3, givenName: 'Hege' });
    const leader = await s.mentor(school, { capacity: 3, givenName: 'Leif' });
    await buildUser(t.db, { person: leader, owner: s.owner, roles: [{ role: 'unit_leader', unit: school }] });
    const sameUnit = await s.mentor(school, { capacity: 1, givenName: 'Siri' });
    const elsewhere = await s.mentor(kindergarten, { capacity: 2, givenName: 'Kari' });
    const nqts = [await s.nqt(school, 'Anna'), await s.nqt(school, 'Berit'), await s.nqt(school, 'Cato')];

    const before = (await s.client.get(s.base)).json() as Matching;
    expect(before.pairs).toEqual([]);
    expect(before.unpaired).toHaveLength(3);
    expect(before.lastRun).toBeNull();
    expect(before.abilities).toEqual({ manage: true });
    expect(before.defaultWeights.sameUnit).toBe(150);

    const m = await propose(s.client, s.base);
    expect(m.pairs).toHaveLength(3);
    expect(m.unpaired).toEqual([]);
    const mentorsUsed = m.pairs.map((p) => p.mentor.personId);
    expect(mentorsUsed).not.toContain(head.id);
    expect(mentorsUsed).not.toContain(leader.id);
    expect(mentorsUsed.filter((id) => id === sameUnit.id)).toHaveLength(1);
    expect(mentorsUsed.filter((id) => id === elsewhere.id)).toHaveLength(2);
    for (const p of m.pairs) {
      expect(p).toMatchObject({ status: 'proposed', locked: false, source: 'solver' });
      expect(p.nqt.unitId).toBe(school.id);
      expect(p.points).toBe(p.explanation.reduce((sum, term) => sum + term.points, 0));
    }
    const withSameUnit = m.pairs.find((p) => p.mentor.personId === sameUnit.id);
    expect(withSameUnit?.explanation.map((e) => e.term)).toContain('same_unit');
    expect(m.lastRun).toMatchObject({ status: 'optimal', nqtCount: 3, mentorCount: 4, proposedCount: 3 });
    expect(m.lastRun?.gap).toBeLessThan(1e-6);
    const loads = Object.fromEntries(m.mentors.map((x) => [x.personId, x.load]));
    expect(loads).toEqual({ [head.id]: 0, [leader.id]: 0, [sameUnit.id]: 1, [elsewhere.id]: 2 });
    for (const x of m.mentors) expect(x.load).toBeLessThanOrEqual(x.capacity);
    expect(nqts.every((n) => pairOf(m, n.id))).toBe(true);
    expect(await auditRows(s.owner.id, 'matching.propose')).toHaveLength(1);
  });

  it('leaves NQTs unmatched with a reason when capacity runs out, and only line managers are left', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    await s.mentor(school, { position: 'head', capacity: 5 });
    await s.mentor(school, { capacity: 1 });
    await s.nqt(school, 'Anna');
    await s.nqt(school, 'Berit');
    const m = await propose(s.client, s.base);
    expect(m.pairs).toHaveLength(1);
    expect(m.unpaired).toHaveLength(1);
    expect(m.unpaired[0]?.reason).toEqual({ code: 'candidates_full' });
    expect(m.lastRun?.unmatched).toHaveLength(1);
  });

  it('keeps accepted and locked pairs through a re-run and replaces the other proposals', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    const other = await unit(s.owner);
    await s.mentor(school, { capacity: 2 });
    await s.mentor(other, { capacity: 2 });
    const [a, b, c] = [await s.nqt(school, 'Anna'), await s.nqt(school, 'Berit'), await s.nqt(other, 'Cato')];
    const first = await propose(s.client, s.base);
    const pa = pairOf(first, a.id) as Pair;
    const pb = pairOf(first, b.id) as Pair;
    const pc = pairOf(first, c.id) as Pair;

    const accepted = await s.client.post(`${s.base}/pairs/${pa.id}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(pairOf(accepted.json(), a.id)).toMatchObject({ id: pa.id, status: 'accepted' });
    expect((await s.client.post(`${s.base}/pairs/${pa.id}/accept`)).statusCode).toBe(200); // again: no change
    const locked = await s.client.post(`${s.base}/pairs/${pb.id}/lock`, { locked: true });
    expect(pairOf(locked.json(), b.id)).toMatchObject({ id: pb.id, status: 'proposed', locked: true });

    // Other weights: the same unit no longer counts, so a run may move the unlocked pair; it is replaced anyway.
    const second = await propose(s.client, s.base, { weights: { sameUnit: 0, loadStep: 5 } });
    expect(pairOf(second, a.id)).toMatchObject({ id: pa.id, status: 'accepted' });
    expect(pairOf(second, b.id)).toMatchObject({ id: pb.id, status: 'proposed', locked: true });
    expect(pairOf(second, c.id)?.id).not.toBe(pc.id);
    expect(second.lastRun).toMatchObject({ nqtCount: 2, proposedCount: 1 });
    expect(second.lastRun?.weights).toMatchObject({ sameUnit: 0, loadStep: 5, sameUnitType: 30 });

    const unlocked = await s.client.post(`${s.base}/pairs/${pb.id}/lock`, { locked: false });
    expect(pairOf(unlocked.json(), b.id)?.locked).toBe(false);
    expect(await auditRows(s.owner.id, 'pair.accept')).toHaveLength(1);
    expect(await auditRows(s.owner.id, 'pair.lock')).toHaveLength(1);
    expect(await auditRows(s.owner.id, 'pair.unlock')).toHaveLength(1);
  });

  it('refuses a second proposal while one solves (409), then the first completes', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    for (let i = 0; i < 5; i++) await s.mentor(school, { capacity: 3 });
    for (let i = 0; i < 12; i++) await s.nqt(school);
    const first = s.client.post(`${s.base}/propose`, {});
    await vi.waitFor(() => expect(isSolving(t.db, s.programme.id)).toBe(true), { interval: 1, timeout: 5000 });
    const second = await s.client.post(`${s.base}/propose`, {});
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('MATCHING_IN_PROGRESS');
    const done = await first;
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().pairs).toHaveLength(12);
    expect(isSolving(t.db, s.programme.id)).toBe(false);
  });
});

describe('matching: subjects and stage', () => {
  /** Sets a person's subjects through the people API and the stage of their one job through the employment API. */
  async function teach(
    s: Awaited<ReturnType<typeof setup>>,
    personId: string,
    subjects: string[],
    stage: string | null,
  ) {
    const admin = await buildUser(t.db, { owner: s.owner, roles: [{ role: 'owner_admin' }] });
    const client = await signIn(t.app, admin.email, admin.password);
    const url = `/api/owners/${s.owner.id}/people/${personId}`;
    const patched = await client.patch(url, { subjects });
    expect(patched.statusCode, patched.body).toBe(200);
    const detail = (await client.get(url)).json() as PersonDetail;
    expect(detail.subjects).toEqual(subjects);
    const [job] = detail.employments;
    if (!job) throw new Error('no employment');
    const { id, personId: _p, unitName: _u, ...input } = job;
    const saved = await client.put(`${url}/employments/${id}`, { ...input, stage });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(((await client.get(url)).json() as PersonDetail).employments[0]?.stage).toBe(stage);
  }

  it('prefers, other things equal, the mentor who shares subjects and stage, and says which', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    const elsewhere = await unit(s.owner);
    // Two mentors alike in unit, unit type, education, experience and capacity; the one created first
    // is the one that does NOT share subjects or stage, so creation order cannot explain the choice.
    const other = await s.mentor(elsewhere, { capacity: 1, givenName: 'Olav' });
    const match = await s.mentor(elsewhere, { capacity: 1, givenName: 'Marit' });
    const nqt = await s.nqt(school, 'Nils');
    await teach(s, other.id, ['music', 'physical_education'], '1-4');
    await teach(s, match.id, ['mathematics', 'english', 'norwegian'], '5-7');
    await teach(s, nqt.personId, ['norwegian', 'mathematics', 'science'], '5-7');

    const pair = pairOf(await propose(s.client, s.base), nqt.id);
    expect(pair?.mentor.personId).toBe(match.id);
    // Same unit type (30) and same stage (10) on one term with the stage named; two shared subjects × 15.
    expect(pair?.explanation).toEqual(
      expect.arrayContaining([
        { term: 'same_unit_type', points: 40, stage: '5-7' },
        { term: 'subject_overlap', points: 30, subjects: ['norwegian', 'mathematics'] },
      ]),
    );
    // The explanation is stored: the view shows the same after a reload.
    const view = (await s.client.get(s.base)).json() as Matching;
    expect(pairOf(view, nqt.id)?.explanation).toEqual(pair?.explanation);
  });

  it('with subject and stage weights at 0, the same two mentors tie and neither term is explained', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    const elsewhere = await unit(s.owner);
    const a = await s.mentor(elsewhere, { capacity: 1, givenName: 'Olav' });
    const b = await s.mentor(elsewhere, { capacity: 1, givenName: 'Marit' });
    const nqt = await s.nqt(school, 'Nils');
    await teach(s, a.id, ['norwegian'], '5-7');
    await teach(s, b.id, ['music'], '1-4');
    await teach(s, nqt.personId, ['norwegian'], '5-7');
    const m = await propose(s.client, s.base, { weights: { sameStage: 0, subjectOverlapPerSubject: 0 } });
    const pair = pairOf(m, nqt.id);
    expect(pair?.explanation.find((e) => e.term === 'subject_overlap')).toBeUndefined();
    expect(pair?.explanation.find((e) => e.term === 'same_unit_type')).toEqual({ term: 'same_unit_type', points: 30 });
  });

  it('explains a pair made by hand with the shared stage and subjects too', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    const mentor = await s.mentor(school, { capacity: 1 });
    const nqt = await s.nqt(school);
    await teach(s, mentor.id, ['german', 'english'], '8-10');
    await teach(s, nqt.personId, ['english', 'german'], '8-10');
    const res = await s.client.post(`${s.base}/pairs`, { enrolmentId: nqt.id, mentorPersonId: mentor.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(pairOf(res.json() as Matching, nqt.id)?.explanation).toEqual(
      expect.arrayContaining([
        { term: 'same_unit_type', points: 40, stage: '8-10' },
        { term: 'subject_overlap', points: 30, subjects: ['english', 'german'] },
      ]),
    );
  });
});

// Two app instances, each with its own connection pool, on the same PostgreSQL: what two processes
// behind a load balancer are. PGlite is one connection inside one process (its data-folder lock stops
// a second process), so there is no second session to exclude and the in-process guard above is all.
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'matching: one solve per programme across app processes (PostgreSQL)',
  () => {
    let other: TestApp;
    beforeAll(async () => {
      other = await startTestApp();
    });
    afterAll(() => other.close());

    async function withLoad() {
      const s = await setup();
      const school = await unit(s.owner);
      for (let i = 0; i < 5; i++) await s.mentor(school, { capacity: 3 });
      for (let i = 0; i < 12; i++) await s.nqt(school);
      const user = await buildUser(t.db, { owner: s.owner, roles: [{ role: 'programme_coordinator' }] });
      const otherClient = await signIn(other.app, user.email, user.password);
      return { ...s, otherClient };
    }

    it('answers 409 on one instance while the other solves the same programme, and both finish cleanly', async () => {
      const s = await withLoad();
      const first = s.otherClient.post(`${s.base}/propose`, {});
      await vi.waitFor(
        async () => expect(await isLockHeld(t.db, LOCK_SPACES.matchingSolve, s.programme.id)).toBe(true),
        {
          interval: 1,
          timeout: 5000,
        },
      );
      // This instance's in-process guard knows nothing of the other's solve: only the database lock stops it.
      expect(isSolving(t.db, s.programme.id)).toBe(false);
      const second = await s.client.post(`${s.base}/propose`, {});
      expect(second.statusCode).toBe(409);
      expect(second.json().error.code).toBe('MATCHING_IN_PROGRESS');
      const done = await first;
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().pairs).toHaveLength(12);
      expect(await isLockHeld(t.db, LOCK_SPACES.matchingSolve, s.programme.id)).toBe(false);
      // Released: this instance may solve now.
      expect((await s.client.post(`${s.base}/propose`, {})).statusCode).toBe(200);
      expect(await auditRows(s.owner.id, 'matching.propose')).toHaveLength(2);
    });

    it('holds the lock per programme: another programme solves meanwhile, and a failed solve releases it', async () => {
      const s = await withLoad();
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const held = withTryLock(other.db, LOCK_SPACES.matchingSolve, s.programme.id, () => gate);
      await vi.waitFor(async () =>
        expect(await isLockHeld(t.db, LOCK_SPACES.matchingSolve, s.programme.id)).toBe(true),
      );
      expect((await s.client.post(`${s.base}/propose`, {})).statusCode).toBe(409);
      const unrelated = await withLoad();
      expect((await unrelated.client.post(`${unrelated.base}/propose`, {})).statusCode).toBe(200);
      release();
      expect(await held).toEqual({ acquired: true, value: undefined });
      expect((await s.client.post(`${s.base}/propose`, {})).statusCode).toBe(200);

      const failed = withTryLock(other.db, LOCK_SPACES.matchingSolve, s.programme.id, async () => {
        throw new Error('solver crashed');
      });
      await expect(failed).rejects.toThrow('solver crashed');
      expect(await isLockHeld(t.db, LOCK_SPACES.matchingSolve, s.programme.id)).toBe(false);
      expect((await s.client.post(`${s.base}/propose`, {})).statusCode).toBe(200);
    });
  },
);

describe('matching: pairs made by hand and ended', () => {
  it('refuses the NQT’s line manager without a reason and accepts one with it, storing and auditing the reason', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    const head = await s.mentor(school, { position: 'head', capacity: 2 });
    const leader = await s.mentor(school, { capacity: 2 });
    await buildUser(t.db, { person: leader, owner: s.owner, roles: [{ role: 'unit_leader', unit: school }] });
    const a = await s.nqt(school);

    const refused = await s.client.post(`${s.base}/pairs`, { enrolmentId: a.id, mentorPersonId: head.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('MENTOR_IS_LINE_MANAGER');
    const byGrant = await s.client.post(`${s.base}/pairs`, { enrolmentId: a.id, mentorPersonId: leader.id });
    expect(byGrant.json().error.code).toBe('MENTOR_IS_LINE_MANAGER');
    const tooShort = await s.client.post(`${s.base}/pairs`, {
      enrolmentId: a.id,
      mentorPersonId: head.id,
      lineManagerOverrideReason: 'fordi',
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.fields[0].path).toBe('lineManagerOverrideReason');

    const reason = 'Eneste veileder med spesialpedagogikk på skolen dette året.';
    const made = await s.client.post(`${s.base}/pairs`, {
      enrolmentId: a.id,
      mentorPersonId: head.id,
      lineManagerOverrideReason: reason,
    });
    expect(made.statusCode, made.body).toBe(201);
    const pair = pairOf(made.json(), a.id);
    expect(pair).toMatchObject({ status: 'accepted', source: 'manual', lineManagerOverrideReason: reason });
    expect(pair?.explanation.map((e) => e.term)).toContain('line_manager_override');
    const [row] = await auditRows(s.owner.id, 'pair.create');
    expect(row?.entityId).toBe(pair?.id);
    expect(row?.details).toMatchObject({ lineManagerOverrideReason: reason, mentorPersonId: head.id });
  });

  it('checks capacity at save time, refuses a second accepted pair, and replaces an open proposal', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    const m1 = await s.mentor(school, { capacity: 1 });
    const m2 = await s.mentor(school, { capacity: 1 });
    const a = await s.nqt(school, 'Anna');
    const b = await s.nqt(school, 'Berit');
    const proposed = await propose(s.client, s.base);
    const pa = pairOf(proposed, a.id) as Pair;
    const pb = pairOf(proposed, b.id) as Pair;
    const accept = await s.client.post(`${s.base}/pairs/${pa.id}/accept`);
    expect(accept.statusCode).toBe(200);

    // A's mentor is full with A; B's proposal gives way to a pair made by hand with the other mentor.
    const full = await s.client.post(`${s.base}/pairs`, { enrolmentId: b.id, mentorPersonId: pa.mentor.personId });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('MENTOR_FULL');
    const twice = await s.client.post(`${s.base}/pairs`, { enrolmentId: a.id, mentorPersonId: pb.mentor.personId });
    expect(twice.json().error.code).toBe('PAIR_EXISTS');
    const made = await s.client.post(`${s.base}/pairs`, { enrolmentId: b.id, mentorPersonId: pb.mentor.personId });
    expect(made.statusCode, made.body).toBe(201);
    const m = made.json() as Matching;
    expect(pairOf(m, b.id)).toMatchObject({ status: 'accepted', source: 'manual', lineManagerOverrideReason: null });
    expect(pairOf(m, b.id)?.id).not.toBe(pb.id);
    expect(m.pairs).toHaveLength(2);
    expect(new Set([m1.id, m2.id])).toEqual(new Set(m.pairs.map((p) => p.mentor.personId)));
  });

  it('ends a pair with a reason: the NQT is unpaired and that mentor is not proposed again', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    const kindergarten = await unit(s.owner, 'kindergarten');
    const near = await s.mentor(school, { capacity: 2, givenName: 'Nær' });
    const far = await s.mentor(kindergarten, { capacity: 2, givenName: 'Fjern' });
    const a = await s.nqt(school);

    const first = await propose(s.client, s.base);
    const p1 = pairOf(first, a.id) as Pair;
    expect(p1.mentor.personId).toBe(near.id);
    await s.client.post(`${s.base}/pairs/${p1.id}/accept`);
    const reason = 'Samarbeidet fungerte ikke etter tre samtaler.';
    const ended = await s.client.post(`${s.base}/pairs/${p1.id}/end`, { reason });
    expect(ended.statusCode, ended.body).toBe(200);
    const afterEnd = ended.json() as Matching;
    expect(afterEnd.pairs).toEqual([]);
    expect(afterEnd.unpaired.map((u) => [u.enrolmentId, u.excludedMentorPersonIds])).toEqual([[a.id, [near.id]]]);
    expect(afterEnd.ended[0]).toMatchObject({ id: p1.id, status: 'ended', endedReason: reason });
    expect((await auditRows(s.owner.id, 'pair.end'))[0]?.details).toMatchObject({ reason });

    const second = await propose(s.client, s.base);
    const p2 = pairOf(second, a.id) as Pair;
    expect(p2.mentor.personId).toBe(far.id);
    // A proposal can be turned down the same way; with every mentor tried, the NQT stays unmatched and says why.
    await s.client.post(`${s.base}/pairs/${p2.id}/end`, { reason: 'For lang reisevei mellom enhetene.' });
    const third = await propose(s.client, s.base);
    expect(third.pairs).toEqual([]);
    expect(third.unpaired[0]?.reason).toEqual({ code: 'no_candidate', constraint: 'forbidden' });

    expect((await s.client.post(`${s.base}/pairs/${p1.id}/end`, { reason })).json().error.code).toBe('PAIR_ENDED');
    expect((await s.client.post(`${s.base}/pairs/${p1.id}/lock`, { locked: true })).statusCode).toBe(409);
    expect((await s.client.post(`${s.base}/pairs/${p1.id}/accept`)).statusCode).toBe(409);
    // By hand the coordinator may still choose the first mentor again.
    const again = await s.client.post(`${s.base}/pairs`, { enrolmentId: a.id, mentorPersonId: near.id });
    expect(again.statusCode).toBe(201);
  });
});

describe('matching: access and bad input', () => {
  it('lets analysts view but not change; others are 403', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    await s.mentor(school);
    await s.nqt(school);
    const analyst = await buildUser(t.db, { owner: s.owner, roles: [{ role: 'analyst' }] });
    const viewer = await signIn(t.app, analyst.email, analyst.password);
    const view = await viewer.get(s.base);
    expect(view.statusCode).toBe(200);
    expect(view.json().abilities).toEqual({ manage: false });
    expect((await viewer.post(`${s.base}/propose`, {})).statusCode).toBe(403);
    const mentorUser = await buildUser(t.db, { owner: s.owner, roles: [{ role: 'mentor', unit: school }] });
    const mentorClient = await signIn(t.app, mentorUser.email, mentorUser.password);
    expect((await mentorClient.get(s.base)).statusCode).toBe(403);
  });

  it('answers bad input with 4xx and translated messages', async () => {
    const s = await setup();
    const school = await unit(s.owner);
    const mentor = await s.mentor(school);
    const a = await s.nqt(school);
    const teacher = await buildPerson(t.db, { owner: s.owner, unit: school });
    const cases: [string, unknown, number][] = [
      [`${s.base}/propose`, { weights: { sameUnit: -1 } }, 400],
      [`${s.base}/propose`, { weights: { nonsense: 1 } }, 400],
      [`${s.base}/propose`, { extra: true }, 400],
      [`${s.base}/pairs`, { enrolmentId: 'x', mentorPersonId: mentor.id }, 400],
      [`${s.base}/pairs`, { enrolmentId: a.id }, 400],
      [`${s.base}/pairs`, { enrolmentId: crypto.randomUUID(), mentorPersonId: mentor.id }, 404],
      [`${s.base}/pairs`, { enrolmentId: a.id, mentorPersonId: teacher.id }, 422],
      [`${s.base}/pairs/${crypto.randomUUID()}/lock`, { locked: true }, 404],
      [`${s.base}/pairs/${crypto.randomUUID()}/end`, { reason: 'kort' }, 400],
    ];
    for (const [url, body, status] of cases) {
      const res = await s.client.request({
        method: 'POST',
        url,
        payload: body as object,
        headers: { 'accept-language': 'en' },
      });
      expect(res.statusCode, `${url} ${JSON.stringify(body)}`).toBe(status);
      expect(res.json().error.message).toBeTruthy();
    }
    const notMentor = await s.client.request({
      method: 'POST',
      url: `${s.base}/pairs`,
      payload: { enrolmentId: a.id, mentorPersonId: teacher.id },
      headers: { 'accept-language': 'en' },
    });
    expect(notMentor.json().error).toMatchObject({ code: 'NOT_A_MENTOR' });
    expect(notMentor.json().error.message).toContain('not a mentor');
    const otherProgramme = await buildProgramme(t.db, { owner: s.owner, schoolYear: '2027-28' });
    const wrong = await s.client.post(`/api/owners/${s.owner.id}/programmes/${otherProgramme.id}/matching/pairs`, {
      enrolmentId: a.id,
      mentorPersonId: mentor.id,
    });
    expect(wrong.statusCode).toBe(404);
  });
});
