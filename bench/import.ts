// npm run bench:import — imports synthetic people files of 10,000 and 100,000 rows (CSV, and XLSX)
// through the HTTP route, on PGlite in a temp folder (and on PostgreSQL when BENCH_DATABASE_URL is
// set), and prints rows, seconds, rows/s and peak RSS and heap. The goal: seconds, and memory that
// does not grow with the file. Figures only; nothing here asserts on time.

import { once } from 'node:events';
import { createWriteStream, mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { buildApp } from '../src/server/app.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { testEnv } from '../src/server/lib/env.ts';
import { buildOwner, buildUnit, buildUser, type UnitRow } from '../src/server/test/factories.ts';
import { signIn } from '../src/server/test/harness.ts';

const SIZES = [10_000, 100_000];
const UNITS = 60;

const GIVEN = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Nora',
  'Emma',
  'Jakob',
  'Sofie',
  'Håkon',
  'Åse',
  'Øystein',
  'Sigrid',
  'Magnus',
  'Maja',
  'Filip',
  'Astrid',
  'Henrik',
  'Ragnhild',
  'Eirik',
  'Solveig',
  'Torbjørn',
  'Live',
  'Aksel',
  'Tuva',
];
const FAMILY = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Johnsen',
  'Pettersen',
  'Eriksen',
  'Berg',
  'Haugen',
  'Hagen',
  'Johannessen',
  'Andreassen',
  'Jacobsen',
  'Dahl',
  'Jørgensen',
  'Halvorsen',
  'Lund',
  'Sæther',
  'Strøm',
  'Bakke',
  'Ødegård',
  'Aas',
];
const POSITIONS = ['teacher', 'Lærer', 'kindergarten_teacher', 'Barnehagelærer', 'assistant', 'head', 'Lektor'];
const EDUCATIONS = ['primary_1_7', 'Grunnskolelærer 5–10', 'lektor_8_13', 'PPU', 'kindergarten_teacher', ''];
const HEADER = [
  'employee_number',
  'given_name',
  'family_name',
  'email',
  'unit_org_number',
  'position',
  'position_percent',
  'start_date',
  'end_date',
  'phone',
  'teacher_education',
  'teacher_education_year',
  'mentor_education',
  'mentor_education_credits',
  'teaching_experience_years',
];

const ascii = (s: string) =>
  s
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .replace(/[^a-z]/g, '');

/** One realistic row; `i` makes the employee number and e-mail unique. */
function personRow(i: number, unitsList: UnitRow[]): string[] {
  const given = GIVEN[i % GIVEN.length] ?? 'Kari';
  const family = FAMILY[(i * 7) % FAMILY.length] ?? 'Hansen';
  const unit = unitsList[i % unitsList.length];
  const year = 1990 + (i % 35);
  return [
    String(100000 + i),
    given,
    family,
    `${ascii(given)}.${ascii(family)}.${i}@demo-kommune.no`,
    unit?.orgNumber ?? '',
    POSITIONS[i % POSITIONS.length] ?? 'teacher',
    i % 5 === 0 ? '80,5' : '100',
    i % 2 ? `${String((i % 28) + 1).padStart(2, '0')}.08.${2000 + (i % 26)}` : `${2000 + (i % 26)}-08-01`,
    i % 11 === 0 ? '31.07.2027' : '',
    `+47 9${String(i).padStart(7, '0')}`,
    EDUCATIONS[i % EDUCATIONS.length] ?? '',
    EDUCATIONS[i % EDUCATIONS.length] ? String(year) : '',
    i % 9 === 0 ? 'completed' : 'none',
    i % 9 === 0 ? '30' : '',
    String(i % 30),
  ];
}

async function writeCsv(file: string, rows: number, unitsList: UnitRow[]) {
  const out = createWriteStream(file);
  out.write(`\uFEFF${HEADER.join(';')}\r\n`);
  for (let i = 0; i < rows; i++) {
    if (!out.write(`${personRow(i, unitsList).join(';')}\r\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function writeXlsx(file: string, rows: number, unitsList: UnitRow[]) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Personer');
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) {
    const row = personRow(i, unitsList);
    // As a spreadsheet holds it: numbers as numbers, the start date as a date.
    sheet
      .addRow([
        Number(row[0]),
        row[1],
        row[2],
        row[3],
        Number(row[4]),
        row[5],
        Number((row[6] ?? '').replace(',', '.')),
        new Date(Date.UTC(2000 + (i % 26), 7, 1)),
        row[8],
        row[9],
        row[10],
        row[11] ? Number(row[11]) : '',
        row[12],
        row[13] ? Number(row[13]) : '',
        Number(row[14]),
      ])
      .commit();
  }
  sheet.getColumn(8).numFmt = 'dd.mm.yyyy';
  await workbook.commit();
}

function mb(bytes: number) {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function bench(databaseUrl: string | undefined) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tillit-bench-'));
  const database = await openDatabase({ url: databaseUrl, dataDir: databaseUrl ? null : path.join(dir, 'db') });
  await database.migrate();
  const app = await buildApp({ env: testEnv({ DATA_DIR: dir }), database });
  await app.ready();
  const label = databaseUrl ? 'PostgreSQL' : 'PGlite';
  try {
    const cases: { size: number; format: 'csv' | 'xlsx'; again?: boolean }[] = [
      ...SIZES.map((size) => ({ size, format: 'csv' as const })),
      { size: SIZES[SIZES.length - 1] ?? 0, format: 'csv', again: true },
      ...SIZES.map((size) => ({ size, format: 'xlsx' as const })),
    ];
    let previous: { ownerId: string; client: Awaited<ReturnType<typeof signIn>>; file: string } | null = null;
    for (const c of cases) {
      let ownerId: string;
      let client: Awaited<ReturnType<typeof signIn>>;
      let file: string;
      if (c.again && previous) {
        ({ ownerId, client, file } = previous);
      } else {
        // A fresh owner with its units, as the import expects.
        const owner = await buildOwner(database.db);
        const unitsList: UnitRow[] = [];
        for (let u = 0; u < UNITS; u++) unitsList.push(await buildUnit(database.db, { owner }));
        const user = await buildUser(database.db, { owner, roles: [{ role: 'owner_admin' }] });
        client = await signIn(app, user.email, user.password);
        ownerId = owner.id;
        file = path.join(dir, `people-${c.size}.${c.format}`);
        if (c.format === 'csv') await writeCsv(file, c.size, unitsList);
        else await writeXlsx(file, c.size, unitsList);
      }
      previous = { ownerId, client, file };

      const form = new FormData();
      form.append('file', await openAsBlob(file), path.basename(file));
      const base = process.memoryUsage();
      let peakRss = base.rss;
      let peakHeap = base.heapUsed;
      const sampler = setInterval(() => {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      }, 20);
      const started = performance.now();
      const res = await client.request({ method: 'POST', url: `/api/owners/${ownerId}/imports/people`, payload: form });
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      if (res.statusCode !== 200) throw new Error(`import failed: ${res.statusCode} ${res.body.slice(0, 500)}`);
      const result = res.json() as { rows: number; created: number; updated: number };
      const what = `${c.format.toUpperCase()}${c.again ? ' re-import' : ''}`;
      console.log(
        `${label.padEnd(10)} ${what.padEnd(15)} ${String(result.rows).padStart(7)} rows ` +
          `(${mb(statSync(file).size).padStart(6)})  ${seconds.toFixed(2).padStart(6)} s  ` +
          `${Math.round(result.rows / seconds)
            .toString()
            .padStart(6)} rows/s  ` +
          `created ${result.created}, updated ${result.updated}  ` +
          `peak RSS ${mb(peakRss)} (start ${mb(base.rss)})  peak heap ${mb(peakHeap)} (start ${mb(base.heapUsed)})`,
      );
    }
  } finally {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await bench(undefined);
if (process.env.BENCH_DATABASE_URL) await bench(process.env.BENCH_DATABASE_URL);
