import { sql } from 'drizzle-orm';
import { translate } from '../../../../shared/i18n/index.ts';
import { normaliseOrgNumber } from '../../../../shared/rules/org-number.ts';
import { type UnitInput, UnitInputSchema } from '../../../../shared/schemas/organisation.ts';
import { rowsOf } from '../../../db/client.ts';
import { AppError } from '../../../lib/errors.ts';
import { type BatchColumn, batchJson, differs, names, recordset, setExcluded } from './batch-sql.ts';
import { UNIT_COLUMNS } from './columns.ts';
import { CHECK_CHUNK, chunks, convertRow, type ImportSpec, keyList, parseWith } from './spec.ts';

const UNIT_COLUMNS_SQL: Record<string, BatchColumn> = {
  orgNumber: { name: 'org_number', type: 'text' },
  name: { name: 'name', type: 'text' },
  unitType: { name: 'unit_type', type: 'text' },
  streetAddress: { name: 'street_address', type: 'text' },
  postalCode: { name: 'postal_code', type: 'text' },
  postalPlace: { name: 'postal_place', type: 'text' },
  latitude: { name: 'latitude', type: 'numeric' },
  longitude: { name: 'longitude', type: 'numeric' },
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
    for (const chunk of chunks(orgNumbers, CHECK_CHUNK)) {
      const taken = rowsOf<{ orgNumber: string }>(
        await db.execute(sql`
          select org_number as "orgNumber" from units
          where org_number in (select jsonb_array_elements_text(${keyList(chunk)}::jsonb))
            and owner_id <> ${ownerId}::uuid
        `),
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
    const all = Object.values(UNIT_COLUMNS_SQL);
    // Only the columns the file has are updated: a column left out leaves the stored value alone.
    const updated = Object.entries(UNIT_COLUMNS_SQL)
      .filter(([field]) => field !== 'orgNumber' && present.has(field))
      .map(([, column]) => column);
    const json = batchJson(values, UNIT_COLUMNS_SQL, (v) => v);
    // One statement: what existed before (any owner), the upsert, and the counts. A unit of another
    // owner is never touched (the conflict's where clause), and the batch is refused below.
    const [counts] = rowsOf<{ taken: number; created: number; updated: number }>(
      await tx.execute(sql`
        with input as (select * from ${recordset(json, 'x', all)}),
        before as (
          select org_number, owner_id from units where org_number in (select org_number from input)
        ),
        changed as (
          insert into units (owner_id, ${names(all)})
          select ${ownerId}::uuid, ${names(all, 'input.')} from input
          on conflict (org_number) do update set ${setExcluded(updated)}, updated_at = now()
          where units.owner_id = excluded.owner_id and ${differs('units', updated)}
          returning org_number
        )
        select
          (select count(*) from before where owner_id <> ${ownerId}::uuid)::int as taken,
          (count(*) filter (where before.org_number is null))::int as created,
          (count(*) filter (where before.org_number is not null))::int as updated
        from changed left join before using (org_number)
      `),
    );
    // Checked while validating; seen here only if another owner took the number since.
    if (!counts || counts.taken > 0) throw new AppError('ORG_NUMBER_TAKEN');
    return { created: counts.created, updated: counts.updated };
  },
};
