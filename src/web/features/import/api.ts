import type { ImportKind, ImportResult, ImportRowError } from '../../../shared/schemas/organisation.ts';
import { api } from '../../lib/api.ts';

export type { ImportKind, ImportResult, ImportRowError };

/** `error.details` of a 422 IMPORT_INVALID: the bad rows (perhaps the first of many) and how many there are. */
export interface ImportErrorDetails {
  errors: ImportRowError[];
  totalErrors: number;
}

export function isImportErrorDetails(value: unknown): value is ImportErrorDetails {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as ImportErrorDetails).errors) &&
    typeof (value as ImportErrorDetails).totalErrors === 'number'
  );
}

export const templateUrl = (ownerId: string, kind: ImportKind, format: 'csv' | 'xlsx') =>
  `/api/owners/${ownerId}/imports/${kind}/template.${format}`;

export function uploadImport(ownerId: string, kind: ImportKind, file: File) {
  const body = new FormData();
  body.append('file', file);
  return api.post<ImportResult>(`/api/owners/${ownerId}/imports/${kind}`, body);
}

/** The columns of each file (mirrors the server's import/columns.ts), for the explanation on the page. */
export const IMPORT_COLUMNS: Record<ImportKind, readonly { name: string; required: boolean }[]> = {
  units: [
    { name: 'org_number', required: true },
    { name: 'name', required: true },
    { name: 'unit_type', required: true },
    { name: 'street_address', required: false },
    { name: 'postal_code', required: false },
    { name: 'postal_place', required: false },
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
  ],
};
