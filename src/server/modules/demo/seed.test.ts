import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq, isNull, like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../shared/enums.ts';
import { isValidOrgNumber } from '../../../shared/rules/org-number.ts';
import type { Me } from '../../../shared/schemas/auth.ts';
import { buildApp } from '../../app.ts';
import { type Database, openDatabase } from '../../db/client.ts';
import {
  complianceLapses,
  employments,
  enrolments,
  mailOutbox,
  matchingRuns,
  mentoringSessions,
  mentorPairs,
  mentorProfiles,
  owners,
  people,
  programmes,
  regionOwners,
  regions,
  roleGrants,
  sessionNotes,
  units,
  users,
} from '../../db/schema.ts';
import { testEnv } from '../../lib/env.ts';
import { DEMO_SCHOOL_YEAR, DEMO_TODAY } from './mentoring.ts';
import { DEMO_ORG_NUMBER, planDemo } from './plan.ts';
import { DemoAlreadySeededError, type DemoCredential, formatCredentials, isDatabaseEmpty, seedDemo } from './seed.ts';

/*
 * The demo always gets its own in-memory PGlite, also when TEST_DATABASE_URL points the other tests
 * at a shared PostgreSQL: Demo kommune's organisation number is fixed, so two seedings in one
 * database collide (by design).
 */
async function freshDatabase(): Promise<Database> {
  const database = await openDatabase({ dataDir: null });
  await database.migrate();
  return database;
}

let database: Database;
let app: FastifyInstance;
let credentials: DemoCredential[];
let wasEmpty: boolean;

beforeAll(async () => {
  database = await freshDatabase();
  wasEmpty = await isDatabaseEmpty(database.db);
  credentials = await seedDemo(database.db);
  const env = testEnv({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'tillit-demo-')) });
  app = await buildApp({ env, database });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

/** Signs in as the demo login of a role; returns the cookie header. */
async function loginAs(role: Role): Promise<string> {
  const c = credentials.find((x) => x.role === role);
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: c?.email, password: c?.password },
  });
  return `tillit_sid=${login.cookies.find((k) => k.name === 'tillit_sid')?.value}`;
}

async function demoOwner() {
  const [owner] = await database.db.select().from(owners).where(eq(owners.orgNumber, DEMO_ORG_NUMBER));
  if (!owner) throw new Error('no demo owner');
  return owner;
}

describe('the demo municipality', () => {
  // How long seeding takes is printed by the boot, not asserted here: a loaded machine is not a bug.
  it('is seeded on an empty database', async () => {
    expect(wasEmpty).toBe(true);
    expect(await isDatabaseEmpty(database.db)).toBe(false);
  });

  it("has Lillestrøm's scale: 28 kindergartens, 30 schools, a head for every unit", async () => {
    const owner = await demoOwner();
    expect(owner).toMatchObject({ name: 'Demo kommune', kind: 'municipality' });
    const rows = await database.db.select().from(units).where(eq(units.ownerId, owner.id));
    const byType = (t: string) => rows.filter((u) => u.unitType === t).length;
    expect(byType('kindergarten')).toBe(28);
    expect(byType('primary') + byType('lower_secondary') + byType('combined')).toBe(30);
    for (const t of ['primary', 'lower_secondary', 'combined', 'after_school']) expect(byType(t)).toBeGreaterThan(0);
    for (const unit of rows) {
      expect(unit.postalCode).toMatch(/^\d{4}$/);
      expect(unit.postalPlace).not.toBe('');
      expect(unit.streetAddress).toMatch(/\S+ \d+$/);
    }
    expect(new Set(rows.map((u) => u.name)).size).toBe(rows.length);

    const heads = await database.db
      .select({ unitId: employments.unitId, percent: employments.positionPercent })
      .from(employments)
      .where(and(eq(employments.ownerId, owner.id), eq(employments.position, 'head')));
    expect(heads.length).toBeGreaterThanOrEqual(58);
    expect(new Set(heads.map((h) => h.unitId))).toEqual(new Set(rows.map((u) => u.id)));
    expect(heads.every((h) => h.percent === 100)).toBe(true);
  });

  it('has a resource team of 4, 61 mentors and 150 NQTs, each with a unit-scoped role where they work', async () => {
    const owner = await demoOwner();
    const grants = await database.db
      .select({ role: roleGrants.role, scopeType: roleGrants.scopeType, scopeId: roleGrants.scopeId, userId: users.id })
      .from(roleGrants)
      .innerJoin(users, eq(users.id, roleGrants.userId))
      .where(and(eq(roleGrants.ownerId, owner.id), isNull(roleGrants.revokedAt)));
    const count = (role: Role) => grants.filter((g) => g.role === role).length;
    expect(grants.filter((g) => g.role === 'programme_coordinator' && g.scopeType === 'owner')).toHaveLength(4);
    expect(count('mentor')).toBe(61);
    expect(count('nqt')).toBe(150);
    expect(count('unit_leader')).toBe(61);

    // A mentor's and an NQT's unit-scoped grant is at the unit they are employed at.
    const staff = await database.db
      .select({ userId: users.id, unitId: employments.unitId })
      .from(users)
      .innerJoin(employments, eq(employments.personId, users.personId));
    const unitsOf = new Map<string, Set<string>>();
    for (const s of staff) unitsOf.set(s.userId, (unitsOf.get(s.userId) ?? new Set()).add(s.unitId));
    for (const g of grants.filter((g) => g.scopeType === 'unit')) {
      expect(unitsOf.get(g.userId)?.has(g.scopeId ?? '')).toBe(true);
    }
  });

  it('gives NQTs and mentors plausible qualifications', () => {
    const plan = planDemo();
    const unitType = new Map(plan.units.map((u) => [u.key, u.unitType]));
    const nqts = plan.people.filter((p) => p.owner === 'demo' && p.kind === 'nqt');
    expect(nqts).toHaveLength(150);
    for (const nqt of nqts) {
      expect([2025, 2026]).toContain(nqt.teacherEducationYear);
      expect(nqt.employment.startDate.slice(0, 4)).toMatch(/^202[56]$/);
      expect(nqt.teachingExperienceYears).toBeGreaterThanOrEqual(0);
      expect(nqt.teachingExperienceYears).toBeLessThanOrEqual(1);
      if (unitType.get(nqt.employment.unitKey) === 'kindergarten') {
        expect(nqt.teacherEducation).toBe('kindergarten_teacher');
        expect(nqt.employment.position).toBe('kindergarten_teacher');
      } else {
        expect(['primary_1_7', 'primary_5_10', 'lektor_8_13', 'ppu']).toContain(nqt.teacherEducation);
        expect(nqt.employment.position).toBe('teacher');
      }
      if (nqt.employment.endDate) expect(nqt.employment.endDate > '2026-11-22').toBe(true);
    }
    expect(nqts.filter((n) => n.employment.positionPercent < 100).length).toBeGreaterThan(5);
    expect(nqts.filter((n) => n.employment.endDate).length).toBeGreaterThan(5);
    expect(nqts.filter((n) => n.employment.startDate.startsWith('2025')).length).toBeGreaterThan(20);
    expect(nqts.filter((n) => n.employment.startDate.startsWith('2026')).length).toBeGreaterThan(20);

    const mentors = plan.people.filter((p) => p.owner === 'demo' && p.kind === 'mentor');
    expect(mentors).toHaveLength(61);
    for (const mentor of mentors) expect(mentor.teachingExperienceYears).toBeGreaterThanOrEqual(3);
    const educated = mentors.filter((m) => m.mentorEducation !== 'none');
    expect(educated.length / mentors.length).toBeGreaterThan(0.75);
    for (const m of educated) expect(m.mentorEducationCredits).toBeGreaterThan(0);
    // Every unit with NQTs has a mentor of its own: mentoring happens at the NQT's unit.
    const mentorUnits = new Set(mentors.map((m) => m.employment.unitKey));
    for (const nqt of nqts) expect(mentorUnits.has(nqt.employment.unitKey)).toBe(true);
  });

  it('runs a mentoring programme in mid-year: 150 NQTs enrolled, 61 mentor profiles, everyone paired', async () => {
    const owner = await demoOwner();
    const [programme] = await database.db.select().from(programmes).where(eq(programmes.ownerId, owner.id));
    expect(programme?.schoolYear).toBe(DEMO_SCHOOL_YEAR);
    const programmeId = programme?.id ?? '';
    const enrolled = await database.db.select().from(enrolments).where(eq(enrolments.programmeId, programmeId));
    expect(enrolled).toHaveLength(150);
    expect(enrolled.filter((e) => e.programmeYear === 1).length).toBeGreaterThan(20);
    expect(enrolled.filter((e) => e.programmeYear === 2).length).toBeGreaterThan(20);
    const profiles = await database.db.select().from(mentorProfiles).where(eq(mentorProfiles.programmeId, programmeId));
    expect(profiles).toHaveLength(61);
    for (const p of profiles) expect([2, 3]).toContain(p.capacity);

    const pairs = await database.db.select().from(mentorPairs).where(eq(mentorPairs.programmeId, programmeId));
    expect(pairs).toHaveLength(150);
    expect(new Set(pairs.map((p) => p.enrolmentId))).toEqual(new Set(enrolled.map((e) => e.id)));
    expect(pairs.every((p) => p.status === 'accepted' && p.source === 'solver' && p.acceptedAt)).toBe(true);
    const capacity = new Map(profiles.map((p) => [p.personId, p.capacity]));
    const load = new Map<string, number>();
    for (const p of pairs) load.set(p.mentorPersonId, (load.get(p.mentorPersonId) ?? 0) + 1);
    for (const [mentor, n] of load) expect(n).toBeLessThanOrEqual(capacity.get(mentor) ?? 0);
    // Mentoring happens at the NQT's unit: every NQT gets a mentor of their own unit where capacity allows.
    const sameUnit = pairs.filter((p) => p.explanation.some((e) => e.term === 'same_unit')).length;
    expect(sameUnit).toBeGreaterThan(120);
    const [run] = await database.db.select().from(matchingRuns).where(eq(matchingRuns.programmeId, programmeId));
    expect(run).toMatchObject({ status: 'optimal', nqtCount: 150, mentorCount: 61, proposedCount: 150, unmatched: [] });
  });

  it('shows the coordinator the matching: 150 accepted pairs, nobody unpaired', async () => {
    const owner = await demoOwner();
    const c = credentials.find((x) => x.role === 'programme_coordinator');
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: c?.email, password: c?.password },
    });
    const cookie = `tillit_sid=${login.cookies.find((k) => k.name === 'tillit_sid')?.value}`;
    const list = await app.inject({ method: 'GET', url: `/api/owners/${owner.id}/programmes`, headers: { cookie } });
    const programmeId = list.json().items[0].id;
    const res = await app.inject({
      method: 'GET',
      url: `/api/owners/${owner.id}/programmes/${programmeId}/matching`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m.pairs).toHaveLength(150);
    expect(m.unpaired).toEqual([]);
    expect(m.mentors).toHaveLength(61);
    expect(m.lastRun.status).toBe('optimal');
    // School NQTs and mentors teach subjects at a stage, so explanations name what pairs share.
    type Term = { term: string; stage?: string; subjects?: string[] };
    const terms: Term[] = m.pairs.flatMap((p: { explanation: Term[] }) => p.explanation);
    const withSubjects = terms.filter((e) => e.term === 'subject_overlap');
    expect(withSubjects.length).toBeGreaterThan(20);
    for (const e of withSubjects) expect(e.subjects?.length).toBeGreaterThan(0);
    expect(terms.filter((e) => e.stage).length).toBeGreaterThan(10);
  });

  it('gives school teachers subjects and a stage, and nobody in a kindergarten', async () => {
    const owner = await demoOwner();
    const rows = await database.db
      .select({
        subjects: people.subjects,
        stage: employments.stage,
        unitType: units.unitType,
        position: employments.position,
      })
      .from(people)
      .innerJoin(employments, eq(employments.personId, people.id))
      .innerJoin(units, eq(units.id, employments.unitId))
      .where(eq(people.ownerId, owner.id));
    const schoolTeachers = rows.filter((r) => r.position === 'teacher' && r.unitType !== 'after_school');
    expect(schoolTeachers.length).toBeGreaterThan(200);
    for (const r of schoolTeachers) {
      expect(r.subjects.length).toBeGreaterThanOrEqual(2);
      expect(r.stage).not.toBeNull();
      if (r.unitType === 'lower_secondary') expect(r.stage).toBe('8-10');
      if (r.unitType === 'primary') expect(['1-4', '5-7']).toContain(r.stage);
    }
    for (const r of rows.filter((r) => r.unitType === 'kindergarten')) {
      expect(r.subjects).toEqual([]);
      expect(r.stage).toBeNull();
    }
  });

  it('has sessions logged up to the demo day: most pairs on schedule, about 15 % behind, some notes and confirmations', async () => {
    const owner = await demoOwner();
    const [programme] = await database.db.select().from(programmes).where(eq(programmes.ownerId, owner.id));
    const sessions = await database.db
      .select()
      .from(mentoringSessions)
      .where(eq(mentoringSessions.programmeId, programme?.id ?? ''));
    const held = sessions.filter((x) => x.status === 'held');
    expect(held.length).toBeGreaterThan(1000);
    expect(held.every((x) => x.date < DEMO_TODAY && (x.heldMinutes ?? 0) >= 5)).toBe(true);
    expect(sessions.some((x) => x.status === 'cancelled')).toBe(true);
    expect(held.filter((x) => x.confirmedByNqtAt).length / held.length).toBeGreaterThan(0.4);
    const notes = await database.db.select().from(sessionNotes).where(eq(sessionNotes.ownerId, owner.id));
    expect(notes.length).toBeGreaterThan(20);
    expect(notes.length).toBeLessThan(held.length / 5);

    const coordinator = await loginAs('programme_coordinator');
    const c = (
      await app.inject({
        method: 'GET',
        url: `/api/owners/${owner.id}/programmes/${programme?.id}/compliance`,
        headers: { cookie: coordinator },
      })
    ).json();
    // Looked at on the demo day, as the demo sets out (the figures move with the real date after it).
    if (c.asOf === DEMO_TODAY) {
      const behind = c.nqts.filter((n: { isBehind: boolean }) => n.isBehind).length;
      expect(behind).toBeGreaterThan(10);
      expect(behind).toBeLessThan(40);
      expect(c.programme.ratio).toBeGreaterThan(0.8);
    }
    expect(c.subGoalMinutes.every((g: { minutes: number }) => g.minutes > 0)).toBe(true);
  });

  it('has run the daily compliance check on the last two Mondays: lapses open, their mentors told once by mail', async () => {
    const owner = await demoOwner();
    const lapses = await database.db.select().from(complianceLapses).where(eq(complianceLapses.ownerId, owner.id));
    const told = lapses.filter((l) => l.mentorNudgedOn);
    expect(told.length).toBeGreaterThan(5);
    const nudges = await database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.ownerId, owner.id), like(mailOutbox.idempotencyKey, 'nudge:%:mentor')));
    expect(nudges).toHaveLength(told.length);
  });

  it('gives the demo mentor and the demo NQT pairs with history, notes and next sessions', async () => {
    const mentor = (
      await app.inject({ method: 'GET', url: '/api/me/mentoring', headers: { cookie: await loginAs('mentor') } })
    ).json();
    expect(mentor.asMentor.length).toBeGreaterThan(0);
    const nqtCookie = await loginAs('nqt');
    const nqt = (await app.inject({ method: 'GET', url: '/api/me/mentoring', headers: { cookie: nqtCookie } })).json();
    expect(nqt.asNqt).toHaveLength(1);
    const pairId = nqt.asNqt[0].pairId;
    const history = (
      await app.inject({
        method: 'GET',
        url: `/api/me/mentoring/pairs/${pairId}/sessions`,
        headers: { cookie: nqtCookie },
      })
    ).json().sessions as { status: string; note: string | null; confirmedByNqtAt: string | null }[];
    expect(history.filter((x) => x.status === 'held').length).toBeGreaterThan(5);
    expect(history.some((x) => x.note)).toBe(true);
    expect(history.some((x) => x.status === 'held' && !x.confirmedByNqtAt)).toBe(true);
    expect(history.some((x) => x.status === 'planned')).toBe(true);
  });

  it('has agreements for every NQT: most signed by all four parties, some pending, the demo NQT still to accept', async () => {
    const owner = await demoOwner();
    const [programme] = await database.db.select().from(programmes).where(eq(programmes.ownerId, owner.id));
    const view = (
      await app.inject({
        method: 'GET',
        url: `/api/owners/${owner.id}/programmes/${programme?.id}/agreements`,
        headers: { cookie: await loginAs('programme_coordinator') },
      })
    ).json();
    expect(view.items).toHaveLength(150);
    const signed = view.items.filter((a: { isSigned: boolean }) => a.isSigned).length;
    expect(signed).toBeGreaterThan(90);
    expect(signed).toBeLessThan(150);
    expect(view.notAccepted.length).toBeGreaterThan(10);
    const mine = (
      await app.inject({ method: 'GET', url: '/api/me/agreements', headers: { cookie: await loginAs('nqt') } })
    ).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ myParties: ['nqt'], mustAccept: true });
  });

  it('uses valid, unique organisation numbers, e-mails and employee numbers', async () => {
    const ownerRows = await database.db.select().from(owners);
    const unitRows = await database.db.select().from(units);
    const orgNumbers = [...ownerRows, ...unitRows].map((r) => r.orgNumber);
    for (const n of orgNumbers) expect(isValidOrgNumber(n), n).toBe(true);
    expect(new Set(orgNumbers).size).toBe(orgNumbers.length);

    const personRows = await database.db.select().from(people);
    for (const ownerId of new Set(personRows.map((p) => p.ownerId))) {
      const mine = personRows.filter((p) => p.ownerId === ownerId);
      expect(new Set(mine.map((p) => p.employeeNumber)).size).toBe(mine.length);
    }
    const emails = personRows.map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z]+\.[a-z]+\d*@(demo|nabo)\.kommune\.no$/);
    const userEmails = (await database.db.select({ email: users.email }).from(users)).map((u) => u.email);
    expect(new Set(userEmails).size).toBe(userEmails.length);
  });

  it('puts Demo kommune and a small neighbour in Demo-regionen', async () => {
    const [region] = await database.db.select().from(regions);
    expect(region?.name).toBe('Demo-regionen');
    const members = await database.db
      .select({ name: owners.name })
      .from(regionOwners)
      .innerJoin(owners, eq(owners.id, regionOwners.ownerId));
    expect(members.map((m) => m.name).sort()).toEqual(['Demo kommune', 'Nabo kommune']);
    const [neighbour] = await database.db.select().from(owners).where(eq(owners.name, 'Nabo kommune'));
    const neighbourUnits = await database.db
      .select()
      .from(units)
      .where(eq(units.ownerId, neighbour?.id ?? ''));
    expect(neighbourUnits.length).toBeGreaterThanOrEqual(2);
    const neighbourPeople = await database.db
      .select()
      .from(people)
      .where(eq(people.ownerId, neighbour?.id ?? ''));
    expect(neighbourPeople.length).toBeGreaterThan(5);
    expect(neighbourPeople.length).toBeLessThan(50);
  });

  it('creates one login of each role, with a generated password, and only those have passwords', async () => {
    expect(credentials.map((c) => c.role)).toEqual([...ROLES]);
    for (const c of credentials) expect(c.password.length).toBeGreaterThanOrEqual(16);
    expect(new Set(credentials.map((c) => c.password)).size).toBe(credentials.length);
    const all = await database.db.select().from(users);
    const hashed = all.filter((u) => u.passwordHash !== null);
    expect(hashed.map((u) => u.email).sort()).toEqual(credentials.map((c) => c.email).sort());
    // Heads, coordinators, mentors and NQTs have users too, without passwords (as if invited).
    expect(all.length).toBeGreaterThan(61 + 4 + 61 + 150);
  });

  it('links the employee logins to their person rows', async () => {
    for (const role of ['programme_coordinator', 'unit_leader', 'mentor', 'nqt'] as const) {
      const c = credentials.find((x) => x.role === role);
      const [user] = await database.db
        .select()
        .from(users)
        .where(eq(users.email, c?.email ?? ''));
      expect(user?.personId, role).toBeTruthy();
    }
  });

  it('lets every credential log in and see what its role should', async () => {
    const demo = await demoOwner();
    const expected: Record<Role, { owners: string[]; view: boolean; manage: boolean }> = {
      national_admin: { owners: ['Demo kommune', 'Nabo kommune'], view: true, manage: true },
      region_coordinator: { owners: ['Demo kommune', 'Nabo kommune'], view: true, manage: false },
      owner_admin: { owners: ['Demo kommune'], view: true, manage: true },
      programme_coordinator: { owners: ['Demo kommune'], view: true, manage: true },
      unit_leader: { owners: ['Demo kommune'], view: false, manage: false },
      mentor: { owners: ['Demo kommune'], view: false, manage: false },
      nqt: { owners: ['Demo kommune'], view: false, manage: false },
      teacher_educator: { owners: ['Demo kommune'], view: false, manage: false },
      analyst: { owners: ['Demo kommune'], view: true, manage: false },
    };
    for (const c of credentials) {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: c.email, password: c.password },
      });
      expect(login.statusCode, c.role).toBe(200);
      const cookie = login.cookies.find((k) => k.name === 'tillit_sid');
      const res = await app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: `tillit_sid=${cookie?.value}` },
      });
      const me = res.json() as Me;
      const want = expected[c.role];
      expect(me.user.email, c.role).toBe(c.email);
      expect(me.grants.map((g) => g.role)).toContain(c.role);
      expect(me.owners.map((o) => o.name).sort(), c.role).toEqual(want.owners);
      const atDemo = me.owners.find((o) => o.id === demo.id);
      expect(atDemo?.abilities.viewOrganisation, c.role).toBe(want.view);
      expect(atDemo?.abilities.manageOrganisation, c.role).toBe(want.manage);

      if (want.view) {
        const list = await app.inject({
          method: 'GET',
          url: `/api/owners/${demo.id}/units?limit=500`,
          headers: { cookie: `tillit_sid=${cookie?.value}` },
        });
        expect(list.statusCode, c.role).toBe(200);
        expect(list.json().total).toBe(61);
      }
    }
  });

  it('refuses to seed a second time and leaves the data as it was', async () => {
    const before = await database.db.select({ id: people.id }).from(people);
    await expect(seedDemo(database.db)).rejects.toBeInstanceOf(DemoAlreadySeededError);
    const after = await database.db.select({ id: people.id }).from(people);
    expect(after.length).toBe(before.length);
    expect(await database.db.select().from(owners)).toHaveLength(2);
  });

  it('generates fresh passwords but the same structure on another installation', async () => {
    const other = await freshDatabase();
    try {
      const again = await seedDemo(other.db);
      expect(again.map((c) => [c.role, c.email, c.name])).toEqual(credentials.map((c) => [c.role, c.email, c.name]));
      for (const [i, c] of again.entries()) expect(c.password).not.toBe(credentials[i]?.password);
      const [a, b] = await Promise.all([
        database.db.select({ n: people.employeeNumber }).from(people),
        other.db.select({ n: people.employeeNumber }).from(people),
      ]);
      expect(b.map((r) => r.n).sort()).toEqual(a.map((r) => r.n).sort());
    } finally {
      await other.close();
    }
  }, 120_000);

  it('prints a readable table with Norwegian role names', () => {
    const text = formatCredentials(credentials, 'http://localhost:3000');
    expect(text).toContain('http://localhost:3000');
    expect(text).toContain('Koordinator for veiledningsordningen');
    expect(text).toContain('Nyutdannet lærer');
    for (const c of credentials) {
      const line = text.split('\n').find((l) => l.includes(c.email));
      expect(line).toContain(c.password);
      expect(line).toContain(c.name);
    }
  });
});
