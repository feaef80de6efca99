import { and, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { translate } from '../../../../shared/i18n/index.ts';
import { normaliseOrgNumber } from '../../../../shared/rules/org-number.ts';
import { type UnitInput, UnitInputSchema } from '../../../../shared/schemas/organisation.ts';
import { units } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { UNIT_COLUMNS } from './columns.ts';
import { chunks, convertRow, type ImportSpec, parseWith } from './spec.ts';

/** `excluded.<column>` in an upsert: the value the row would have been inserted with. */
export function excluded(column: PgColumn): SQL {
  return sql.raw(`excluded."${column.name}"`);
}

/** `(t.a, t.b) is distinct from (excluded.a, excluded.b)`: an upsert changes only rows that differ. */
export function differs(table: string, columns: PgColumn[]): SQL {
  const current = columns.map((c) => `"${table}"."${c.name}"`).join(', ');
  const incoming = columns.map((c) => `excluded."${c.name}"`).join(', ');
  return sql.raw(`(${current}) is distinct from (${incoming})`);
}

const UPDATABLE: Record<string, PgColumn> = {
  name: units.name,
  unitType: units.unitType,
  streetAddress: units.streetAddress,
  postalCode: units.postalCode,
  postalPlace: units.postalPlace,
};

/**
 * Units, matched by organisation number. Org numbers are national, so one that another owner's unit
 * has is an error (worded without naming that owner); one of this owner's units is updated.
 */
export const unitsSpec: ImportSpec<UnitInput, null> = {
  kind: 'units',
  columns: UNIT_COLUMNS,
  prepare: async () => null,

  parseRow(cells, _prepared, locale) {
    const { input, issues } = convertRow(UNIT_COLUMNS, cells, locale);
    const value = parseWith(UnitInputSchema, input, locale, issues);
    return value && issues.length === 0 ? { ok: true, value } : { ok: false, issues };
  },

  uniqueKeys: { orgNumber: normaliseOrgNumber },

  async checkDatabase({ db, ownerId, locale, keys }) {
    const found: { row: number; field: string; message: string }[] = [];
    const orgNumbers = keys.get('orgNumber') ?? new Map<string, number>();
    for (const chunk of chunks(orgNumbers, 1000)) {
      const taken = await db
        .select({ orgNumber: units.orgNumber })
        .from(units)
        .where(
          and(
            inArray(
              units.orgNumber,
              chunk.map(([orgNumber]) => orgNumber),
            ),
            ne(units.ownerId, ownerId),
          ),
        );
      for (const { orgNumber } of taken) {
        found.push({
          row: orgNumbers.get(orgNumber) ?? 0,
          field: 'orgNumber',
          message: translate(locale, 'import.orgNumberTaken'),
        });
      }
    }
    return found;
  },

  async writeBatch({ tx, ownerId, values, present }) {
    const orgNumbers = values.map((v) => v.orgNumber);
    const existing = await tx
      .select({ orgNumber: units.orgNumber, ownerId: units.ownerId })
      .from(units)
      .where(inArray(units.orgNumber, orgNumbers));
    // Checked while validating; seen again here only if another owner took the number since.
    if (existing.some((u) => u.ownerId !== ownerId)) throw new AppError('ORG_NUMBER_TAKEN');
    const before = new Set(existing.map((u) => u.orgNumber));
    // Only the columns the file has: a column left out of the file leaves the stored value alone.
    const updates = Object.entries(UPDATABLE).filter(([field]) => present.has(field));
    const columns = updates.map(([, column]) => column);
    const changed = await tx
      .insert(units)
      .values(values.map((v) => ({ ...v, ownerId })))
      .onConflictDoUpdate({
        target: units.orgNumber,
        set: { ...Object.fromEntries(updates.map(([field, c]) => [field, excluded(c)])), updatedAt: sql`now()` },
        setWhere: sql`"units"."owner_id" = excluded."owner_id" and ${differs('units', columns)}`,
      })
      .returning({ orgNumber: units.orgNumber });
    const created = changed.filter((u) => !before.has(u.orgNumber)).length;
    return { created, updated: changed.length - created };
  },
};
