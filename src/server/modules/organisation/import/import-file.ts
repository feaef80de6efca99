import { sql } from 'drizzle-orm';
import type { Locale } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import type { ImportKind, ImportResult } from '../../../../shared/schemas/organisation.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { withUniqueErrors } from '../commands/unique-errors.ts';
import { cellsByField, type HeaderMap, isBlankRow, resolveHeader } from './columns.ts';
import { peopleSpec } from './people.ts';
import { ErrorReport, type FileKeys, type ImportSpec } from './spec.ts';
import { readTable, type TableRow, TableSyntaxError } from './table-reader.ts';
import { unitsSpec } from './units.ts';
import type { SpooledFile } from './upload.ts';

/*
 * The import runs in two passes over a spooled copy of the upload (see docs/IMPORT.md, "How it works"):
 *
 * 1. Validate: stream every row, check it with the shared zod schemas, remember only the keys that must
 *    be unique in the file (a Map of key → row), then check those keys against the database. No
 *    transaction is open, so a slow upload or a file full of errors holds no lock and writes nothing.
 * 2. Write, only when the whole file is valid: stream it again and upsert in batches, all in ONE
 *    transaction with one audit entry, so the import is all or nothing.
 *
 * Spooling first (rather than validating and writing in one pass inside a transaction rolled back on
 * the first bad row) keeps the network out of the transaction: on PGlite a transaction holds the whole
 * database, and an upload of 200 MiB over a slow line would hold it for minutes.
 */

/** A login's name is its person's e-mail, as when the person is edited on their page. */
async function syncLoginEmails(tx: DbOrTx, ownerId: string) {
  await tx.execute(sql`
    update users set email = people.email
    from people
    where users.person_id = people.id and people.owner_id = ${ownerId}::uuid and users.email <> people.email
  `);
}

/** Rows per multi-row upsert: big enough that round trips do not dominate, well under 65,535 parameters. */
export const BATCH_ROWS = 1000;
/** The errors reported in full; all are counted. */
export const MAX_REPORTED_ERRORS = 1000;
/** Bounds the memory of the uniqueness check (a few dozen bytes per row and key). */
export const MAX_ROWS = 250_000;

interface ImportOptions {
  db: Db;
  actor: Actor;
  ownerId: string;
  kind: ImportKind;
  file: SpooledFile;
  locale: Locale;
}

/** Imports a spooled CSV or XLSX file of units or people: everything, or nothing and a report of why. */
export async function importFile(opts: ImportOptions): Promise<ImportResult> {
  return opts.kind === 'units' ? run(unitsSpec, opts) : run(peopleSpec, opts);
}

async function run<V, P>(spec: ImportSpec<V, P>, opts: ImportOptions): Promise<ImportResult> {
  const { rows, header, report } = await validate(spec, opts);
  if (report.total > 0 || !header) {
    throw new AppError('IMPORT_INVALID', { details: { errors: report.errors, totalErrors: report.total } });
  }
  const { created, updated } = await write(spec, opts, header);
  return { kind: spec.kind, rows, created, updated };
}

/** The header row and then the data rows that are not blank, with the row numbers a spreadsheet shows. */
async function* dataRows(
  file: SpooledFile,
  onHeader: (row: TableRow) => void,
): AsyncGenerator<TableRow, void, undefined> {
  let seenHeader = false;
  for await (const row of readTable(file)) {
    if (isBlankRow(row.cells)) continue;
    if (!seenHeader) {
      seenHeader = true;
      onHeader(row);
      continue;
    }
    yield row;
  }
}

async function validate<V, P>(spec: ImportSpec<V, P>, { db, ownerId, file, locale }: ImportOptions) {
  const report = new ErrorReport(MAX_REPORTED_ERRORS);
  const prepared = await spec.prepare(db, ownerId);
  const keys: FileKeys = new Map(Object.keys(spec.uniqueKeys).map((field) => [field, new Map()]));
  let header: HeaderMap | null = null;
  let headerRow = 1;
  let rows = 0;
  const columnName = (field: string | null) => (field === null ? '' : (header?.headerOf.get(field) ?? field));

  try {
    for await (const { row, cells } of dataRows(file, (h) => {
      header = resolveHeader(spec.kind, h.cells);
      headerRow = h.row;
    })) {
      const map = header as HeaderMap | null;
      if (!map || map.issues.length) break; // a bad header: its problems are the report
      rows++;
      if (rows > MAX_ROWS) {
        report.add(row, '', translate(locale, 'validation.tooManyRows', { max: MAX_ROWS }));
        break;
      }
      const byField = cellsByField(map, cells);
      const parsed = spec.parseRow(byField, prepared, locale);
      if (!parsed.ok) {
        // In the order of the file's columns, as the person reads the row.
        const position = (field: string | null) => map.byPosition.findIndex((c) => c?.field === field);
        const issues = [...parsed.issues].sort((a, b) => position(a.field) - position(b.field));
        for (const issue of issues) report.add(row, columnName(issue.field), issue.message);
      }
      for (const [field, keyOf] of Object.entries(spec.uniqueKeys)) {
        const raw = byField.get(field);
        if (!raw) continue;
        const key = keyOf(raw);
        const seen = keys.get(field);
        const first = seen?.get(key);
        if (first !== undefined) {
          report.add(row, columnName(field), translate(locale, 'validation.duplicateInFile', { row: first }));
        } else {
          seen?.set(key, row);
        }
      }
    }
  } catch (err) {
    if (!(err instanceof TableSyntaxError)) throw err;
    report.add(err.row, '', translate(locale, 'import.csvSyntax'));
  }

  const map = header as HeaderMap | null;
  if (!map) {
    report.add(1, '', translate(locale, 'import.empty'));
  } else if (map.issues.length) {
    for (const issue of map.issues)
      report.add(headerRow, issue.column, translate(locale, issue.key, { column: issue.column }));
  } else if (rows === 0 && report.total === 0) {
    report.add(headerRow + 1, '', translate(locale, 'import.noRows'));
  } else {
    for (const problem of await spec.checkDatabase({ db, ownerId, locale, keys })) {
      report.add(problem.row, columnName(problem.field), problem.message);
    }
  }
  return { rows, header: map, report };
}

async function write<V, P>(
  spec: ImportSpec<V, P>,
  { db, actor, ownerId, file, locale, kind }: ImportOptions,
  header: HeaderMap,
): Promise<{ created: number; updated: number }> {
  return withUniqueErrors(() =>
    db.transaction(async (tx) => {
      const prepared = await spec.prepare(tx, ownerId);
      let created = 0;
      let updated = 0;
      let rows = 0;
      let batch: V[] = [];
      const flush = async () => {
        if (!batch.length) return;
        const counts = await spec.writeBatch({ tx, ownerId, prepared, values: batch, present: header.present });
        created += counts.created;
        updated += counts.updated;
        batch = [];
      };
      for await (const { row, cells } of dataRows(file, () => {})) {
        const parsed = spec.parseRow(cellsByField(header, cells), prepared, locale);
        // Validated a moment ago from the same bytes: parsing is deterministic, so this is a bug.
        if (!parsed.ok) throw new Error(`row ${row} no longer valid: ${parsed.issues[0]?.message ?? ''}`);
        batch.push(parsed.value);
        rows++;
        if (batch.length >= BATCH_ROWS) await flush();
      }
      await flush();
      if (kind === 'people') await syncLoginEmails(tx, ownerId);
      await audit(tx, {
        actorUserId: actor.userId,
        ownerId,
        action: `import.${kind}`,
        entity: kind === 'units' ? 'unit' : 'person',
        details: { rows, created, updated, format: file.format, bytes: file.size },
      });
      return { created, updated };
    }),
  );
}
