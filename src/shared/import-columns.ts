import type { ImportKind } from './schemas/organisation.ts';

/**
 * The columns of each import file and which must be filled in: what the import page explains. The
 * server's import/columns.ts adds aliases, value types and examples, and a test keeps the two equal.
 */
export const IMPORT_COLUMNS: Record<ImportKind, readonly { name: string; required: boolean }[]> = {
  units: [
    { name: 'org_number', required: true },
    { name: 'name', required: true },
    { name: 'unit_type', required: true },
    { name: 'street_address', required: false },
    { name: 'postal_code', required: false },
    { name: 'postal_place', required: false },
    { name: 'latitude', required: false },
    { name: 'longitude', required: false },
  ],
  people: [
    { name: 'employee_number', required: true },
    { name: 'given_name', required: true },
    { name: 'family_name', required: true },
    { name: 'email', required: true },
    { name: 'unit_org_number', required: true },
    { name: 'position', required: true },
    { name: 'position_percent', required: true },
    { name: 'start_date', required: true },
    { name: 'end_date', required: false },
    { name: 'phone', required: false },
    { name: 'teacher_education', required: false },
    { name: 'teacher_education_year', required: false },
    { name: 'mentor_education', required: false },
    { name: 'mentor_education_credits', required: false },
    { name: 'teaching_experience_years', required: false },
    { name: 'subjects', required: false },
    { name: 'stage', required: false },
  ],
};
