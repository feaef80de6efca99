import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { surveyInvitations } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { hashToken, newToken } from '../../../lib/tokens.ts';
import type { Actor } from '../../auth/actor.ts';
import { lockSurvey } from '../queries.ts';
import { surveyStatus } from '../rules.ts';

/**
 * A signed-in person's own link to answer an open survey they are invited to ("Mine undersøkelser").
 * Only hashes are stored, so the mailed link cannot be shown again: a new one-time token replaces it
 * (as a reminder does). The answer itself still goes through the token alone, so anonymous mode
 * stores nothing more than before. 404 when the person is not invited (or another owner's survey).
 */
export async function issueOwnLink({
  db,
  actor,
  surveyId,
  now,
}: {
  db: Db;
  actor: Actor;
  surveyId: string;
  now: Date;
}): Promise<{ token: string }> {
  const personId = actor.personId;
  if (!personId) throw new AppError('NOT_FOUND');
  const [found] = await db
    .select({ id: surveyInvitations.id, ownerId: surveyInvitations.ownerId })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.personId, personId)));
  if (!found) throw new AppError('NOT_FOUND');
  return db.transaction(async (tx) => {
    const survey = await lockSurvey(tx, found.ownerId, surveyId);
    if (!survey) throw new AppError('NOT_FOUND');
    const status = surveyStatus(survey, now);
    if (status === 'scheduled' || status === 'draft') throw new AppError('SURVEY_NOT_OPEN');
    if (status === 'closed') throw new AppError('SURVEY_CLOSED');
    const [invitation] = await tx
      .select({ answered: surveyInvitations.answered })
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.ownerId, found.ownerId), eq(surveyInvitations.id, found.id)))
      .for('update');
    if (!invitation) throw new AppError('NOT_FOUND');
    if (invitation.answered) throw new AppError('SURVEY_ALREADY_ANSWERED');
    const token = newToken();
    await tx
      .update(surveyInvitations)
      .set({ tokenHash: hashToken(token) })
      .where(and(eq(surveyInvitations.ownerId, found.ownerId), eq(surveyInvitations.id, found.id)));
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: found.ownerId,
      action: 'survey.own_link',
      entity: 'survey',
      entityId: surveyId,
    });
    return { token };
  });
}
