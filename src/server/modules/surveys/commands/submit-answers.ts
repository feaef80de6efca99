import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray } from 'drizzle-orm';
import { osloDate } from '../../../../shared/rules/school-year.ts';
import type { AnswerInput } from '../../../../shared/schemas/surveys.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { surveyAnswers, surveyInvitations, surveyResponses, surveys } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { hashToken } from '../../../lib/tokens.ts';
import { loadSections, lockSurvey, type SurveyRow } from '../queries.ts';
import { checkAnswers, coarsenLabels, type StoredAnswer, surveyStatus } from '../rules.ts';

type ResponseRow = typeof surveyResponses.$inferInsert;
type AnswerRow = typeof surveyAnswers.$inferInsert;

/** The invitation a one-time link stands for, or undefined. Only the hash is compared. */
export async function findInvitation(db: DbOrTx, token: string) {
  const [row] = await db
    .select()
    .from(surveyInvitations)
    .where(eq(surveyInvitations.tokenHash, hashToken(token)));
  return row;
}

/** 409 with a message that says why the survey cannot be answered now. */
export function assertOpen(
  survey: { publishedAt: Date | null; opensAt: Date | null; closesAt: Date | null },
  now: Date,
) {
  const status = surveyStatus(survey, now);
  if (status === 'scheduled' || status === 'draft') throw new AppError('SURVEY_NOT_OPEN');
  if (status === 'closed') throw new AppError('SURVEY_CLOSED');
}

/**
 * Stores one answer sheet and spends the link. Anonymous mode writes no person, invitation, token or
 * time with the answers and rewrites the survey's mixing pool in id order (see README.md: order and
 * transaction ids must not tell which response is new); identified mode links the response.
 */
export async function submitAnswers({
  db,
  token,
  answers,
  now,
  translateKey,
}: {
  db: Db;
  token: string;
  answers: AnswerInput[];
  now: Date;
  translateKey: (key: string) => string;
}): Promise<void> {
  const unsafeInvitation = await findInvitation(db, token);
  if (!unsafeInvitation) throw new AppError('SURVEY_LINK_INVALID');
  await db.transaction(async (tx) => {
    const { ownerId, surveyId } = unsafeInvitation;
    const survey = await lockSurvey(tx, ownerId, surveyId);
    if (!survey) throw new AppError('SURVEY_LINK_INVALID');
    const [invitation] = await tx
      .select()
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.id, unsafeInvitation.id), eq(surveyInvitations.tokenHash, hashToken(token))))
      .for('update');
    if (!invitation) throw new AppError('SURVEY_LINK_INVALID');
    if (invitation.answered) throw new AppError('SURVEY_ALREADY_ANSWERED');
    assertOpen(survey, now);

    const questions = (await loadSections(tx, ownerId, surveyId)).flatMap((s) => s.questions);
    const checked = checkAnswers(questions, answers);
    if (checked.errors.length > 0) {
      throw new AppError('VALIDATION_FAILED', {
        fields: checked.errors.map((e) => ({ path: e.path, message: translateKey(e.message) })),
      });
    }

    const today = osloDate(now);
    await tx
      .update(surveyInvitations)
      .set({ answered: true, answeredOn: today })
      .where(eq(surveyInvitations.id, invitation.id));

    const labels = { role: invitation.role, unitType: invitation.unitType, programmeYear: invitation.programmeYear };
    const responseId = randomUUID();
    if (survey.mode === 'identified') {
      await tx.insert(surveyResponses).values({
        id: responseId,
        ownerId,
        surveyId,
        anonymous: false,
        personId: invitation.personId,
        invitationId: invitation.id,
        submittedOn: today,
        ...labels,
      });
      await insertAnswers(tx, answerRows(ownerId, surveyId, responseId, checked.answers));
      await audit(tx, {
        actorUserId: null,
        ownerId,
        action: 'survey.answer',
        entity: 'survey',
        entityId: surveyId,
        details: { invitationId: invitation.id },
      });
      return;
    }

    // Anonymous: coarsen the labels against everyone invited (counted per label combination, so the
    // cost does not grow with the survey), then rewrite the mixing pool with the new response in it.
    const invitees = await tx
      .select({
        role: surveyInvitations.role,
        unitType: surveyInvitations.unitType,
        programmeYear: surveyInvitations.programmeYear,
        n: count(),
      })
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.ownerId, ownerId), eq(surveyInvitations.surveyId, surveyId)))
      .groupBy(surveyInvitations.role, surveyInvitations.unitType, surveyInvitations.programmeYear);
    const response: ResponseRow = {
      id: responseId,
      ownerId,
      surveyId,
      anonymous: true,
      personId: null,
      invitationId: null,
      submittedOn: null,
      ...coarsenLabels(labels, invitees, survey.minGroupSize),
    };
    await rewritePool(tx, ownerId, surveyId, response, answerRows(ownerId, surveyId, responseId, checked.answers));
  });
}

function answerRows(ownerId: string, surveyId: string, responseId: string, answers: StoredAnswer[]): AnswerRow[] {
  return answers.map((a) => ({ id: randomUUID(), ownerId, surveyId, responseId, ...a }));
}

async function insertAnswers(tx: DbOrTx, rows: AnswerRow[]) {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(surveyAnswers).values(rows.slice(i, i + 1000));
}

/**
 * The mixing pool of an anonymous survey holds between `POOL_SIZE` and `2 × POOL_SIZE - 1` responses
 * (fewer only before that many have answered). Every submission deletes the pool and writes it again
 * with the new response, sorted by the random ids, in its own transaction: the new rows land in no
 * telling place among at least `POOL_SIZE` others, and all of them share this transaction's id. When
 * the pool reaches `2 × POOL_SIZE`, the `POOL_SIZE` responses with the lowest ids (a random half) leave
 * it for good; the rest stay and keep mixing. So a submission costs the same at 6,000 invitees as at
 * 150. After closing, `shuffleClosedSurvey` rewrites all responses as one set (see README.md).
 */
export const POOL_SIZE = 25;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The survey row is locked by the caller, so two submissions never interleave. */
async function rewritePool(
  tx: DbOrTx,
  ownerId: string,
  surveyId: string,
  response: ResponseRow,
  answers: AnswerRow[],
): Promise<void> {
  const oldResponses = await tx
    .select()
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.ownerId, ownerId),
        eq(surveyResponses.surveyId, surveyId),
        eq(surveyResponses.pending, true),
      ),
    );
  const poolIds = oldResponses.map((r) => r.id);
  const oldAnswers =
    poolIds.length === 0
      ? []
      : await tx
          .select()
          .from(surveyAnswers)
          .where(and(eq(surveyAnswers.ownerId, ownerId), inArray(surveyAnswers.responseId, poolIds)));
  if (poolIds.length > 0) {
    await tx
      .delete(surveyAnswers)
      .where(and(eq(surveyAnswers.ownerId, ownerId), inArray(surveyAnswers.responseId, poolIds)));
    await tx
      .delete(surveyResponses)
      .where(and(eq(surveyResponses.ownerId, ownerId), inArray(surveyResponses.id, poolIds)));
  }
  const pool = [...oldResponses, response].sort(byId);
  const leaving = pool.length >= 2 * POOL_SIZE ? POOL_SIZE : 0;
  const responses = pool.map((r, i) => ({ ...r, pending: i >= leaving }));
  await tx.insert(surveyResponses).values(responses);
  await insertAnswers(tx, [...oldAnswers, ...answers].sort(byId));
}

/**
 * After an anonymous survey has closed: deletes and writes again every response and answer of the
 * survey in id order, out of the pool, in one transaction, so the batches that left the pool while it
 * was open can no longer be told apart by order or transaction id. Idempotent: marks the survey with
 * `answers_shuffled_at` and does nothing the second time. The caller holds the survey row lock.
 */
export async function shuffleClosedSurvey(tx: DbOrTx, survey: SurveyRow, now: Date): Promise<boolean> {
  if (survey.mode !== 'anonymous' || survey.answersShuffledAt !== null) return false;
  const { ownerId, id: surveyId } = survey;
  const scope = (t: typeof surveyResponses | typeof surveyAnswers) =>
    and(eq(t.ownerId, ownerId), eq(t.surveyId, surveyId));
  const [oldResponses, oldAnswers] = await Promise.all([
    tx.select().from(surveyResponses).where(scope(surveyResponses)),
    tx.select().from(surveyAnswers).where(scope(surveyAnswers)),
  ]);
  await tx.delete(surveyAnswers).where(scope(surveyAnswers));
  await tx.delete(surveyResponses).where(scope(surveyResponses));
  const responses = oldResponses.map((r) => ({ ...r, pending: false })).sort(byId);
  for (let i = 0; i < responses.length; i += 1000)
    await tx.insert(surveyResponses).values(responses.slice(i, i + 1000));
  await insertAnswers(tx, oldAnswers.sort(byId));
  await tx
    .update(surveys)
    .set({ answersShuffledAt: now })
    .where(and(eq(surveys.ownerId, ownerId), eq(surveys.id, surveyId)));
  return true;
}
