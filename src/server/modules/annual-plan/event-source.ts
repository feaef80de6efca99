import { isForAudiences } from '../../../shared/rules/annual-plan.ts';
import { listPlanEventRows, planEventItem } from './queries.ts';
import type { PlanSource } from './sources.ts';

/** The plan's own events (gatherings, evaluations, deadlines …) written by the programme's managers. */
export const planEventItems: PlanSource = async (db, ctx) => {
  const rows = await listPlanEventRows(db, ctx.ownerId, ctx.programmeId, ctx.from, ctx.to);
  return rows.map(planEventItem).filter((item) => isForAudiences(item, ctx.audiences));
};
