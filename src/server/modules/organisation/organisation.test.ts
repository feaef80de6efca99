import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, mailOutbox, people, roleGrants, units, users } from '../../db/schema.ts';
import { buildOwner, buildPerson, buildUnit, buildUser, randomOrgNumber } from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function ownerAdmin() {
  const owner = await buildOwner(t.db);
  const user = await buildUser(t.db, { owner, roles: [{ role: 'owner_admin' }] });
  const client = await signIn(t.app, user.email, user.password);
  return { owner, user, client };
}

function unitBody(overrides: Record<string, unknown> = {}) {
  return {
    orgNumber: randomOrgNumber(),
    name: 'Solbakken skole',
    unitType: 'primary',
    streetAddress: 'Skoleveien 2',
    postalCode: '2004',
    postalPlace: 'Lillestrøm',
    ...overrides,
  };
}

describe('units', () => {
  it('an owner admin creates, lists, searches, edits and deactivates units', async () => {
    const { owner, client } = await ownerAdmin();
    const created = await client.post(`/api/owners/${owner.id}/units`, unitBody({ name: 'Fjellhaug skole' }));
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    expect(unit).toMatchObject({ ownerId: owner.id, name: 'Fjellhaug skole', active: true });
    await client.post(
      `/api/owners/${owner.id}/units`,
      unitBody({ name: 'Nordby barnehage', unitType: 'kindergarten' }),
    );

    const all = (await client.get(`/api/owners/${owner.id}/units`)).json();
    expect(all.total).toBe(2);
    expect(all.items.map((u: { name: string }) => u.name)).toEqual(['Fjellhaug skole', 'Nordby barnehage']);
    const found = (await client.get(`/api/owners/${owner.id}/units?q=nordby`)).json();
    expect(found.items.map((u: { name: string }) => u.name)).toEqual(['Nordby barnehage']);
    const kindergartens = (await client.get(`/api/owners/${owner.id}/units?unitType=kindergarten`)).json();
    expect(kindergartens.total).toBe(1);

    const edited = await client.patch(`/api/owners/${owner.id}/units/${unit.id}`, { name: 'Fjellhaug barneskole' });
    expect(edited.json().name).toBe('Fjellhaug barneskole');
    const off = await client.patch(`/api/owners/${owner.id}/units/${unit.id}`, { active: false });
    expect(off.json().active).toBe(false);
    expect((await client.get(`/api/owners/${owner.id}/units`)).json().total).toBe(1);
    expect((await client.get(`/api/owners/${owner.id}/units?includeInactive=true`)).json().total).toBe(2);

    const actions = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.ownerId, owner.id));
    expect(actions.map((a) => a.action).sort()).toEqual([
      'unit.create',
      'unit.create',
      'unit.deactivate',
      'unit.update',
    ]);
  });

  it('keeps a unit’s coordinates, and refuses ones off the globe by field', async () => {
    const { owner, client } = await ownerAdmin();
    const created = await client.post(
      `/api/owners/${owner.id}/units`,
      unitBody({ name: 'Kartskolen', latitude: 59.956, longitude: 11.049 }),
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ latitude: 59.956, longitude: 11.049 });
    const unit = created.json();
    const cleared = await client.patch(`/api/owners/${owner.id}/units/${unit.id}`, { latitude: null, longitude: null });
    expect(cleared.json()).toMatchObject({ latitude: null, longitude: null });
    const bad = await client.post(`/api/owners/${owner.id}/units`, unitBody({ latitude: 95, longitude: 'øst' }));
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['latitude', 'longitude']);
  });

  it('an invalid organisation number is a 400 with a translated field message, and nothing is written', async () => {
    const { owner, client } = await ownerAdmin();
    const res = await client.post(`/api/owners/${owner.id}/units`, unitBody({ orgNumber: '974760674' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'orgNumber', message: 'Organisasjonsnummeret må ha ni siffer og gyldig kontrollsiffer.' }],
    });
    expect(await t.db.select().from(units).where(eq(units.ownerId, owner.id))).toEqual([]);
  });

  it('accepts an org number typed with spaces and stores nine digits', async () => {
    const { owner, client } = await ownerAdmin();
    const org = randomOrgNumber();
    const spaced = `${org.slice(0, 3)} ${org.slice(3, 6)} ${org.slice(6)}`;
    const res = await client.post(`/api/owners/${owner.id}/units`, unitBody({ orgNumber: spaced }));
    expect(res.statusCode).toBe(201);
    expect(res.json().orgNumber).toBe(org);
  });

  it('a duplicate organisation number is a 409 ORG_NUMBER_TAKEN', async () => {
    const { owner, client } = await ownerAdmin();
    const body = unitBody();
    expect((await client.post(`/api/owners/${owner.id}/units`, body)).statusCode).toBe(201);
    const again = await client.post(`/api/owners/${owner.id}/units`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ORG_NUMBER_TAKEN');
  });

  it('an analyst can read but not write', async () => {
    const owner = await buildOwner(t.db);
    await buildUnit(t.db, { owner });
    const user = await buildUser(t.db, { owner, roles: [{ role: 'analyst' }] });
    const client = await signIn(t.app, user.email, user.password);
    expect((await client.get(`/api/owners/${owner.id}/units`)).json().total).toBe(1);
    const res = await client.post(`/api/owners/${owner.id}/units`, unitBody());
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('a mentor cannot list the organisation', async () => {
    const owner = await buildOwner(t.db);
    const unit = await buildUnit(t.db, { owner });
    const user = await buildUser(t.db, { owner, roles: [{ role: 'mentor', unit }] });
    const client = await signIn(t.app, user.email, user.password);
    expect((await client.get(`/api/owners/${owner.id}/units`)).statusCode).toBe(403);
  });
});

describe('bad input never gives a 500', () => {
  it.each([
    ['malformed JSON', '{"name": ', 'application/json', 400, 'INVALID_JSON'],
    [
      'wrong types',
      JSON.stringify({ orgNumber: 974760673, name: 5, unitType: 'primary' }),
      'application/json',
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an unknown field',
      JSON.stringify({ ...unitBody(), colour: 'blue' }),
      'application/json',
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an unknown unit type',
      JSON.stringify(unitBody({ unitType: 'castle' })),
      'application/json',
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a body over the size limit',
      JSON.stringify({ ...unitBody(), name: 'x'.repeat(1_100_000) }),
      'application/json',
      413,
      'BODY_TOO_LARGE',
    ],
    ['an unsupported content type', 'name=x', 'text/plain', 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('%s', async (_name, payload, contentType, status, code) => {
    const { owner, client } = await ownerAdmin();
    const res = await client.request({
      method: 'POST',
      url: `/api/owners/${owner.id}/units`,
      headers: { 'content-type': contentType },
      payload,
    });
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toEqual(expect.any(String));
  });

  it('names the unknown field and translates it', async () => {
    const { owner, client } = await ownerAdmin();
    const res = await client.request({
      method: 'POST',
      url: `/api/owners/${owner.id}/units`,
      headers: { 'accept-language': 'en' },
      payload: { ...unitBody(), colour: 'blue' },
    });
    expect(res.json().error.fields).toEqual([{ path: '', message: 'Unknown field: colour.' }]);
  });

  it('a malformed id in the path is a 400, an unknown one a 404', async () => {
    const { owner, client } = await ownerAdmin();
    expect((await client.get(`/api/owners/${owner.id}/units/not-a-uuid`)).statusCode).toBe(400);
    const missing = await client.get(`/api/owners/${owner.id}/units/00000000-0000-4000-8000-000000000000`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it('an unknown API route is a 404 in JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('people', () => {
  function personBody(unitId: string, overrides: Record<string, unknown> = {}) {
    return {
      employeeNumber: `E-${Math.random().toString(36).slice(2, 8)}`,
      givenName: 'Ola',
      familyName: 'Nordmann',
      email: `ola.${Math.random().toString(36).slice(2, 8)}@example.no`,
      teacherEducation: 'primary_5_10',
      teacherEducationYear: 2025,
      mentorEducation: 'none',
      teachingExperienceYears: 0,
      employment: { unitId, position: 'teacher', positionPercent: 80, startDate: '2025-08-01' },
      ...overrides,
    };
  }

  it('creates a person with an employment, searches, edits and deactivates (which ends the login too)', async () => {
    const { owner, client } = await ownerAdmin();
    const unit = await buildUnit(t.db, { owner, name: 'Nordby skole' });
    const res = await client.post(
      `/api/owners/${owner.id}/people`,
      personBody(unit.id, { givenName: 'Åse', familyName: 'Ødegård' }),
    );
    expect(res.statusCode).toBe(201);
    const person = res.json();
    expect(person.employments).toEqual([
      expect.objectContaining({
        unitId: unit.id,
        unitName: 'Nordby skole',
        positionPercent: 80,
        startDate: '2025-08-01',
        endDate: null,
      }),
    ]);
    expect((await client.get(`/api/owners/${owner.id}/people?q=ødeg`)).json().total).toBe(1);
    // A full name finds the person (each word in some field); a word nobody has finds nobody.
    expect(
      (await client.get(`/api/owners/${owner.id}/people?q=${encodeURIComponent('Åse Ødegård')}`)).json().total,
    ).toBe(1);
    expect(
      (await client.get(`/api/owners/${owner.id}/people?q=${encodeURIComponent('Åse Hansen')}`)).json().total,
    ).toBe(0);
    expect((await client.get(`/api/owners/${owner.id}/people?unitId=${unit.id}`)).json().total).toBe(1);

    const ended = await client.put(
      `/api/owners/${owner.id}/people/${person.id}/employments/${person.employments[0].id}`,
      {
        unitId: unit.id,
        position: 'teacher',
        positionPercent: 80,
        startDate: '2025-08-01',
        endDate: '2026-06-30',
      },
    );
    expect(ended.json().employments[0].endDate).toBe('2026-06-30');
    expect((await client.get(`/api/owners/${owner.id}/people?unitId=${unit.id}`)).json().total).toBe(0);

    const login = await buildUser(t.db, { person: await personRow(person.id) });
    const off = await client.patch(`/api/owners/${owner.id}/people/${person.id}`, { active: false });
    expect(off.json().active).toBe(false);
    const [u] = await t.db.select().from(users).where(eq(users.id, login.id));
    expect(u?.active).toBe(false);
    await expect(signIn(t.app, login.email, login.password)).rejects.toThrow(/403/);
  });

  async function personRow(id: string) {
    const [row] = await t.db.select().from(people).where(eq(people.id, id));
    if (!row) throw new Error('no person');
    return row;
  }

  it('an end date before the start date is refused with a field message', async () => {
    const { owner, client } = await ownerAdmin();
    const unit = await buildUnit(t.db, { owner });
    const res = await client.post(
      `/api/owners/${owner.id}/people`,
      personBody(unit.id, {
        employment: {
          unitId: unit.id,
          position: 'teacher',
          positionPercent: 100,
          startDate: '2025-08-01',
          endDate: '2025-01-01',
        },
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'employment.endDate', message: 'Sluttdato kan ikke være før startdato.' },
    ]);
  });

  it('a duplicate e-mail or employee number is a 409, and nothing is written', async () => {
    const { owner, client } = await ownerAdmin();
    const unit = await buildUnit(t.db, { owner });
    const first = personBody(unit.id);
    expect((await client.post(`/api/owners/${owner.id}/people`, first)).statusCode).toBe(201);
    const sameMail = await client.post(
      `/api/owners/${owner.id}/people`,
      personBody(unit.id, { email: first.email.toUpperCase() }),
    );
    expect(sameMail.statusCode).toBe(409);
    expect(sameMail.json().error.code).toBe('EMAIL_TAKEN');
    const sameNumber = await client.post(
      `/api/owners/${owner.id}/people`,
      personBody(unit.id, { employeeNumber: first.employeeNumber }),
    );
    expect(sameNumber.json().error.code).toBe('EMPLOYEE_NUMBER_TAKEN');
    expect(await t.db.select().from(people).where(eq(people.ownerId, owner.id))).toHaveLength(1);
  });

  it('keeps subjects on the person and the stage on the employment, and refuses unknown or repeated ones', async () => {
    const { owner, client } = await ownerAdmin();
    const unit = await buildUnit(t.db, { owner });
    const created = await client.post(
      `/api/owners/${owner.id}/people`,
      personBody(unit.id, {
        subjects: ['mathematics', 'norwegian'],
        employment: {
          unitId: unit.id,
          position: 'teacher',
          positionPercent: 100,
          startDate: '2025-08-01',
          stage: '5-7',
        },
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ subjects: ['mathematics', 'norwegian'], employments: [{ stage: '5-7' }] });
    const url = `/api/owners/${owner.id}/people/${created.json().id}`;

    const cases: [unknown, string, string][] = [
      [{ subjects: ['latin'] }, 'subjects.0', 'Ugyldig valg.'],
      [{ subjects: ['music', 'music'] }, 'subjects', 'Det samme faget står flere ganger.'],
    ];
    for (const [body, path, start] of cases) {
      const res = await client.patch(url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields[0].path).toBe(path);
      expect(res.json().error.fields[0].message.slice(0, start.length)).toBe(start);
    }
    const job = created.json().employments[0];
    const badStage = await client.put(`${url}/employments/${job.id}`, {
      unitId: unit.id,
      position: 'teacher',
      positionPercent: 100,
      startDate: '2025-08-01',
      stage: '11-13',
    });
    expect(badStage.statusCode).toBe(400);
    expect(badStage.json().error.fields[0].path).toBe('stage');
    expect((await client.get(url)).json()).toMatchObject({
      subjects: ['mathematics', 'norwegian'],
      employments: [{ stage: '5-7' }],
    });

    const cleared = await client.patch(url, { subjects: [] });
    expect(cleared.json().subjects).toEqual([]);
    // Another owner's admin cannot reach this person's subjects at all.
    const stranger = await ownerAdmin();
    expect((await stranger.client.patch(url, { subjects: ['music'] })).statusCode).toBe(404);
    expect((await stranger.client.get(url)).statusCode).toBe(404);
  });

  it('an employment at another owner’s unit is refused', async () => {
    const { owner, client } = await ownerAdmin();
    const other = await buildOwner(t.db);
    const foreignUnit = await buildUnit(t.db, { owner: other });
    const res = await client.post(`/api/owners/${owner.id}/people`, personBody(foreignUnit.id));
    expect(res.statusCode).toBe(404);
    expect(await t.db.select().from(people).where(eq(people.ownerId, owner.id))).toEqual([]);
  });
});

describe('the resource team', () => {
  it('a programme coordinator keeps units and people current, but does not hand out access', async () => {
    const owner = await buildOwner(t.db);
    const user = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
    const client = await signIn(t.app, user.email, user.password);
    expect((await client.post(`/api/owners/${owner.id}/units`, unitBody())).statusCode).toBe(201);
    const person = await buildPerson(t.db, { owner });
    expect((await client.patch(`/api/owners/${owner.id}/people/${person.id}`, { givenName: 'Ny' })).statusCode).toBe(
      200,
    );
    const grant = await client.post(`/api/owners/${owner.id}/people/${person.id}/roles`, {
      role: 'mentor',
      scopeType: 'owner',
    });
    expect(grant.statusCode).toBe(403);
    expect((await client.post(`/api/owners/${owner.id}/people/${person.id}/invitation`)).statusCode).toBe(403);
    expect((await client.get(`/api/owners/${owner.id}/mail`)).statusCode).toBe(403);
    expect(await t.db.select().from(users).where(eq(users.personId, person.id))).toEqual([]);

    // Deactivating someone who can log in would lock them out: that is the administrators' call.
    const admin = await buildPerson(t.db, { owner });
    await buildUser(t.db, { person: admin, owner, roles: [{ role: 'owner_admin' }] });
    const lockOut = await client.patch(`/api/owners/${owner.id}/people/${admin.id}`, { active: false });
    expect(lockOut.statusCode).toBe(403);
    const [still] = await t.db.select().from(people).where(eq(people.id, admin.id));
    expect(still?.active).toBe(true);
    expect((await client.patch(`/api/owners/${owner.id}/people/${person.id}`, { active: false })).statusCode).toBe(200);
  });
});

describe('roles and invitations', () => {
  it('granting a role to a person without a login invites them; the link sets a password and signs them in', async () => {
    const { owner, client } = await ownerAdmin();
    const unit = await buildUnit(t.db, { owner });
    const person = await buildPerson(t.db, {
      owner,
      unit,
      givenName: 'Kari',
      email: `kari-${owner.id.slice(0, 8)}@example.no`,
    });
    const res = await client.post(`/api/owners/${owner.id}/people/${person.id}/roles`, {
      role: 'unit_leader',
      scopeType: 'unit',
      unitId: unit.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      invited: true,
      hasAccount: true,
      roles: [{ role: 'unit_leader', scopeType: 'unit', scopeId: unit.id, scopeName: unit.name }],
    });

    await t.app.drainMail();
    const [mail] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.ownerId, owner.id));
    expect(mail).toMatchObject({ toAddress: person.email, status: 'written' });
    const token = mail?.body.match(/invitasjon#([\w-]+)/)?.[1] ?? '';
    expect(token.length).toBeGreaterThan(20);

    const listed = (await client.get(`/api/owners/${owner.id}/mail`)).json();
    expect(listed.items[0].subject).toBe('Du er invitert til Tillit');

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token, password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token, password: 'kari-sitt-passord-1' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().grants).toEqual([{ role: 'unit_leader', scopeType: 'unit', scopeId: unit.id }]);
    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token, password: 'kari-sitt-passord-2' },
    });
    expect(reused.json().error.code).toBe('INVITATION_INVALID');
    await signIn(t.app, person.email, 'kari-sitt-passord-1');
  });

  it('revokes a role; the revoked role no longer reaches the owner', async () => {
    const { owner, client } = await ownerAdmin();
    const person = await buildPerson(t.db, { owner });
    const login = await buildUser(t.db, { person });
    const granted = await client.post(`/api/owners/${owner.id}/people/${person.id}/roles`, {
      role: 'programme_coordinator',
      scopeType: 'owner',
    });
    expect(granted.json().invited).toBe(false);
    const coordinator = await signIn(t.app, login.email, login.password);
    expect((await coordinator.get(`/api/owners/${owner.id}/units`)).statusCode).toBe(200);
    const grantId = granted.json().roles[0].id;
    expect((await client.delete(`/api/owners/${owner.id}/people/${person.id}/roles/${grantId}`)).statusCode).toBe(200);
    expect((await coordinator.get(`/api/owners/${owner.id}/units`)).statusCode).toBe(404);
    const [grant] = await t.db.select().from(roleGrants).where(eq(roleGrants.id, grantId));
    expect(grant?.revokedAt).toBeInstanceOf(Date);
  });

  it('refuses a role at a scope it cannot have, and national roles', async () => {
    const { owner, client } = await ownerAdmin();
    const person = await buildPerson(t.db, { owner });
    for (const body of [
      { role: 'mentor', scopeType: 'owner' },
      { role: 'national_admin', scopeType: 'owner' },
      { role: 'unit_leader', scopeType: 'unit' },
    ]) {
      const res = await client.post(`/api/owners/${owner.id}/people/${person.id}/roles`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('ROLE_SCOPE_INVALID');
    }
    expect(
      await t.db
        .select()
        .from(roleGrants)
        .where(and(eq(roleGrants.ownerId, owner.id), eq(roleGrants.role, 'mentor'))),
    ).toEqual([]);
  });
});

describe('required fields', () => {
  it('says "required" for a missing field and a missing choice, in the caller’s language', async () => {
    const { owner, client } = await ownerAdmin();
    const res = await client.request({
      method: 'POST',
      url: `/api/owners/${owner.id}/units`,
      headers: { 'accept-language': 'nn' },
      payload: { orgNumber: randomOrgNumber(), name: 'Skule' },
    });
    expect(res.json().error.fields).toEqual([{ path: 'unitType', message: 'Feltet må fyllast ut.' }]);
    const noName = await client.post(`/api/owners/${owner.id}/units`, {
      orgNumber: randomOrgNumber(),
      unitType: 'primary',
    });
    expect(noName.json().error.fields).toEqual([{ path: 'name', message: 'Feltet må fylles ut.' }]);
  });
});
