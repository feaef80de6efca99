import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyResults } from '../../../shared/schemas/survey-results.ts';
import type { MySurvey } from '../../../shared/schemas/surveys.ts';
import { surveyInvitations, surveyResponses, surveys } from '../../db/schema.ts';
import { buildEnrolment, buildOwner, buildPerson, buildProgramme, buildUnit, buildUser } from '../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../test/harness.ts';
import { seedDemoSurveys } from './surveys.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the demo surveys', () => {
  it('give a closed survey whose results suppress some groups, and an open one the featured NQT can answer', async () => {
    const owner = await buildOwner(t.db);
    const school = await buildUnit(t.db, { owner, unitType: 'primary' });
    const programme = await buildProgramme(t.db, { owner });
    const nqts = [];
    for (let i = 0; i < 12; i++) {
      const person = await buildPerson(t.db, { owner, unit: school });
      await buildEnrolment(t.db, { programme, person, unit: school, startDate: '2026-08-10' });
      nqts.push(person);
    }
    const featured = nqts[0];
    if (!featured) throw new Error('no nqt');
    const nqtUser = await buildUser(t.db, { owner, person: featured, roles: [{ role: 'nqt', unit: school }] });
    const coordinatorUser = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
    await t.db.transaction((tx) =>
      seedDemoSurveys(tx, {
        ownerId: owner.id,
        coordinatorUserId: coordinatorUser.id,
        featuredPersonIds: [featured.id],
      }),
    );

    const rows = await t.db.select().from(surveys).where(eq(surveys.ownerId, owner.id));
    const closed = rows.find((s) => s.closesAt && s.closesAt < new Date());
    const open = rows.find((s) => s.closesAt && s.closesAt > new Date());
    if (!closed || !open) throw new Error('demo surveys missing');

    const coordinator = await signIn(t.app, coordinatorUser.email, coordinatorUser.password);
    const res = await coordinator.get(`/api/owners/${owner.id}/surveys/${closed.id}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const results: SurveyResults = res.json();
    expect(results.total.n).toBe(40);
    const unitTypes = results.breakdowns.find((b) => b.dimension === 'unitType')?.groups ?? [];
    expect(unitTypes.some((g) => g.suppressed)).toBe(true);
    expect(unitTypes.some((g) => !g.suppressed && (g.n ?? 0) >= 5)).toBe(true);
    // Written as the close shuffle leaves them: id order on disk, none pending.
    const order = (await t.db.execute(
      sql`select id::text as id, pending from survey_responses where survey_id = ${closed.id} order by ctid`,
    )) as unknown as { rows: { id: string; pending: boolean }[] };
    expect(order.rows.map((r) => r.id)).toEqual(order.rows.map((r) => r.id).sort());
    expect(order.rows.some((r) => r.pending)).toBe(false);

    // The open survey: a third answered, the featured NQT not, and it is in their list.
    const invitations = await t.db
      .select()
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.ownerId, owner.id), eq(surveyInvitations.surveyId, open.id)));
    expect(invitations).toHaveLength(12);
    const answered = invitations.filter((i) => i.answered).length;
    expect(answered).toBeGreaterThan(0);
    const responses = await t.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, open.id));
    expect(responses).toHaveLength(answered);
    const nqt = await signIn(t.app, nqtUser.email, nqtUser.password);
    const mine: MySurvey[] = (await nqt.get('/api/me/surveys')).json().items;
    expect(mine.map((m) => [m.surveyId, m.status, m.answered])).toEqual([[open.id, 'open', false]]);
    expect((await nqt.post(`/api/me/surveys/${open.id}/link`)).statusCode).toBe(200);
  });
});
