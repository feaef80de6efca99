import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { osloDate } from '../../../../shared/rules/school-year.ts';
import type { AnswerInput } from '../../../../shared/schemas/surveys.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { surveyAnswers, surveyInvitations, surveyResponses } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { hashToken } from '../../../lib/tokens.ts';
import { loadSections, lockSurvey } from '../queries.ts';
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
 * time with the answers and rewrites the survey's responses in id order (see README.md: order and
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

    // Anonymous: coarsen the labels against everyone invited, then rewrite the survey's responses.
    const invitees = await tx
      .select({
        role: surveyInvitations.role,
        unitType: surveyInvitations.unitType,
        programmeYear: surveyInvitations.programmeYear,
      })
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.ownerId, ownerId), eq(surveyInvitations.surveyId, surveyId)));
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
    await rewriteAnonymous(tx, ownerId, surveyId, response, answerRows(ownerId, surveyId, responseId, checked.answers));
  });
}

function answerRows(ownerId: string, surveyId: string, responseId: string, answers: StoredAnswer[]): AnswerRow[] {
  return answers.map((a) => ({ id: randomUUID(), ownerId, surveyId, responseId, ...a }));
}

async function insertAnswers(tx: DbOrTx, rows: AnswerRow[]) {
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(surveyAnswers).values(rows.slice(i, i + 1000));
}

/**
 * Deletes and writes again every response and answer of the survey, the new one among them, sorted by
 * their random ids: the new rows land in no telling place, and all rows share this transaction's id.
 * The survey row is locked by the caller, so two submissions never interleave.
 */
async function rewriteAnonymous(
  tx: DbOrTx,
  ownerId: string,
  surveyId: string,
  response: ResponseRow,
  answers: AnswerRow[],
): Promise<void> {
  const scope = (t: typeof surveyResponses | typeof surveyAnswers) =>
    and(eq(t.ownerId, ownerId), eq(t.surveyId, surveyId));
  const [oldResponses, oldAnswers] = await Promise.all([
    tx.select().from(surveyResponses).where(scope(surveyResponses)).orderBy(asc(surveyResponses.id)),
    tx.select().from(surveyAnswers).where(scope(surveyAnswers)).orderBy(asc(surveyAnswers.id)),
  ]);
  await tx.delete(surveyAnswers).where(scope(surveyAnswers));
  await tx.delete(surveyResponses).where(scope(surveyResponses));
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const responses = [...oldResponses, response].sort(byId);
  for (let i = 0; i < responses.length; i += 1000)
    await tx.insert(surveyResponses).values(responses.slice(i, i + 1000));
  await insertAnswers(tx, [...oldAnswers, ...answers].sort(byId));
}
