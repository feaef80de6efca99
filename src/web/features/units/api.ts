import type { UnitType } from '../../../shared/enums.ts';
import type { Unit, UnitInput, UnitPatch } from '../../../shared/schemas/organisation.ts';
import { api, withQuery } from '../../lib/api.ts';

export interface PageOf<T> {
  items: T[];
  total: number;
}

export interface UnitQuery {
  q?: string;
  unitType?: UnitType | '';
  includeInactive?: boolean;
  limit: number;
  offset: number;
}

export const unitsPath = (ownerId: string, query: UnitQuery) =>
  withQuery(`/api/owners/${ownerId}/units`, {
    q: query.q,
    unitType: query.unitType,
    includeInactive: query.includeInactive ? 'true' : undefined,
    limit: query.limit,
    offset: query.offset,
  });

export const unitPath = (ownerId: string, unitId: string) => `/api/owners/${ownerId}/units/${unitId}`;

export const createUnit = (ownerId: string, input: UnitInput) => api.post<Unit>(`/api/owners/${ownerId}/units`, input);

export const updateUnit = (ownerId: string, unitId: string, patch: UnitPatch) =>
  api.patch<Unit>(unitPath(ownerId, unitId), patch);
