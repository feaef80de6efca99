import { and, desc, eq, inArray, isNotNull, lte, ne } from 'drizzle-orm';
import { osloDate, schoolYearOf, schoolYearStarting, startYearOf } from '../../../../shared/rules/school-year.ts';
import type { SurveyResults } from '../../../../shared/schemas/survey-results.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { programmes, surveyAnswers, surveyResponses, surveys } from '../../../db/schema.ts';
import { loadSections, type SurveyRow } from '../queries.ts';
import {
  aggregateResults,
  figuresFor,
  planFor,
  type ResponseAnswer,
  type ResponseRecord,
  type ResultsInput,
} from './aggregate.ts';

/*
 * Loads a survey's responses for the results: group labels and answers only. Nothing here reads
 * `person_id`, `invitation_id` or `submitted_on`, so identified and anonymous surveys give the same
 * input and results never name anyone.
 */

/** The survey's questions and responses as the pure aggregation takes them. Every read filters by owner. */
export async function loadResultsInput(db: DbOrTx, survey: SurveyRow): Promise<ResultsInput> {
  const { ownerId, id: surveyId } = survey;
  const [sections, responseRows, answerRows] = await Promise.all([
    loadSections(db, ownerId, surveyId),
    db
      .select({
        id: surveyResponses.id,
        role: surveyResponses.role,
        unitType: surveyResponses.unitType,
        programmeYear: surveyResponses.programmeYear,
      })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.ownerId, ownerId), eq(surveyResponses.surveyId, surveyId))),
    db
      .select({
        responseId: surveyAnswers.responseId,
        questionId: surveyAnswers.questionId,
        choice: surveyAnswers.choice,
        choices: surveyAnswers.choices,
        text: surveyAnswers.text,
      })
      .from(surveyAnswers)
      .where(and(eq(surveyAnswers.ownerId, ownerId), eq(surveyAnswers.surveyId, surveyId))),
  ]);
  const answersByResponse = new Map<string, Map<string, ResponseAnswer>>();
  for (const a of answerRows) {
    let answers = answersByResponse.get(a.responseId);
    if (!answers) {
      answers = new Map();
      answersByResponse.set(a.responseId, answers);
    }
    answers.set(a.questionId, { choice: a.choice, choices: a.choices, text: a.text });
  }
  const responses: ResponseRecord[] = responseRows.map((r) => ({
    role: r.role,
    unitType: r.unitType,
    programmeYear: r.programmeYear,
    answers: answersByResponse.get(r.id) ?? new Map(),
  }));
  return {
    questions: sections.flatMap((s) =>
      s.questions.map((q) => ({
        id: q.id,
        key: q.key,
        sectionTitle: s.title,
        type: q.type,
        text: q.text,
        options: q.options,
      })),
    ),
    responses,
    minGroupSize: survey.minGroupSize,
  };
}

/** A survey's school year: its programme's, else the school year its closing day falls in. */
export async function schoolYearOfSurvey(db: DbOrTx, survey: SurveyRow): Promise<string> {
  if (survey.programmeId) {
    const [programme] = await db
      .select({ schoolYear: programmes.schoolYear })
      .from(programmes)
      .where(and(eq(programmes.ownerId, survey.ownerId), eq(programmes.id, survey.programmeId)));
    if (programme) return programme.schoolYear;
  }
  return schoolYearOf(osloDate(survey.closesAt ?? survey.createdAt));
}

/**
 * Last school year's survey of the same kind for year-over-year comparison: same owner, same template
 * kind (never `custom`), closed by `now`; with a programme, the owner's programme of the year before,
 * else a survey without a programme that closed in the year before. The latest such survey wins.
 */
export async function findPreviousSurvey(
  db: DbOrTx,
  survey: SurveyRow,
  schoolYear: string,
  now: Date,
): Promise<{ row: SurveyRow; schoolYear: string } | null> {
  if (survey.kind === 'custom') return null;
  const previousYear = schoolYearStarting(startYearOf(schoolYear as `${number}-${number}`) - 1);
  const candidates = await db
    .select()
    .from(surveys)
    .where(
      and(
        eq(surveys.ownerId, survey.ownerId),
        eq(surveys.kind, survey.kind),
        ne(surveys.id, survey.id),
        isNotNull(surveys.publishedAt),
        isNotNull(surveys.closesAt),
        lte(surveys.closesAt, now),
      ),
    )
    .orderBy(desc(surveys.closesAt));
  const programmeIds = [...new Set(candidates.map((c) => c.programmeId).filter((id): id is string => id !== null))];
  const years = new Map<string, string>();
  if (programmeIds.length > 0) {
    const rows = await db
      .select({ id: programmes.id, schoolYear: programmes.schoolYear })
      .from(programmes)
      .where(and(eq(programmes.ownerId, survey.ownerId), inArray(programmes.id, programmeIds)));
    for (const r of rows) years.set(r.id, r.schoolYear);
  }
  for (const c of candidates) {
    if ((c.programmeId === null) !== (survey.programmeId === null)) continue;
    const year = c.programmeId ? years.get(c.programmeId) : schoolYearOf(osloDate(c.closesAt ?? c.createdAt));
    if (year === previousYear) return { row: c, schoolYear: previousYear };
  }
  return null;
}

/** The whole results document: this survey's figures, suppressed, and last year's for comparison. */
export async function buildResults(db: DbOrTx, survey: SurveyRow, now: Date): Promise<SurveyResults> {
  const schoolYear = await schoolYearOfSurvey(db, survey);
  const input = await loadResultsInput(db, survey);
  const current = aggregateResults(input);

  const previous = await findPreviousSurvey(db, survey, schoolYear, now);
  let previousSummary: SurveyResults['previous'] = null;
  const previousByKey = new Map<string, ReturnType<typeof figuresFor> | null>();
  if (previous) {
    const before = await loadResultsInput(db, previous.row);
    const plan = planFor(before.responses, before.minGroupSize);
    previousSummary = {
      id: previous.row.id,
      title: previous.row.title,
      schoolYear: previous.schoolYear,
      closesAt: previous.row.closesAt?.toISOString() ?? null,
      n: plan.total.suppressed ? null : plan.total.n,
    };
    // Only last year's totals, suppressed by last year's own minimum: never its breakdowns.
    for (const q of before.questions) {
      if (q.key === null || q.type === 'text') continue;
      previousByKey.set(q.key, plan.total.suppressed ? null : figuresFor(q, before.responses));
    }
  }

  return {
    survey: {
      id: survey.id,
      title: survey.title,
      kind: survey.kind,
      mode: survey.mode,
      schoolYear,
      closesAt: survey.closesAt?.toISOString() ?? null,
    },
    minGroupSize: current.plan.minGroupSize,
    total: current.total,
    breakdowns: current.breakdowns,
    questions: current.questions.map((q) => ({
      ...q,
      previous: q.key !== null && q.type !== 'text' ? (previousByKey.get(q.key) ?? null) : null,
    })),
    previous: previousSummary,
  };
}
