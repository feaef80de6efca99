import { agreementsEn } from './agreements.en.ts';
import { annualPlanEn } from './annual-plan.en.ts';
import { annualReportEn } from './annual-report.en.ts';
import { calendarEn } from './calendar.en.ts';
import { coreEn } from './core.en.ts';
import { followUpEn } from './follow-up.en.ts';
import { importEn } from './import.en.ts';
import { knowledgeBaseEn } from './knowledge-base.en.ts';
import { matchingWeightsEn } from './matching-weights.en.ts';
import { mentoringEn } from './mentoring.en.ts';
import type { Messages } from './nb.ts';
import { networkMeetingsEn } from './network-meetings.en.ts';
import { networksEn } from './networks.en.ts';
import { nudgesEn } from './nudges.en.ts';
import { qualityCycleEn } from './quality-cycle.en.ts';
import { regionalEn } from './regional.en.ts';
import { resourcesEn } from './resources.en.ts';
import { subjectsEn } from './subjects.en.ts';
import { surveyResultsEn } from './survey-results.en.ts';
import { surveysEn } from './surveys.en.ts';
import { unitsEn } from './units.en.ts';
import { webEn } from './web.en.ts';

/** English, composed like nb.ts. */
export const en: Messages = {
  ...matchingWeightsEn,
  ...calendarEn,
  ...followUpEn,
  ...nudgesEn,
  ...coreEn,
  ...annualPlanEn,
  ...agreementsEn,
  ...annualReportEn,
  ...importEn,
  ...knowledgeBaseEn,
  ...mentoringEn,
  ...networksEn,
  ...networkMeetingsEn,
  ...qualityCycleEn,
  ...surveysEn,
  ...subjectsEn,
  ...regionalEn,
  ...resourcesEn,
  ...surveyResultsEn,
  ...unitsEn,
  ...webEn,
};
