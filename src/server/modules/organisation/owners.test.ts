import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { owners } from '../../db/schema.ts';
import { buildOwner, buildUser, randomOrgNumber } from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('owners and regions', () => {
  it('a national admin creates owners and a region; the region coordinator then reaches exactly those owners', async () => {
    const admin = await buildUser(t.db, { roles: [{ role: 'national_admin', national: true }] });
    const client = await signIn(t.app, admin.email, admin.password);
    const a = await client.post('/api/owners', {
      name: 'Alfa kommune',
      kind: 'municipality',
      orgNumber: randomOrgNumber(),
    });
    expect(a.statusCode).toBe(201);
    const b = await client.post('/api/owners', {
      name: 'Beta friskole',
      kind: 'private',
      orgNumber: randomOrgNumber(),
    });
    const outside = await buildOwner(t.db);
    const region = await client.post('/api/regions', { name: 'Testregionen', ownerIds: [a.json().id, b.json().id] });
    expect(region.statusCode).toBe(201);
    expect(region.json().ownerIds).toHaveLength(2);

    const coordinator = await buildUser(t.db, { roles: [{ role: 'region_coordinator', regionId: region.json().id }] });
    const rc = await signIn(t.app, coordinator.email, coordinator.password);
    const me = (await rc.get('/api/auth/me')).json();
    expect(me.owners.map((o: { name: string }) => o.name)).toEqual(['Alfa kommune', 'Beta friskole']);
    expect(me.owners[0].abilities).toEqual({
      viewOrganisation: true,
      manageOrganisation: false,
      manageAccess: false,
      viewMail: false,
    });
    expect((await rc.get(`/api/owners/${a.json().id}/units`)).statusCode).toBe(200);
    expect((await rc.get(`/api/owners/${outside.id}/units`)).statusCode).toBe(404);
    expect((await rc.get('/api/regions')).json().items.map((r: { name: string }) => r.name)).toEqual(['Testregionen']);
    // Only the national admin changes a region.
    expect((await rc.put(`/api/regions/${region.json().id}`, { name: 'Nytt navn', ownerIds: [] })).statusCode).toBe(
      403,
    );
    const renamed = await client.put(`/api/regions/${region.json().id}`, {
      name: 'Nytt navn',
      ownerIds: [a.json().id],
    });
    expect(renamed.json()).toMatchObject({ name: 'Nytt navn', ownerIds: [a.json().id] });
    expect((await rc.get(`/api/owners/${b.json().id}/units`)).statusCode).toBe(404);
  });

  it('only a national admin creates owners; an invalid org number is a 400', async () => {
    const owner = await buildOwner(t.db);
    const ownerAdmin = await buildUser(t.db, { owner, roles: [{ role: 'owner_admin' }] });
    const client = await signIn(t.app, ownerAdmin.email, ownerAdmin.password);
    const res = await client.post('/api/owners', { name: 'Ny', kind: 'municipality', orgNumber: randomOrgNumber() });
    expect(res.statusCode).toBe(403);
    const national = await buildUser(t.db, { roles: [{ role: 'national_admin', national: true }] });
    const nc = await signIn(t.app, national.email, national.password);
    const bad = await nc.post('/api/owners', { name: 'Ny', kind: 'municipality', orgNumber: '123456789' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('orgNumber');
    const taken = await nc.post('/api/owners', { name: 'Ny', kind: 'municipality', orgNumber: owner.orgNumber });
    expect(taken.json().error.code).toBe('ORG_NUMBER_TAKEN');
  });

  it('an owner admin renames their own owner; another region is not found', async () => {
    const owner = await buildOwner(t.db);
    const ownerAdmin = await buildUser(t.db, { owner, roles: [{ role: 'owner_admin' }] });
    const client = await signIn(t.app, ownerAdmin.email, ownerAdmin.password);
    const res = await client.patch(`/api/owners/${owner.id}`, { name: 'Nytt kommunenavn' });
    expect(res.json().name).toBe('Nytt kommunenavn');
    const [row] = await t.db.select().from(owners).where(eq(owners.id, owner.id));
    expect(row?.name).toBe('Nytt kommunenavn');
    expect((await client.get('/api/regions/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await client.get('/api/owners')).json().items.map((o: { id: string }) => o.id)).toEqual([owner.id]);
  });
});
