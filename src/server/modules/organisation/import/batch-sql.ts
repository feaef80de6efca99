import { type SQL, sql } from 'drizzle-orm';

/*
 * SQL pieces for the batch upserts. A batch travels as ONE jsonb parameter unpacked by
 * jsonb_to_recordset, rather than a thousand-row VALUES list with a parameter per cell: building and
 * binding 15,000 parameters cost more than the insert itself (measured on PGlite: about 3×).
 * Identifiers come only from the fixed column tables below, never from the file.
 */

/** A column of a batch: the database name and the type jsonb_to_recordset reads it as. */
export interface BatchColumn {
  name: string;
  type: 'text' | 'int' | 'numeric' | 'date' | 'uuid' | 'text[]';
}

/** The batch as JSON text: one object per row, keyed by database column name. */
export function batchJson<V>(values: V[], columns: Record<string, BatchColumn>, pick: (v: V) => object): string {
  const entries = Object.entries(columns);
  return JSON.stringify(
    values.map((v) => {
      const source = pick(v) as Record<string, unknown>;
      const row: Record<string, unknown> = {};
      for (const [field, column] of entries) row[column.name] = source[field] ?? null;
      return row;
    }),
  );
}

/** `jsonb_to_recordset($json::jsonb) as <alias>(col type, …)`. */
export function recordset(json: string, alias: string, columns: BatchColumn[]): SQL {
  const definition = columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
  return sql`jsonb_to_recordset(${json}::jsonb) as ${sql.raw(`${alias}(${definition})`)}`;
}

/** `"a", "b"` */
export function names(columns: BatchColumn[], prefix = ''): SQL {
  return sql.raw(columns.map((c) => `${prefix}"${c.name}"`).join(', '));
}

/** `"a" = excluded."a", …`: an upsert overwrites only these columns. */
export function setExcluded(columns: BatchColumn[]): SQL {
  return sql.raw(columns.map((c) => `"${c.name}" = excluded."${c.name}"`).join(', '));
}

/** `(t.a, t.b) is distinct from (excluded.a, excluded.b)`: an upsert touches only rows that differ. */
export function differs(table: string, columns: BatchColumn[]): SQL {
  const current = columns.map((c) => `"${table}"."${c.name}"`).join(', ');
  const incoming = columns.map((c) => `excluded."${c.name}"`).join(', ');
  return sql.raw(`(${current}) is distinct from (${incoming})`);
}
