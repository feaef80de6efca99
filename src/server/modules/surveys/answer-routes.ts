import type { FastifyInstance } from 'fastify';
import { translate } from '../../../shared/i18n/index.ts';
import type { MessageKey } from '../../../shared/i18n/nb.ts';
import { OkSchema } from '../../../shared/schemas/common.ts';
import { AnswerFormRequestSchema, AnswerFormSchema, SubmitAnswersSchema } from '../../../shared/schemas/surveys.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { ownerName } from './commands/send-survey.ts';
import { findInvitation, submitAnswers } from './commands/submit-answers.ts';
import { getSurveyRow, loadSections } from './queries.ts';
import { surveyStatus } from './rules.ts';

/**
 * The respondent's side. The one-time token is the credential (no login needed; a logged-in caller
 * is treated the same) and travels in the body, so no URL in a request log carries it. No CSRF check:
 * a cross-site request cannot know the token.
 */
export async function answerRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['surveys'];

  app.post(
    '/api/survey-answers/form',
    {
      config: { csrf: false },
      schema: { tags, body: AnswerFormRequestSchema, response: { 200: AnswerFormSchema } },
    },
    async (request) => {
      const invitation = await findInvitation(db, request.body.token);
      if (!invitation) throw new AppError('SURVEY_LINK_INVALID');
      const survey = await getSurveyRow(db, invitation.ownerId, invitation.surveyId);
      if (!survey) throw new AppError('SURVEY_LINK_INVALID');
      const status = surveyStatus(survey, new Date());
      return {
        status,
        answered: invitation.answered,
        title: survey.title,
        intro: survey.intro,
        mode: survey.mode,
        locale: invitation.locale,
        ownerName: await ownerName(db, survey.ownerId),
        opensAt: survey.opensAt?.toISOString() ?? null,
        closesAt: survey.closesAt?.toISOString() ?? null,
        // Questions only while it can be answered: before opening nothing leaks early.
        sections: status === 'open' && !invitation.answered ? await loadSections(db, survey.ownerId, survey.id) : [],
      };
    },
  );

  app.post(
    '/api/survey-answers',
    { config: { csrf: false }, schema: { tags, body: SubmitAnswersSchema, response: { 200: OkSchema } } },
    async (request) => {
      await submitAnswers({
        db,
        token: request.body.token,
        answers: request.body.answers,
        now: new Date(),
        translateKey: (key) => translate(request.locale, key as MessageKey),
      });
      return { ok: true as const };
    },
  );
}
