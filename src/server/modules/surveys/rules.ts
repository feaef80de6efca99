import type { FieldError } from '../../../shared/errors.ts';
import {
  AGREEMENT5_OPTIONS,
  type AnswerInput,
  type Question,
  type QuestionInput,
  type ResponseLabels,
  type SurveyMode,
  type SurveyStatus,
  type SurveyWarning,
} from '../../../shared/schemas/surveys.ts';

/*
 * Pure survey rules: status from dates, the builder's checks and warnings, answer validation, and the
 * coarsening of group labels that keeps an anonymous response from standing out in a small group.
 */

/** Draft until published; then scheduled before `opensAt`, open until `closesAt` (exclusive), closed after. */
export function surveyStatus(
  survey: { publishedAt: Date | null; opensAt: Date | null; closesAt: Date | null },
  now: Date,
): SurveyStatus {
  if (!survey.publishedAt || !survey.opensAt || !survey.closesAt) return 'draft';
  if (now < survey.opensAt) return 'scheduled';
  if (now < survey.closesAt) return 'open';
  return 'closed';
}

const DAY_MS = 86_400_000;

/**
 * The reminder rounds (days before closing) whose time has come and that have not been sent: a round's
 * time is `closesAt` minus that many days; it counts only while the survey is open and only if that time
 * is after opening (a round that fell before opening would mail people just invited). The job sends one
 * reminder for all of them together and records each, so no round ever sends twice.
 */
export function dueReminderRounds(
  survey: { publishedAt: Date | null; opensAt: Date | null; closesAt: Date | null; reminderDays: readonly number[] },
  now: Date,
  sent: readonly number[],
): number[] {
  if (surveyStatus(survey, now) !== 'open' || !survey.opensAt || !survey.closesAt) return [];
  const opensAt = survey.opensAt.getTime();
  const closesAt = survey.closesAt.getTime();
  return survey.reminderDays.filter((d) => {
    const at = closesAt - d * DAY_MS;
    return at > opensAt && at <= now.getTime() && !sent.includes(d);
  });
}

/** What is stored for a question: agreement5 always has the five steps, free text has no options. */
export function normaliseOptions(q: Pick<QuestionInput, 'type' | 'options'>): QuestionInput['options'] {
  if (q.type === 'agreement5') return AGREEMENT5_OPTIONS.map((o) => ({ ...o, label: { ...o.label } }));
  if (q.type === 'text') return [];
  return q.options;
}

/** Builder errors (refused with 400): choice questions need two or more options with distinct values. */
export function structureErrors(sections: { questions: QuestionInput[] }[]): FieldError[] {
  const errors: FieldError[] = [];
  sections.forEach((section, s) => {
    section.questions.forEach((q, i) => {
      if (q.type === 'agreement5' || q.type === 'text') return;
      const path = `sections.${s}.questions.${i}.options`;
      if (q.options.length < 2) errors.push({ path, message: 'surveys.validation.optionsMin' });
      const values = q.options.map((o) => o.value);
      if (new Set(values).size !== values.length) errors.push({ path, message: 'surveys.validation.optionsDistinct' });
    });
  });
  return errors;
}

/**
 * Warnings shown to the author, never refusals: free text in an anonymous survey can identify its
 * writer; a missing nynorsk or English text falls back to bokmål; a survey without questions cannot be sent.
 */
export function surveyWarnings(mode: SurveyMode, sections: { questions: Question[] }[]): SurveyWarning[] {
  const warnings: SurveyWarning[] = [];
  const questions = sections.flatMap((s) => s.questions);
  if (questions.length === 0) warnings.push({ code: 'noQuestions', questionId: null });
  for (const q of questions) {
    if (mode === 'anonymous' && q.type === 'text') warnings.push({ code: 'freeTextAnonymous', questionId: q.id });
    const texts = [q.text, ...q.options.map((o) => o.label)];
    if (texts.some((t) => !t.nn.trim() || !t.en.trim())) {
      warnings.push({ code: 'translationMissing', questionId: q.id });
    }
  }
  return warnings;
}

export interface StoredAnswer {
  questionId: string;
  choice: string | null;
  choices: string[] | null;
  text: string | null;
}

/**
 * Checks a respondent's answers against the questions: every required question answered, choices
 * among the options, one kind of value per question type. Unanswered optional questions store nothing.
 */
export function checkAnswers(
  questions: Question[],
  answers: AnswerInput[],
): { answers: StoredAnswer[]; errors: FieldError[] } {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  const errors: FieldError[] = [];
  const stored: StoredAnswer[] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const a of answers) {
    if (!known.has(a.questionId))
      errors.push({ path: `answers.${a.questionId}`, message: 'surveys.validation.unknownQuestion' });
  }
  if (byId.size !== answers.length) errors.push({ path: 'answers', message: 'surveys.validation.answerTwice' });
  for (const q of questions) {
    const a = byId.get(q.id);
    const path = `answers.${q.id}`;
    const values = new Set(q.options.map((o) => o.value));
    if (q.type === 'text') {
      const text = a?.text?.trim() ?? '';
      if (a && (a.choice !== undefined || a.choices !== undefined))
        errors.push({ path, message: 'validation.invalid' });
      else if (!text) {
        if (q.required) errors.push({ path, message: 'surveys.validation.answerRequired' });
      } else stored.push({ questionId: q.id, choice: null, choices: null, text });
    } else if (q.type === 'multiple') {
      const choices = a?.choices ?? [];
      if (a && (a.choice !== undefined || a.text !== undefined)) errors.push({ path, message: 'validation.invalid' });
      else if (choices.some((c) => !values.has(c)) || new Set(choices).size !== choices.length) {
        errors.push({ path, message: 'surveys.validation.answerOption' });
      } else if (choices.length === 0) {
        if (q.required) errors.push({ path, message: 'surveys.validation.answerRequired' });
      } else stored.push({ questionId: q.id, choice: null, choices, text: null });
    } else {
      const choice = a?.choice;
      if (a && (a.choices !== undefined || a.text !== undefined)) errors.push({ path, message: 'validation.invalid' });
      else if (choice === undefined || choice === '') {
        if (q.required) errors.push({ path, message: 'surveys.validation.answerRequired' });
      } else if (!values.has(choice)) errors.push({ path, message: 'surveys.validation.answerOption' });
      else stored.push({ questionId: q.id, choice, choices: null, text: null });
    }
  }
  return { answers: stored, errors };
}

// Dropped first: the most specific label.
const DROP_ORDER = ['programmeYear', 'unitType', 'role'] as const;

/**
 * The labels an anonymous response keeps: while fewer than `minGroupSize` invitees share every label
 * kept so far, drop the next (programme year, then unit type, then role). So each stored combination
 * is shared by at least that many invitees, and the labels alone never point at one person.
 */
export function coarsenLabels(
  labels: ResponseLabels,
  invitees: readonly (ResponseLabels & { n?: number })[],
  minGroupSize: number,
): ResponseLabels {
  const kept: ResponseLabels = { ...labels };
  const shared = () =>
    invitees
      .filter(
        (i) =>
          (kept.role === null || i.role === kept.role) &&
          (kept.unitType === null || i.unitType === kept.unitType) &&
          (kept.programmeYear === null || i.programmeYear === kept.programmeYear),
      )
      .reduce((sum, i) => sum + (i.n ?? 1), 0);
  for (const label of DROP_ORDER) {
    if (shared() >= minGroupSize) return kept;
    kept[label] = null;
  }
  return kept;
}
