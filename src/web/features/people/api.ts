import type {
  EmploymentInput,
  GrantRoleInput,
  Person,
  PersonDetail,
  PersonInput,
  PersonPatch,
} from '../../../shared/schemas/organisation.ts';
import { api, withQuery } from '../../lib/api.ts';

export type { Person, PersonDetail };

export interface PeopleQuery {
  q?: string;
  includeInactive?: boolean;
  unitId?: string;
  limit: number;
  offset: number;
}

const base = (ownerId: string) => `/api/owners/${ownerId}/people`;

export const peoplePath = (ownerId: string, query: PeopleQuery) =>
  withQuery(base(ownerId), {
    q: query.q,
    includeInactive: query.includeInactive ? 'true' : undefined,
    unitId: query.unitId,
    limit: query.limit,
    offset: query.offset,
  });

export const personPath = (ownerId: string, personId: string) => `${base(ownerId)}/${personId}`;

export const createPerson = (ownerId: string, input: PersonInput & { employment?: EmploymentInput }) =>
  api.post<PersonDetail>(base(ownerId), input);

export const updatePerson = (ownerId: string, personId: string, patch: PersonPatch) =>
  api.patch<PersonDetail>(personPath(ownerId, personId), patch);

export const addEmployment = (ownerId: string, personId: string, input: EmploymentInput) =>
  api.post<PersonDetail>(`${personPath(ownerId, personId)}/employments`, input);

export const saveEmployment = (ownerId: string, personId: string, employmentId: string, input: EmploymentInput) =>
  api.put<PersonDetail>(`${personPath(ownerId, personId)}/employments/${employmentId}`, input);

export const grantRole = (ownerId: string, personId: string, input: GrantRoleInput) =>
  api.post<PersonDetail & { invited: boolean }>(`${personPath(ownerId, personId)}/roles`, input);

export const revokeRole = (ownerId: string, personId: string, grantId: string) =>
  api.delete<{ ok: true }>(`${personPath(ownerId, personId)}/roles/${grantId}`);

export const sendInvitation = (ownerId: string, personId: string) =>
  api.post<{ ok: true }>(`${personPath(ownerId, personId)}/invitation`);
