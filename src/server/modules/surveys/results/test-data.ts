import { randomUUID } from 'node:crypto';
import type { UnitType } from '../../../../shared/enums.ts';
import {
  AGREEMENT5_OPTIONS,
  type ChoiceOption,
  type QuestionType,
  type SurveyKind,
  type SurveyRole,
} from '../../../../shared/schemas/surveys.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { surveyAnswers, surveyQuestions, surveyResponses, surveySections, surveys } from '../../../db/schema.ts';

/*
 * Test data for results: a published survey with questions and responses written straight into the
 * survey tables (the answering flow is the survey module's and has its own tests).
 */

export interface QuestionSpec {
  key: string;
  type: QuestionType;
  text: string;
  options?: ChoiceOption[];
}

export interface ResponseSpec {
  role: SurveyRole | null;
  unitType?: UnitType | null;
  programmeYear?: number | null;
  /** By question key: a value, values (multiple) or text. */
  answers: Record<string, string | string[]>;
}

const L = (nb: string) => ({ nb, nn: nb, en: nb });

export const DEFAULT_QUESTIONS: QuestionSpec[] = [
  { key: 'contributed', type: 'agreement5', text: 'Veiledningen har bidratt positivt til utviklingsarbeidet' },
  { key: 'match', type: 'agreement5', text: 'Det har vært en god match mellom veileder og veisøker' },
  { key: 'comment', type: 'text', text: 'Hva tar du med deg videre?' },
];

export async function buildSurveyWithResponses(
  db: DbOrTx,
  opts: {
    ownerId: string;
    programmeId?: string | null;
    kind?: SurveyKind;
    title?: string;
    mode?: 'anonymous' | 'identified';
    opensAt?: Date;
    closesAt: Date;
    minGroupSize?: number;
    questions?: QuestionSpec[];
    responses: ResponseSpec[];
  },
) {
  const questionsSpec = opts.questions ?? DEFAULT_QUESTIONS;
  const [survey] = await db
    .insert(surveys)
    .values({
      ownerId: opts.ownerId,
      programmeId: opts.programmeId ?? null,
      kind: opts.kind ?? 'guidance_programme',
      title: L(opts.title ?? 'Evaluering av veiledningen'),
      intro: L('Svar ærlig.'),
      mode: opts.mode ?? 'anonymous',
      opensAt: opts.opensAt ?? new Date(opts.closesAt.getTime() - 14 * 86_400_000),
      closesAt: opts.closesAt,
      publishedAt: opts.opensAt ?? new Date(opts.closesAt.getTime() - 15 * 86_400_000),
      minGroupSize: opts.minGroupSize ?? 5,
    })
    .returning();
  if (!survey) throw new Error('survey insert failed');
  const [section] = await db
    .insert(surveySections)
    .values({ ownerId: opts.ownerId, surveyId: survey.id, position: 0, title: L('Vurdering') })
    .returning();
  if (!section) throw new Error('section insert failed');
  const questionIds = new Map<string, string>();
  for (const [position, q] of questionsSpec.entries()) {
    const [row] = await db
      .insert(surveyQuestions)
      .values({
        ownerId: opts.ownerId,
        surveyId: survey.id,
        sectionId: section.id,
        position,
        key: q.key,
        type: q.type,
        text: L(q.text),
        options: q.type === 'agreement5' ? [...AGREEMENT5_OPTIONS] : (q.options ?? []),
        required: false,
      })
      .returning();
    if (!row) throw new Error('question insert failed');
    questionIds.set(q.key, row.id);
  }
  for (const r of opts.responses) {
    const responseId = randomUUID();
    await db.insert(surveyResponses).values({
      id: responseId,
      ownerId: opts.ownerId,
      surveyId: survey.id,
      anonymous: (opts.mode ?? 'anonymous') === 'anonymous',
      role: r.role,
      unitType: r.unitType ?? null,
      programmeYear: r.programmeYear ?? null,
    });
    const answers = Object.entries(r.answers).map(([key, value]) => {
      const questionId = questionIds.get(key);
      if (!questionId) throw new Error(`no question ${key}`);
      const type = questionsSpec.find((q) => q.key === key)?.type;
      return {
        id: randomUUID(),
        ownerId: opts.ownerId,
        surveyId: survey.id,
        responseId,
        questionId,
        choice: type !== 'text' && type !== 'multiple' && typeof value === 'string' ? value : null,
        choices: Array.isArray(value) ? value : null,
        text: type === 'text' && typeof value === 'string' ? value : null,
      };
    });
    if (answers.length > 0) await db.insert(surveyAnswers).values(answers);
  }
  return { survey, questionIds };
}

/** `count` responses with the same labels and answers. */
export function many(count: number, response: ResponseSpec): ResponseSpec[] {
  return Array.from({ length: count }, () => ({ ...response, answers: { ...response.answers } }));
}
