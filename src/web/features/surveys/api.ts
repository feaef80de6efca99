import type { z } from 'zod';
import type {
  AnswerForm,
  AnswerInput,
  Audience,
  AudiencePreviewSchema,
  SurveyDetail,
  SurveyInput,
  SurveyListSchema,
  SurveyMode,
  SurveyNetworkGroup,
  SurveySummary,
  TemplateKey,
  TemplateListSchema,
} from '../../../shared/schemas/surveys.ts';
import { api } from '../../lib/api.ts';

export type { AnswerForm, AnswerInput, Audience, SurveyDetail, SurveyInput, SurveyNetworkGroup, SurveySummary };
export type SurveyList = z.infer<typeof SurveyListSchema>;
export type TemplateList = z.infer<typeof TemplateListSchema>;
export type AudiencePreview = z.infer<typeof AudiencePreviewSchema>;

export const surveysPath = (ownerId: string) => `/api/owners/${ownerId}/surveys`;
export const surveyPath = (ownerId: string, surveyId: string) => `${surveysPath(ownerId)}/${surveyId}`;
export const surveyNetworksPath = (ownerId: string) => `/api/owners/${ownerId}/survey-networks`;
export const templatesPath = (ownerId: string) => `/api/owners/${ownerId}/survey-templates`;

export const surveyRoutes = {
  list: '/undersokelser',
  mine: '/mine-undersokelser',
  survey: (surveyId: string) => `/undersokelser/${surveyId}`,
  // The results engineer's page.
  results: (surveyId: string) => `/undersokelser/${surveyId}/resultater`,
};

export const createSurvey = (ownerId: string, body: { template: TemplateKey | null; mode: SurveyMode }) =>
  api.post<SurveyDetail>(surveysPath(ownerId), body);

export const saveSurvey = (ownerId: string, surveyId: string, input: SurveyInput) =>
  api.put<SurveyDetail>(surveyPath(ownerId, surveyId), input);

export const previewAudience = (ownerId: string, surveyId: string, audience: Audience) =>
  api.post<AudiencePreview>(`${surveyPath(ownerId, surveyId)}/audience-preview`, { audience });

export const sendSurvey = (
  ownerId: string,
  surveyId: string,
  body: { audience: Audience; opensAt: string; closesAt: string; reminderDays: number[] },
) => api.post<{ invited: number; survey: SurveyDetail }>(`${surveyPath(ownerId, surveyId)}/send`, body);

export const remindSurvey = (ownerId: string, surveyId: string) =>
  api.post<{ reminded: number }>(`${surveyPath(ownerId, surveyId)}/remind`);

export const closeSurvey = (ownerId: string, surveyId: string) =>
  api.post<SurveyDetail>(`${surveyPath(ownerId, surveyId)}/close`);

export const mySurveysPath = '/api/me/surveys';
/** A fresh one-time link for the signed-in person's own invitation (replaces the mailed one). */
export const mySurveyLink = (surveyId: string) => api.post<{ token: string }>(`${mySurveysPath}/${surveyId}/link`);

// The token goes in the body: API URLs end up in request logs, a body does not.
export const loadAnswerForm = (token: string) =>
  api.post<AnswerForm>('/api/survey-answers/form', { token }, { quiet401: true });
export const submitAnswers = (token: string, answers: AnswerInput[]) =>
  api.post<{ ok: true }>('/api/survey-answers', { token, answers }, { quiet401: true });
