import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgreementParties, buildUser } from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('GET …/programmes/:programmeId/overview', () => {
  it('gives the programme at a glance, with the same figures as its parts', async () => {
    // Two NQTs enrolled at Løvåsen, one paired with Mette; nothing logged since they started 10 August.
    const s = await buildAgreementParties(t.db);
    const coordinator = await buildUser(t.db, { owner: s.owner, roles: [{ role: 'programme_coordinator' }] });
    const client = await signIn(t.app, coordinator.email, coordinator.password);
    const base = `/api/owners/${s.owner.id}/programmes/${s.programme.id}`;
    expect((await client.post(`${base}/agreements`, {})).statusCode).toBe(200);

    const res = await client.get(`${base}/overview`);
    expect(res.statusCode).toBe(200);
    const overview = res.json();
    expect(overview.reach).toEqual({ notReached: 0, enrolled: 2, left: 0 });
    expect(overview.matching).toEqual({ accepted: 1, proposed: 0, unmatched: 1 });
    expect(overview.agreements).toEqual({ count: 2, signed: 0 });
    const compliance = (await client.get(`${base}/compliance`)).json();
    expect(overview.mentoring).toMatchObject({
      plannedMinutesToDate: compliance.programme.plannedMinutesToDate,
      heldMinutesToDate: 0,
      behind: compliance.nqts.filter((n: { isBehind: boolean }) => n.isBehind).length,
      mentorsTold: 0,
    });
    expect(overview.subGoalMinutes).toEqual(compliance.subGoalMinutes);
  });

  it('is for those who follow the programme: a mentor of the owner is refused', async () => {
    const s = await buildAgreementParties(t.db);
    const mentor = await buildUser(t.db, {
      owner: s.owner,
      person: s.mentor,
      roles: [{ role: 'mentor', unit: s.unit }],
    });
    const client = await signIn(t.app, mentor.email, mentor.password);
    const res = await client.get(`/api/owners/${s.owner.id}/programmes/${s.programme.id}/overview`);
    expect(res.statusCode).toBe(403);
  });
});
