import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAgreementParties,
  buildEnrolment,
  buildMentorProfile,
  buildPerson,
  buildUnit,
  buildUser,
  type GrantSpec,
} from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Løvåsen (head Hege, two NQTs, one paired with Mette) and a second school of the same owner. */
async function setup() {
  const s = await buildAgreementParties(t.db);
  const login = async (roles: GrantSpec[], person?: typeof s.nqt) => {
    const user = await buildUser(t.db, { owner: s.owner, ...(person ? { person } : {}), roles });
    return signIn(t.app, user.email, user.password);
  };
  const otherUnit = await buildUnit(t.db, { owner: s.owner, name: 'Nordby skole' });
  const elsewhere = await buildPerson(t.db, {
    owner: s.owner,
    unit: otherUnit,
    givenName: 'Eirik',
    startDate: '2026-08-10',
  });
  await buildEnrolment(t.db, { programme: s.programme, person: elsewhere, unit: otherUnit, startDate: '2026-08-10' });
  await buildMentorProfile(t.db, { programme: s.programme, person: s.mentor, capacity: 2 });
  return {
    ...s,
    otherUnit,
    coordinator: await login([{ role: 'programme_coordinator' }]),
    // Hege is the head by employment and also holds the unit-leader grant, as in the demo.
    asHead: await login([{ role: 'unit_leader', unit: s.unit }], s.head),
    asMentor: await login([{ role: 'mentor', unit: s.unit }], s.mentor),
  };
}

describe('GET /api/me/units (the unit leader’s view)', () => {
  it('shows the led unit’s NQTs with figures, mentors and who has not accepted the agreement — and nothing of other units', async () => {
    const s = await setup();
    const base = `/api/owners/${s.owner.id}/programmes/${s.programme.id}`;
    expect((await s.coordinator.post(`${base}/agreements`, {})).statusCode).toBe(200);
    const res = await s.asHead.get('/api/me/units');
    expect(res.statusCode).toBe(200);
    const { units } = res.json();
    expect(units.map((u: { unitId: string }) => u.unitId)).toEqual([s.unit.id]);
    const [programme] = units[0].programmes;
    expect(programme.programmeId).toBe(s.programme.id);
    const names = programme.nqts.map((n: { name: string }) => n.name);
    expect(names).toHaveLength(2);
    expect(names.join()).toContain('Åse');
    expect(names.join()).not.toContain('Eirik');
    const paired = programme.nqts.find((n: { enrolmentId: string }) => n.enrolmentId === s.enrolment.id);
    expect(paired.mentorName).toContain('Mette');
    // Started 10 August, nothing logged by today: planned time, none held, behind.
    expect(paired.plannedMinutesToDate).toBeGreaterThan(0);
    expect(paired.heldMinutesToDate).toBe(0);
    expect(paired.isBehind).toBe(true);
    expect(paired.agreement.isSigned).toBe(false);
    expect(paired.agreement.notAccepted.map((p: { party: string }) => p.party)).toEqual(
      expect.arrayContaining(['nqt', 'mentor', 'unit_leader']),
    );
    expect(programme.mentors).toEqual([
      expect.objectContaining({ personId: s.mentor.id, capacity: 2, nqtCount: 1, mentorEducation: 'none' }),
    ]);
    expect(programme.unit.plannedMinutesToDate).toBe(
      programme.nqts.reduce((sum: number, n: { plannedMinutesToDate: number }) => sum + n.plannedMinutesToDate, 0),
    );
  });

  it('is empty for a mentor who leads no unit, and for a leader of another owner', async () => {
    const s = await setup();
    expect((await s.asMentor.get('/api/me/units')).json()).toEqual({ units: [] });
    const other = await buildAgreementParties(t.db);
    const otherHead = await buildUser(t.db, {
      owner: other.owner,
      person: other.head,
      roles: [{ role: 'unit_leader', unit: other.unit }],
    });
    const client = await signIn(t.app, otherHead.email, otherHead.password);
    const units = (await client.get('/api/me/units')).json().units;
    expect(units.map((u: { unitId: string }) => u.unitId)).toEqual([other.unit.id]);
    expect(JSON.stringify(units)).not.toContain(s.nqt.familyName);
  });

  it('a unit-leader grant alone (not employed as head) is enough', async () => {
    const s = await setup();
    const deputy = await buildUser(t.db, {
      owner: s.owner,
      person: await buildPerson(t.db, { owner: s.owner, givenName: 'Dina' }),
      roles: [{ role: 'unit_leader', unit: s.otherUnit }],
    });
    const client = await signIn(t.app, deputy.email, deputy.password);
    const units = (await client.get('/api/me/units')).json().units;
    expect(units.map((u: { name: string }) => u.name)).toEqual(['Nordby skole']);
    expect(units[0].programmes[0].nqts.map((n: { name: string }) => n.name).join()).toContain('Eirik');
  });
});
