import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { translate } from '../../../../shared/i18n/index.ts';
import { isValidOrgNumber, normaliseOrgNumber } from '../../../../shared/rules/org-number.ts';
import {
  type EmploymentInput,
  EmploymentInputSchema,
  type PersonInput,
  PersonInputSchema,
} from '../../../../shared/schemas/organisation.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { employments, people, units } from '../../../db/schema.ts';
import { PEOPLE_COLUMNS } from './columns.ts';
import { chunks, convertRow, type ImportSpec, parseWith, type RowIssue } from './spec.ts';
import { differs, excluded } from './units.ts';

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

const PERSON_UPDATABLE: Record<string, PgColumn> = {
  givenName: people.givenName,
  familyName: people.familyName,
  email: people.email,
  phone: people.phone,
  teacherEducation: people.teacherEducation,
  teacherEducationYear: people.teacherEducationYear,
  mentorEducation: people.mentorEducation,
  mentorEducationCredits: people.mentorEducationCredits,
  teachingExperienceYears: people.teachingExperienceYears,
};
const EMPLOYMENT_UPDATABLE: Record<string, PgColumn> = {
  position: employments.position,
  positionPercent: employments.positionPercent,
  endDate: employments.endDate,
};

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
    for (const chunk of chunks(emails, 1000)) {
      const holders = await db
        .select({ email: people.email, employeeNumber: people.employeeNumber })
        .from(people)
        .where(
          and(
            eq(people.ownerId, ownerId),
            inArray(
              people.email,
              chunk.map(([email]) => email),
            ),
          ),
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
    const numbers = values.map((v) => v.person.employeeNumber);
    const existing = await tx
      .select({ id: people.id, employeeNumber: people.employeeNumber })
      .from(people)
      .where(and(eq(people.ownerId, ownerId), inArray(people.employeeNumber, numbers)));
    const idByNumber = new Map(existing.map((p) => [p.employeeNumber, p.id]));
    const existed = new Set(idByNumber.keys());

    const personUpdates = Object.entries(PERSON_UPDATABLE).filter(([field]) => present.has(field));
    const changedPeople = await tx
      .insert(people)
      .values(values.map((v) => ({ ...v.person, ownerId })))
      .onConflictDoUpdate({
        target: [people.ownerId, people.employeeNumber],
        set: { ...Object.fromEntries(personUpdates.map(([f, c]) => [f, excluded(c)])), updatedAt: sql`now()` },
        setWhere: differs(
          'people',
          personUpdates.map(([, c]) => c),
        ),
      })
      .returning({ id: people.id, employeeNumber: people.employeeNumber });
    for (const p of changedPeople) idByNumber.set(p.employeeNumber, p.id);

    const employmentUpdates = Object.entries(EMPLOYMENT_UPDATABLE).filter(([field]) => present.has(field));
    const changedEmployments = await tx
      .insert(employments)
      .values(
        values.map((v) => {
          const personId = idByNumber.get(v.person.employeeNumber);
          if (!personId) throw new Error(`no id for employee ${v.person.employeeNumber} after upsert`);
          return { ...v.employment, ownerId, personId };
        }),
      )
      .onConflictDoUpdate({
        target: [employments.personId, employments.unitId, employments.startDate],
        set: { ...Object.fromEntries(employmentUpdates.map(([f, c]) => [f, excluded(c)])), updatedAt: sql`now()` },
        setWhere: differs(
          'employments',
          employmentUpdates.map(([, c]) => c),
        ),
      })
      .returning({ personId: employments.personId });

    const changedIds = new Set([...changedPeople.map((p) => p.id), ...changedEmployments.map((e) => e.personId)]);
    let created = 0;
    let updated = 0;
    for (const v of values) {
      const number = v.person.employeeNumber;
      if (!existed.has(number)) created++;
      else if (changedIds.has(idByNumber.get(number) ?? '')) updated++;
    }
    return { created, updated };
  },
};
