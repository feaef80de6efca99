import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyNetwork, NetworkProposal, NetworkView, SaveNetworkInput } from '../../../shared/schemas/networks.ts';
import { enrolments, networkGroupMembers, networkMeetings, programmes, units as unitsTable } from '../../db/schema.ts';
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

/*
 * Network groups through HTTP: a proposal from the real solver (in its worker), saving it, moving people
 * by hand under the same rules, the issues when no grouping can exist, last year's groups kept, and
 * "my network" for an NQT. Groups of 3–5 keep the fixtures small.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const NQT_START = '2026-08-10';

async function setup(schoolYear: `${number}-${number}` = '2026-27', existing?: { owner: OwnerRow; units: UnitRow[] }) {
  const owner = existing?.owner ?? (await buildOwner(t.db));
  const user = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
  const client = await signIn(t.app, user.email, user.password);
  const programme = await buildProgramme(t.db, { owner, schoolYear });
  await t.db
    .update(programmes)
    .set({ settings: { ...programme.settings, networkGroupSize: { min: 3, max: 5 } } })
    .where(eq(programmes.id, programme.id));
  const units = existing?.units ?? [
    await buildUnit(t.db, { owner, unitType: 'primary', name: 'Skole A' }),
    await buildUnit(t.db, { owner, unitType: 'primary', name: 'Skole B' }),
    await buildUnit(t.db, { owner, unitType: 'lower_secondary', name: 'Skole C' }),
    await buildUnit(t.db, { owner, unitType: 'kindergarten', name: 'Barnehage D' }),
    await buildUnit(t.db, { owner, unitType: 'kindergarten', name: 'Barnehage E' }),
  ];
  const base = `/api/owners/${owner.id}/programmes/${programme.id}/networks`;
  const nqt = async (unit: UnitRow, givenName: string) => {
    const person = await buildPerson(t.db, {
      owner,
      unit,
      givenName,
      startDate: NQT_START,
      teacherEducationYear: 2026,
      teachingExperienceYears: 0,
    });
    await buildEnrolment(t.db, { programme, person, unit, startDate: NQT_START });
    return person;
  };
  return { owner, client, programme, base, units, nqt };
}

/** 8 school NQTs (3 + 3 + 2 over three schools) and 3 in two kindergartens (2 + 1). */
async function populate(s: Awaited<ReturnType<typeof setup>>) {
  const [a, b, c, d, e] = s.units as [UnitRow, UnitRow, UnitRow, UnitRow, UnitRow];
  const people = [];
  for (const [unit, names] of [
    [a, ['Anne', 'Are', 'Astrid']],
    [b, ['Bente', 'Bjørn', 'Berit']],
    [c, ['Cecilie', 'Carl']],
    [d, ['Dina', 'Dag']],
    [e, ['Dorte']],
  ] as const) {
    for (const name of names) people.push(await s.nqt(unit, name));
  }
  return people;
}

async function propose(client: Client, base: string, body: unknown) {
  const res = await client.post(`${base}/nqt/propose`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as NetworkProposal;
}

const asSave = (p: NetworkProposal): SaveNetworkInput => ({
  ...p.rules,
  groups: p.groups.map((g) => ({
    name: g.name,
    pool: g.pool,
    continuesGroupId: g.continuesGroupId,
    memberIds: g.members.map((m) => m.personId),
  })),
  solve: { status: p.status, objective: p.objective, gap: p.gap },
});

describe('network groups', () => {
  it('proposes groups within the rules, saves them, and moves people only within the rules', async () => {
    const s = await setup();
    await populate(s);
    const proposal = await propose(s.client, s.base, { maxPerUnit: 2, keepKindergartenApart: true });
    expect(proposal.status).toBe('optimal');
    expect(proposal.groups.map((g) => [g.name, g.pool, g.members.length])).toEqual([
      ['Barnehage 1', 'kindergarten', 3],
      ['Skole 1', 'school', 4],
      ['Skole 2', 'school', 4],
    ]);
    for (const g of proposal.groups) {
      expect(g.why.maxFromOneUnit).toBeLessThanOrEqual(2);
      expect(g.why.size).toBe(g.members.length);
    }

    // Nothing is saved by a proposal.
    const before = (await s.client.get(`${s.base}/nqt`)).json() as NetworkView;
    expect(before.saved).toBe(false);
    expect(before.unassigned).toHaveLength(11);

    const saved = await s.client.put(`${s.base}/nqt`, asSave(proposal));
    expect(saved.statusCode, saved.body).toBe(200);
    const view = saved.json() as NetworkView;
    expect(view.saved).toBe(true);
    expect(view.groups.map((g) => g.members.length)).toEqual([3, 4, 4]);
    expect(view.unassigned).toEqual([]);
    expect(view.issues).toEqual([]);
    expect(view.lastSolve?.status).toBe('optimal');

    // A school NQT into the kindergarten group: refused, in words, and nothing changes.
    const [kindergarten, school1, school2] = view.groups as [
      NetworkView['groups'][number],
      NetworkView['groups'][number],
      NetworkView['groups'][number],
    ];
    const mover = school1.members[0];
    if (!mover) throw new Error('no member');
    const mixed = await s.client.post(`${s.base}/nqt/moves`, { personId: mover.personId, toGroupId: kindergarten.id });
    expect(mixed.statusCode).toBe(422);
    expect(mixed.json().error.code).toBe('NETWORK_GROUPS_INVALID');
    expect(mixed.json().error.details.issues).toContainEqual({
      code: 'mixed_pools',
      params: { groupKey: kindergarten.id, group: 'Barnehage 1' },
    });
    const [row] = await t.db.select().from(networkGroupMembers).where(eq(networkGroupMembers.personId, mover.personId));
    expect(row?.groupId).toBe(school1.id);

    // Into the other school group: fine unless it breaks the unit limit there.
    const unitCount = (g: typeof school2, unitId: string | null) => g.members.filter((m) => m.unitId === unitId).length;
    const allowed = school1.members.find((m) => unitCount(school2, m.unitId) < 2);
    const refused = school1.members.find((m) => unitCount(school2, m.unitId) >= 2);
    if (!allowed) throw new Error('every member would break the unit limit');
    const moved = await s.client.post(`${s.base}/nqt/moves`, { personId: allowed.personId, toGroupId: school2.id });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = moved.json() as NetworkView;
    expect(after.groups.map((g) => g.members.length)).toEqual([3, 3, 5]);
    if (refused) {
      const res = await s.client.post(`${s.base}/nqt/moves`, { personId: refused.personId, toGroupId: school2.id });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.details.issues.map((i: { code: string }) => i.code)).toContain('group_too_large');
    }
    // A sixth member is one too many.
    const sixth = after.groups[1]?.members[0];
    const tooMany = await s.client.post(`${s.base}/nqt/moves`, { personId: sixth?.personId, toGroupId: school2.id });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().error.details.issues).toContainEqual(
      expect.objectContaining({ code: 'group_too_large', params: expect.objectContaining({ size: 6, max: 5 }) }),
    );

    // Renaming a group.
    const renamed = await s.client.patch(`${s.base}/nqt/groups/${school2.id}`, { name: 'Lillestrøm sør' });
    expect(renamed.statusCode).toBe(200);
    expect((renamed.json() as NetworkView).groups[2]?.name).toBe('Lillestrøm sør');
  });

  it('saving again keeps the groups and their meetings; a save that would drop a group with meetings is refused', async () => {
    const s = await setup();
    await t.db
      .update(programmes)
      .set({ settings: { ...s.programme.settings, networkGroupSize: { min: 3, max: 6 } } })
      .where(eq(programmes.id, s.programme.id));
    await populate(s);
    const proposal = await propose(s.client, s.base, { maxPerUnit: 2, keepKindergartenApart: true });
    const first = (await s.client.put(`${s.base}/nqt`, asSave(proposal))).json() as NetworkView;
    const [kindergarten, school1, school2] = first.groups as [
      NetworkView['groups'][number],
      NetworkView['groups'][number],
      NetworkView['groups'][number],
    ];
    const meeting = async (groupId: string) => {
      const [row] = await t.db
        .insert(networkMeetings)
        .values({
          ownerId: s.owner.id,
          programmeId: s.programme.id,
          groupId,
          kind: 'nqt',
          theme: 'coping',
          title: 'Mestring',
          subGoals: [],
          place: 'Rådhuset',
          startsAt: new Date('2026-12-01T13:00:00Z'),
          endsAt: new Date('2026-12-01T15:00:00Z'),
          facilitatorPersonIds: [],
          externalFacilitators: [],
        })
        .returning();
      return row as typeof networkMeetings.$inferSelect;
    };
    const kgMeeting = await meeting(kindergarten.id as string);
    const schoolMeeting = await meeting(school1.id as string);

    // The same proposal saved again: the same groups (ids), so the meetings stay.
    const again = await s.client.put(`${s.base}/nqt`, asSave(proposal));
    expect(again.statusCode, again.body).toBe(200);
    expect((again.json() as NetworkView).groups.map((g) => g.id)).toEqual([kindergarten.id, school1.id, school2.id]);
    const stored = await t.db.select().from(networkMeetings).where(eq(networkMeetings.programmeId, s.programme.id));
    expect(stored.map((m) => m.id).sort()).toEqual([kgMeeting.id, schoolMeeting.id].sort());

    // Two mixed groups instead of three: the kindergarten group would go with its meeting. Refused.
    const ids = (g: typeof school1) => g.members.map((m) => m.personId);
    const [dina, dag, dorte] = ids(kindergarten) as [string, string, string];
    const fewer: SaveNetworkInput = {
      maxPerUnit: 3,
      keepKindergartenApart: false,
      groups: [
        { name: 'Blandet 1', pool: 'all', memberIds: [...ids(school1), dina] },
        { name: 'Blandet 2', pool: 'all', memberIds: [...ids(school2), dag, dorte] },
      ],
    };
    const refused = await s.client.put(`${s.base}/nqt`, fewer);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'NETWORK_GROUP_HAS_MEETINGS',
      details: { groups: ['Barnehage 1'] },
    });
    const unchanged = (await s.client.get(`${s.base}/nqt`)).json() as NetworkView;
    expect(unchanged.groups.map((g) => [g.id, g.members.length])).toEqual(
      first.groups.map((g) => [g.id, g.members.length]),
    );

    // Once its meeting is cancelled (no attendance taken), the group may go; the school meeting stays.
    await t.db.update(networkMeetings).set({ cancelledAt: new Date() }).where(eq(networkMeetings.id, kgMeeting.id));
    const saved = await s.client.put(`${s.base}/nqt`, fewer);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as NetworkView).groups.map((g) => g.id)).toEqual([school1.id, school2.id]);
    const left = await t.db.select().from(networkMeetings).where(eq(networkMeetings.programmeId, s.programme.id));
    expect(left.map((m) => m.id)).toEqual([schoolMeeting.id]);
  });

  it('keeps travel short when the units have coordinates: each group stays in one town', async () => {
    const owner = await buildOwner(t.db);
    const town = async (name: string, latitude: number, longitude: number) => {
      const unit = await buildUnit(t.db, { owner, unitType: 'primary', name });
      await t.db.update(unitsTable).set({ latitude, longitude }).where(eq(unitsTable.id, unit.id));
      return unit;
    };
    // Two schools in Lillestrøm and two in Tromsø, about 1,150 km apart.
    const units = [
      await town('Lillestrøm skole', 59.956, 11.049),
      await town('Tromsø skole', 69.649, 18.955),
      await town('Kjeller skole', 59.97, 11.04),
      await town('Tromsdalen skole', 69.643, 19.0),
    ];
    const s = await setup('2026-27', { owner, units });
    const town_ = new Map<string, string>();
    for (const [i, unit] of units.entries()) {
      for (const n of [1, 2]) {
        const person = await s.nqt(unit, `NQT ${i}-${n}`);
        town_.set(person.id, i % 2 === 0 ? 'Lillestrøm' : 'Tromsø');
      }
    }
    const proposal = await propose(s.client, s.base, { maxPerUnit: 2, keepKindergartenApart: true });
    expect(proposal.status).toBe('optimal');
    expect(proposal.groups.map((g) => g.members.length)).toEqual([4, 4]);
    for (const g of proposal.groups) {
      expect(new Set(g.members.map((m) => town_.get(m.personId))).size).toBe(1);
    }
  });

  it('says which rule fails when no grouping can exist, and refuses a hand-made grouping that breaks one', async () => {
    const s = await setup();
    const people = await populate(s);
    // Three from Skole A and at most one per group: two school groups cannot take them.
    const proposal = await propose(s.client, s.base, { maxPerUnit: 1, keepKindergartenApart: true });
    expect(proposal.status).toBe('infeasible');
    expect(proposal.groups).toEqual([]);
    // Both pools fail: the kindergarten's one group takes one of Barnehage D's two, the schools' two
    // groups two of the three from Skole A (or B).
    expect(proposal.issues).toMatchObject([
      {
        code: 'unit_limit',
        params: { pool: 'kindergarten', unitName: 'Barnehage D', count: 2, groups: 1, capacity: 1 },
      },
      { code: 'unit_limit', params: { pool: 'school', count: 3, limit: 1, groups: 2, capacity: 2 } },
    ]);
    expect(['Skole A', 'Skole B']).toContain(proposal.issues[1]?.params.unitName);

    // Kept together, 11 make two or three groups of 3–5: feasible.
    expect((await propose(s.client, s.base, { maxPerUnit: 2, keepKindergartenApart: false })).status).not.toBe(
      'infeasible',
    );

    const ids = people.map((p) => p.id);
    const bad = await s.client.put(`${s.base}/nqt`, {
      maxPerUnit: 2,
      keepKindergartenApart: true,
      groups: [
        { name: 'Alle fra A', pool: 'school', memberIds: ids.slice(0, 3) },
        { name: 'Resten', pool: 'all', memberIds: ids.slice(3) },
      ],
    });
    expect(bad.statusCode).toBe(422);
    const codes = bad.json().error.details.issues.map((i: { code: string }) => i.code);
    // Skole A's three in the first group, Skole B's three in the second, which is also too big and mixed.
    expect(codes).toEqual(['unit_over_limit', 'group_too_large', 'unit_over_limit', 'mixed_pools']);
    expect(bad.json().error.details.issues[0].params).toMatchObject({ group: 'Alle fra A', count: 3, limit: 2 });
    expect(((await s.client.get(`${s.base}/nqt`)).json() as NetworkView).saved).toBe(false);
  });

  it('keeps year-two NQTs with last year’s group', async () => {
    const last = await setup('2025-26');
    const people = await populate(last);
    const lastYear = await propose(last.client, last.base, { maxPerUnit: 2, keepKindergartenApart: true });
    expect((await last.client.put(`${last.base}/nqt`, asSave(lastYear))).statusCode).toBe(200);
    const lastView = (await last.client.get(`${last.base}/nqt`)).json() as NetworkView;

    // This year: the same people, now in year two, and new year-one NQTs in the same schools.
    const now = await setup('2026-27', { owner: last.owner, units: last.units });
    const [a, b, c] = last.units as [UnitRow, UnitRow, UnitRow];
    for (const p of people) {
      await buildEnrolment(t.db, {
        programme: now.programme,
        person: p,
        unit: { id: p.id === '' ? '' : await unitOf(p.id) },
        startDate: NQT_START,
      });
    }
    await t.db.update(enrolments).set({ programmeYear: 2 }).where(eq(enrolments.programmeId, now.programme.id));
    for (const [unit, name] of [
      [a, 'Nils'],
      [b, 'Nina'],
      [c, 'Nora'],
      [c, 'Ned'],
    ] as const)
      await now.nqt(unit, name);

    const proposal = await propose(now.client, now.base, { maxPerUnit: 3, keepKindergartenApart: true });
    expect(proposal.status).toBe('optimal');
    expect(proposal.separatedFromLastYear).toBe(0);
    for (const old of lastView.groups) {
      const continued = proposal.groups.find((g) => g.continuesGroupId === old.id);
      expect(continued?.continuesGroupName).toBe(old.name);
      expect(continued?.members.map((m) => m.personId).sort()).toEqual(
        expect.arrayContaining(old.members.map((m) => m.personId).sort()),
      );
      expect(continued?.why.keptFromLastYear).toBe(old.members.length);
    }
    const member = proposal.groups.flatMap((g) => g.members).find((m) => m.programmeYear === 2);
    expect(member?.lastGroupName).toBeTruthy();
  });

  it('shows an NQT their own group under /api/me/networks, and nobody else’s', async () => {
    const s = await setup();
    const people = await populate(s);
    const proposal = await propose(s.client, s.base, { maxPerUnit: 2, keepKindergartenApart: true });
    await s.client.put(`${s.base}/nqt`, asSave(proposal));
    const me = people[0];
    if (!me) throw new Error('no NQT');
    const nqtUser = await buildUser(t.db, { owner: s.owner, person: me, roles: [{ role: 'nqt', unit: s.units[0] }] });
    const nqtClient = await signIn(t.app, nqtUser.email, nqtUser.password);
    const mine = (await nqtClient.get('/api/me/networks')).json() as MyNetwork;
    expect(mine.groups).toHaveLength(1);
    const group = mine.groups[0];
    const expected = proposal.groups.find((g) => g.members.some((m) => m.personId === me.id));
    expect(group?.name).toBe(expected?.name);
    expect(group?.members.map((m) => m.personId).sort()).toEqual(expected?.members.map((m) => m.personId).sort());
    expect(group?.members.find((m) => m.isMe)?.personId).toBe(me.id);
    expect(group?.members.find((m) => m.personId === me.id)?.unitName).toBe('Skole A');

    // An NQT may not see the coordinator's page nor propose.
    expect((await nqtClient.get(`${s.base}/nqt`)).statusCode).toBe(403);
    expect(
      (await nqtClient.post(`${s.base}/nqt/propose`, { maxPerUnit: 2, keepKindergartenApart: true })).statusCode,
    ).toBe(403);
    // A user without a person has no network.
    expect(((await s.client.get('/api/me/networks')).json() as MyNetwork).groups).toEqual([]);
  });

  it('forms mentor networks from the programme’s mentors', async () => {
    const s = await setup();
    for (const [i, unit] of s.units.slice(0, 3).entries()) {
      for (const name of ['M1', 'M2']) {
        const person = await buildPerson(t.db, {
          owner: s.owner,
          unit,
          givenName: `${name}-${i}`,
          startDate: '2015-08-01',
        });
        await buildMentorProfile(t.db, { programme: s.programme, person });
      }
    }
    const res = await s.client.post(`${s.base}/mentor/propose`, { maxPerUnit: 1, keepKindergartenApart: true });
    expect(res.statusCode, res.body).toBe(200);
    const proposal = res.json() as NetworkProposal;
    expect(proposal.status).toBe('optimal');
    expect(proposal.groups.map((g) => [g.name, g.members.length])).toEqual([
      ['Veiledere skole 1', 3],
      ['Veiledere skole 2', 3],
    ]);
    for (const g of proposal.groups) for (const m of g.members) expect(m.programmeYear).toBeNull();
    expect((await s.client.get(`${s.base}/nqt`)).json().participants).toBe(0);
  });
});

async function unitOf(personId: string): Promise<string> {
  const [row] = await t.db
    .select({ unitId: enrolments.unitId })
    .from(enrolments)
    .where(and(eq(enrolments.personId, personId)));
  return row?.unitId ?? '';
}
