import type {
  Enrolment,
  EnrolmentPatch,
  EnrolmentPlan,
  ManualPairInput,
  Matching,
  MentorProfile,
  MentorProfileInput,
  NotReached,
  Programme,
  ProgrammePatch,
  ProgrammeSummary,
  Reach,
} from '../../../shared/schemas/mentoring.ts';
import { api } from '../../lib/api.ts';

export type { Enrolment, EnrolmentPlan, Matching, MentorProfile, NotReached, Programme, ProgrammeSummary, Reach };

const base = (ownerId: string) => `/api/owners/${ownerId}/programmes`;

export const programmesPath = (ownerId: string) => base(ownerId);
export const programmePath = (ownerId: string, programmeId: string) => `${base(ownerId)}/${programmeId}`;
export const reachPath = (ownerId: string, programmeId: string) => `${programmePath(ownerId, programmeId)}/reach`;
export const mentorsPath = (ownerId: string, programmeId: string) => `${programmePath(ownerId, programmeId)}/mentors`;
export const planPath = (ownerId: string, programmeId: string, enrolmentId: string) =>
  `${programmePath(ownerId, programmeId)}/enrolments/${enrolmentId}/plan`;

export const createProgramme = (ownerId: string, schoolYear: string) =>
  api.post<Programme>(base(ownerId), { schoolYear });

export const updateProgramme = (ownerId: string, programmeId: string, patch: ProgrammePatch) =>
  api.patch<Programme>(programmePath(ownerId, programmeId), patch);

export const enrol = (ownerId: string, programmeId: string, input: { personIds: string[]; startsOn?: string }) =>
  api.post<{ items: Enrolment[] }>(`${programmePath(ownerId, programmeId)}/enrolments`, input);

export const updateEnrolment = (ownerId: string, programmeId: string, enrolmentId: string, patch: EnrolmentPatch) =>
  api.patch<Enrolment>(`${programmePath(ownerId, programmeId)}/enrolments/${enrolmentId}`, patch);

export const saveMentor = (ownerId: string, programmeId: string, personId: string, input: MentorProfileInput) =>
  api.put<MentorProfile>(`${mentorsPath(ownerId, programmeId)}/${personId}`, input);

// Matching: every write answers with the whole matching view, so the page redraws from one response.
export const matchingPath = (ownerId: string, programmeId: string) => `${programmePath(ownerId, programmeId)}/matching`;

export const proposePairs = (ownerId: string, programmeId: string) =>
  api.post<Matching>(`${matchingPath(ownerId, programmeId)}/propose`, {});

export const acceptPair = (ownerId: string, programmeId: string, pairId: string) =>
  api.post<Matching>(`${matchingPath(ownerId, programmeId)}/pairs/${pairId}/accept`);

export const lockPair = (ownerId: string, programmeId: string, pairId: string, locked: boolean) =>
  api.post<Matching>(`${matchingPath(ownerId, programmeId)}/pairs/${pairId}/lock`, { locked });

export const endPair = (ownerId: string, programmeId: string, pairId: string, reason: string) =>
  api.post<Matching>(`${matchingPath(ownerId, programmeId)}/pairs/${pairId}/end`, { reason });

export const addPair = (ownerId: string, programmeId: string, input: ManualPairInput) =>
  api.post<Matching>(`${matchingPath(ownerId, programmeId)}/pairs`, input);

/** The web routes of a programme, in one place so links and the router agree. */
export const programmeRoutes = {
  list: '/veiledning',
  overview: (id: string) => `/veiledning/${id}`,
  enrolment: (id: string, enrolmentId: string) => `/veiledning/${id}/nyutdannede/${enrolmentId}`,
  mentors: (id: string) => `/veiledning/${id}/veiledere`,
  settings: (id: string) => `/veiledning/${id}/innstillinger`,
  matching: (id: string) => `/veiledning/${id}/kobling`,
};

/** A calendar day in Norway, whatever the device's clock zone. */
export function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
}

export const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

/** Per-person problems a refused enrolment names in `error.details` (422 NOT_ELIGIBLE, 409 ALREADY_ENROLLED). */
export function enrolmentProblems(details: unknown): Map<string, string | 'already_enrolled'> {
  const out = new Map<string, string>();
  if (typeof details !== 'object' || details === null) return out;
  const { people, personIds } = details as { people?: unknown; personIds?: unknown };
  if (Array.isArray(people)) {
    for (const p of people) {
      if (p && typeof p.personId === 'string' && typeof p.reason === 'string') out.set(p.personId, p.reason);
    }
  }
  if (Array.isArray(personIds)) for (const id of personIds) if (typeof id === 'string') out.set(id, 'already_enrolled');
  return out;
}
