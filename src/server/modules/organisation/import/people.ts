import { eq, sql } from 'drizzle-orm';
import { translate } from '../../../../shared/i18n/index.ts';
import { isValidOrgNumber, normaliseOrgNumber } from '../../../../shared/rules/org-number.ts';
import {
  type EmploymentInput,
  EmploymentInputSchema,
  type PersonInput,
  PersonInputSchema,
} from '../../../../shared/schemas/organisation.ts';
import { type DbOrTx, rowsOf } from '../../../db/client.ts';
import { units } from '../../../db/schema.ts';
import { type BatchColumn, batchJson, differs, names, recordset, setExcluded } from './batch-sql.ts';
import { PEOPLE_COLUMNS } from './columns.ts';
import { CHECK_CHUNK, chunks, convertRow, type ImportSpec, keyList, parseWith, type RowIssue } from './spec.ts';

/** One valid row: the person and the employment it describes. */
export interface PersonRowValue {
  person: PersonInput;
  employment: EmploymentInput;
}

/** The owner's units by organisation number (an owner has hundreds at most, so a Map is fine). */
export type UnitsByOrgNumber = Map<string, string>;

const PERSON_FIELDS = new Set(Object.keys(PersonInputSchema.shape));
// Stands in for the unit id while validating a row whose unit is not found (reported on its own), so
// the employment schema still checks the row's other employment fields.
const NO_UNIT = '00000000-0000-4000-8000-000000000000';

const PERSON_SQL: Record<string, BatchColumn> = {
  employeeNumber: { name: 'employee_number', type: 'text' },
  givenName: { name: 'given_name', type: 'text' },
  familyName: { name: 'family_name', type: 'text' },
  email: { name: 'email', type: 'text' },
  phone: { name: 'phone', type: 'text' },
  teacherEducation: { name: 'teacher_education', type: 'text' },
  teacherEducationYear: { name: 'teacher_education_year', type: 'int' },
  mentorEducation: { name: 'mentor_education', type: 'text' },
  mentorEducationCredits: { name: 'mentor_education_credits', type: 'numeric' },
  teachingExperienceYears: { name: 'teaching_experience_years', type: 'numeric' },
  subjects: { name: 'subjects', type: 'text[]' },
};
const EMPLOYMENT_SQL: Record<string, BatchColumn> = {
  unitId: { name: 'unit_id', type: 'uuid' },
  position: { name: 'position', type: 'text' },
  positionPercent: { name: 'position_percent', type: 'numeric' },
  startDate: { name: 'start_date', type: 'date' },
  endDate: { name: 'end_date', type: 'date' },
  stage: { name: 'stage', type: 'text' },
};
const EMPLOYMENT_KEY = new Set(['unitId', 'startDate']);

/** The columns an upsert overwrites: those the file has (a column left out leaves stored values alone). */
function updatable(columns: Record<string, BatchColumn>, present: Set<string>, key: Set<string>): BatchColumn[] {
  return Object.entries(columns)
    .filter(([field]) => !key.has(field) && present.has(field))
    .map(([, column]) => column);
}

function resolveUnit(raw: string | undefined, unitsByOrg: UnitsByOrgNumber, locale: Parameters<typeof translate>[0]) {
  if (!raw) return { issue: translate(locale, 'validation.required') };
  const orgNumber = normaliseOrgNumber(raw);
  if (!isValidOrgNumber(orgNumber)) return { issue: translate(locale, 'validation.orgNumber') };
  const unitId = unitsByOrg.get(orgNumber);
  return unitId ? { unitId } : { issue: translate(locale, 'validation.unitNotFound', { orgNumber }) };
}

/**
 * People, matched by employee number within the owner, one row per person with one employment each.
 * The employment is matched by (person, unit, start date), so a re-import updates it; the person's
 * other employments are left as they are. The unit must already be one of the owner's units.
 */
export const peopleSpec: ImportSpec<PersonRowValue, UnitsByOrgNumber> = {
  kind: 'people',
  columns: PEOPLE_COLUMNS,

  async prepare(db: DbOrTx, ownerId: string) {
    const rows = await db
      .select({ id: units.id, orgNumber: units.orgNumber })
      .from(units)
      .where(eq(units.ownerId, ownerId));
    return new Map(rows.map((u) => [u.orgNumber, u.id]));
  },

  parseRow(cells, unitsByOrg, locale) {
    const { input, issues } = convertRow(PEOPLE_COLUMNS, cells, locale);
    const personInput: Record<string, unknown> = {};
    const employmentInput: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(input)) {
      if (PERSON_FIELDS.has(field)) personInput[field] = value;
      else if (field !== 'unitOrgNumber') employmentInput[field] = value;
    }
    const person = parseWith(PersonInputSchema, personInput, locale, issues);
    const unit = resolveUnit(cells.get('unitOrgNumber'), unitsByOrg, locale);
    if (unit.issue) issues.push({ field: 'unitOrgNumber', message: unit.issue });
    employmentInput.unitId = unit.unitId ?? NO_UNIT;
    const employmentIssues: RowIssue[] = [...issues];
    const employment = parseWith(EmploymentInputSchema, employmentInput, locale, employmentIssues);
    issues.push(...employmentIssues.slice(issues.length).filter((i) => i.field !== 'unitId'));
    if (!person || !employment || issues.length) return { ok: false, issues };
    return { ok: true, value: { person, employment } };
  },

  uniqueKeys: {
    employeeNumber: (raw) => raw,
    email: (raw) => raw.toLowerCase(),
  },

  async checkDatabase({ db, ownerId, locale, keys }) {
    const found: { row: number; field: string; message: string }[] = [];
    const emails = keys.get('email') ?? new Map<string, number>();
    const numbers = keys.get('employeeNumber') ?? new Map<string, number>();
    for (const chunk of chunks(emails, CHECK_CHUNK)) {
      const holders = rowsOf<{ email: string; employeeNumber: string }>(
        await db.execute(sql`
          select email, employee_number as "employeeNumber" from people
          where owner_id = ${ownerId}::uuid
            and email in (select jsonb_array_elements_text(${keyList(chunk)}::jsonb))
        `),
      );
      for (const holder of holders) {
        const row = emails.get(holder.email);
        // The address is this row's person's own (same employee number): fine. Anyone else's: not,
        // even if that person's row gives them a new address (two imports swap addresses).
        if (row === undefined || numbers.get(holder.employeeNumber) === row) continue;
        found.push({ row, field: 'email', message: translate(locale, 'validation.emailUsedByOther') });
      }
    }
    return found;
  },

  async writeBatch({ tx, ownerId, values, present }) {
    const personColumns = Object.values(PERSON_SQL);
    const employmentColumns = Object.values(EMPLOYMENT_SQL);
    const personUpdates = updatable(PERSON_SQL, present, new Set(['employeeNumber']));
    const employmentUpdates = updatable(EMPLOYMENT_SQL, present, EMPLOYMENT_KEY);
    const json = batchJson(values, { ...PERSON_SQL, ...EMPLOYMENT_SQL }, (v) => ({ ...v.person, ...v.employment }));
    // One statement per batch: who existed before, the person upsert, the employment upsert (the new
    // people's ids come from the first upsert's RETURNING), and the counts. A row counts as updated
    // when its person or its employment changed; an identical row counts as neither.
    const [counts] = rowsOf<{ created: number; updated: number }>(
      await tx.execute(sql`
        with input as (select * from ${recordset(json, 'x', [...personColumns, ...employmentColumns])}),
        before as (
          select id, employee_number from people
          where owner_id = ${ownerId}::uuid and employee_number in (select employee_number from input)
        ),
        changed_people as (
          insert into people (owner_id, ${names(personColumns)})
          select ${ownerId}::uuid, ${names(personColumns, 'input.')} from input
          on conflict (owner_id, employee_number) do update set ${setExcluded(personUpdates)}, updated_at = now()
          where ${differs('people', personUpdates)}
          returning id, employee_number
        ),
        ids as (
          select input.employee_number, coalesce(changed_people.id, before.id) as person_id
          from input
          left join changed_people using (employee_number)
          left join before using (employee_number)
        ),
        changed_employments as (
          insert into employments (owner_id, person_id, ${names(employmentColumns)})
          select ${ownerId}::uuid, ids.person_id, ${names(employmentColumns, 'input.')}
          from input join ids using (employee_number)
          on conflict (person_id, unit_id, start_date) do update set ${setExcluded(employmentUpdates)}, updated_at = now()
          where ${differs('employments', employmentUpdates)}
          returning person_id
        )
        select
          (count(*) filter (where before.id is null))::int as created,
          (count(*) filter (
            where before.id is not null
              and (changed_people.id is not null
                or ids.person_id in (select person_id from changed_employments))
          ))::int as updated
        from ids
        left join before using (employee_number)
        left join changed_people using (employee_number)
      `),
    );
    return { created: counts?.created ?? 0, updated: counts?.updated ?? 0 };
  },
};
