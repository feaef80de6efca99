import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, knowledgeBases, programmes, regionOwners, regions } from '../../db/schema.ts';
import {
  buildEnrolment,
  buildOwner,
  buildPerson,
  buildProgramme,
  buildUnit,
  buildUser,
  type OwnerRow,
} from '../../test/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function region(members: OwnerRow[]) {
  const [row] = await t.db
    .insert(regions)
    .values({ name: `Region ${Math.random()}` })
    .returning();
  if (!row) throw new Error('region insert failed');
  if (members.length) await t.db.insert(regionOwners).values(members.map((o) => ({ regionId: row.id, ownerId: o.id })));
  return row;
}

async function coordinatorOf(regionId: string): Promise<Client> {
  const user = await buildUser(t.db, { roles: [{ role: 'region_coordinator', regionId }] });
  return signIn(t.app, user.email, user.password);
}

async function setup() {
  const a = await buildOwner(t.db, { name: 'Agdenes kommune' });
  const b = await buildOwner(t.db, { name: 'Bjugn kommune' });
  const c = await buildOwner(t.db, { name: 'Frøya kommune' });
  const r = await region([a, b, c]);
  const coordinator = await coordinatorOf(r.id);
  return { a, b, c, r, coordinator, base: `/api/regions/${r.id}/programmes` };
}

const programmesOf = (ownerId: string) => t.db.select().from(programmes).where(eq(programmes.ownerId, ownerId));

describe('regional programme: starting it', () => {
  it('creates a programme for every member owner, or links the one it has, in one go', async () => {
    const s = await setup();
    const own = await buildProgramme(t.db, { owner: s.b, schoolYear: '2026-27', name: 'Bjugns egen' });
    const unit = await buildUnit(t.db, { owner: s.b });
    const nqt = await buildPerson(t.db, { owner: s.b, unit });
    await buildEnrolment(t.db, { programme: own, person: nqt, unit, startDate: '2026-08-17' });

    const res = await s.coordinator.post(s.base, { schoolYear: '2026-27', name: 'Fosen 2026–27' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ created: 2, linked: 1, unlinked: 0, notJoined: 0 });

    const [pa] = await programmesOf(s.a.id);
    expect(pa).toMatchObject({ regionId: s.r.id, schoolYear: '2026-27', name: 'Fosen 2026–27' });
    // The created programme has its knowledge base, like any programme.
    const kb = await t.db
      .select()
      .from(knowledgeBases)
      .where(eq(knowledgeBases.programmeId, pa?.id ?? ''));
    expect(kb).toHaveLength(1);
    // B's own programme joined with its name, enrolments and calendar.
    const [pb] = await programmesOf(s.b.id);
    expect(pb).toMatchObject({ id: own.id, regionId: s.r.id, name: 'Bjugns egen' });
    // Each owner's audit log says what happened to its programme.
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.ownerId, s.b.id));
    expect(audits.map((x) => x.action)).toContain('programme.join_region');

    const detail = await s.coordinator.get(`${s.base}/${res.json().id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const body = detail.json();
    expect(body.members.map((m: { ownerName: string }) => m.ownerName)).toEqual([
      'Agdenes kommune',
      'Bjugn kommune',
      'Frøya kommune',
    ]);
    expect(body.members[1].overview.reach.enrolled).toBe(1);
    expect(body.canRun).toBe(true);
  });

  it('refuses a second regional programme for the same year and changes nothing', async () => {
    const s = await setup();
    expect((await s.coordinator.post(s.base, { schoolYear: '2026-27' })).statusCode).toBe(201);
    const again = await s.coordinator.post(s.base, { schoolYear: '2026-27' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('REGIONAL_PROGRAMME_EXISTS');
    expect(await programmesOf(s.a.id)).toHaveLength(1);
  });

  it('does not take over a programme that another region already runs; it is reported', async () => {
    const s = await setup();
    const other = await region([s.c]);
    expect(
      (await (await coordinatorOf(other.id)).post(`/api/regions/${other.id}/programmes`, { schoolYear: '2026-27' }))
        .statusCode,
    ).toBe(201);
    const res = await s.coordinator.post(s.base, { schoolYear: '2026-27' });
    expect(res.json()).toMatchObject({ created: 2, notJoined: 1 });
    const [pc] = await programmesOf(s.c.id);
    expect(pc?.regionId).toBe(other.id);
    const detail = (await s.coordinator.get(`${s.base}/${res.json().id}`)).json();
    expect(detail.notJoined).toEqual([{ ownerId: s.c.id, ownerName: 'Frøya kommune', reason: 'in_other_region' }]);
    expect(detail.members).toHaveLength(2);
  });

  it('answers bad input with a field error and writes nothing', async () => {
    const s = await setup();
    const res = await s.coordinator.post(s.base, { schoolYear: '2026', extra: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(await programmesOf(s.a.id)).toHaveLength(0);
  });
});

describe('regional programme: shared settings', () => {
  it('writes the region’s settings into every member, keeping each owner’s calendar', async () => {
    const s = await setup();
    const id = (await s.coordinator.post(s.base, { schoolYear: '2026-27' })).json().id;
    const [before] = await programmesOf(s.a.id);
    if (!before) throw new Error('no programme for A');
    const calendar = {
      ...before.settings.calendar,
      holidays: [{ from: '2026-10-05', to: '2026-10-09', name: 'Høstferie Agdenes' }],
    };
    await t.db
      .update(programmes)
      .set({ settings: { ...before.settings, calendar } })
      .where(eq(programmes.id, before.id));

    const res = await s.coordinator.patch(`${s.base}/${id}`, {
      version: 1,
      settings: { behindScheduleThresholdPercent: 60, networkGroupSize: { min: 8, max: 12 } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, settings: { behindScheduleThresholdPercent: 60 } });
    for (const owner of [s.a, s.b, s.c]) {
      const [p] = await programmesOf(owner.id);
      expect(p?.settings.behindScheduleThresholdPercent).toBe(60);
      expect(p?.settings.networkGroupSize).toEqual({ min: 8, max: 12 });
    }
    const [after] = await programmesOf(s.a.id);
    expect(after?.settings.calendar).toEqual(calendar);
  });

  it('refuses a save on an older version (409) and an invalid setting (400), changing no member', async () => {
    const s = await setup();
    const id = (await s.coordinator.post(s.base, { schoolYear: '2026-27' })).json().id;
    expect((await s.coordinator.patch(`${s.base}/${id}`, { version: 1, name: 'Ny' })).statusCode).toBe(200);
    const stale = await s.coordinator.patch(`${s.base}/${id}`, {
      version: 1,
      settings: { behindScheduleThresholdPercent: 50 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('REGIONAL_PROGRAMME_CHANGED');
    const bad = await s.coordinator.patch(`${s.base}/${id}`, {
      version: 2,
      settings: { networkGroupSize: { min: 15, max: 10 } },
    });
    expect(bad.statusCode).toBe(400);
    // The calendar is the owner's: the region cannot send it.
    const calendar = await s.coordinator.patch(`${s.base}/${id}`, {
      version: 2,
      settings: { calendar: { firstDay: '2026-08-17', lastDay: '2027-06-18', holidays: [] } },
    });
    expect(calendar.statusCode).toBe(400);
    const [p] = await programmesOf(s.a.id);
    expect(p?.settings.behindScheduleThresholdPercent).not.toBe(50);
    expect(p?.settings.networkGroupSize).toEqual({ min: 10, max: 15 });
  });
});

describe('regional programme: members come and go', () => {
  it('a re-sync takes in a new member and lets an owner that left go on with its own programme', async () => {
    const s = await setup();
    const id = (await s.coordinator.post(s.base, { schoolYear: '2026-27' })).json().id;
    const d = await buildOwner(t.db, { name: 'Åfjord kommune' });
    await t.db.insert(regionOwners).values({ regionId: s.r.id, ownerId: d.id });
    await t.db.delete(regionOwners).where(and(eq(regionOwners.regionId, s.r.id), eq(regionOwners.ownerId, s.c.id)));

    // Before the re-sync, the owner that left is no longer shown to the region.
    const shown = (await s.coordinator.get(`${s.base}/${id}`)).json();
    expect(shown.members.map((m: { ownerId: string }) => m.ownerId)).not.toContain(s.c.id);

    const res = await s.coordinator.post(`${s.base}/${id}/sync`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 1, unlinked: 1 });
    const [pc] = await programmesOf(s.c.id);
    expect(pc?.regionId).toBeNull();
    expect(await programmesOf(d.id)).toHaveLength(1);
  });
});

describe('regional programme: shared knowledge base', () => {
  it('writes one member’s knowledge base into every other member’s, each a new version under its owner', async () => {
    const s = await setup();
    const id = (await s.coordinator.post(s.base, { schoolYear: '2026-27' })).json().id;
    const [pa] = await programmesOf(s.a.id);
    const [pb] = await programmesOf(s.b.id);
    if (!pa || !pb) throw new Error('no programmes');
    const [kbA] = await t.db.select().from(knowledgeBases).where(eq(knowledgeBases.programmeId, pa.id));
    if (!kbA) throw new Error('no knowledge base');
    const texts = { ...kbA.texts, nb: { ...kbA.texts.nb, aim: 'Fosens felles mål for nyutdannede.' } };
    await t.db.update(knowledgeBases).set({ texts }).where(eq(knowledgeBases.id, kbA.id));

    const res = await s.coordinator.post(`${s.base}/${id}/knowledge-base`, { fromProgrammeId: pa.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ updated: 2 });
    const [kbB] = await t.db.select().from(knowledgeBases).where(eq(knowledgeBases.programmeId, pb.id));
    expect(kbB?.texts.nb.aim).toBe('Fosens felles mål for nyutdannede.');
    expect(kbB?.version).toBe(2);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.ownerId, s.b.id), eq(auditLog.action, 'knowledge_base.update')));
    expect(audits).toHaveLength(1);
    // Shared again with nothing changed: no new versions.
    expect((await s.coordinator.post(`${s.base}/${id}/knowledge-base`, { fromProgrammeId: pa.id })).json()).toEqual({
      updated: 0,
    });
  });

  it('refuses a programme that is not a member, naming the field, and changes nothing', async () => {
    const s = await setup();
    const id = (await s.coordinator.post(s.base, { schoolYear: '2026-27' })).json().id;
    const outsider = await buildProgramme(t.db, { owner: await buildOwner(t.db), schoolYear: '2026-27' });
    const res = await s.coordinator.post(`${s.base}/${id}/knowledge-base`, { fromProgrammeId: outsider.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'fromProgrammeId', message: 'Velg en eier som er med i den regionale ordningen.' },
    ]);
    // No member's knowledge base got a new version.
    for (const owner of [s.a, s.b, s.c]) {
      const [p] = await programmesOf(owner.id);
      const [kb] = await t.db
        .select()
        .from(knowledgeBases)
        .where(eq(knowledgeBases.programmeId, p?.id ?? ''));
      expect(kb?.version).toBe(1);
    }
  });
});

describe('regional programme: who may', () => {
  it('another region’s coordinator and an owner’s coordinator get 404; a region analyst sees but cannot run it', async () => {
    const s = await setup();
    const id = (await s.coordinator.post(s.base, { schoolYear: '2026-27' })).json().id;
    const other = await coordinatorOf((await region([])).id);
    expect((await other.get(s.base)).statusCode).toBe(404);
    expect((await other.get(`${s.base}/${id}`)).statusCode).toBe(404);
    expect((await other.post(s.base, { schoolYear: '2027-28' })).statusCode).toBe(404);

    const ownerUser = await buildUser(t.db, { owner: s.a, roles: [{ role: 'programme_coordinator' }] });
    const ownerCoordinator = await signIn(t.app, ownerUser.email, ownerUser.password);
    expect((await ownerCoordinator.get(`${s.base}/${id}`)).statusCode).toBe(404);
    expect((await ownerCoordinator.patch(`${s.base}/${id}`, { version: 1, name: 'x' })).statusCode).toBe(404);

    const analystUser = await buildUser(t.db, { roles: [{ role: 'analyst', regionId: s.r.id }] });
    const analyst = await signIn(t.app, analystUser.email, analystUser.password);
    const seen = await analyst.get(`${s.base}/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().canRun).toBe(false);
    expect((await analyst.patch(`${s.base}/${id}`, { version: 1, name: 'x' })).statusCode).toBe(403);
    expect((await analyst.post(`${s.base}/${id}/sync`)).statusCode).toBe(403);
    const [pa] = await programmesOf(s.a.id);
    expect((await analyst.post(`${s.base}/${id}/knowledge-base`, { fromProgrammeId: pa?.id })).statusCode).toBe(403);
    expect((await other.post(`${s.base}/${id}/knowledge-base`, { fromProgrammeId: pa?.id })).statusCode).toBe(404);
  });

  it('the member owner’s coordinator still runs its own programme inside the region', async () => {
    const s = await setup();
    await s.coordinator.post(s.base, { schoolYear: '2026-27' });
    const [pa] = await programmesOf(s.a.id);
    const ownerUser = await buildUser(t.db, { owner: s.a, roles: [{ role: 'programme_coordinator' }] });
    const ownerCoordinator = await signIn(t.app, ownerUser.email, ownerUser.password);
    const res = await ownerCoordinator.get(`/api/owners/${s.a.id}/programmes/${pa?.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().regionId).toBe(s.r.id);
  });
});
