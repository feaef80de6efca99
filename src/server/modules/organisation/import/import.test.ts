import { Readable } from 'node:stream';
import { and, count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, employments, people, units, users } from '../../../db/schema.ts';
import {
  buildOwner,
  buildPerson,
  buildUnit,
  buildUser,
  type OwnerRow,
  randomOrgNumber,
} from '../../../test/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function adminOf(owner: OwnerRow): Promise<Client> {
  const user = await buildUser(t.db, { owner, roles: [{ role: 'owner_admin' }] });
  return signIn(t.app, user.email, user.password);
}

async function tenant() {
  const owner = await buildOwner(t.db);
  return { owner, client: await adminOf(owner) };
}

function upload(
  client: Client,
  ownerId: string,
  kind: string,
  content: string | Uint8Array,
  opts: { name?: string; field?: string; headers?: Record<string, string> } = {},
) {
  const form = new FormData();
  form.append(opts.field ?? 'file', new Blob([content as BlobPart]), opts.name ?? 'import.csv');
  return client.request({
    method: 'POST',
    url: `/api/owners/${ownerId}/imports/${kind}`,
    payload: form,
    headers: opts.headers ?? {},
  });
}

async function unitCount(ownerId: string) {
  const [row] = await t.db.select({ n: count() }).from(units).where(eq(units.ownerId, ownerId));
  return Number(row?.n);
}

async function peopleCount(ownerId: string) {
  const [row] = await t.db.select({ n: count() }).from(people).where(eq(people.ownerId, ownerId));
  return Number(row?.n);
}

async function employmentCount(ownerId: string) {
  const [row] = await t.db.select({ n: count() }).from(employments).where(eq(employments.ownerId, ownerId));
  return Number(row?.n);
}

function errorsOf(res: { json(): unknown }) {
  const body = res.json() as {
    error: {
      code: string;
      details: { errors: { row: number; column: string; message: string }[]; totalErrors: number };
    };
  };
  return body.error;
}

/** The same ZIP without one entry: a valid archive that is not a workbook. */
async function zipWithout(file: Uint8Array, entry: string): Promise<Uint8Array> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(file);
  zip.remove(entry);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

async function xlsx(rows: unknown[][], opts: { numFmt?: Record<number, string> } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ark1');
  for (const row of rows) sheet.addRow(row);
  for (const [col, fmt] of Object.entries(opts.numFmt ?? {})) sheet.getColumn(Number(col)).numFmt = fmt;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('units import', () => {
  it('imports a semicolon CSV with a BOM and CRLF, and audits once', async () => {
    const { owner, client } = await tenant();
    const [a, b] = [randomOrgNumber(), randomOrgNumber()];
    const csv =
      '\uFEFForg_number;name;unit_type;street_address;postal_code;postal_place\r\n' +
      `${a};Nordby skole;primary;Skoleveien 1;150;Oslo\r\n` +
      `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)};Solsikken barnehage;kindergarten;;;\r\n` +
      ';;;;;\r\n';
    const res = await upload(client, owner.id, 'units', csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ kind: 'units', rows: 2, created: 2, updated: 0 });
    const stored = await t.db.select().from(units).where(eq(units.ownerId, owner.id)).orderBy(units.name);
    expect(stored.map((u) => [u.orgNumber, u.name, u.unitType, u.postalCode, u.postalPlace])).toEqual([
      [a, 'Nordby skole', 'primary', '0150', 'Oslo'],
      [b, 'Solsikken barnehage', 'kindergarten', '', ''],
    ]);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.ownerId, owner.id), eq(auditLog.action, 'import.units')));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.details).toMatchObject({ rows: 2, created: 2, updated: 0, format: 'csv' });
  });

  it('takes coordinates with a decimal comma or point, and names a bad one by row and column', async () => {
    const { owner, client } = await tenant();
    const [a, b] = [randomOrgNumber(), randomOrgNumber()];
    const good = `orgnr;navn;type;breddegrad;lengdegrad\n${a};Nordby skole;primary;59,9560;11.049\n${b};Sørby skole;primary;;\n`;
    expect((await upload(client, owner.id, 'units', good)).statusCode).toBe(200);
    const stored = await t.db.select().from(units).where(eq(units.ownerId, owner.id)).orderBy(units.name);
    expect(stored.map((u) => [u.name, u.latitude, u.longitude])).toEqual([
      ['Nordby skole', 59.956, 11.049],
      ['Sørby skole', null, null],
    ]);
    const bad = `orgnr;navn;type;breddegrad;lengdegrad\n${a};Nordby skole;primary;95;11\n${b};Sørby skole;primary;nord;10\n`;
    const res = await upload(client, owner.id, 'units', bad);
    expect(res.statusCode).toBe(422);
    expect(errorsOf(res).details.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'breddegrad'],
      [3, 'breddegrad'],
    ]);
    // All or nothing: the stored coordinates are unchanged.
    const [nordby] = await t.db.select().from(units).where(eq(units.orgNumber, a));
    expect(nordby?.latitude).toBe(59.956);
  });

  it('reads a comma CSV with Norwegian headers, labels, quoted fields and LF line ends', async () => {
    const { owner, client } = await tenant();
    const [a, b] = [randomOrgNumber(), randomOrgNumber()];
    const csv =
      'Organisasjonsnummer,Navn,Enhetstype,Adresse,Postnummer,Poststed\n' +
      `${a},"Berg skole, avd. Nord",Barneskole,"Storgata 2",2000,Lillestrøm\n` +
      `${b},"Kjelle ""1-10""",kombinert skole,,,\n`;
    const res = await upload(client, owner.id, 'units', csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 2, created: 2 });
    const stored = await t.db.select().from(units).where(eq(units.ownerId, owner.id)).orderBy(units.name);
    expect(stored.map((u) => [u.name, u.unitType])).toEqual([
      ['Berg skole, avd. Nord', 'primary'],
      ['Kjelle "1-10"', 'combined'],
    ]);
  });

  it('reads XLSX whatever the file is called, with numbers where Excel put them', async () => {
    const { owner, client } = await tenant();
    const a = randomOrgNumber();
    const file = await xlsx([
      ['org_number', 'name', 'unit_type', 'postal_code'],
      [Number(a), { richText: [{ text: 'Rik ' }, { text: 'tekst skole' }] }, 'Ungdomsskole', 150],
    ]);
    const res = await upload(client, owner.id, 'units', file, { name: 'enheter.csv' });
    expect(res.statusCode, res.body).toBe(200);
    const [unit] = await t.db.select().from(units).where(eq(units.ownerId, owner.id));
    expect(unit).toMatchObject({
      orgNumber: a,
      name: 'Rik tekst skole',
      unitType: 'lower_secondary',
      postalCode: '0150',
    });
  });

  it('writes nothing when any row is bad, and reports each bad cell by row and column header', async () => {
    const { owner, client } = await tenant();
    const csv = [
      'orgnr;navn;type',
      `${randomOrgNumber()};Gyldig skole;primary`,
      '123456789;Feil orgnr;primary',
      `${randomOrgNumber()};;gymnas`,
    ].join('\r\n');
    const res = await upload(client, owner.id, 'units', csv);
    expect(res.statusCode).toBe(422);
    const error = errorsOf(res);
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details.totalErrors).toBe(3);
    expect(error.details.errors).toEqual([
      { row: 3, column: 'orgnr', message: 'Organisasjonsnummeret må ha ni siffer og gyldig kontrollsiffer.' },
      { row: 4, column: 'navn', message: 'Feltet må fylles ut.' },
      {
        row: 4,
        column: 'type',
        message: expect.stringMatching(/^Ukjent verdi «gymnas»\. Gyldige verdier: Barnehage, Barneskole/),
      },
    ]);
    expect(await unitCount(owner.id)).toBe(0);
  });

  it('answers 422 with a row-1 error per missing column, and names unknown and repeated columns', async () => {
    const { owner, client } = await tenant();
    const res = await upload(client, owner.id, 'units', `org_number;kommentar;Org.nr\n${randomOrgNumber()};x;y\n`);
    expect(res.statusCode).toBe(422);
    expect(errorsOf(res).details.errors).toEqual([
      { row: 1, column: 'kommentar', message: 'Ukjent kolonne «kommentar». Bruk kolonnenavnene fra malen.' },
      { row: 1, column: 'Org.nr', message: 'Kolonnen «Org.nr» står flere ganger.' },
      { row: 1, column: 'name', message: 'Kolonnen «name» mangler i filen.' },
      { row: 1, column: 'unit_type', message: 'Kolonnen «unit_type» mangler i filen.' },
    ]);
  });

  it('finds an organisation number twice in the file, however it is spaced', async () => {
    const { owner, client } = await tenant();
    const a = randomOrgNumber();
    const spaced = `${a.slice(0, 3)} ${a.slice(3, 6)} ${a.slice(6)}`;
    const res = await upload(
      client,
      owner.id,
      'units',
      `org_number;name;unit_type\n${a};A;primary\n${spaced};B;primary\n`,
    );
    expect(res.statusCode).toBe(422);
    expect(errorsOf(res).details.errors).toEqual([
      { row: 3, column: 'org_number', message: 'Finnes også på rad 2 i filen.' },
    ]);
  });

  it("refuses another owner's organisation number without naming that owner", async () => {
    const { owner, client } = await tenant();
    const other = await buildOwner(t.db, { name: 'Hemmelig kommune' });
    const theirs = await buildUnit(t.db, { owner: other, name: 'Deres skole' });
    const res = await upload(client, owner.id, 'units', `org_number;name;unit_type\n${theirs.orgNumber};Min;primary\n`);
    expect(res.statusCode).toBe(422);
    expect(errorsOf(res).details.errors).toEqual([
      { row: 2, column: 'org_number', message: 'Organisasjonsnummeret er allerede registrert hos en annen eier.' },
    ]);
    expect(res.body).not.toContain('Hemmelig');
    const [unchanged] = await t.db.select().from(units).where(eq(units.id, theirs.id));
    expect(unchanged?.name).toBe('Deres skole');
  });

  it('updates by organisation number on re-import: no duplicates, changes counted, absent columns kept', async () => {
    const { owner, client } = await tenant();
    const [a, b, c] = [randomOrgNumber(), randomOrgNumber(), randomOrgNumber()];
    const first = `org_number;name;unit_type;postal_place\n${a};A skole;primary;Lillestrøm\n${b};B skole;primary;Skedsmo\n`;
    expect((await upload(client, owner.id, 'units', first)).json()).toMatchObject({ created: 2, updated: 0 });
    // Same file again: nothing changes.
    expect((await upload(client, owner.id, 'units', first)).json()).toEqual({
      kind: 'units',
      rows: 2,
      created: 0,
      updated: 0,
    });
    // postal_place left out: stored places stay; B renamed; C new.
    const second = `org_number;name;unit_type\n${a};A skole;primary\n${b};B skole (ny);combined\n${c};C barnehage;kindergarten\n`;
    const res = await upload(client, owner.id, 'units', second);
    expect(res.json()).toEqual({ kind: 'units', rows: 3, created: 1, updated: 1 });
    expect(await unitCount(owner.id)).toBe(3);
    const stored = await t.db.select().from(units).where(eq(units.ownerId, owner.id)).orderBy(units.name);
    expect(stored.map((u) => [u.name, u.unitType, u.postalPlace])).toEqual([
      ['A skole', 'primary', 'Lillestrøm'],
      ['B skole (ny)', 'combined', 'Skedsmo'],
      ['C barnehage', 'kindergarten', ''],
    ]);
  });
});

const PEOPLE_HEADER =
  'employee_number;given_name;family_name;email;unit_org_number;position;position_percent;start_date;end_date;phone;' +
  'teacher_education;teacher_education_year;mentor_education;mentor_education_credits;teaching_experience_years';

describe('people import', () => {
  async function withUnit() {
    const { owner, client } = await tenant();
    const unit = await buildUnit(t.db, { owner });
    return { owner, client, unit };
  }

  it('moves a login along when the import changes the person’s e-mail', async () => {
    const { owner, client, unit } = await withUnit();
    const person = await buildPerson(t.db, { owner, unit, employeeNumber: '7001', email: 'gammel@example.no' });
    const login = await buildUser(t.db, { person });
    const csv = [
      PEOPLE_HEADER,
      `7001;Kari;Nordmann;ny@example.no;${unit.orgNumber};teacher;100;2024-08-01;;;;;;;`,
    ].join('\n');
    const res = await upload(client, owner.id, 'people', csv);
    expect(res.statusCode, res.body).toBe(200);
    const [user] = await t.db.select().from(users).where(eq(users.id, login.id));
    expect(user?.email).toBe('ny@example.no');
    await signIn(t.app, 'ny@example.no', login.password);
  });

  it('imports people with their employment, reading labels, decimal commas and Norwegian dates', async () => {
    const { owner, client, unit } = await withUnit();
    const csv = [
      PEOPLE_HEADER,
      `1001;Åse;Ødegård;Ase.Odegard@Example.no;${unit.orgNumber};Lærer;80,5;01.08.2026;31.07.2027;+47 912 34 567;Grunnskolelærer 1–7;2026;Pågår;15;0`,
      `1002;Ola;Nordmann;ola@example.no;${unit.orgNumber};head;100;2020-08-01;;;;;;;`,
    ].join('\n');
    const res = await upload(client, owner.id, 'people', csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ kind: 'people', rows: 2, created: 2, updated: 0 });
    const [ase] = await t.db
      .select()
      .from(people)
      .where(and(eq(people.ownerId, owner.id), eq(people.employeeNumber, '1001')));
    expect(ase).toMatchObject({
      givenName: 'Åse',
      email: 'ase.odegard@example.no',
      phone: '+47 912 34 567',
      teacherEducation: 'primary_1_7',
      teacherEducationYear: 2026,
      mentorEducation: 'ongoing',
      mentorEducationCredits: 15,
      teachingExperienceYears: 0,
    });
    const [job] = await t.db
      .select()
      .from(employments)
      .where(eq(employments.personId, ase?.id ?? ''));
    expect(job).toMatchObject({
      unitId: unit.id,
      position: 'teacher',
      positionPercent: 80.5,
      startDate: '2026-08-01',
      endDate: '2027-07-31',
    });
  });

  it("names the unit that is not the owner's, and writes nobody", async () => {
    const { owner, client, unit } = await withUnit();
    const stranger = await buildUnit(t.db, { owner: await buildOwner(t.db) });
    const missing = randomOrgNumber();
    const csv = [
      PEOPLE_HEADER,
      `1;Kari;Hansen;kari@example.no;${unit.orgNumber};teacher;100;2026-08-01;;;;;;;`,
      `2;Per;Hansen;per@example.no;${missing};teacher;100;2026-08-01;;;;;;;`,
      `3;Pål;Hansen;paal@example.no;${stranger.orgNumber};teacher;100;2026-08-01;;;;;;;`,
    ].join('\n');
    const res = await upload(client, owner.id, 'people', csv);
    expect(res.statusCode).toBe(422);
    expect(errorsOf(res).details.errors).toEqual([
      {
        row: 3,
        column: 'unit_org_number',
        message: `Ingen enhet med organisasjonsnummer ${missing} hos denne eieren.`,
      },
      {
        row: 4,
        column: 'unit_org_number',
        message: `Ingen enhet med organisasjonsnummer ${stranger.orgNumber} hos denne eieren.`,
      },
    ]);
    expect(await peopleCount(owner.id)).toBe(0);
    expect(await employmentCount(owner.id)).toBe(0);
  });

  it('reports duplicates in the file, bad values and an e-mail another person has', async () => {
    const { owner, client, unit } = await withUnit();
    const existing = await buildPerson(t.db, { owner, email: 'tatt@example.no', employeeNumber: 'X1' });
    const csv = [
      PEOPLE_HEADER,
      `1;Kari;Hansen;kari@example.no;${unit.orgNumber};teacher;100;2026-08-01;;;;;;;`,
      `1;Kari;Berg;KARI@example.no;${unit.orgNumber};teacher;100;2026-08-01;;;;;;;`,
      `3;Per;Hansen;tatt@example.no;${unit.orgNumber};rektor;120;2026-02-30;2025-01-01;;;19x;;;`,
      `4;Liv;Dahl;ikke-epost;${unit.orgNumber};teacher;50;2026-08-01;2026-07-01;;;;;;`,
    ].join('\n');
    const res = await upload(client, owner.id, 'people', csv);
    expect(res.statusCode).toBe(422);
    expect(errorsOf(res).details.errors).toEqual([
      { row: 3, column: 'employee_number', message: 'Finnes også på rad 2 i filen.' },
      { row: 3, column: 'email', message: 'Finnes også på rad 2 i filen.' },
      { row: 4, column: 'position_percent', message: 'Kan være høyst 100.' },
      { row: 4, column: 'start_date', message: 'Skriv datoen som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.' },
      { row: 4, column: 'teacher_education_year', message: 'Skriv et tall, for eksempel 80 eller 80,5.' },
      { row: 4, column: 'email', message: 'E-postadressen brukes av en annen person.' },
      { row: 5, column: 'email', message: 'Skriv en gyldig e-postadresse.' },
      { row: 5, column: 'end_date', message: 'Sluttdato kan ikke være før startdato.' },
    ]);
    expect(await peopleCount(owner.id)).toBe(1);
    expect(existing.employeeNumber).toBe('X1');
  });

  it('updates by employee number on re-import, and counts only rows that changed', async () => {
    const { owner, client, unit } = await withUnit();
    const row = (n: number, percent: string, family = 'Hansen') =>
      `${n};Kari;${family};kari${n}@example.no;${unit.orgNumber};teacher;${percent};2026-08-01;;;;;;;`;
    const first = [PEOPLE_HEADER, row(1, '100'), row(2, '100')].join('\n');
    expect((await upload(client, owner.id, 'people', first)).json()).toMatchObject({ created: 2, updated: 0 });
    expect((await upload(client, owner.id, 'people', first)).json()).toMatchObject({ created: 0, updated: 0 });
    // Row 1: employment changed; row 2: person changed; row 3: new.
    const second = [PEOPLE_HEADER, row(1, '60'), row(2, '100', 'Berg'), row(3, '100')].join('\n');
    expect((await upload(client, owner.id, 'people', second)).json()).toEqual({
      kind: 'people',
      rows: 3,
      created: 1,
      updated: 2,
    });
    expect(await peopleCount(owner.id)).toBe(3);
    expect(await employmentCount(owner.id)).toBe(3);
    const [one] = await t.db
      .select({ percent: employments.positionPercent })
      .from(employments)
      .innerJoin(people, eq(people.id, employments.personId))
      .where(and(eq(people.ownerId, owner.id), eq(people.employeeNumber, '1')));
    expect(one?.percent).toBe(60);
  });

  it('translates the report into English and nynorsk', async () => {
    const { owner, client, unit } = await withUnit();
    const csv = [PEOPLE_HEADER, `1;;Hansen;kari@example.no;${unit.orgNumber};teacher;100;2026-08-01;;;;;;;`].join('\n');
    const en = await upload(client, owner.id, 'people', csv, { headers: { 'accept-language': 'en' } });
    expect(errorsOf(en).details.errors).toEqual([{ row: 2, column: 'given_name', message: 'This field is required.' }]);
    expect(en.json().error.message).toBe(
      'The file has errors. Nothing was saved. Correct the rows below and try again.',
    );
    const nn = await upload(
      client,
      owner.id,
      'people',
      `${PEOPLE_HEADER}\n1;Kari;Hansen;k@example.no;x;teacher;100;2026-08-01;;;;;;;`,
      {
        headers: { 'accept-language': 'nn' },
      },
    );
    expect(errorsOf(nn).details.errors[0]).toMatchObject({ row: 2, column: 'unit_org_number' });
    const missing = await upload(client, owner.id, 'people', 'employee_number\n1\n', {
      headers: { 'accept-language': 'nn' },
    });
    expect(errorsOf(missing).details.errors[0]?.message).toBe('Kolonnen «given_name» manglar i fila.');
  });

  it('reports the first 1000 errors and counts them all', async () => {
    const { owner, client } = await withUnit();
    const lines = [PEOPLE_HEADER];
    for (let i = 0; i < 1200; i++)
      lines.push(`${i};Kari;Hansen;k${i}@example.no;999999999;teacher;100;2026-08-01;;;;;;;`);
    const res = await upload(client, owner.id, 'people', lines.join('\n'));
    expect(res.statusCode).toBe(422);
    const { details } = errorsOf(res);
    expect(details.totalErrors).toBe(1200);
    expect(details.errors).toHaveLength(1000);
    expect(details.errors[0]?.row).toBe(2);
    expect(details.errors[999]?.row).toBe(1001);
  });
});

describe('files that are not a valid import', () => {
  it('answers 415 for what is neither CSV nor XLSX, decided by content and not by name', async () => {
    const { owner, client } = await tenant();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const res = await upload(client, owner.id, 'units', png, { name: 'enheter.csv' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('IMPORT_FILE_TYPE');
    // A ZIP that holds no workbook (here: an XLSX with its worksheet left out) is not a workbook.
    const notWorkbook = await zipWithout(await xlsx([['org_number']]), 'xl/worksheets/sheet1.xml');
    expect((await upload(client, owner.id, 'units', notWorkbook, { name: 'enheter.xlsx' })).statusCode).toBe(415);
    // Old binary Excel (.xls) and UTF-16 text carry NUL bytes.
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await upload(client, owner.id, 'units', xls, { name: 'enheter.xls' })).statusCode).toBe(415);
    const truncated = (await xlsx([['org_number', 'name', 'unit_type']])).subarray(0, 200);
    expect((await upload(client, owner.id, 'units', truncated, { name: 'enheter.xlsx' })).statusCode).toBe(415);
  });

  it('answers 400 IMPORT_FILE_MISSING without a file part, and 422 for an empty or header-only file', async () => {
    const { owner, client } = await tenant();
    const url = `/api/owners/${owner.id}/imports/units`;
    expect((await client.post(url)).json().error.code).toBe('IMPORT_FILE_MISSING');
    expect((await client.post(url, { file: 'x' })).json().error.code).toBe('IMPORT_FILE_MISSING');
    const form = new FormData();
    form.append('note', 'no file here');
    const fieldOnly = await client.request({ method: 'POST', url, payload: form });
    expect(fieldOnly.statusCode).toBe(400);
    expect(fieldOnly.json().error.code).toBe('IMPORT_FILE_MISSING');
    const otherField = await upload(client, owner.id, 'units', 'org_number', { field: 'upload' });
    expect(otherField.json().error.code).toBe('IMPORT_FILE_MISSING');

    const empty = await upload(client, owner.id, 'units', '');
    expect(empty.statusCode).toBe(422);
    expect(errorsOf(empty).details.errors).toEqual([{ row: 1, column: '', message: 'Filen er tom.' }]);
    const headerOnly = await upload(client, owner.id, 'units', '\uFEFForg_number;name;unit_type\r\n;;\r\n');
    expect(headerOnly.statusCode).toBe(422);
    expect(errorsOf(headerOnly).details.errors).toEqual([
      { row: 2, column: '', message: 'Filen har ingen rader under overskriftsraden.' },
    ]);
  });

  it('reads a Windows-1252 CSV (Excel\'s plain "CSV") with its æøå intact', async () => {
    const { owner, client } = await tenant();
    const a = randomOrgNumber();
    const latin = new Uint8Array(
      Buffer.from(`org_number;name;unit_type\r\n${a};Bjørkåsen skole – avd. Ærøy;primary\r\n`, 'latin1'),
    );
    // The en dash is 0x96 in Windows-1252 (latin1 would have no byte for it).
    latin[latin.indexOf(0x13)] = 0x96;
    const res = await upload(client, owner.id, 'units', latin);
    expect(res.statusCode, res.body).toBe(200);
    const [unit] = await t.db.select().from(units).where(eq(units.ownerId, owner.id));
    expect(unit?.name).toBe('Bjørkåsen skole – avd. Ærøy');
  });

  it('reports an unclosed quote at its row instead of failing', async () => {
    const { owner, client } = await tenant();
    const csv = `org_number;name;unit_type\n${randomOrgNumber()};A;primary\n${randomOrgNumber()};"B;primary\n`;
    const res = await upload(client, owner.id, 'units', csv);
    expect(res.statusCode).toBe(422);
    expect(errorsOf(res).details.errors).toContainEqual({
      row: 3,
      column: '',
      message: expect.stringContaining('anførselstegn'),
    });
  });
});

describe('who may import', () => {
  it("answers 404 for another tenant's owner and 403 for an analyst who may only view", async () => {
    const { client } = await tenant();
    const other = await buildOwner(t.db);
    const csv = `org_number;name;unit_type\n${randomOrgNumber()};A;primary\n`;
    const foreign = await upload(client, other.id, 'units', csv);
    expect(foreign.statusCode).toBe(404);
    expect(await unitCount(other.id)).toBe(0);
    expect((await client.get(`/api/owners/${other.id}/imports/units/template.csv`)).statusCode).toBe(404);

    const owner = await buildOwner(t.db);
    const analyst = await buildUser(t.db, { owner, roles: [{ role: 'analyst' }] });
    const viewer = await signIn(t.app, analyst.email, analyst.password);
    const forbidden = await upload(viewer, owner.id, 'units', csv);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('FORBIDDEN');
    expect(await unitCount(owner.id)).toBe(0);
  });

  it('answers 401 without a session and 403 without the CSRF token', async () => {
    const { owner, client } = await tenant();
    const form = new FormData();
    form.append('file', new Blob(['org_number;name;unit_type\n']), 'x.csv');
    const url = `/api/owners/${owner.id}/imports/units`;
    expect((await t.app.inject({ method: 'POST', url, payload: form })).statusCode).toBe(401);
    const noCsrf = await t.app.inject({ method: 'POST', url, payload: form, headers: { cookie: client.cookie } });
    expect(noCsrf.json().error.code).toBe('CSRF_INVALID');
  });
});

describe('templates', () => {
  it('serves CSV (BOM, semicolons) and XLSX templates that re-import cleanly', async () => {
    const { owner, client } = await tenant();
    const unit = await buildUnit(t.db, { owner, name: 'Malskolen' });
    const base = `/api/owners/${owner.id}/imports`;

    const unitsCsv = await client.get(`${base}/units/template.csv`);
    expect(unitsCsv.statusCode).toBe(200);
    expect(unitsCsv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(unitsCsv.headers['content-disposition']).toBe('attachment; filename="tillit-enheter.csv"');
    expect(
      unitsCsv.body.startsWith(
        '\uFEFForg_number;name;unit_type;street_address;postal_code;postal_place;latitude;longitude\r\n',
      ),
    ).toBe(true);
    expect(unitsCsv.body).toContain(`${unit.orgNumber};Malskolen;primary`);
    // The example row is the owner's own unit: importing the template unchanged changes nothing.
    expect((await upload(client, owner.id, 'units', unitsCsv.rawPayload)).json()).toEqual({
      kind: 'units',
      rows: 1,
      created: 0,
      updated: 0,
    });

    const peopleXlsx = await client.get(`${base}/people/template.xlsx`);
    expect(peopleXlsx.statusCode).toBe(200);
    expect(peopleXlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(peopleXlsx.headers['content-disposition']).toBe('attachment; filename="tillit-personer.xlsx"');
    const imported = await upload(client, owner.id, 'people', peopleXlsx.rawPayload, { name: 'mal.xlsx' });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ kind: 'people', rows: 1, created: 1, updated: 0 });

    const peopleCsv = await client.get(`${base}/people/template.csv`, { 'accept-language': 'en' });
    expect(peopleCsv.headers['content-disposition']).toBe('attachment; filename="tillit-people.csv"');
    expect((await upload(client, owner.id, 'people', peopleCsv.rawPayload)).json()).toMatchObject({ created: 0 });

    const unitsXlsx = await client.get(`${base}/units/template.xlsx`);
    expect((await upload(client, owner.id, 'units', unitsXlsx.rawPayload, { name: 'mal.xlsx' })).statusCode).toBe(200);
  });
});

describe('size limit', () => {
  it('answers 413 BODY_TOO_LARGE for a file over 200 MiB, streamed and never buffered, and writes nothing', async () => {
    const { owner, client } = await tenant();
    const boundary = 'tillit-test-boundary';
    const line = Buffer.from(`${randomOrgNumber()};Stor skole;primary\n`);
    const total = 200 * 1024 * 1024 + line.length;
    async function* body() {
      yield Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="stor.csv"\r\n` +
          'content-type: text/csv\r\n\r\norg_number;name;unit_type\n',
      );
      const chunk = Buffer.concat(Array.from({ length: Math.floor((1024 * 1024) / line.length) }, () => line));
      for (let sent = 0; sent < total; sent += chunk.length) yield chunk;
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    }
    const res = await client.request({
      method: 'POST',
      url: `/api/owners/${owner.id}/imports/units`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Readable.from(body()),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('BODY_TOO_LARGE');
    expect(await unitCount(owner.id)).toBe(0);
  });
});

describe('people import: subjects and stage', () => {
  const HEADER = 'ansattnummer;fornavn;etternavn;e-post;enhet_orgnr;stilling;stillingsprosent;startdato;fag;trinn';
  async function withUnit() {
    const { owner, client } = await tenant();
    const unit = await buildUnit(t.db, { owner });
    return { owner, client, unit };
  }

  it('reads codes, Norwegian names and abbreviations, split by ; or , and stores subjects on the person and the stage on the job', async () => {
    const { owner, client, unit } = await withUnit();
    const csv = [
      HEADER,
      `2001;Kari;Hansen;kari@example.no;${unit.orgNumber};teacher;100;2026-08-01;"Norsk; matematikk ;KRLE";Mellomtrinnet`,
      `2002;Per;Hansen;per@example.no;${unit.orgNumber};teacher;100;2026-08-01;"engelsk, Kunst og håndverk";8.–10. trinn`,
      `2003;Pål;Hansen;paal@example.no;${unit.orgNumber};teacher;100;2026-08-01;;`,
    ].join('\n');
    const res = await upload(client, owner.id, 'people', csv);
    expect(res.statusCode, res.body).toBe(200);
    const rows = await t.db
      .select({ number: people.employeeNumber, subjects: people.subjects, stage: employments.stage })
      .from(people)
      .innerJoin(employments, eq(employments.personId, people.id))
      .where(eq(people.ownerId, owner.id))
      .orderBy(people.employeeNumber);
    expect(rows).toEqual([
      { number: '2001', subjects: ['norwegian', 'mathematics', 'krle'], stage: '5-7' },
      { number: '2002', subjects: ['english', 'arts_crafts'], stage: '8-10' },
      { number: '2003', subjects: [], stage: null },
    ]);

    // A re-import without the columns keeps them; one with them replaces them.
    const again = await upload(
      client,
      owner.id,
      'people',
      [
        'employee_number;given_name;family_name;email;unit_org_number;position;position_percent;start_date',
        `2001;Kari;Hansen;kari@example.no;${unit.orgNumber};teacher;100;2026-08-01`,
      ].join('\n'),
    );
    expect(again.statusCode, again.body).toBe(200);
    const [kari] = await t.db
      .select()
      .from(people)
      .where(and(eq(people.ownerId, owner.id), eq(people.employeeNumber, '2001')));
    expect(kari?.subjects).toEqual(['norwegian', 'mathematics', 'krle']);
    const replaced = await upload(
      client,
      owner.id,
      'people',
      [HEADER, `2001;Kari;Hansen;kari@example.no;${unit.orgNumber};teacher;100;2026-08-01;musikk;vg`].join('\n'),
    );
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json()).toMatchObject({ updated: 1 });
    const [after] = await t.db
      .select({ subjects: people.subjects, stage: employments.stage })
      .from(people)
      .innerJoin(employments, eq(employments.personId, people.id))
      .where(and(eq(people.ownerId, owner.id), eq(people.employeeNumber, '2001')));
    expect(after).toEqual({ subjects: ['music'], stage: 'vg' });
  });

  it('names the row, the column and the unknown value, and writes nobody', async () => {
    const { owner, client, unit } = await withUnit();
    const csv = [
      HEADER,
      `3001;Kari;Hansen;kari@example.no;${unit.orgNumber};teacher;100;2026-08-01;norsk;1-4`,
      `3002;Per;Hansen;per@example.no;${unit.orgNumber};teacher;100;2026-08-01;"norsk; latin";1-4`,
      `3003;Pål;Hansen;paal@example.no;${unit.orgNumber};teacher;100;2026-08-01;"norsk, Norsk";11-13`,
    ].join('\n');
    const res = await upload(client, owner.id, 'people', csv);
    expect(res.statusCode).toBe(422);
    const errors = errorsOf(res).details.errors;
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'fag'],
      [4, 'fag'],
      [4, 'trinn'],
    ]);
    expect(errors[0]?.message).toMatch(/^Ukjent verdi «latin»\. Gyldige verdier: Norsk, Matematikk, /);
    expect(errors[1]?.message).toBe('Det samme faget står flere ganger.');
    expect(errors[2]?.message).toMatch(/^Ukjent verdi «11-13»\. Gyldige verdier: 1\.–4\. trinn, 5\.–7\. trinn/);
    expect(await peopleCount(owner.id)).toBe(0);
  });
});
