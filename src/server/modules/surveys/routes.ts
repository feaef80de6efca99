import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { translate } from '../../../shared/i18n/index.ts';
import type { MessageKey } from '../../../shared/i18n/nb.ts';
import { IdSchema } from '../../../shared/schemas/common.ts';
import {
  AudiencePreviewInputSchema,
  AudiencePreviewSchema,
  CreateSurveySchema,
  RemindResultSchema,
  SendResultSchema,
  SendSurveySchema,
  SURVEY_ROLES,
  SurveyDetailSchema,
  SurveyInputSchema,
  SurveyListSchema,
  SurveyNetworkGroupListSchema,
  TemplateListSchema,
} from '../../../shared/schemas/surveys.ts';
import { programmes } from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { answerRoutes } from './answer-routes.ts';
import { computeAudience, networkGroupOptions } from './audience.ts';
import { closeSurvey } from './commands/close-survey.ts';
import { createSurvey } from './commands/create-survey.ts';
import { remindNonRespondents } from './commands/remind-non-respondents.ts';
import { saveSurvey } from './commands/save-survey.ts';
import { sendSurvey } from './commands/send-survey.ts';
import { mySurveyRoutes } from './my-surveys.ts';
import { authorizeSurveys, canManageSurveys } from './policy.ts';
import { getSurveyRow, listSurveys, presentSurvey } from './queries.ts';
import { surveyTemplates } from './templates.ts';

const OwnerParams = z.strictObject({ ownerId: IdSchema });
const SurveyParams = OwnerParams.extend({ surveyId: IdSchema });

/**
 * Surveys (issue 5): the coordinator's list, builder and distribution under the owner, and the
 * respondent's answering (answer-routes.ts). Results are the results module's.
 */
export async function surveyRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db, env } = deps;
  const tags = ['surveys'];

  async function mustGetSurvey(ownerId: string, surveyId: string) {
    const row = await getSurveyRow(db, ownerId, surveyId);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  app.get(
    '/api/owners/:ownerId/surveys',
    { schema: { tags, params: OwnerParams, response: { 200: SurveyListSchema } } },
    async (request) => {
      const actor = authorizeSurveys(request, request.params.ownerId, 'view');
      return {
        items: await listSurveys(db, request.params.ownerId, new Date()),
        abilities: { manage: canManageSurveys(actor, request.params.ownerId) },
      };
    },
  );

  app.get(
    '/api/owners/:ownerId/survey-templates',
    { schema: { tags, params: OwnerParams, response: { 200: TemplateListSchema } } },
    async (request) => {
      authorizeSurveys(request, request.params.ownerId, 'view');
      return {
        items: surveyTemplates().map((t) => ({
          key: t.key,
          title: t.title,
          questionCount: t.sections.reduce((n, s) => n + s.questions.length, 0),
        })),
      };
    },
  );

  app.get(
    '/api/owners/:ownerId/survey-networks',
    { schema: { tags, params: OwnerParams, response: { 200: SurveyNetworkGroupListSchema } } },
    async (request) => {
      authorizeSurveys(request, request.params.ownerId, 'manage');
      return { items: await networkGroupOptions(db, request.params.ownerId) };
    },
  );

  app.post(
    '/api/owners/:ownerId/surveys',
    { schema: { tags, params: OwnerParams, body: CreateSurveySchema, response: { 201: SurveyDetailSchema } } },
    async (request, reply) => {
      const { ownerId } = request.params;
      const actor = authorizeSurveys(request, ownerId, 'manage');
      if (request.body.programmeId) {
        const [programme] = await db
          .select({ id: programmes.id })
          .from(programmes)
          .where(and(eq(programmes.ownerId, ownerId), eq(programmes.id, request.body.programmeId)));
        if (!programme) throw new AppError('NOT_FOUND');
      }
      const row = await createSurvey({ db, actor, ownerId, ...request.body });
      return reply.code(201).send(await presentSurvey(db, row, { manage: true }, new Date()));
    },
  );

  app.get(
    '/api/owners/:ownerId/surveys/:surveyId',
    { schema: { tags, params: SurveyParams, response: { 200: SurveyDetailSchema } } },
    async (request) => {
      const { ownerId, surveyId } = request.params;
      const actor = authorizeSurveys(request, ownerId, 'view');
      const row = await mustGetSurvey(ownerId, surveyId);
      return presentSurvey(db, row, { manage: canManageSurveys(actor, ownerId) }, new Date());
    },
  );

  app.put(
    '/api/owners/:ownerId/surveys/:surveyId',
    { schema: { tags, params: SurveyParams, body: SurveyInputSchema, response: { 200: SurveyDetailSchema } } },
    async (request) => {
      const { ownerId, surveyId } = request.params;
      const actor = authorizeSurveys(request, ownerId, 'manage');
      const now = new Date();
      const row = await saveSurvey({
        db,
        actor,
        ownerId,
        surveyId,
        input: request.body,
        now,
        translateKey: (key) => translate(request.locale, key as MessageKey),
      });
      return presentSurvey(db, row, { manage: true }, now);
    },
  );

  app.post(
    '/api/owners/:ownerId/surveys/:surveyId/audience-preview',
    {
      schema: {
        tags,
        params: SurveyParams,
        body: AudiencePreviewInputSchema,
        response: { 200: AudiencePreviewSchema },
      },
    },
    async (request) => {
      const { ownerId, surveyId } = request.params;
      authorizeSurveys(request, ownerId, 'manage');
      await mustGetSurvey(ownerId, surveyId);
      const recipients = await computeAudience(db, ownerId, request.body.audience, new Date());
      const reachable = recipients.filter((r) => r.email.trim() !== '');
      return {
        total: reachable.length,
        byRole: SURVEY_ROLES.map((role) => ({ role, count: reachable.filter((r) => r.role === role).length })).filter(
          (r) => r.count > 0,
        ),
        withoutEmail: recipients.length - reachable.length,
      };
    },
  );

  app.post(
    '/api/owners/:ownerId/surveys/:surveyId/send',
    { schema: { tags, params: SurveyParams, body: SendSurveySchema, response: { 200: SendResultSchema } } },
    async (request) => {
      const { ownerId, surveyId } = request.params;
      const actor = authorizeSurveys(request, ownerId, 'manage');
      const now = new Date();
      const result = await sendSurvey({
        db,
        actor,
        ownerId,
        surveyId,
        input: request.body,
        now,
        publicUrl: env.PUBLIC_URL,
      });
      deps.kickMail();
      return { invited: result.invited, survey: await presentSurvey(db, result.survey, { manage: true }, now) };
    },
  );

  app.post(
    '/api/owners/:ownerId/surveys/:surveyId/remind',
    { schema: { tags, params: SurveyParams, response: { 200: RemindResultSchema } } },
    async (request) => {
      const { ownerId, surveyId } = request.params;
      const actor = authorizeSurveys(request, ownerId, 'manage');
      const result = await remindNonRespondents({
        db,
        actorUserId: actor.userId,
        ownerId,
        surveyId,
        now: new Date(),
        publicUrl: env.PUBLIC_URL,
      });
      deps.kickMail();
      return result;
    },
  );

  app.post(
    '/api/owners/:ownerId/surveys/:surveyId/close',
    { schema: { tags, params: SurveyParams, response: { 200: SurveyDetailSchema } } },
    async (request) => {
      const { ownerId, surveyId } = request.params;
      const actor = authorizeSurveys(request, ownerId, 'manage');
      const now = new Date();
      const row = await closeSurvey({ db, actor, ownerId, surveyId, now });
      return presentSurvey(db, row, { manage: true }, now);
    },
  );

  await answerRoutes(fastify, deps);
  await mySurveyRoutes(fastify, deps);
}
