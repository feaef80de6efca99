import type { z } from 'zod';
import type { Locale } from '../../../../shared/enums.ts';
import type { ImportKind, ImportRowError } from '../../../../shared/schemas/organisation.ts';
import { type IssueLike, translateIssue } from '../../../../shared/validation-messages.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { type ColumnSpec, convertCell } from './columns.ts';

/** A reason one row cannot be imported: the field it concerns (null: the row as a whole), translated. */
export interface RowIssue {
  field: string | null;
  message: string;
}

export type ParsedRow<V> = { ok: true; value: V } | { ok: false; issues: RowIssue[] };

/** Keys seen in the file so far, by field: key → the row it is on. */
export type FileKeys = Map<string, Map<string, number>>;

/**
 * What differs between the units import and the people import. The engine (import-file.ts) streams,
 * validates, checks duplicates, reports and writes in batches; a spec knows its columns and tables.
 */
export interface ImportSpec<V, P> {
  kind: ImportKind;
  columns: readonly ColumnSpec[];
  /** Loads what reading a row needs, once per pass (the people import: the owner's units). */
  prepare(db: DbOrTx, ownerId: string): Promise<P>;
  /** One row's cells (by field, cleaned) to validated input, or every reason it is not valid. */
  parseRow(cells: Map<string, string>, prepared: P, locale: Locale): ParsedRow<V>;
  /**
   * Fields that must be unique within the file, with the key to compare them by. Read from the raw
   * cell, so a duplicate is found even in a row that has other errors.
   */
  uniqueKeys: Record<string, (raw: string) => string>;
  /** Checks the file's keys against the database once every row is read; returns the problems. */
  checkDatabase(args: {
    db: DbOrTx;
    ownerId: string;
    locale: Locale;
    keys: FileKeys;
  }): Promise<{ row: number; field: string; message: string }[]>;
  /** Writes one batch of valid rows, creating or updating; counts rows created and rows changed. */
  writeBatch(args: {
    /** The import's one transaction. */
    tx: DbOrTx;
    ownerId: string;
    prepared: P;
    values: V[];
    present: Set<string>;
  }): Promise<{ created: number; updated: number }>;
}

/** The cells of a row converted for a zod input, with the conversion problems (bad number, date, option). */
export function convertRow(
  columns: readonly ColumnSpec[],
  cells: Map<string, string>,
  locale: Locale,
): { input: Record<string, string | number | string[]>; issues: RowIssue[] } {
  const input: Record<string, string | number | string[]> = {};
  const issues: RowIssue[] = [];
  for (const column of columns) {
    const raw = cells.get(column.field);
    if (raw === undefined) continue;
    const result = convertCell(column, raw, locale);
    if (!result.ok) issues.push({ field: column.field, message: result.message });
    else if (result.value !== undefined) input[column.field] = result.value;
  }
  return { input, issues };
}

/** Parses with a shared schema, adding one translated issue per field not already reported. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  issues: RowIssue[],
): z.output<S> | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : null;
    if (issues.some((i) => i.field === field)) continue;
    issues.push({ field, message: translateIssue(locale, issue as IssueLike) });
  }
  return undefined;
}

/** Keys per database check query: one jsonb parameter each, so large chunks cost little. */
export const CHECK_CHUNK = 5000;

/** A chunk's keys as a JSON array, for `in (select jsonb_array_elements_text($1::jsonb))`. */
export function keyList(chunk: [string, unknown][]): string {
  return JSON.stringify(chunk.map(([key]) => key));
}

/** Chunks of a Map's entries, so a database check asks about a bounded number of keys at a time. */
export function* chunks<K, V>(map: Map<K, V>, size: number): Generator<[K, V][]> {
  let chunk: [K, V][] = [];
  for (const entry of map) {
    chunk.push(entry);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/**
 * The errors of a file: all are counted, the first `limit` (by row) are kept. Memory stays bounded
 * however bad the file is: past twice the limit the list is sorted and cut back.
 */
export class ErrorReport {
  private entries: ImportRowError[] = [];
  total = 0;
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }

  add(row: number, column: string, message: string): void {
    this.total++;
    this.entries.push({ row, column, message });
    if (this.entries.length >= this.limit * 2) this.compact();
  }

  get errors(): ImportRowError[] {
    this.compact();
    return this.entries;
  }

  private compact(): void {
    // Stable: within a row, errors keep the order they were found in (the column order).
    this.entries.sort((a, b) => a.row - b.row);
    if (this.entries.length > this.limit) this.entries.length = this.limit;
  }
}
