import {
  type Cell,
  effectiveMinGroupSize,
  mayShowFreeText,
  NO_LABEL,
  planSuppression,
  type SuppressionPlan,
} from '../../../../shared/rules/suppression.ts';
import {
  BREAKDOWN_DIMENSIONS,
  type Breakdown,
  type BreakdownDimension,
  type QuestionFigures,
  type QuestionResult,
} from '../../../../shared/schemas/survey-results.ts';
import type { ChoiceOption, Localized, QuestionType } from '../../../../shared/schemas/surveys.ts';

/*
 * Results from responses, pure: what the query loads (`loadResultsInput`) goes in, the figures the
 * page and the exports show come out, with the suppression plan applied once for every question.
 */

export interface ResultQuestion {
  id: string;
  key: string | null;
  sectionTitle: Localized;
  type: QuestionType;
  text: Localized;
  options: ChoiceOption[];
}

export interface ResponseAnswer {
  choice: string | null;
  choices: string[] | null;
  text: string | null;
}

/** One response: its group labels and its answers by question id. Nothing that names a person. */
export interface ResponseRecord {
  role: string | null;
  unitType: string | null;
  programmeYear: number | null;
  answers: ReadonlyMap<string, ResponseAnswer>;
}

export interface ResultsInput {
  questions: readonly ResultQuestion[];
  responses: readonly ResponseRecord[];
  minGroupSize: number;
}

export interface Aggregated {
  plan: SuppressionPlan;
  total: { n: number; suppressed: boolean };
  breakdowns: Breakdown[];
  questions: Omit<QuestionResult, 'previous'>[];
}

/** A response's label in a breakdown, as the suppression rule's group code. */
export function labelOf(response: ResponseRecord, dimension: BreakdownDimension): string {
  const value =
    dimension === 'role' ? response.role : dimension === 'unitType' ? response.unitType : response.programmeYear;
  return value === null || value === undefined ? NO_LABEL : String(value);
}

function isAnswered(type: QuestionType, answer: ResponseAnswer | undefined): boolean {
  if (!answer) return false;
  if (type === 'text') return (answer.text ?? '').trim() !== '';
  if (type === 'multiple') return (answer.choices ?? []).length > 0;
  return answer.choice !== null && answer.choice !== '';
}

/** A question's figures over some responses. Means only when every option value is a number. */
export function figuresFor(question: ResultQuestion, responses: readonly ResponseRecord[]): QuestionFigures {
  const counts = new Map(question.options.map((o) => [o.value, 0]));
  let answered = 0;
  let sum = 0;
  let numeric = 0;
  const isNumericScale =
    question.type !== 'text' &&
    question.type !== 'multiple' &&
    question.options.length > 0 &&
    question.options.every((o) => o.value.trim() !== '' && Number.isFinite(Number(o.value)));
  for (const response of responses) {
    const answer = response.answers.get(question.id);
    if (!isAnswered(question.type, answer) || !answer) continue;
    answered++;
    const chosen = question.type === 'multiple' ? (answer.choices ?? []) : answer.choice ? [answer.choice] : [];
    for (const value of chosen) {
      if (!counts.has(value)) continue; // an option removed after answering is not shown
      counts.set(value, (counts.get(value) ?? 0) + 1);
      if (isNumericScale) {
        sum += Number(value);
        numeric++;
      }
    }
  }
  return {
    n: responses.length,
    answered,
    noAnswer: responses.length - answered,
    counts: question.options.map((o) => ({ value: o.value, count: counts.get(o.value) ?? 0 })),
    mean: isNumericScale && numeric > 0 ? Math.round((sum / numeric) * 100) / 100 : null,
  };
}

/** The suppression plan for these responses over the three breakdowns. */
export function planFor(responses: readonly ResponseRecord[], minGroupSize: number): SuppressionPlan {
  const cells: Cell[] = responses.map((r) => ({
    labels: BREAKDOWN_DIMENSIONS.map((d) => labelOf(r, d)),
    count: 1,
  }));
  return planSuppression({
    dimensions: BREAKDOWN_DIMENSIONS,
    cells,
    minGroupSize: effectiveMinGroupSize(minGroupSize),
  });
}

const collator = new Intl.Collator('nb');

export function aggregateResults(input: ResultsInput): Aggregated {
  const plan = planFor(input.responses, input.minGroupSize);
  const totalShown = !plan.total.suppressed;
  const breakdowns: Breakdown[] = plan.dimensions.map((dim) => ({
    dimension: dim.dimension as BreakdownDimension,
    groups: dim.groups.map((g) => ({
      group: g.group,
      n: g.suppressed === null ? g.n : null,
      suppressed: g.suppressed !== null,
    })),
  }));

  // Each published group's responses, found once for all questions.
  const members = new Map<string, ResponseRecord[]>();
  for (const b of breakdowns) {
    for (const g of b.groups) if (!g.suppressed) members.set(`${b.dimension}\u0000${g.group}`, []);
  }
  for (const r of input.responses) {
    for (const d of BREAKDOWN_DIMENSIONS) members.get(`${d}\u0000${labelOf(r, d)}`)?.push(r);
  }
  const membersOf = (dimension: BreakdownDimension, group: string) => members.get(`${dimension}\u0000${group}`) ?? [];

  const questions = input.questions.map((q) => ({
    id: q.id,
    key: q.key,
    sectionTitle: q.sectionTitle,
    type: q.type,
    text: q.text,
    options: q.options,
    total: totalShown ? figuresFor(q, input.responses) : null,
    breakdowns: breakdowns.map((b) => ({
      dimension: b.dimension,
      groups: b.groups.map((g) => ({
        group: g.group,
        // Suppressed groups get no figures at all; free text is never broken down (see suppression.ts).
        figures: g.suppressed ? null : figuresFor(q, membersOf(b.dimension, g.group)),
      })),
    })),
    texts:
      q.type === 'text' && mayShowFreeText(plan)
        ? input.responses
            .map((r) => r.answers.get(q.id)?.text?.trim() ?? '')
            .filter((t) => t !== '')
            .sort(collator.compare)
        : null,
  }));

  return { plan, total: { n: plan.total.n, suppressed: plan.total.suppressed }, breakdowns, questions };
}
