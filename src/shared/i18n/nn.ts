import { agreementsNn } from './agreements.nn.ts';
import { annualPlanNn } from './annual-plan.nn.ts';
import { annualReportNn } from './annual-report.nn.ts';
import { calendarNn } from './calendar.nn.ts';
import { coreNn } from './core.nn.ts';
import { followUpNn } from './follow-up.nn.ts';
import { importNn } from './import.nn.ts';
import { knowledgeBaseNn } from './knowledge-base.nn.ts';
import { matchingWeightsNn } from './matching-weights.nn.ts';
import { mentoringNn } from './mentoring.nn.ts';
import type { Messages } from './nb.ts';
import { networkMeetingsNn } from './network-meetings.nn.ts';
import { networksNn } from './networks.nn.ts';
import { nudgesNn } from './nudges.nn.ts';
import { qualityCycleNn } from './quality-cycle.nn.ts';
import { regionalNn } from './regional.nn.ts';
import { resourcesNn } from './resources.nn.ts';
import { subjectsNn } from './subjects.nn.ts';
import { surveyResultsNn } from './survey-results.nn.ts';
import { surveysNn } from './surveys.nn.ts';
import { unitsNn } from './units.nn.ts';
import { webNn } from './web.nn.ts';

/** Nynorsk, composed like nb.ts. */
export const nn: Messages = {
  ...matchingWeightsNn,
  ...calendarNn,
  ...followUpNn,
  ...nudgesNn,
  ...coreNn,
  ...annualPlanNn,
  ...agreementsNn,
  ...annualReportNn,
  ...importNn,
  ...knowledgeBaseNn,
  ...mentoringNn,
  ...networksNn,
  ...networkMeetingsNn,
  ...qualityCycleNn,
  ...surveysNn,
  ...subjectsNn,
  ...regionalNn,
  ...resourcesNn,
  ...surveyResultsNn,
  ...unitsNn,
  ...webNn,
};
