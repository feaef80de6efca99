import { networkMeetingPlanItems } from '../network-meetings/plan-source.ts';
import { planEventItems } from './event-source.ts';
import type { PlanSource } from './sources.ts';
import { surveyItems } from './survey-source.ts';

/**
 * Every source of the annual plan (see `PlanSource` in ./sources.ts for the contract). A module adds its
 * items with one import and one line here; the plan route merges, filters by audience and kind, and sorts.
 */
export const PLAN_SOURCES: PlanSource[] = [planEventItems, surveyItems, networkMeetingPlanItems];
