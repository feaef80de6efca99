import { and, desc, eq, gt, isNotNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdSchema } from '../../../shared/schemas/common.ts';
import { type MySurvey, MySurveyLinkSchema, MySurveyListSchema } from '../../../shared/schemas/surveys.ts';
import type { DbOrTx } from '../../db/client.ts';
import { surveyInvitations, surveys } from '../../db/schema.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { requireActor } from '../../lib/request-context.ts';
import { issueOwnLink } from './commands/issue-own-link.ts';
import { surveyStatus } from './rules.ts';

/** How long a closed survey stays in "Mine undersøkelser". */
const CLOSED_SHOWN_DAYS = 60;

/**
 * The published surveys a person is invited to: open and scheduled ones, and those closed in the last
 * 60 days; open first, then by closing time. Scoped by the invitation's person and owner.
 */
export async function mySurveys(db: DbOrTx, personId: string, now: Date): Promise<MySurvey[]> {
  const since = new Date(now.getTime() - CLOSED_SHOWN_DAYS * 86_400_000);
  const rows = await db
    .select({
      surveyId: surveys.id,
      title: surveys.title,
      mode: surveys.mode,
      publishedAt: surveys.publishedAt,
      opensAt: surveys.opensAt,
      closesAt: surveys.closesAt,
      answered: surveyInvitations.answered,
    })
    .from(surveyInvitations)
    .innerJoin(surveys, and(eq(surveys.id, surveyInvitations.surveyId), eq(surveys.ownerId, surveyInvitations.ownerId)))
    .where(and(eq(surveyInvitations.personId, personId), isNotNull(surveys.publishedAt), gt(surveys.closesAt, since)))
    .orderBy(desc(surveys.closesAt));
  const rank = { open: 0, scheduled: 1, closed: 2, draft: 3 } as const;
  return rows
    .map((r) => ({
      surveyId: r.surveyId,
      title: r.title,
      mode: r.mode,
      status: surveyStatus(r, now),
      opensAt: r.opensAt?.toISOString() ?? null,
      closesAt: r.closesAt?.toISOString() ?? null,
      answered: r.answered,
    }))
    .sort((a, b) => rank[a.status] - rank[b.status] || (a.closesAt ?? '').localeCompare(b.closesAt ?? ''));
}

/** "Mine undersøkelser": the signed-in person's invitations, and a fresh link to answer one. */
export async function mySurveyRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['surveys'];

  app.get('/api/me/surveys', { schema: { tags, response: { 200: MySurveyListSchema } } }, async (request) => {
    const actor = requireActor(request);
    return { items: actor.personId ? await mySurveys(db, actor.personId, new Date()) : [] };
  });

  app.post(
    '/api/me/surveys/:surveyId/link',
    { schema: { tags, params: z.strictObject({ surveyId: IdSchema }), response: { 200: MySurveyLinkSchema } } },
    async (request) => {
      const actor = requireActor(request);
      return issueOwnLink({ db, actor, surveyId: request.params.surveyId, now: new Date() });
    },
  );
}
