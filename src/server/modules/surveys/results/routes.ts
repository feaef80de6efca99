import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { translate } from '../../../../shared/i18n/index.ts';
import { IdSchema } from '../../../../shared/schemas/common.ts';
import { SurveyResultsSchema } from '../../../../shared/schemas/survey-results.ts';
import { AppError } from '../../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../../lib/module.ts';
import { authorizeSurveys } from '../policy.ts';
import { getSurveyRow } from '../queries.ts';
import { surveyStatus } from '../rules.ts';
import { resultsCsv, resultsXlsx } from './export.ts';
import { buildResults } from './queries.ts';

const SurveyParams = z.strictObject({ ownerId: IdSchema, surveyId: IdSchema });

/**
 * Survey results (issue 5, items 4 and 6): JSON for the page, CSV and XLSX, all from the same
 * suppressed figures. Only those who manage the owner's surveys (coordinators, owner and national
 * admins) see results, and only once the survey has closed (409 before, translated).
 */
export async function surveyResultsRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['survey results'];

  async function closedSurvey(request: FastifyRequest, ownerId: string, surveyId: string) {
    authorizeSurveys(request, ownerId, 'manage');
    const survey = await getSurveyRow(db, ownerId, surveyId);
    if (!survey) throw new AppError('NOT_FOUND');
    const now = new Date();
    if (surveyStatus(survey, now) !== 'closed') throw new AppError('SURVEY_RESULTS_NOT_OPEN');
    return buildResults(db, survey, now);
  }

  function filename(request: FastifyRequest, extension: string, closesAt: string | null) {
    const day = closesAt ? closesAt.slice(0, 10) : 'survey';
    return `${translate(request.locale, 'surveyResults.filename')}-${day}.${extension}`;
  }

  app.get(
    '/api/owners/:ownerId/surveys/:surveyId/results',
    { schema: { tags, params: SurveyParams, response: { 200: SurveyResultsSchema } } },
    async (request) => closedSurvey(request, request.params.ownerId, request.params.surveyId),
  );

  app.get(
    '/api/owners/:ownerId/surveys/:surveyId/results.csv',
    {
      schema: {
        tags,
        summary: 'Results as CSV (UTF-8 with BOM, semicolons), suppression applied',
        params: SurveyParams,
      },
    },
    async (request, reply) => {
      const results = await closedSurvey(request, request.params.ownerId, request.params.surveyId);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename(request, 'csv', results.survey.closesAt)}"`)
        .send(resultsCsv(results, request.locale));
    },
  );

  app.get(
    '/api/owners/:ownerId/surveys/:surveyId/results.xlsx',
    { schema: { tags, summary: 'Results as an Excel workbook, suppression applied', params: SurveyParams } },
    async (request, reply) => {
      const results = await closedSurvey(request, request.params.ownerId, request.params.surveyId);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${filename(request, 'xlsx', results.survey.closesAt)}"`)
        .send(await resultsXlsx(results, request.locale));
    },
  );
}
