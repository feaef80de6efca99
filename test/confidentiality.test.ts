import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, mailOutbox, programmes, regionOwners, regions } from '../src/server/db/schema.ts';
import {
  buildEnrolment,
  buildOwner,
  buildPair,
  buildPerson,
  buildProgramme,
  buildUnit,
  buildUser,
  type GrantSpec,
} from '../src/server/test/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../src/server/test/harness.ts';
import type { Role } from '../src/shared/enums.ts';
import { regionalPart } from '../src/shared/rules/regional-programme.ts';

/*
 * A private note is readable by that pair's mentor and NQT only (issue 3, item 5). A note holding a
 * unique marker is written through the API; then every GET route in the OpenAPI document is called
 * as every other role (ids substituted, like the cross-tenant suite), plus the searches, and the
 * marker must be in no answer, no audit row and no mail. The pair's mentor and NQT do see it.
 * A new GET route is walked automatically; one with a path parameter not known here fails the suite.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const marker = () => `MARKER-${randomBytes(8).toString('hex')}`;

describe('private notes', () => {
  it('are seen by the pair’s mentor and NQT, and by no other role in any GET answer, audit row or mail', async () => {
    const owner = await buildOwner(t.db);
    const [region] = await t.db
      .insert(regions)
      .values({ name: `Region ${marker()}`.slice(0, 40) })
      .returning();
    if (!region) throw new Error('region');
    await t.db.insert(regionOwners).values({ regionId: region.id, ownerId: owner.id });
    const unit = await buildUnit(t.db, { owner });
    const programme = await buildProgramme(t.db, { owner, schoolYear: '2025-26' });
    const person = (o: { nqt?: boolean } = {}) =>
      buildPerson(t.db, {
        owner,
        unit,
        ...(o.nqt ? { startDate: '2026-05-04', teachingExperienceYears: 0 } : {}),
      });
    const mentor = await person();
    const nqt = await person({ nqt: true });
    const enrolment = await buildEnrolment(t.db, { programme, person: nqt, unit, startDate: '2026-05-04' });
    const pair = await buildPair(t.db, { enrolment, mentor });
    // Another pair in the same unit: its mentor and NQT are "another mentor" and "another NQT".
    const otherMentor = await person();
    const otherNqt = await person({ nqt: true });
    const otherEnrolment = await buildEnrolment(t.db, {
      programme,
      person: otherNqt,
      unit,
      startDate: '2026-05-04',
    });
    const otherPair = await buildPair(t.db, { enrolment: otherEnrolment, mentor: otherMentor });
    const head = await person();

    const login = async (roles: GrantSpec[], p?: Awaited<ReturnType<typeof person>>) => {
      const user = await buildUser(t.db, { owner, ...(p ? { person: p } : {}), roles });
      return signIn(t.app, user.email, user.password);
    };
    const asMentor = await login([{ role: 'mentor', unit }], mentor);
    const asNqt = await login([{ role: 'nqt', unit }], nqt);
    const others: [string, Client][] = [
      ['national_admin', await login([{ role: 'national_admin', national: true }])],
      ['region_coordinator', await login([{ role: 'region_coordinator', regionId: region.id }])],
      ['owner_admin', await login([{ role: 'owner_admin' }])],
      ['programme_coordinator', await login([{ role: 'programme_coordinator' }])],
      ['unit_leader', await login([{ role: 'unit_leader', unit }], head)],
      ['another mentor', await login([{ role: 'mentor', unit }], otherMentor)],
      ['another nqt', await login([{ role: 'nqt', unit }], otherNqt)],
      ['teacher_educator', await login([{ role: 'teacher_educator' }])],
      ['analyst', await login([{ role: 'analyst' }])],
    ];
    expect(new Set(others.map(([r]) => r))).toEqual(
      new Set<string>([
        'national_admin',
        'region_coordinator',
        'owner_admin',
        'programme_coordinator',
        'unit_leader',
        'another mentor',
        'another nqt',
        'teacher_educator',
        'analyst',
      ] satisfies (Role | `another ${'mentor' | 'nqt'}`)[]),
    );

    // The note is written the way a mentor writes it, then changed, so the audit trail has both.
    const first = marker();
    const second = marker();
    const sessions = `/api/me/mentoring/pairs/${pair.id}/sessions`;
    const logged = await asMentor.post(sessions, {
      date: '2026-05-04',
      plannedDate: '2026-05-04',
      minutes: 60,
      format: 'individual',
      subGoals: ['role'],
      note: `Privat: ${first}`,
    });
    expect(logged.statusCode).toBe(201);
    const sessionId = logged.json().id as string;
    // An agreement for the pair, so its PDF is walked too (an agreement never carries a note).
    const coordinator = others.find(([role]) => role === 'programme_coordinator')?.[1];
    if (!coordinator) throw new Error('coordinator');
    const made = await coordinator.post(`/api/owners/${owner.id}/programmes/${programme.id}/agreements`, {});
    const agreementId = (made.json().items as { id: string; enrolmentId: string }[]).find(
      (a) => a.enrolmentId === enrolment.id,
    )?.id as string;
    const extra = await asMentor.post(sessions, {
      date: '2026-05-12',
      minutes: 45,
      format: 'group',
      subGoals: [],
      note: `Privat: ${second}`,
    });
    expect(extra.statusCode).toBe(201);
    expect((await asMentor.patch(`${sessions}/${sessionId}`, { note: `Endret: ${first}` })).statusCode).toBe(200);
    expect((await asNqt.post(`${sessions}/${sessionId}/confirm`)).statusCode).toBe(200);

    // The pair's own two people see both notes.
    for (const client of [asMentor, asNqt]) {
      const body = (await client.get(sessions)).body;
      expect(body).toContain(first);
      expect(body).toContain(second);
    }

    const { surveys } = await import('../src/server/db/schema.ts');
    const [survey] = await t.db
      .insert(surveys)
      .values({
        ownerId: owner.id,
        kind: 'custom',
        title: { nb: 'U', nn: '', en: '' },
        intro: { nb: '', nn: '', en: '' },
        mode: 'anonymous',
      })
      .returning();
    const surveyId = survey?.id ?? '';

    const { resources } = await import('../src/server/db/schema.ts');
    const [resource] = await t.db
      .insert(resources)
      .values({ ownerId: owner.id, kind: 'text', title: 'Ressurs', body: 'Tekst', audience: ['nqt', 'mentor'] })
      .returning();
    const resourceId = resource?.id ?? '';

    const { planEvents } = await import('../src/server/db/schema.ts');
    const [planEvent] = await t.db
      .insert(planEvents)
      .values({
        ownerId: owner.id,
        programmeId: programme.id,
        kind: 'gathering',
        title: 'Samling',
        date: '2026-09-10',
        audiences: ['nqt', 'mentor'],
      })
      .returning();
    const eventId = planEvent?.id ?? '';

    // A network meeting (with the pair in its group) and a meetup, and the region's programme.
    const { networkGroupings, networkGroups, networkGroupMembers, networkMeetings, socialMeetups, regionalProgrammes } =
      await import('../src/server/db/schema.ts');
    const [grouping] = await t.db
      .insert(networkGroupings)
      .values({ ownerId: owner.id, programmeId: programme.id, kind: 'nqt', maxPerUnit: 3, keepKindergartenApart: true })
      .returning();
    const [group] = await t.db
      .insert(networkGroups)
      .values({
        ownerId: owner.id,
        groupingId: grouping?.id ?? '',
        programmeId: programme.id,
        kind: 'nqt',
        name: 'Skole 1',
        pool: 'school',
        position: 0,
      })
      .returning();
    await t.db.insert(networkGroupMembers).values(
      [nqt.id, otherNqt.id].map((personId) => ({
        ownerId: owner.id,
        groupId: group?.id ?? '',
        programmeId: programme.id,
        kind: 'nqt' as const,
        personId,
      })),
    );
    const [meeting] = await t.db
      .insert(networkMeetings)
      .values({
        ownerId: owner.id,
        programmeId: programme.id,
        groupId: group?.id ?? '',
        kind: 'nqt',
        theme: 'coping',
        title: 'Mestring',
        subGoals: [],
        place: 'Rådhuset',
        startsAt: new Date('2026-06-01T12:00:00Z'),
        endsAt: new Date('2026-06-01T14:00:00Z'),
        facilitatorPersonIds: [mentor.id],
        externalFacilitators: [],
      })
      .returning();
    const [meetup] = await t.db
      .insert(socialMeetups)
      .values({
        ownerId: owner.id,
        programmeId: programme.id,
        title: 'Pizza',
        place: 'Kafé',
        startsAt: new Date('2026-06-02T15:00:00Z'),
        endsAt: new Date('2026-06-02T17:00:00Z'),
      })
      .returning();
    const [regional] = await t.db
      .insert(regionalProgrammes)
      .values({
        regionId: region.id,
        schoolYear: '2025-26',
        name: 'Regionen',
        settings: regionalPart(programme.settings),
      })
      .returning();
    await t.db.update(programmes).set({ regionId: region.id }).where(eq(programmes.id, programme.id));

    // Every GET route of the API, as every other role.
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const getRoutes = Object.entries(doc.paths)
      .filter(([, methods]) => 'get' in methods)
      .map(([p]) => p);
    expect(getRoutes).toContain('/api/me/mentoring/pairs/{pairId}/sessions');
    expect(getRoutes).toContain('/api/owners/{ownerId}/programmes/{programmeId}/compliance');
    const values: Record<string, string[]> = {
      ownerId: [owner.id],
      regionId: [region.id],
      unitId: [unit.id],
      personId: [nqt.id, mentor.id],
      programmeId: [programme.id],
      enrolmentId: [enrolment.id],
      pairId: [pair.id, otherPair.id],
      sessionId: [sessionId],
      agreementId: [agreementId],
      resourceId: [resourceId],
      surveyId: [surveyId],
      eventId: [eventId],
      meetingId: [meeting?.id ?? ''],
      meetupId: [meetup?.id ?? ''],
      regionalProgrammeId: [regional?.id ?? ''],
      kind: ['units', 'people'],
      networkKind: ['nqt', 'mentor'],
      // The pair's own calendar feeds (the token is the credential, so every role fetches the note
      // writers' feeds): no note may be in them.
      file: [
        `${(await asMentor.post('/api/me/calendar/feed')).json().url.split('/').pop()}`,
        `${(await asNqt.post('/api/me/calendar/feed')).json().url.split('/').pop()}`,
      ],
    };
    const urls = getRoutes.flatMap((template) => {
      let expanded = [template];
      for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
        const options = values[name as string];
        expect(options, `no value for {${name}} in ${template}: add it to this suite`).toBeDefined();
        expanded = expanded.flatMap((u) => (options ?? []).map((v) => u.replace(`{${name}}`, v)));
      }
      return expanded;
    });
    // The searches, with the marker as the query.
    urls.push(`/api/owners/${owner.id}/people?q=${first}`, `/api/owners/${owner.id}/units?q=${first}`);

    const reached = new Map<string, number>();
    for (const [role, client] of [...others, ['mentor', asMentor] as const, ['nqt', asNqt] as const]) {
      for (const url of urls) {
        const res = await client.get(url);
        if (res.statusCode === 200) reached.set(role, (reached.get(role) ?? 0) + 1);
        if (role === 'mentor' || role === 'nqt') continue;
        expect(res.body.includes(first) || res.body.includes(second), `${role} GET ${url} shows a note`).toBe(false);
      }
    }
    // The walk did reach data: the admins and coordinators read the programme, compliance included.
    for (const role of ['national_admin', 'owner_admin', 'programme_coordinator', 'analyst', 'region_coordinator']) {
      expect(reached.get(role), role).toBeGreaterThan(5);
    }
    const compliance = await others[3]?.[1].get(`/api/owners/${owner.id}/programmes/${programme.id}/compliance`);
    expect(compliance?.statusCode).toBe(200);
    expect(compliance?.json().programme.heldMinutesToDate).toBe(105);

    // The other pair's people and everyone else get 404 for this pair's sessions and writes.
    for (const [role, client] of others) {
      expect((await client.get(sessions)).statusCode, role).toBe(404);
      expect((await client.patch(`${sessions}/${sessionId}`, { note: 'x' })).statusCode, role).toBe(404);
      expect((await client.post(`${sessions}/${sessionId}/confirm`)).statusCode, role).toBe(404);
    }

    // Neither the audit log nor the mail outbox holds note text.
    const audits = JSON.stringify(await t.db.select().from(auditLog));
    expect(audits).toContain('mentoring_session.note');
    expect(audits.includes(first) || audits.includes(second)).toBe(false);
    const mail = JSON.stringify(await t.db.select().from(mailOutbox));
    expect(mail.includes(first) || mail.includes(second)).toBe(false);
  }, 120_000);

  it('are read and written only through notes.ts (no other code touches the table)', () => {
    const root = path.resolve(import.meta.dirname, '../src');
    const allowed = new Set(['server/modules/mentoring/schema.ts', 'server/modules/mentoring/notes.ts']);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
          const rel = path.relative(root, full).split(path.sep).join('/');
          const text = readFileSync(full, 'utf8');
          if (/sessionNotes|session_notes/.test(text) && !allowed.has(rel)) offenders.push(rel);
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
