import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agreements,
  agreementTemplates,
  enrolments,
  knowledgeBases,
  matchingRuns,
  mentorPairs,
  mentorProfiles,
  people,
  programmes,
  roleGrants,
  units,
} from '../src/server/db/schema.ts';
import { defaultTemplateTexts } from '../src/server/modules/mentoring/agreements/render.ts';
import { defaultKnowledgeBaseTexts } from '../src/server/modules/mentoring/knowledge-base/defaults.ts';
import {
  buildEnrolment,
  buildOwner,
  buildPerson,
  buildProgramme,
  buildUnit,
  buildUser,
  randomOrgNumber,
} from '../src/server/test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../src/server/test/harness.ts';
import { initialPhases } from '../src/shared/rules/quality-cycle.ts';

/*
 * A user of owner A gets 404 for every owner-B resource the API exposes. The routes are read from
 * the OpenAPI document, so a new owner-scoped route without an entry below fails this suite until
 * someone decides how to call it here.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

function multipartCsv(csv: string) {
  const boundary = '----tillit-cross-tenant';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: [
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="import.csv"',
      'Content-Type: text/csv',
      '',
      csv,
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  };
}

describe('cross-tenant isolation', () => {
  it('every owner-scoped route answers 404 to another owner’s admin, and changes nothing', async () => {
    const ownerA = await buildOwner(t.db);
    const ownerB = await buildOwner(t.db);
    const unitB = await buildUnit(t.db, { owner: ownerB, name: 'B skole' });
    const personB = await buildPerson(t.db, { owner: ownerB, unit: unitB, givenName: 'Bjørn' });
    const userB = await buildUser(t.db, { person: personB, owner: ownerB, roles: [{ role: 'mentor', unit: unitB }] });
    const [grantB] = await t.db.select().from(roleGrants).where(eq(roleGrants.userId, userB.id));
    const detailB = (await import('../src/server/modules/organisation/queries.ts')).getPersonDetail;
    const employmentB = (await detailB(t.db, ownerB.id, personB.id))?.employments[0];
    const adminA = await buildUser(t.db, { owner: ownerA, roles: [{ role: 'owner_admin' }] });
    const client = await signIn(t.app, adminA.email, adminA.password);
    const programmeB = await buildProgramme(t.db, { owner: ownerB, name: 'B-ordning' });
    const nqtB = await buildPerson(t.db, {
      owner: ownerB,
      unit: unitB,
      startDate: '2026-08-10',
      teachingExperienceYears: 0,
    });
    const enrolmentB = await buildEnrolment(t.db, {
      programme: programmeB,
      person: nqtB,
      unit: unitB,
      startDate: '2026-08-10',
    });
    const [pairB] = await t.db
      .insert(mentorPairs)
      .values({
        ownerId: ownerB.id,
        programmeId: programmeB.id,
        enrolmentId: enrolmentB.id,
        nqtPersonId: nqtB.id,
        mentorPersonId: personB.id,
        status: 'proposed',
        source: 'solver',
      })
      .returning();

    const [agreementB] = await t.db
      .insert(agreements)
      .values({
        ownerId: ownerB.id,
        programmeId: programmeB.id,
        enrolmentId: enrolmentB.id,
        nqtPersonId: nqtB.id,
        coordinatorUserId: userB.id,
        locale: 'nb',
      })
      .returning();

    const { surveys } = await import('../src/server/db/schema.ts');
    const [surveyB] = await t.db
      .insert(surveys)
      .values({
        ownerId: ownerB.id,
        kind: 'custom',
        title: { nb: 'B sin undersøkelse', nn: '', en: '' },
        intro: { nb: '', nn: '', en: '' },
        mode: 'anonymous',
      })
      .returning();

    const { networkGroupings, networkGroups } = await import('../src/server/db/schema.ts');
    const [groupingB] = await t.db
      .insert(networkGroupings)
      .values({
        ownerId: ownerB.id,
        programmeId: programmeB.id,
        kind: 'nqt',
        maxPerUnit: 2,
        keepKindergartenApart: true,
      })
      .returning();
    const [networkGroupB] = await t.db
      .insert(networkGroups)
      .values({
        ownerId: ownerB.id,
        groupingId: groupingB?.id ?? '',
        programmeId: programmeB.id,
        kind: 'nqt',
        name: 'B-gruppe',
        pool: 'school',
        position: 0,
      })
      .returning();

    const { resources } = await import('../src/server/db/schema.ts');
    const [resourceB] = await t.db
      .insert(resources)
      .values({ ownerId: ownerB.id, kind: 'text', title: 'B sin ressurs', body: 'Tekst', audience: ['nqt'] })
      .returning();

    const { qualityCycles, qualityGoals, qualityMeasures } = await import('../src/server/db/schema.ts');
    const [cycleB] = await t.db
      .insert(qualityCycles)
      .values({ ownerId: ownerB.id, programmeId: programmeB.id, phases: initialPhases() })
      .returning();
    const [goalB] = await t.db
      .insert(qualityGoals)
      .values({ ownerId: ownerB.id, cycleId: cycleB?.id ?? '', text: 'B sitt mål', position: 0 })
      .returning();
    const [measureB] = await t.db
      .insert(qualityMeasures)
      .values({
        ownerId: ownerB.id,
        cycleId: cycleB?.id ?? '',
        text: 'B sitt tiltak',
        responsibleText: 'B',
        status: 'planned',
        position: 0,
      })
      .returning();

    const { planEvents } = await import('../src/server/db/schema.ts');
    const [planEventB] = await t.db
      .insert(planEvents)
      .values({
        ownerId: ownerB.id,
        programmeId: programmeB.id,
        kind: 'gathering',
        title: 'B sin samling',
        date: '2026-09-10',
        audiences: ['nqt'],
      })
      .returning();

    const { networkMeetings, socialMeetups } = await import('../src/server/db/schema.ts');
    const [meetingB] = await t.db
      .insert(networkMeetings)
      .values({
        ownerId: ownerB.id,
        programmeId: programmeB.id,
        groupId: networkGroupB?.id ?? '',
        kind: 'nqt',
        theme: 'coping',
        title: 'B sin samling',
        subGoals: [],
        place: 'B-huset',
        startsAt: new Date('2026-10-01T12:00:00Z'),
        endsAt: new Date('2026-10-01T14:00:00Z'),
        facilitatorPersonIds: [],
        externalFacilitators: [],
      })
      .returning();
    const [meetupB] = await t.db
      .insert(socialMeetups)
      .values({
        ownerId: ownerB.id,
        programmeId: programmeB.id,
        title: 'B sitt treff',
        place: 'B-kafé',
        startsAt: new Date('2026-10-02T15:00:00Z'),
        endsAt: new Date('2026-10-02T17:00:00Z'),
      })
      .returning();

    const ids: Record<string, string> = {
      ownerId: ownerB.id,
      unitId: unitB.id,
      personId: personB.id,
      grantId: grantB?.id ?? '',
      employmentId: employmentB?.id ?? '',
      kind: 'units',
      programmeId: programmeB.id,
      enrolmentId: enrolmentB.id,
      pairId: pairB?.id ?? '',
      agreementId: agreementB?.id ?? '',
      networkKind: 'nqt',
      groupId: networkGroupB?.id ?? '',
      resourceId: resourceB?.id ?? '',
      surveyId: surveyB?.id ?? '',
      goalId: goalB?.id ?? '',
      measureId: measureB?.id ?? '',
      eventId: planEventB?.id ?? '',
      meetingId: meetingB?.id ?? '',
      meetupId: meetupB?.id ?? '',
    };
    const employment = {
      unitId: unitB.id,
      position: 'teacher',
      positionPercent: 50,
      startDate: '2025-08-01',
      endDate: null,
    };
    const unitsCsv = `org_number;name;unit_type\n${randomOrgNumber()};Ny skole;primary\n`;
    const requests: Record<string, { payload?: unknown; headers?: Record<string, string> }> = {
      'GET /api/owners/{ownerId}': {},
      'PATCH /api/owners/{ownerId}': { payload: { name: 'Kapret kommune' } },
      'GET /api/owners/{ownerId}/regions': {},
      'GET /api/owners/{ownerId}/units': {},
      'POST /api/owners/{ownerId}/units': {
        payload: { orgNumber: randomOrgNumber(), name: 'Inntrenger', unitType: 'primary' },
      },
      'GET /api/owners/{ownerId}/units/{unitId}': {},
      'PATCH /api/owners/{ownerId}/units/{unitId}': { payload: { name: 'Kapret' } },
      'GET /api/owners/{ownerId}/people': {},
      'POST /api/owners/{ownerId}/people': {
        payload: { employeeNumber: 'X1', givenName: 'A', familyName: 'B', email: 'x1@example.no' },
      },
      'GET /api/owners/{ownerId}/people/{personId}': {},
      'PATCH /api/owners/{ownerId}/people/{personId}': { payload: { givenName: 'Kapret' } },
      'POST /api/owners/{ownerId}/people/{personId}/employments': { payload: employment },
      'PUT /api/owners/{ownerId}/people/{personId}/employments/{employmentId}': { payload: employment },
      'POST /api/owners/{ownerId}/people/{personId}/roles': {
        payload: { role: 'programme_coordinator', scopeType: 'owner' },
      },
      'DELETE /api/owners/{ownerId}/people/{personId}/roles/{grantId}': {},
      'POST /api/owners/{ownerId}/people/{personId}/invitation': {},
      'GET /api/owners/{ownerId}/mail': {},
      'POST /api/owners/{ownerId}/imports/{kind}': multipartCsv(unitsCsv),
      'GET /api/owners/{ownerId}/imports/{kind}/template.csv': {},
      'GET /api/owners/{ownerId}/imports/{kind}/template.xlsx': {},
      'GET /api/owners/{ownerId}/programmes': {},
      'POST /api/owners/{ownerId}/programmes': { payload: { schoolYear: '2031-32' } },
      'GET /api/owners/{ownerId}/programmes/{programmeId}': {},
      'PATCH /api/owners/{ownerId}/programmes/{programmeId}': { payload: { name: 'Kapret' } },
      'GET /api/owners/{ownerId}/programmes/{programmeId}/reach': {},
      'POST /api/owners/{ownerId}/programmes/{programmeId}/enrolments': { payload: { personIds: [personB.id] } },
      'PATCH /api/owners/{ownerId}/programmes/{programmeId}/enrolments/{enrolmentId}': {
        payload: { leftOn: '2026-09-01' },
      },
      'GET /api/owners/{ownerId}/programmes/{programmeId}/enrolments/{enrolmentId}/plan': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/compliance': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/overview': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/mentors': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/mentors/{personId}': {},
      'PUT /api/owners/{ownerId}/programmes/{programmeId}/mentors/{personId}': {
        payload: { capacity: 2, minutesPerWeek: 60 },
      },
      'GET /api/owners/{ownerId}/programmes/{programmeId}/matching': {},
      'POST /api/owners/{ownerId}/programmes/{programmeId}/matching/propose': { payload: {} },
      'POST /api/owners/{ownerId}/programmes/{programmeId}/matching/pairs': {
        payload: { enrolmentId: enrolmentB.id, mentorPersonId: personB.id },
      },
      'POST /api/owners/{ownerId}/programmes/{programmeId}/matching/pairs/{pairId}/accept': {},
      'POST /api/owners/{ownerId}/programmes/{programmeId}/matching/pairs/{pairId}/lock': { payload: { locked: true } },
      'POST /api/owners/{ownerId}/programmes/{programmeId}/matching/pairs/{pairId}/end': {
        payload: { reason: 'Kapret av en annen eier.' },
      },
      'GET /api/owners/{ownerId}/programmes/{programmeId}/agreement-template': {},
      'PUT /api/owners/{ownerId}/programmes/{programmeId}/agreement-template': {
        payload: { texts: defaultTemplateTexts() },
      },
      'GET /api/owners/{ownerId}/programmes/{programmeId}/agreements': {},
      'POST /api/owners/{ownerId}/programmes/{programmeId}/agreements': { payload: {} },
      'GET /api/owners/{ownerId}/programmes/{programmeId}/agreements/{agreementId}/pdf': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/networks/{networkKind}': {},
      'PUT /api/owners/{ownerId}/programmes/{programmeId}/networks/{networkKind}': {
        payload: { maxPerUnit: 2, keepKindergartenApart: true, groups: [] },
      },
      'POST /api/owners/{ownerId}/programmes/{programmeId}/networks/{networkKind}/propose': {
        payload: { maxPerUnit: 2, keepKindergartenApart: true },
      },
      'POST /api/owners/{ownerId}/programmes/{programmeId}/networks/{networkKind}/moves': {
        payload: { personId: nqtB.id, toGroupId: networkGroupB?.id },
      },
      'PATCH /api/owners/{ownerId}/programmes/{programmeId}/networks/{networkKind}/groups/{groupId}': {
        payload: { name: 'Kapret' },
      },
      'GET /api/owners/{ownerId}/resources': {},
      'POST /api/owners/{ownerId}/resources': {
        payload: { kind: 'link', title: 'Inntrenger', url: 'https://a.no/', audience: ['nqt'] },
      },
      'POST /api/owners/{ownerId}/resources/files': multipartCsv('a;b\n'),
      'GET /api/owners/{ownerId}/resources/{resourceId}': {},
      'GET /api/owners/{ownerId}/resources/{resourceId}/file': {},
      'PATCH /api/owners/{ownerId}/resources/{resourceId}': { payload: { title: 'Kapret' } },
      'DELETE /api/owners/{ownerId}/resources/{resourceId}': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/knowledge-base': {},
      'PUT /api/owners/{ownerId}/programmes/{programmeId}/knowledge-base': {
        payload: { version: 1, texts: defaultKnowledgeBaseTexts() },
      },
      'GET /api/owners/{ownerId}/programmes/{programmeId}/knowledge-base/sub-goal-time': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/quality-cycle': {},
      'PUT /api/owners/{ownerId}/programmes/{programmeId}/quality-cycle': {
        payload: {
          version: 1,
          phases: {
            information: 'done',
            knowledge_base: 'done',
            assessment: 'done',
            goals: 'done',
            measures: 'done',
          },
          surveyIds: [],
          otherSources: '',
          knowledgeBaseNote: '',
          assessment: 'Kapret',
        },
      },
      'POST /api/owners/{ownerId}/programmes/{programmeId}/quality-cycle/goals': { payload: { text: 'Kapret' } },
      'PUT /api/owners/{ownerId}/programmes/{programmeId}/quality-cycle/goals/{goalId}': {
        payload: { version: 1, text: 'Kapret' },
      },
      'DELETE /api/owners/{ownerId}/programmes/{programmeId}/quality-cycle/goals/{goalId}': {},
      'POST /api/owners/{ownerId}/programmes/{programmeId}/quality-cycle/measures': {
        payload: {
          text: 'Kapret',
          responsibleText: 'A',
          responsiblePersonId: null,
          dueOn: null,
          status: 'planned',
          goalId: null,
        },
      },
      'PUT /api/owners/{ownerId}/programmes/{programmeId}/quality-cycle/measures/{measureId}': {
        payload: {
          version: 1,
          text: 'Kapret',
          responsibleText: 'A',
          responsiblePersonId: null,
          dueOn: null,
          status: 'done',
          goalId: null,
        },
      },
      'DELETE /api/owners/{ownerId}/programmes/{programmeId}/quality-cycle/measures/{measureId}': {},
      'GET /api/owners/{ownerId}/surveys': {},
      'POST /api/owners/{ownerId}/surveys': { payload: { template: 'nqt_yearly' } },
      'GET /api/owners/{ownerId}/survey-templates': {},
      'GET /api/owners/{ownerId}/surveys/{surveyId}': {},
      'PUT /api/owners/{ownerId}/surveys/{surveyId}': {
        payload: {
          title: { nb: 'Kapret', nn: '', en: '' },
          intro: { nb: '', nn: '', en: '' },
          mode: 'identified',
          programmeId: null,
          minGroupSize: 3,
          sections: [],
        },
      },
      'POST /api/owners/{ownerId}/surveys/{surveyId}/audience-preview': { payload: { audience: { roles: ['nqt'] } } },
      'POST /api/owners/{ownerId}/surveys/{surveyId}/send': {
        payload: {
          audience: { roles: ['nqt'] },
          opensAt: new Date().toISOString(),
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      'POST /api/owners/{ownerId}/surveys/{surveyId}/remind': {},
      'POST /api/owners/{ownerId}/surveys/{surveyId}/close': {},
      'GET /api/owners/{ownerId}/surveys/{surveyId}/results': {},
      'GET /api/owners/{ownerId}/surveys/{surveyId}/results.csv': {},
      'GET /api/owners/{ownerId}/surveys/{surveyId}/results.xlsx': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/annual-plan': {},
      'POST /api/owners/{ownerId}/programmes/{programmeId}/annual-plan/events': {
        payload: { kind: 'gathering', title: 'Kapret', date: '2026-09-10', audiences: ['nqt'] },
      },
      'GET /api/owners/{ownerId}/programmes/{programmeId}/annual-plan/events/{eventId}': {},
      'PUT /api/owners/{ownerId}/programmes/{programmeId}/annual-plan/events/{eventId}': {
        payload: { kind: 'gathering', title: 'Kapret', date: '2026-09-10', audiences: ['nqt'] },
      },
      'DELETE /api/owners/{ownerId}/programmes/{programmeId}/annual-plan/events/{eventId}': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/network-meetings': {},
      'POST /api/owners/{ownerId}/programmes/{programmeId}/network-meetings': {
        payload: {
          groupId: networkGroupB?.id,
          theme: 'coping',
          place: 'X',
          date: '2026-10-08',
          startTime: '12:00',
          endTime: '14:00',
        },
      },
      'POST /api/owners/{ownerId}/programmes/{programmeId}/network-meetings/series': {
        payload: {
          groupIds: [networkGroupB?.id],
          firstDate: '2026-10-08',
          everyWeeks: 4,
          count: 2,
          startTime: '12:00',
          endTime: '14:00',
          place: 'X',
        },
      },
      'GET /api/owners/{ownerId}/network-meetings/{meetingId}': {},
      'PATCH /api/owners/{ownerId}/network-meetings/{meetingId}': { payload: { place: 'Kapret' } },
      'POST /api/owners/{ownerId}/network-meetings/{meetingId}/cancel': {},
      'PUT /api/owners/{ownerId}/network-meetings/{meetingId}/attendance': {
        payload: { entries: [{ personId: nqtB.id, status: 'present' }] },
      },
      'GET /api/owners/{ownerId}/programmes/{programmeId}/meetups': {},
      'POST /api/owners/{ownerId}/programmes/{programmeId}/meetups': {
        payload: { title: 'Kapret', place: 'X', date: '2026-10-09', startTime: '18:00', endTime: '20:00' },
      },
      'PATCH /api/owners/{ownerId}/meetups/{meetupId}': { payload: { title: 'Kapret' } },
      'POST /api/owners/{ownerId}/meetups/{meetupId}/cancel': {},
      'GET /api/owners/{ownerId}/survey-networks': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/annual-report': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/annual-report.csv': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/annual-report.xlsx': {},
      'GET /api/owners/{ownerId}/programmes/{programmeId}/annual-report.pdf': {},
    };

    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(doc.paths)
      .filter(([p]) => p.includes('{ownerId}'))
      .flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`));
    expect(routes.length).toBeGreaterThanOrEqual(15);
    const missing = routes.filter((r) => !(r in requests));
    expect(missing, 'owner-scoped routes without a cross-tenant case').toEqual([]);

    for (const route of routes) {
      const [method, template] = route.split(' ') as [string, string];
      const url = template.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? 'missing');
      const spec = requests[route] ?? {};
      const res = await client.request({
        method: method as 'GET',
        url,
        ...(spec.headers ? { headers: spec.headers } : {}),
        ...(spec.payload !== undefined ? { payload: spec.payload as string } : {}),
      });
      expect(`${route} → ${res.statusCode} ${res.json().error?.code}`).toBe(`${route} → 404 NOT_FOUND`);
    }

    // B's meeting and meetup are as they were: not changed, not cancelled, no attendance taken.
    const [meetingAfter] = await t.db
      .select()
      .from(networkMeetings)
      .where(eq(networkMeetings.id, meetingB?.id ?? ''));
    expect(meetingAfter).toMatchObject({ place: 'B-huset', cancelledAt: null });
    const [meetupAfter] = await t.db
      .select()
      .from(socialMeetups)
      .where(eq(socialMeetups.id, meetupB?.id ?? ''));
    expect(meetupAfter).toMatchObject({ title: 'B sitt treff', cancelledAt: null });
    expect(
      await t.db.select().from(networkMeetings).where(eq(networkMeetings.programmeId, programmeB.id)),
    ).toHaveLength(1);

    // Owner B's resources addressed under A's own owner id are not found either.
    for (const url of [`/api/owners/${ownerA.id}/units/${unitB.id}`, `/api/owners/${ownerA.id}/people/${personB.id}`]) {
      expect((await client.get(url)).statusCode).toBe(404);
    }
    expect((await client.patch(`/api/owners/${ownerA.id}/units/${unitB.id}`, { name: 'Kapret' })).statusCode).toBe(404);
    expect((await client.get(`/api/owners/${ownerA.id}/people?unitId=${unitB.id}`)).json().total).toBe(0);

    // B's programme addressed under A's own owner id is not found either, and A cannot enrol B's people.
    const programmeA = await buildProgramme(t.db, { owner: ownerA });
    expect((await client.get(`/api/owners/${ownerA.id}/programmes/${programmeB.id}`)).statusCode).toBe(404);
    expect((await client.get(`/api/owners/${ownerA.id}/programmes/${programmeB.id}/reach`)).statusCode).toBe(404);
    const enrolForeign = await client.post(`/api/owners/${ownerA.id}/programmes/${programmeA.id}/enrolments`, {
      personIds: [nqtB.id],
    });
    expect(enrolForeign.statusCode).toBe(404);
    const mentorForeign = await client.put(
      `/api/owners/${ownerA.id}/programmes/${programmeA.id}/mentors/${personB.id}`,
      {
        capacity: 1,
        minutesPerWeek: 60,
      },
    );
    expect(mentorForeign.statusCode).toBe(404);
    expect((await client.get(`/api/owners/${ownerA.id}/programmes/${programmeA.id}/reach`)).json().notReached).toEqual(
      [],
    );

    // B's pair, enrolment and mentor addressed under A's own programme are not found either.
    const matchingA = `/api/owners/${ownerA.id}/programmes/${programmeA.id}/matching`;
    expect(
      (await client.post(`${matchingA}/pairs/${pairB?.id}/end`, { reason: 'Kapret av en annen eier.' })).statusCode,
    ).toBe(404);
    expect((await client.post(`${matchingA}/pairs/${pairB?.id}/accept`)).statusCode).toBe(404);
    expect(
      (await client.post(`${matchingA}/pairs`, { enrolmentId: enrolmentB.id, mentorPersonId: personB.id })).statusCode,
    ).toBe(404);

    // Nothing of B changed.
    const resourcesB = await t.db.select().from(resources).where(eq(resources.ownerId, ownerB.id));
    expect(resourcesB.map((r) => r.title)).toEqual(['B sin ressurs']);
    expect((await client.get(`/api/owners/${ownerA.id}/resources/${resourceB?.id}`)).statusCode).toBe(404);
    const [programmeAfter] = await t.db.select().from(programmes).where(eq(programmes.id, programmeB.id));
    expect(programmeAfter?.name).toBe('B-ordning');
    expect(await t.db.select().from(mentorProfiles).where(eq(mentorProfiles.ownerId, ownerB.id))).toEqual([]);
    const [enrolmentAfter] = await t.db.select().from(enrolments).where(eq(enrolments.id, enrolmentB.id));
    expect(enrolmentAfter?.leftOn).toBeNull();
    const [pairAfter] = await t.db
      .select()
      .from(mentorPairs)
      .where(eq(mentorPairs.id, pairB?.id ?? ''));
    expect(pairAfter).toMatchObject({ status: 'proposed', locked: false, endedReason: null });
    expect(await t.db.select().from(mentorPairs).where(eq(mentorPairs.ownerId, ownerB.id))).toHaveLength(1);
    expect(await t.db.select().from(matchingRuns).where(eq(matchingRuns.ownerId, ownerB.id))).toEqual([]);
    expect(await t.db.select().from(agreements).where(eq(agreements.ownerId, ownerB.id))).toHaveLength(1);
    expect(await t.db.select().from(agreementTemplates).where(eq(agreementTemplates.ownerId, ownerB.id))).toEqual([]);
    // B's knowledge base is neither read (which would write the defaults) nor saved, nor found under A's owner id.
    expect(await t.db.select().from(knowledgeBases).where(eq(knowledgeBases.ownerId, ownerB.id))).toEqual([]);
    // B's quality cycle is as it was: its one goal and measure, nothing added, changed or removed.
    const cyclesB = await t.db.select().from(qualityCycles).where(eq(qualityCycles.ownerId, ownerB.id));
    expect(cyclesB.map((c) => [c.version, c.assessment])).toEqual([[1, '']]);
    const goalsB = await t.db.select().from(qualityGoals).where(eq(qualityGoals.ownerId, ownerB.id));
    expect(goalsB.map((g) => g.text)).toEqual(['B sitt mål']);
    const measuresB = await t.db.select().from(qualityMeasures).where(eq(qualityMeasures.ownerId, ownerB.id));
    expect(measuresB.map((m) => [m.text, m.status])).toEqual([['B sitt tiltak', 'planned']]);
    expect((await client.get(`/api/owners/${ownerA.id}/programmes/${programmeB.id}/knowledge-base`)).statusCode).toBe(
      404,
    );
    // B's survey is neither changed, sent nor closed, nor found under A's owner id.
    const [surveyAfter] = await t.db.select().from(surveys).where(eq(surveys.ownerId, ownerB.id));
    expect(surveyAfter).toMatchObject({ title: { nb: 'B sin undersøkelse' }, publishedAt: null, closesAt: null });
    expect((await client.get(`/api/owners/${ownerA.id}/surveys/${surveyB?.id}`)).statusCode).toBe(404);
    // B's agreement through A's own programme, or accepted by A's admin as if a party, is not found either.
    expect(
      (await client.get(`/api/owners/${ownerA.id}/programmes/${programmeA.id}/agreements/${agreementB?.id}/pdf`))
        .statusCode,
    ).toBe(404);
    expect((await client.post(`/api/me/agreements/${agreementB?.id}/accept`, { version: 1 })).statusCode).toBe(404);
    expect((await client.get(`/api/me/agreements/${agreementB?.id}/pdf`)).statusCode).toBe(404);
    const [unitAfter] = await t.db.select().from(units).where(eq(units.id, unitB.id));
    expect(unitAfter?.name).toBe('B skole');
    const [personAfter] = await t.db.select().from(people).where(eq(people.id, personB.id));
    expect(personAfter?.givenName).toBe('Bjørn');
    expect(await t.db.select().from(units).where(eq(units.ownerId, ownerB.id))).toHaveLength(1);
    const [grantAfter] = await t.db
      .select()
      .from(roleGrants)
      .where(eq(roleGrants.id, grantB?.id ?? ''));
    expect(grantAfter?.revokedAt).toBeNull();
  });

  it('lists only the caller’s own owners in /me, and search never crosses tenants', async () => {
    const ownerA = await buildOwner(t.db);
    const ownerB = await buildOwner(t.db);
    await buildUnit(t.db, { owner: ownerB, name: 'Hemmelig skole' });
    await buildUnit(t.db, { owner: ownerA, name: 'Åpen skole' });
    const adminA = await buildUser(t.db, { owner: ownerA, roles: [{ role: 'owner_admin' }] });
    const client = await signIn(t.app, adminA.email, adminA.password);
    expect((await client.get('/api/auth/me')).json().owners.map((o: { id: string }) => o.id)).toEqual([ownerA.id]);
    const found = (await client.get(`/api/owners/${ownerA.id}/units?q=skole`)).json();
    expect(found.items.map((u: { name: string }) => u.name)).toEqual(['Åpen skole']);
  });
});
