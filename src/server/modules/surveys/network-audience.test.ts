import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyDetail, SurveyNetworkGroup } from '../../../shared/schemas/surveys.ts';
import { mailOutbox, networkGroupings, networkGroupMembers, networkGroups } from '../../db/schema.ts';
import { buildEnrolment, buildOwner, buildPerson, buildProgramme, buildUnit, buildUser } from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Six NQTs in two NQT network groups (A: 0–2, B: 3–4; NQT 5 in none) and a coordinator. */
async function setup() {
  const owner = await buildOwner(t.db);
  const unit = await buildUnit(t.db, { owner });
  const programme = await buildProgramme(t.db, { owner });
  const nqts: Awaited<ReturnType<typeof buildPerson>>[] = [];
  for (let i = 0; i < 6; i++) {
    const person = await buildPerson(t.db, { owner, unit, givenName: `Nett${i}` });
    await buildEnrolment(t.db, { programme, person, unit, startDate: '2026-08-10' });
    nqts.push(person);
  }
  const [grouping] = await t.db
    .insert(networkGroupings)
    .values({ ownerId: owner.id, programmeId: programme.id, kind: 'nqt', maxPerUnit: 2, keepKindergartenApart: false })
    .returning();
  const group = async (name: string, position: number, members: typeof nqts) => {
    const [row] = await t.db
      .insert(networkGroups)
      .values({
        ownerId: owner.id,
        groupingId: grouping?.id ?? '',
        programmeId: programme.id,
        kind: 'nqt',
        name,
        pool: 'all',
        position,
      })
      .returning();
    for (const m of members)
      await t.db
        .insert(networkGroupMembers)
        .values({ ownerId: owner.id, groupId: row?.id ?? '', programmeId: programme.id, kind: 'nqt', personId: m.id });
    return row?.id ?? '';
  };
  const groupA = await group('Nettverk A', 0, nqts.slice(0, 3));
  const groupB = await group('Nettverk B', 1, nqts.slice(3, 5));
  const coordinatorUser = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
  const coordinator = await signIn(t.app, coordinatorUser.email, coordinatorUser.password);
  const base = `/api/owners/${owner.id}/surveys`;
  const survey: SurveyDetail = (
    await coordinator.post(base, { template: 'nqt_yearly', programmeId: programme.id, mode: 'anonymous' })
  ).json();
  return { owner, programme, nqts, groupA, groupB, coordinator, base, survey };
}

describe('network audiences', () => {
  it('list the owner’s network groups with member counts', async () => {
    const s = await setup();
    const res = await s.coordinator.get(`/api/owners/${s.owner.id}/survey-networks`);
    expect(res.statusCode).toBe(200);
    const items: SurveyNetworkGroup[] = res.json().items;
    expect(items.map((g) => [g.name, g.kind, g.members])).toEqual([
      ['Nettverk A', 'nqt', 3],
      ['Nettverk B', 'nqt', 2],
    ]);
  });

  it('narrow preview and send to the members of the picked groups', async () => {
    const s = await setup();
    const audience = { roles: ['nqt'], programmeId: s.programme.id, unitIds: [], networkIds: [s.groupB] };
    const preview = await s.coordinator.post(`${s.base}/${s.survey.id}/audience-preview`, { audience });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().total).toBe(2);
    const both = await s.coordinator.post(`${s.base}/${s.survey.id}/audience-preview`, {
      audience: { ...audience, networkIds: [s.groupA, s.groupB] },
    });
    expect(both.json().total).toBe(5);
    // Roles still apply: no mentors in an NQT network.
    const mentors = await s.coordinator.post(`${s.base}/${s.survey.id}/audience-preview`, {
      audience: { ...audience, roles: ['mentor'] },
    });
    expect(mentors.json().total).toBe(0);

    const sent = await s.coordinator.post(`${s.base}/${s.survey.id}/send`, {
      audience,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().invited).toBe(2);
    expect(sent.json().survey.audience.networkIds).toEqual([s.groupB]);
    const mails = await t.db
      .select({ to: mailOutbox.toAddress })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.ownerId, s.owner.id), like(mailOutbox.idempotencyKey, 'survey-invitation:%')));
    expect(mails.map((m) => m.to).sort()).toEqual([s.nqts[3]?.email, s.nqts[4]?.email].sort());
  });

  it('refuse another owner’s group with 404, and another owner’s coordinator gets 404 on the list', async () => {
    const s = await setup();
    const other = await setup();
    const res = await s.coordinator.post(`${s.base}/${s.survey.id}/audience-preview`, {
      audience: { roles: ['nqt'], programmeId: null, unitIds: [], networkIds: [other.groupA] },
    });
    expect(res.statusCode).toBe(404);
    const list = await other.coordinator.get(`/api/owners/${s.owner.id}/survey-networks`);
    expect(list.statusCode).toBe(404);
  });
});
