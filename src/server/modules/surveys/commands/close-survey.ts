import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { surveys } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/actor.ts';
import { lockSurvey, type SurveyRow } from '../queries.ts';
import { surveyStatus } from '../rules.ts';
import { shuffleClosedSurvey } from './submit-answers.ts';

/** Closes an open or scheduled survey now (its closing time becomes now): no more answers, results may open.
 * An anonymous survey's responses are shuffled as one set in the same transaction. */
export async function closeSurvey({
  db,
  actor,
  ownerId,
  surveyId,
  now,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  surveyId: string;
  now: Date;
}): Promise<SurveyRow> {
  return db.transaction(async (tx) => {
    const survey = await lockSurvey(tx, ownerId, surveyId);
    if (!survey) throw new AppError('NOT_FOUND');
    const status = surveyStatus(survey, now);
    if (status === 'draft') throw new AppError('SURVEY_NOT_PUBLISHED');
    if (status === 'closed') throw new AppError('SURVEY_CLOSED');
    const opensAt = survey.opensAt && survey.opensAt < now ? survey.opensAt : now;
    const [row] = await tx
      .update(surveys)
      .set({ closesAt: now, opensAt, updatedAt: now })
      .where(and(eq(surveys.ownerId, ownerId), eq(surveys.id, surveyId)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    const shuffled = await shuffleClosedSurvey(tx, row, now);
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'survey.close',
      entity: 'survey',
      entityId: surveyId,
    });
    return shuffled ? { ...row, answersShuffledAt: now } : row;
  });
}
