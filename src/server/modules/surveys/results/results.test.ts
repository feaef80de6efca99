import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyResults } from '../../../../shared/schemas/survey-results.ts';
import { buildOwner, buildProgramme, buildUser } from '../../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../../test/harness.ts';
import { buildSurveyWithResponses, many } from './test-data.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const DAY = 86_400_000;

/*
 * 19 responses: NQTs in year 1 (8) and year 2 (2), mentors (6), unit leaders in kindergartens (3).
 * Expected suppression at k = 5: roles show only NQTs (unit leaders 3 < 5, and mentors so the 3
 * cannot be worked out as total − NQTs − mentors); unit types show nothing (kindergarten 3, and
 * primary with it); programme years show only "not given" (year 2 is 2, year 1 with it).
 */
async function setup() {
  const owner = await buildOwner(t.db);
  const programme = await buildProgramme(t.db, { owner, schoolYear: '2026-27' });
  const coordinator = await buildUser(t.db, { owner, roles: [{ role: 'programme_coordinator' }] });
  const analyst = await buildUser(t.db, { owner, roles: [{ role: 'analyst' }] });
  const closesAt = new Date(Date.now() - DAY);
  const responses = [
    ...many(8, {
      role: 'nqt',
      unitType: 'primary',
      programmeYear: 1,
      answers: { contributed: '4', match: '5', comment: 'Trygghet i klasserommet' },
    }),
    ...many(2, { role: 'nqt', unitType: 'primary', programmeYear: 2, answers: { contributed: '2', match: '1' } }),
    ...many(6, {
      role: 'mentor',
      unitType: 'primary',
      answers: { contributed: '5', match: '4', comment: 'Bedre samtaler' },
    }),
    ...many(3, { role: 'unit_leader', unitType: 'kindergarten', answers: { contributed: '3' } }),
  ];
  const { survey } = await buildSurveyWithResponses(t.db, {
    ownerId: owner.id,
    programmeId: programme.id,
    closesAt,
    responses,
  });
  return {
    owner,
    programme,
    survey,
    coordinator: await signIn(t.app, coordinator.email, coordinator.password),
    analyst: await signIn(t.app, analyst.email, analyst.password),
    base: `/api/owners/${owner.id}/surveys/${survey.id}/results`,
  };
}

function groupsOf(results: SurveyResults, dimension: string) {
  return results.breakdowns.find((b) => b.dimension === dimension)?.groups ?? [];
}

describe('survey results', () => {
  it('stay closed until the survey closes, with a translated 409', async () => {
    const s = await setup();
    const { survey } = await buildSurveyWithResponses(t.db, {
      ownerId: s.owner.id,
      closesAt: new Date(Date.now() + DAY),
      opensAt: new Date(Date.now() - DAY),
      responses: many(6, { role: 'nqt', answers: { contributed: '4' } }),
    });
    for (const suffix of ['', '.csv', '.xlsx']) {
      const res = await s.coordinator.get(`/api/owners/${s.owner.id}/surveys/${survey.id}/results${suffix}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        code: 'SURVEY_RESULTS_NOT_OPEN',
        message: 'Resultatene vises først når undersøkelsen er avsluttet.',
      });
    }
    const en = await s.coordinator.get(`/api/owners/${s.owner.id}/surveys/${survey.id}/results`, {
      'accept-language': 'en',
    });
    expect(en.json().error.message).toBe('Results are shown only once the survey has closed.');
  });

  it('are for those who manage surveys: an analyst gets 403, another owner 404', async () => {
    const s = await setup();
    expect((await s.analyst.get(s.base)).statusCode).toBe(403);
    const other = await buildOwner(t.db);
    const stranger = await buildUser(t.db, { owner: other, roles: [{ role: 'owner_admin' }] });
    const client = await signIn(t.app, stranger.email, stranger.password);
    expect((await client.get(s.base)).statusCode).toBe(404);
    expect((await client.get(`${s.base}.csv`)).statusCode).toBe(404);
    const missing = await s.coordinator.get(`/api/owners/${s.owner.id}/surveys/${crypto.randomUUID()}/results`);
    expect(missing.statusCode).toBe(404);
  });

  it('count answers per option, with n and mean, and suppress small groups and their complements', async () => {
    const s = await setup();
    const res = await s.coordinator.get(s.base);
    expect(res.statusCode).toBe(200);
    const results = res.json() as SurveyResults;
    expect(results.total).toEqual({ n: 19, suppressed: false });
    expect(results.minGroupSize).toBe(5);
    expect(results.survey.schoolYear).toBe('2026-27');

    const contributed = results.questions.find((q) => q.key === 'contributed');
    expect(contributed?.total).toEqual({
      n: 19,
      answered: 19,
      noAnswer: 0,
      counts: [
        { value: '1', count: 0 },
        { value: '2', count: 2 },
        { value: '3', count: 3 },
        { value: '4', count: 8 },
        { value: '5', count: 6 },
      ],
      // (2·2 + 3·3 + 4·8 + 5·6) / 19 = 75 / 19
      mean: 3.95,
    });
    const match = results.questions.find((q) => q.key === 'match');
    expect(match?.total).toMatchObject({ answered: 16, noAnswer: 3 });

    expect(groupsOf(results, 'role')).toEqual([
      { group: 'mentor', n: null, suppressed: true },
      { group: 'nqt', n: 10, suppressed: false },
      { group: 'unit_leader', n: null, suppressed: true },
    ]);
    expect(groupsOf(results, 'unitType').every((g) => g.n === null && g.suppressed)).toBe(true);
    expect(groupsOf(results, 'programmeYear')).toEqual([
      { group: '1', n: null, suppressed: true },
      { group: '2', n: null, suppressed: true },
      { group: '', n: 9, suppressed: false },
    ]);

    const byRole = contributed?.breakdowns.find((b) => b.dimension === 'role')?.groups ?? [];
    expect(byRole.find((g) => g.group === 'nqt')?.figures?.counts.map((c) => c.count)).toEqual([0, 2, 0, 8, 0]);
    expect(byRole.find((g) => g.group === 'mentor')?.figures).toBeNull();
    expect(byRole.find((g) => g.group === 'unit_leader')?.figures).toBeNull();

    // Free text for the whole survey only, sorted, never per group.
    const comment = results.questions.find((q) => q.key === 'comment');
    expect(comment?.texts).toEqual([
      ...many(6, { role: null, answers: {} }).map(() => 'Bedre samtaler'),
      ...Array(8).fill('Trygghet i klasserommet'),
    ]);
    expect(JSON.stringify(comment?.breakdowns)).not.toContain('Trygghet');
    // The unit leaders' "3" appears nowhere but in the total.
    expect(results.previous).toBeNull();
  });

  it('show nothing but the count when fewer than the minimum answered', async () => {
    const s = await setup();
    const { survey } = await buildSurveyWithResponses(t.db, {
      ownerId: s.owner.id,
      closesAt: new Date(Date.now() - DAY),
      responses: many(4, { role: 'nqt', answers: { contributed: '5', comment: 'Hemmelig' } }),
    });
    const res = await s.coordinator.get(`/api/owners/${s.owner.id}/surveys/${survey.id}/results`);
    const results = res.json() as SurveyResults;
    expect(results.total).toEqual({ n: 4, suppressed: true });
    expect(results.questions.every((q) => q.total === null && q.texts === null)).toBe(true);
    expect(res.body).not.toContain('Hemmelig');
    const csv = (await s.coordinator.get(`/api/owners/${s.owner.id}/surveys/${survey.id}/results.csv`)).body;
    expect(csv).not.toContain('Hemmelig');
    expect(csv).toContain('færre enn 5');
  });

  it('export CSV with a BOM, semicolons and "–" for every suppressed figure', async () => {
    const s = await setup();
    const res = await s.coordinator.get(`${s.base}.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="resultater-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.some((l) => l.includes('– betyr skjult'))).toBe(true);
    const rows = lines.map((l) => l.split(';'));
    const contributedRows = rows.filter((r) => r[0] === 'Veiledningen har bidratt positivt til utviklingsarbeidet');
    const row = (group: string) => contributedRows.find((r) => r[2] === group);
    // Question; Breakdown; Group; n; five options; no answer; mean
    expect(row('Alle svar')).toEqual([
      'Veiledningen har bidratt positivt til utviklingsarbeidet',
      'Alle',
      'Alle svar',
      '19',
      '0',
      '2',
      '3',
      '8',
      '6',
      '0',
      '3,95',
    ]);
    expect(row('Nyutdannede')?.slice(3)).toEqual(['10', '0', '2', '0', '8', '0', '0', '3,6']);
    for (const hidden of ['Veiledere', 'Enhetsledere', 'Barneskole', 'Barnehage', '1. år', '2. år']) {
      expect(row(hidden)?.slice(3)).toEqual(Array(8).fill('–'));
    }
    expect(row('Ikke oppgitt')?.[3]).toBe('9');
    // Free text is not in the CSV at all.
    expect(res.body).not.toContain('Trygghet');
  });

  it('export XLSX with the same figures and free text on its own sheet', async () => {
    const s = await setup();
    const res = await s.coordinator.get(`${s.base}.xlsx`);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Resultater');
    const rows: unknown[][] = [];
    sheet?.eachRow((r) => {
      rows.push((r.values as unknown[]).slice(1));
    });
    const find = (group: string) =>
      rows.find((r) => r[0] === 'Veiledningen har bidratt positivt til utviklingsarbeidet' && r[2] === group);
    expect(find('Alle svar')?.slice(3)).toEqual([19, 0, 2, 3, 8, 6, 0, 3.95]);
    expect(find('Veiledere')?.slice(3)).toEqual(Array(8).fill('–'));
    expect(find('Enhetsledere')?.slice(3)).toEqual(Array(8).fill('–'));
    expect(rows.some((r) => String(r[0]).includes('– betyr skjult'))).toBe(true);
    const texts: unknown[] = [];
    workbook.getWorksheet('Fritekst')?.eachRow((r) => {
      texts.push(r.getCell(2).value);
    });
    expect(texts.filter((v) => v === 'Trygghet i klasserommet')).toHaveLength(8);
  });

  it("compare with last school year's survey of the same kind for the same owner", async () => {
    const s = await setup();
    const lastYear = await buildProgramme(t.db, { owner: s.owner, schoolYear: '2025-26' });
    await buildSurveyWithResponses(t.db, {
      ownerId: s.owner.id,
      programmeId: lastYear.id,
      closesAt: new Date('2026-05-01T10:00:00Z'),
      responses: many(6, { role: 'nqt', answers: { contributed: '3', match: '2' } }),
    });
    // A different kind in the same year and another owner's survey are not compared.
    await buildSurveyWithResponses(t.db, {
      ownerId: s.owner.id,
      programmeId: lastYear.id,
      kind: 'nqt_yearly',
      closesAt: new Date('2026-05-02T10:00:00Z'),
      responses: many(6, { role: 'nqt', answers: { contributed: '1' } }),
    });
    const results = (await s.coordinator.get(s.base)).json() as SurveyResults;
    expect(results.previous).toMatchObject({ schoolYear: '2025-26', n: 6 });
    const contributed = results.questions.find((q) => q.key === 'contributed');
    expect(contributed?.previous).toMatchObject({ n: 6, mean: 3 });
    expect(contributed?.previous?.counts.find((c) => c.value === '3')?.count).toBe(6);
    expect(results.questions.find((q) => q.key === 'comment')?.previous).toBeNull();
  });

  it("hide last year's figures when last year had too few responses", async () => {
    const s = await setup();
    const lastYear = await buildProgramme(t.db, { owner: s.owner, schoolYear: '2025-26' });
    await buildSurveyWithResponses(t.db, {
      ownerId: s.owner.id,
      programmeId: lastYear.id,
      closesAt: new Date('2026-05-01T10:00:00Z'),
      responses: many(3, { role: 'nqt', answers: { contributed: '3' } }),
    });
    const results = (await s.coordinator.get(s.base)).json() as SurveyResults;
    expect(results.previous).toMatchObject({ schoolYear: '2025-26', n: null });
    expect(results.questions.every((q) => q.previous === null)).toBe(true);
  });
});
