import { and, eq, isNotNull } from 'drizzle-orm';
import { translate } from '../../../shared/i18n/index.ts';
import { isForAudiences, overlaps } from '../../../shared/rules/annual-plan.ts';
import { osloDate } from '../../../shared/rules/school-year.ts';
import type { PlanAudience, PlanItem } from '../../../shared/schemas/annual-plan.ts';
import type { SurveyRole } from '../../../shared/schemas/surveys.ts';
import { surveys } from '../../db/schema.ts';
import type { PlanSource } from './sources.ts';

const AUDIENCE_OF: Record<SurveyRole, PlanAudience> = {
  nqt: 'nqt',
  mentor: 'mentor',
  unit_leader: 'unit_leader',
  coordinator: 'coordinator',
  owner_admin: 'owner',
};

/**
 * The programme's published surveys: the day one opens (an evaluation) and the day it closes (a
 * deadline), for the roles it goes to. Only the survey row is read — title, dates, audience — never an
 * invitation or an answer, so anonymity is untouched. Read-only, here rather than in modules/surveys.
 */
export const surveyItems: PlanSource = async (db, ctx) => {
  const rows = await db
    .select({
      id: surveys.id,
      title: surveys.title,
      opensAt: surveys.opensAt,
      closesAt: surveys.closesAt,
      audience: surveys.audience,
    })
    .from(surveys)
    .where(
      and(eq(surveys.ownerId, ctx.ownerId), eq(surveys.programmeId, ctx.programmeId), isNotNull(surveys.publishedAt)),
    );
  const items: PlanItem[] = [];
  for (const row of rows) {
    const title = row.title[ctx.locale] || row.title.nb;
    const roles = row.audience?.roles ?? [];
    const audiences = [...new Set([...roles.map((r) => AUDIENCE_OF[r]), 'coordinator' as const])];
    const href = ctx.asParticipant ? undefined : `/undersokelser/${row.id}`;
    const base = { source: 'survey', audiences, ...(href ? { href } : {}) };
    if (row.opensAt)
      items.push({
        ...base,
        id: `survey:${row.id}:opens`,
        kind: 'survey',
        title: translate(ctx.locale, 'annualPlan.survey.opens', { title }),
        date: osloDate(row.opensAt),
      });
    if (row.closesAt)
      items.push({
        ...base,
        id: `survey:${row.id}:closes`,
        kind: 'deadline',
        title: translate(ctx.locale, 'annualPlan.survey.closes', { title }),
        date: osloDate(row.closesAt),
      });
  }
  return items.filter((i) => overlaps(i, ctx.from, ctx.to) && isForAudiences(i, ctx.audiences));
};
