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

export { IMPORT_COLUMNS } from '../../../shared/import-columns.ts';
