import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount, formatShare } from '../../../../shared/annual-report-tables.ts';
import type { AnnualReport } from '../../../../shared/schemas/annual-report.ts';
import {
  buildEnrolment,
  buildMentorProfile,
  buildOwner,
  buildPair,
  buildPerson,
  buildProgramme,
  buildUnit,
  buildUser,
  type GrantSpec,
} from '../../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../../test/harness.ts';
import { reportDocument } from './present.ts';
import { renderAnnualReportPdf } from './render-pdf.ts';
import { HEADER_ROW } from './render-xlsx.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** The text drawn by an uncompressed pdfkit PDF: its TJ arrays' hex strings, decoded as WinAnsi (Latin-1). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const hex = [...(m[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
    lines.push(Buffer.from(hex, 'hex').toString('latin1'));
  }
  return lines.join('\n');
}

const pageCount = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/Type \/Page\b/g)].length;

/**
 * A programme of 2026-27 with three NQTs: one mentored (two held sessions, 60 + 45 minutes), one
 * matched without a held session, one not matched; one eligible teacher not enrolled; two mentors.
 */
async function setup() {
  const owner = await buildOwner(t.db);
  const school = await buildUnit(t.db, { owner, name: 'Løvåsen skole', unitType: 'primary' });
  const kindergarten = await buildUnit(t.db, { owner, name: 'Solsikken barnehage', unitType: 'kindergarten' });
  const programme = await buildProgramme(t.db, { owner, schoolYear: '2026-27' });
  const nqtValues = { owner, startDate: '2026-08-10', teachingExperienceYears: 0 } as const;
  const mentored = await buildPerson(t.db, { ...nqtValues, unit: school, givenName: 'Åse', familyName: 'Ødegård' });
  const matched = await buildPerson(t.db, { ...nqtValues, unit: kindergarten, givenName: 'Bjørn' });
  const unmatched = await buildPerson(t.db, { ...nqtValues, unit: school, givenName: 'Cecilie' });
  await buildPerson(t.db, { ...nqtValues, unit: school, givenName: 'Dag' }); // eligible, not enrolled
  const mentor = await buildPerson(t.db, {
    owner,
    unit: school,
    givenName: 'Mette',
    mentorEducation: 'completed',
    teachingExperienceYears: 12,
  });
  const newMentor = await buildPerson(t.db, {
    owner,
    unit: kindergarten,
    givenName: 'Nils',
    mentorEducation: 'none',
    teachingExperienceYears: 2,
  });
  await buildMentorProfile(t.db, { programme, person: mentor });
  await buildMentorProfile(t.db, { programme, person: newMentor });
  const e1 = await buildEnrolment(t.db, { programme, person: mentored, unit: school, startDate: '2026-08-10' });
  const e2 = await buildEnrolment(t.db, { programme, person: matched, unit: kindergarten, startDate: '2026-08-10' });
  await buildEnrolment(t.db, { programme, person: unmatched, unit: school, startDate: '2026-08-10' });
  const pair = await buildPair(t.db, { enrolment: e1, mentor });
  await buildPair(t.db, { enrolment: e2, mentor: newMentor });

  const login = async (roles: GrantSpec[], person?: typeof mentor) => {
    const user = await buildUser(t.db, { owner, ...(person ? { person } : {}), roles });
    return signIn(t.app, user.email, user.password);
  };
  const asMentor = await login([{ role: 'mentor', unit: school }], mentor);
  const sessions = `/api/me/mentoring/pairs/${pair.id}/sessions`;
  for (const [date, minutes, subGoals] of [
    ['2026-09-15', 60, ['workplace', 'role']],
    ['2026-10-13', 45, ['role']],
  ] as const) {
    const res = await asMentor.post(sessions, {
      date,
      minutes,
      format: 'individual',
      subGoals,
      note: 'Hemmelig notat',
    });
    expect(res.statusCode).toBe(201);
  }
  return {
    owner,
    programme,
    asMentor,
    asCoordinator: await login([{ role: 'programme_coordinator' }]),
    asAnalyst: await login([{ role: 'analyst' }]),
    base: `/api/owners/${owner.id}/programmes/${programme.id}`,
  };
}

describe('annual report', () => {
  it('counts NQTs, the mentored, mentors and minutes, and agrees with the compliance figures', async () => {
    const s = await setup();
    const res = await s.asCoordinator.get(`${s.base}/annual-report`);
    expect(res.statusCode).toBe(200);
    const report = res.json() as AnnualReport;
    expect(report.ownerName).toBe(s.owner.name);
    expect(report.programme).toEqual({ id: s.programme.id, name: s.programme.name, schoolYear: '2026-27' });
    const row = (type: string) => report.nqtsByUnitType.rows.find((r) => r.unitType === type);
    expect(row('primary')).toEqual({ unitType: 'primary', year1: 2, year2: 0, total: 2, left: 0 });
    expect(row('kindergarten')).toEqual({ unitType: 'kindergarten', year1: 1, year2: 0, total: 1, left: 0 });
    expect(report.nqtsByUnitType.total.total).toBe(3);
    expect(report.mentoring.total).toEqual({
      enrolled: 3,
      mentored: 1,
      matchedNoSession: 1,
      notMatched: 1,
      mentoredShare: 0.333,
    });
    expect(report.mentoring.rows.find((r) => r.unitType === 'primary')).toMatchObject({
      mentored: 1,
      notMatched: 1,
      mentoredShare: 0.5,
    });
    expect(report.eligibleNotEnrolled).toBe(1);
    expect(report.mentors.rows).toEqual([
      { mentorEducation: 'none', experienced: 0, notExperienced: 1, total: 1 },
      { mentorEducation: 'ongoing', experienced: 0, notExperienced: 0, total: 0 },
      { mentorEducation: 'completed', experienced: 1, notExperienced: 0, total: 1 },
    ]);
    expect(report.minutes.total.heldMinutesToDate).toBe(105);
    expect(report.minutes.total.plannedMinutesYear).toBeGreaterThan(report.minutes.total.plannedMinutesToDate);

    // The same rules as the compliance view: the same totals and sub-goal minutes.
    const compliance = (await s.asCoordinator.get(`${s.base}/compliance`)).json();
    expect(report.asOf).toBe(compliance.asOf);
    expect(report.minutes.total).toMatchObject(compliance.programme);
    expect(report.subGoalMinutes).toEqual(compliance.subGoalMinutes);
    expect(report.subGoalMinutes.find((g) => g.subGoal === 'role')?.minutes).toBe(105);

    // Figures only: no names, no note text.
    for (const text of ['Ødegård', 'Bjørn', 'Mette', 'Hemmelig']) expect(res.body).not.toContain(text);
  });

  it('is for those who view the programme: analysts yes, a mentor no, another owner not found', async () => {
    const s = await setup();
    expect((await s.asAnalyst.get(`${s.base}/annual-report`)).statusCode).toBe(200);
    expect((await s.asAnalyst.get(`${s.base}/annual-report.pdf`)).statusCode).toBe(200);
    for (const suffix of ['', '.csv', '.xlsx', '.pdf']) {
      expect((await s.asMentor.get(`${s.base}/annual-report${suffix}`)).statusCode).toBe(403);
    }
    const other = await setup();
    expect((await other.asCoordinator.get(`${s.base}/annual-report.csv`)).statusCode).toBe(404);
    const unknownProgramme = `/api/owners/${s.owner.id}/programmes/${other.programme.id}/annual-report`;
    expect((await s.asCoordinator.get(unknownProgramme)).statusCode).toBe(404);
  });

  it('downloads a CSV for Norwegian Excel whose figures are the JSON’s', async () => {
    const s = await setup();
    const report = (await s.asCoordinator.get(`${s.base}/annual-report`)).json() as AnnualReport;
    const res = await s.asCoordinator.get(`${s.base}/annual-report.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="arsrapport-veiledning-2026-27.csv"');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(res.rawPayload, { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual(['Årsrapport for veiledningsordningen']);
    expect(rows).toContainEqual(['Eier', s.owner.name]);
    expect(rows).toContainEqual(['Nyutdannede i ordningen', '3']);
    expect(rows).toContainEqual(['Fyller vilkårene, men er ikke meldt inn', '1']);
    expect(rows).toContainEqual(['Andel veiledet', '33,3%']);

    // Each section: its title line, its header, its rows.
    const section = (title: string) => {
      const start = rows.findIndex((r) => r[0] === title);
      const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
      return rows.slice(start + 1, end === -1 ? undefined : end);
    };
    const mentoring = section('Veiledet etter enhetstype');
    expect(mentoring[0]).toEqual([
      'Enhetstype',
      'Meldt inn',
      'Veiledet',
      'Koblet, ingen veiledning holdt',
      'Ikke koblet',
      'Andel veiledet',
    ]);
    expect(mentoring.at(-1)).toEqual(['Totalt', '3', '1', '1', '1', '33,3%']);
    expect(mentoring.find((r) => r[0] === 'Barnehage')).toEqual(['Barnehage', '1', '0', '1', '0', '0,0%']);
    expect(mentoring.find((r) => r[0] === 'Ungdomsskole')?.[5]).toBe('');
    const minutes = section('Planlagte og holdte minutter etter enhetstype');
    const total = report.minutes.total;
    expect(minutes.at(-1)?.slice(0, 3)).toEqual([
      'Totalt',
      String(total.plannedMinutesToDate),
      String(total.heldMinutesToDate),
    ]);
    expect(minutes.at(-1)?.[4]).toBe(String(total.plannedMinutesYear));
    expect(rows.some((r) => r[0]?.startsWith('Veiledet: minst én veiledning'))).toBe(true);
  });

  it('downloads an XLSX workbook: a sheet per table, bold header, numbers with formats', async () => {
    const s = await setup();
    const report = (await s.asCoordinator.get(`${s.base}/annual-report`)).json() as AnnualReport;
    const res = await s.asCoordinator.get(`${s.base}/annual-report.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="arsrapport-veiledning-2026-27.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Nøkkeltall',
      'Nyutdannede',
      'Veiledet',
      'Veiledere',
      'Minutter',
      'Delmål',
      'Definisjoner',
    ]);
    const nqts = book.getWorksheet('Nyutdannede');
    if (!nqts) throw new Error('sheet');
    expect(nqts.getCell('A1').value).toBe('Nyutdannede etter enhetstype og veiledningsår');
    expect(nqts.getRow(HEADER_ROW).getCell(1).value).toBe('Enhetstype');
    expect(nqts.getRow(HEADER_ROW).getCell(1).font?.bold).toBe(true);
    const values = (sheet: ExcelJS.Worksheet, r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    const last = (sheet: ExcelJS.Worksheet) => sheet.rowCount;
    expect(values(nqts, last(nqts))).toEqual(['Totalt', 3, 0, 3, 0]);
    expect(nqts.getRow(last(nqts)).font?.bold).toBe(true);

    const mentoring = book.getWorksheet('Veiledet');
    if (!mentoring) throw new Error('sheet');
    const totalRow = mentoring.getRow(last(mentoring));
    expect(values(mentoring, last(mentoring))).toEqual(['Totalt', 3, 1, 1, 1, report.mentoring.total.mentoredShare]);
    expect(totalRow.getCell(6).numFmt).toBe('0.0%');
    expect(totalRow.getCell(2).numFmt).toBe('#,##0');

    const minutes = book.getWorksheet('Minutter');
    if (!minutes) throw new Error('sheet');
    const m = report.minutes.total;
    expect(values(minutes, last(minutes))).toEqual([
      'Totalt',
      m.plannedMinutesToDate,
      m.heldMinutesToDate,
      m.ratio,
      m.plannedMinutesYear,
    ]);
  });

  it('downloads a PDF with the title, owner, school year and every table’s figures', async () => {
    const s = await setup();
    const res = await s.asCoordinator.get(`${s.base}/annual-report.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="arsrapport-veiledning-2026-27.pdf"');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const report = (await s.asCoordinator.get(`${s.base}/annual-report`)).json() as AnnualReport;
    const pdf = await renderAnnualReportPdf(reportDocument(report, 'nb'), { compress: false });
    const text = pdfText(pdf);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(pageCount(pdf)).toBeLessThanOrEqual(3);
    for (const expected of [
      'Årsrapport for veiledningsordningen',
      s.owner.name,
      s.programme.name,
      '2026-27',
      'Nyutdannede etter enhetstype og veiledningsår',
      'Veiledere etter veilederutdanning og erfaring',
      'Holdte minutter etter delmål',
      'Slik er tallene regnet ut',
      formatShare('nb', report.mentoring.total.mentoredShare),
      formatCount('nb', report.minutes.total.plannedMinutesYear),
      formatCount('nb', report.minutes.total.heldMinutesToDate),
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(formatShare('nb', 0.333)).toBe('33,3\u00a0%');
  });

  it('speaks the caller’s language: English headings, file name and decimal point', async () => {
    const s = await setup();
    const csv = await s.asCoordinator.get(`${s.base}/annual-report.csv`, { 'accept-language': 'en' });
    expect(csv.headers['content-disposition']).toBe('attachment; filename="annual-report-mentoring-2026-27.csv"');
    const rows = parse(csv.rawPayload, { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual(['Annual report of the mentoring programme']);
    expect(rows).toContainEqual(['Share mentored', '33.3%']);
    const nn = await s.asCoordinator.get(`${s.base}/annual-report.xlsx`, { 'accept-language': 'nn' });
    expect(nn.headers['content-disposition']).toBe('attachment; filename="arsrapport-rettleiing-2026-27.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(nn.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.name).toBe('Nøkkeltal');
  });
});
