import type {
  AnnualPlan,
  MyPlans,
  PlanAudience,
  PlanEvent,
  PlanEventInput,
  PlanItem,
  PlanItemKind,
} from '../../../shared/schemas/annual-plan.ts';
import { api, withQuery } from '../../lib/api.ts';

export type { AnnualPlan, MyPlans, PlanAudience, PlanEvent, PlanEventInput, PlanItem, PlanItemKind };

export const planPath = (ownerId: string, programmeId: string) =>
  `/api/owners/${ownerId}/programmes/${programmeId}/annual-plan`;

export const planQueryPath = (
  ownerId: string,
  programmeId: string,
  filters: { audience: PlanAudience | ''; kind: PlanItemKind | '' },
) =>
  withQuery(planPath(ownerId, programmeId), {
    audience: filters.audience || undefined,
    kind: filters.kind || undefined,
  });

export const myPlansPath = '/api/me/annual-plans';

export const annualPlanRoutes = {
  programme: (programmeId: string) => `/veiledning/${programmeId}/arshjul`,
  newEvent: (programmeId: string) => `/veiledning/${programmeId}/arshjul/ny`,
  event: (programmeId: string, eventId: string) => `/veiledning/${programmeId}/arshjul/${eventId}`,
  mine: '/arshjul',
};

export const eventPath = (ownerId: string, programmeId: string, eventId: string) =>
  `${planPath(ownerId, programmeId)}/events/${eventId}`;

export const createEvent = (ownerId: string, programmeId: string, input: PlanEventInput) =>
  api.post<PlanEvent>(`${planPath(ownerId, programmeId)}/events`, input);

export const updateEvent = (ownerId: string, programmeId: string, eventId: string, input: PlanEventInput) =>
  api.put<PlanEvent>(eventPath(ownerId, programmeId, eventId), input);

export const deleteEvent = (ownerId: string, programmeId: string, eventId: string) =>
  api.delete<{ ok: true }>(eventPath(ownerId, programmeId, eventId));

/** The own event's id of a plan item (`event:<id>`), or null for items of other sources. */
export const ownEventId = (item: PlanItem): string | null =>
  item.source === 'event' && item.id.startsWith('event:') ? item.id.slice('event:'.length) : null;
