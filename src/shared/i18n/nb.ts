import { agreementsNb } from './agreements.nb.ts';
import { annualPlanNb } from './annual-plan.nb.ts';
import { annualReportNb } from './annual-report.nb.ts';
import { calendarNb } from './calendar.nb.ts';
import { coreNb } from './core.nb.ts';
import { followUpNb } from './follow-up.nb.ts';
import { importNb } from './import.nb.ts';
import { knowledgeBaseNb } from './knowledge-base.nb.ts';
import { matchingWeightsNb } from './matching-weights.nb.ts';
import { mentoringNb } from './mentoring.nb.ts';
import { networkMeetingsNb } from './network-meetings.nb.ts';
import { networksNb } from './networks.nb.ts';
import { nudgesNb } from './nudges.nb.ts';
import { qualityCycleNb } from './quality-cycle.nb.ts';
import { regionalNb } from './regional.nb.ts';
import { resourcesNb } from './resources.nb.ts';
import { subjectsNb } from './subjects.nb.ts';
import { surveyResultsNb } from './survey-results.nb.ts';
import { surveysNb } from './surveys.nb.ts';
import { unitsNb } from './units.nb.ts';
import { webNb } from './web.nb.ts';

/**
 * Bokmål, the source catalog, composed of one part per area (`<area>.nb.ts`). Every key must exist in
 * the matching `.nn.ts` and `.en.ts` part: the type system and `npm run check` both enforce it.
 * `{name}` placeholders are replaced at runtime.
 */
export const nb = {
  ...matchingWeightsNb,
  ...calendarNb,
  ...followUpNb,
  ...nudgesNb,
  ...coreNb,
  ...annualPlanNb,
  ...agreementsNb,
  ...annualReportNb,
  ...importNb,
  ...knowledgeBaseNb,
  ...mentoringNb,
  ...networksNb,
  ...networkMeetingsNb,
  ...qualityCycleNb,
  ...surveysNb,
  ...subjectsNb,
  ...regionalNb,
  ...resourcesNb,
  ...surveyResultsNb,
  ...unitsNb,
  ...webNb,
} as const;

export type MessageKey = keyof typeof nb;
export type Messages = Record<MessageKey, string>;
