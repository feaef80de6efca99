import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, employments, enrolments, programmes } from '../../db/schema.ts';
import { buildOwner, buildPerson, buildProgramme, buildUnit, buildUser } from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';

/*
 * Dates are chosen inside school year 2026-27 so the answers hold whatever day the suite runs: a
 * programme is looked at on today's date held inside its school year.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function coordinator() {
  const owner = await buildOwner(t.db);
  const user = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
  const client = await signIn(t.app, user.email, user.password);
  return { owner, client };
}

describe('programmes', () => {
  it('a coordinator creates a programme with the default settings, lists, reads and edits it', async () => {
    const { owner, client } = await coordinator();
    const base = `/api/owners/${owner.id}/programmes`;
    const created = await client.post(base, { schoolYear: '2026-27' });
    expect(created.statusCode).toBe(201);
    const programme = created.json();
    expect(programme).toMatchObject({
      ownerId: owner.id,
      regionId: null,
      schoolYear: '2026-27',
      name: 'Veiledning av nyutdannede 2026-27',
      abilities: { manage: true },
    });
    expect(programme.settings).toMatchObject({
      scaleByPosition: false,
      networkGroupSize: { min: 10, max: 15 },
      behindScheduleThresholdPercent: 80,
      nudges: { enabled: true, mentorAfterDays: 7, leaderAfterDays: 21 },
      calendar: { firstDay: '2026-08-17', lastDay: '2027-06-18' },
    });
    expect(programme.settings.cadences.primary).toEqual({
      year1: { frequency: 'weekly', minutes: 60 },
      year2: { frequency: 'weekly', minutes: 30 },
    });
    expect(programme.settings.cadences.kindergarten.year2).toEqual({ frequency: 'monthly', minutes: 60 });
    expect(programme.settings.calendar.holidays.map((h: { name: string }) => h.name)).toContain('easter');

    const again = await client.post(base, { schoolYear: '2026-27' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PROGRAMME_EXISTS');
    expect((await client.post(base, { schoolYear: '2027-28', name: 'Neste år' })).statusCode).toBe(201);
    const list = (await client.get(base)).json();
    expect(list.items.map((p: { schoolYear: string }) => p.schoolYear)).toEqual(['2026-27', '2027-28']);

    const calendar = {
      ...programme.settings.calendar,
      holidays: [
        ...programme.settings.calendar.holidays,
        { from: '2027-05-07', to: '2027-05-07', name: 'Inneklemt fredag' },
      ],
    };
    const cadences = {
      ...programme.settings.cadences,
      kindergarten: { year1: { frequency: 'monthly', minutes: 45 }, year2: { frequency: 'monthly', minutes: 45 } },
    };
    const edited = await client.patch(`${base}/${programme.id}`, {
      name: 'NNL 2026-27',
      settings: { calendar, cadences, behindScheduleThresholdPercent: 75 },
    });
    expect(edited.statusCode).toBe(200);
    const read = (await client.get(`${base}/${programme.id}`)).json();
    expect(read.name).toBe('NNL 2026-27');
    expect(read.settings.behindScheduleThresholdPercent).toBe(75);
    expect(read.settings.cadences.kindergarten.year1.minutes).toBe(45);
    expect(read.settings.calendar.holidays.at(-1).name).toBe('Inneklemt fredag');
    expect(read.settings.networkGroupSize).toEqual({ min: 10, max: 15 }); // parts not sent are kept

    const actions = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.ownerId, owner.id));
    expect(actions.map((a) => a.action).sort()).toEqual(['programme.create', 'programme.create', 'programme.update']);
  });

  it.each([
    ['a school year that does not follow on', { schoolYear: '2026-28' }, 'schoolYear', 'Skriv skoleåret som 2026-27.'],
    ['an unknown field', { schoolYear: '2026-27', owner: 'x' }, '', 'Ukjent felt: owner.'],
  ])('refuses %s with a translated 400', async (_name, body, path, message) => {
    const { owner, client } = await coordinator();
    const res = await client.post(`/api/owners/${owner.id}/programmes`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toContainEqual({ path, message });
  });

  it.each([
    ['group sizes the wrong way round', { networkGroupSize: { min: 15, max: 10 } }, 'settings.networkGroupSize.max'],
    [
      'a holiday that ends before it starts',
      {
        calendar: {
          firstDay: '2026-08-17',
          lastDay: '2027-06-18',
          holidays: [{ from: '2026-10-10', to: '2026-10-01', name: 'x' }],
        },
      },
      'settings.calendar.holidays.0.to',
    ],
    [
      'a cadence of zero minutes',
      { cadences: { primary: { year1: { frequency: 'weekly', minutes: 0 } } } },
      'settings.cadences.primary.year1.minutes',
    ],
    ['a threshold over 100 %', { behindScheduleThresholdPercent: 120 }, 'settings.behindScheduleThresholdPercent'],
    [
      'the unit leader told before the mentor',
      { nudges: { enabled: true, mentorAfterDays: 14, leaderAfterDays: 7 } },
      'settings.nudges.leaderAfterDays',
    ],
  ])('refuses settings with %s, and changes nothing', async (_name, settings, path) => {
    const { owner, client } = await coordinator();
    const programme = await buildProgramme(t.db, { owner });
    const res = await client.patch(`/api/owners/${owner.id}/programmes/${programme.id}`, { settings });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(path);
    const [after] = await t.db.select().from(programmes).where(eq(programmes.id, programme.id));
    expect(after?.settings).toEqual(programme.settings);
  });

  it('analysts and region coordinators view, do not manage; mentors and unit leaders see nothing', async () => {
    const owner = await buildOwner(t.db);
    const unit = await buildUnit(t.db, { owner });
    const programme = await buildProgramme(t.db, { owner });
    const base = `/api/owners/${owner.id}/programmes`;
    for (const role of ['analyst'] as const) {
      const user = await buildUser(t.db, { owner, roles: [{ role }] });
      const client = await signIn(t.app, user.email, user.password);
      expect((await client.get(base)).statusCode).toBe(200);
      expect((await client.get(`${base}/${programme.id}`)).json().abilities).toEqual({ manage: false });
      expect((await client.get(`${base}/${programme.id}/reach`)).statusCode).toBe(200);
      expect((await client.post(base, { schoolYear: '2030-31' })).statusCode).toBe(403);
      expect((await client.patch(`${base}/${programme.id}`, { name: 'x' })).statusCode).toBe(403);
    }
    for (const grant of [
      { role: 'mentor' as const, unit },
      { role: 'unit_leader' as const, unit },
    ]) {
      const user = await buildUser(t.db, { owner, roles: [grant] });
      const client = await signIn(t.app, user.email, user.password);
      expect((await client.get(base)).statusCode).toBe(403);
      expect((await client.get(`${base}/${programme.id}/reach`)).statusCode).toBe(403);
    }
  });
});

async function staffedOwner() {
  const { owner, client } = await coordinator();
  const school = await buildUnit(t.db, { owner, name: 'Solbakken skole', unitType: 'primary' });
  const kindergarten = await buildUnit(t.db, { owner, name: 'Nordby barnehage', unitType: 'kindergarten' });
  const nqt = (
    familyName: string,
    startDate: string,
    extra: Parameters<typeof buildPerson>[1] extends infer O ? Partial<O> : never = {},
  ) =>
    buildPerson(t.db, {
      owner,
      unit: school,
      familyName,
      startDate,
      teacherEducationYear: Number(startDate.slice(0, 4)),
      teachingExperienceYears: 0, // the factory's default is 5 years
      ...extra,
    });
  const people = {
    first: await nqt('Ask', '2026-08-10'),
    second: await nqt('Berg', '2025-08-11'),
    partTime: await nqt('Dahl', '2026-08-10', {
      unit: kindergarten,
      position: 'kindergarten_teacher',
      positionPercent: 40,
      teacherEducation: 'kindergarten_teacher',
    }),
    experienced: await nqt('Eik', '2015-08-10', { teachingExperienceYears: 11 }),
    assistant: await nqt('Fjell', '2026-08-10', { position: 'assistant' }),
    uneducated: await nqt('Gran', '2026-08-10', { teacherEducation: 'none' }),
    pastTwoYears: await nqt('Hauge', '2024-08-12'),
  };
  const programme = await buildProgramme(t.db, { owner });
  const base = `/api/owners/${owner.id}/programmes/${programme.id}`;
  return { owner, client, school, kindergarten, people, programme, base };
}

const names = (list: { familyName: string }[]) => list.map((p) => p.familyName);

describe('reach and enrolment', () => {
  it('lists the eligible not reached, enrols them all or nothing, and shows who has left', async () => {
    const { owner, client, people, base } = await staffedOwner();

    const before = (await client.get(`${base}/reach`)).json();
    expect(names(before.notReached)).toEqual(['Ask', 'Berg', 'Dahl']);
    expect(before.notReached.find((p: { familyName: string }) => p.familyName === 'Dahl')).toMatchObject({
      unitName: 'Nordby barnehage',
      unitType: 'kindergarten',
      positionPercent: 40,
      programmeYear: 1,
    });
    expect(before.enrolled).toEqual([]);

    const enrolled = await client.post(`${base}/enrolments`, { personIds: [people.first.id, people.second.id] });
    expect(enrolled.statusCode).toBe(201);
    const items = enrolled.json().items;
    expect(items.map((e: { familyName: string; programmeYear: number }) => [e.familyName, e.programmeYear])).toEqual([
      ['Ask', 1],
      ['Berg', 2],
    ]);
    expect(items[0]).toMatchObject({ professionStart: '2026-08-10', unitName: 'Solbakken skole', hasLeft: false });

    // Re-enrolment is refused, and nothing of the request is written: Dahl is not enrolled either.
    const again = await client.post(`${base}/enrolments`, { personIds: [people.partTime.id, people.first.id] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'ALREADY_ENROLLED', details: { personIds: [people.first.id] } });
    expect(again.json().error.message).toBe(
      'Noen av personene er allerede med i veiledningsordningen. Ingen ble lagt til.',
    );

    const notEligible = await client.post(`${base}/enrolments`, {
      personIds: [
        people.partTime.id,
        people.experienced.id,
        people.assistant.id,
        people.uneducated.id,
        people.pastTwoYears.id,
      ],
    });
    expect(notEligible.statusCode).toBe(422);
    expect(notEligible.json().error.details.people.map((p: { reason: string }) => p.reason)).toEqual([
      'experienced',
      'not_teaching',
      'no_teacher_education',
      'past_two_years',
    ]);

    const reach = (await client.get(`${base}/reach`)).json();
    expect(names(reach.notReached)).toEqual(['Dahl']);
    expect(names(reach.enrolled)).toEqual(['Ask', 'Berg']);

    // Marked as left by hand; another found to have left because the employment ended.
    const first = items[0];
    const left = await client.patch(`${base}/enrolments/${first.id}`, { leftOn: '2026-09-30' });
    expect(left.statusCode).toBe(200);
    expect(left.json()).toMatchObject({ leftOn: '2026-09-30', hasLeft: true });
    await t.db.update(employments).set({ endDate: '2026-08-31' }).where(eq(employments.personId, people.second.id));
    const after = (await client.get(`${base}/reach`)).json();
    expect(names(after.left)).toEqual(['Ask', 'Berg']);
    expect(names(after.enrolled)).toEqual([]);

    const actions = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.ownerId, owner.id));
    expect(actions.map((a) => a.action).sort()).toEqual(['enrolment.create', 'enrolment.leave']);
  });

  it('changes the programme year by hand only with a reason, and keeps it', async () => {
    const { client, people, base } = await staffedOwner();
    const [enrolment] = (await client.post(`${base}/enrolments`, { personIds: [people.first.id] })).json().items;
    const noReason = await client.patch(`${base}/enrolments/${enrolment.id}`, { programmeYear: 2 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toEqual([
      { path: 'reason', message: 'Skriv en begrunnelse når du endrer veiledningsåret.' },
    ]);
    const changed = await client.patch(`${base}/enrolments/${enrolment.id}`, {
      programmeYear: 2,
      reason: 'Hadde ett år som lærer i Sverige',
    });
    expect(changed.json()).toMatchObject({ programmeYear: 2, programmeYearReason: 'Hadde ett år som lærer i Sverige' });
    const plan = (await client.get(`${base}/enrolments/${enrolment.id}/plan`)).json();
    expect(
      plan.sessions.every((s: { minutes: number; programmeYear: number }) => s.minutes === 30 && s.programmeYear === 2),
    ).toBe(true);
  });

  it('plans the sessions of an enrolled NQT from the programme’s cadence and calendar', async () => {
    const { client, people, base } = await staffedOwner();
    const { items } = (
      await client.post(`${base}/enrolments`, { personIds: [people.first.id, people.partTime.id] })
    ).json();
    const school = (await client.get(`${base}/enrolments/${items[0].id}/plan`)).json();
    expect(school.sessions).toHaveLength(school.sessions.length);
    expect(school.sessions[0].minutes).toBe(60);
    expect(school.plannedMinutesTotal).toBe(school.sessions.length * 60);
    expect(school.sessions.some((s: { date: string }) => s.date >= '2026-09-28' && s.date <= '2026-10-04')).toBe(false);
    const kindergarten = (await client.get(`${base}/enrolments/${items[1].id}/plan`)).json();
    const months = kindergarten.sessions.map((s: { date: string }) => s.date.slice(0, 7));
    expect(new Set(months).size).toBe(months.length);
    expect(kindergarten.sessions.every((s: { minutes: number }) => s.minutes === 60)).toBe(true); // part-time: full time
  });

  it('refuses an empty list, duplicates, and another owner’s person', async () => {
    const { client, people, base } = await staffedOwner();
    const other = await buildOwner(t.db);
    const stranger = await buildPerson(t.db, { owner: other, unit: await buildUnit(t.db, { owner: other }) });
    expect((await client.post(`${base}/enrolments`, { personIds: [] })).statusCode).toBe(400);
    const dup = await client.post(`${base}/enrolments`, { personIds: [people.first.id, people.first.id] });
    expect(dup.statusCode).toBe(400);
    const foreign = await client.post(`${base}/enrolments`, { personIds: [people.first.id, stranger.id] });
    expect(foreign.statusCode).toBe(404);
    expect(
      await t.db
        .select()
        .from(enrolments)
        .where(and(eq(enrolments.personId, people.first.id))),
    ).toEqual([]);
  });
});

describe('mentor profiles', () => {
  it('a teacher becomes a mentor with capacity and time; education and experience come from the person', async () => {
    const { owner, client, school, people, base } = await staffedOwner();
    const mentor = await buildPerson(t.db, {
      owner,
      unit: school,
      familyName: 'Vik',
      mentorEducation: 'completed',
      mentorEducationCredits: 30,
      teachingExperienceYears: 12,
    });
    const saved = await client.put(`${base}/mentors/${mentor.id}`, { capacity: 3, minutesPerWeek: 180 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      personId: mentor.id,
      familyName: 'Vik',
      mentorEducation: 'completed',
      mentorEducationCredits: 30,
      experienced: true,
      capacity: 3,
      minutesPerWeek: 180,
    });
    const changed = await client.put(`${base}/mentors/${mentor.id}`, { capacity: 2, minutesPerWeek: 120 });
    expect(changed.json().capacity).toBe(2);
    const novice = await client.put(`${base}/mentors/${people.first.id}`, { capacity: 1, minutesPerWeek: 60 });
    expect(novice.statusCode).toBe(200);
    expect(novice.json().experienced).toBe(false);

    const list = (await client.get(`${base}/mentors`)).json();
    expect(names(list.items)).toEqual(['Ask', 'Vik']);
    expect((await client.get(`${base}/mentors/${mentor.id}`)).json().capacity).toBe(2);
    expect((await client.get(`${base}/mentors/${people.second.id}`)).statusCode).toBe(404);
  });

  it('refuses people without teacher education, enrolled NQTs and bad numbers', async () => {
    const { client, people, base } = await staffedOwner();
    const res = await client.put(`${base}/mentors/${people.uneducated.id}`, { capacity: 1, minutesPerWeek: 60 });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('MENTOR_NOT_QUALIFIED');
    await client.post(`${base}/enrolments`, { personIds: [people.second.id] });
    expect(
      (await client.put(`${base}/mentors/${people.second.id}`, { capacity: 1, minutesPerWeek: 60 })).statusCode,
    ).toBe(422);
    const bad = await client.put(`${base}/mentors/${people.experienced.id}`, { capacity: -1, minutesPerWeek: 1.5 });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['capacity', 'minutesPerWeek']);
  });
});
