import { and, eq } from 'drizzle-orm';
import type { PlanEventValues } from '../../../../shared/schemas/annual-plan.ts';
import { planEvents } from '../../../db/schema.ts';

/** The columns an event input sets (an end day equal to the start day, or an end time without a start, is dropped). */
export const columns = (input: PlanEventValues) => ({
  kind: input.kind,
  title: input.title,
  description: input.description ?? null,
  place: input.place ?? null,
  date: input.date,
  endDate: input.endDate && input.endDate !== input.date ? input.endDate : null,
  startTime: input.startTime ?? null,
  endTime: input.startTime ? (input.endTime ?? null) : null,
  audiences: input.audiences,
});

/** The WHERE of one event of one owner's programme. */
export function eqEvent(ownerId: string, programmeId: string, eventId: string) {
  return and(eq(planEvents.ownerId, ownerId), eq(planEvents.programmeId, programmeId), eq(planEvents.id, eventId));
}
