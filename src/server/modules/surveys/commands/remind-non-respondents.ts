import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { people, surveyInvitations } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { hashToken, newToken } from '../../../lib/tokens.ts';
import { lockSurvey, type SurveyRow } from '../queries.ts';
import { surveyStatus } from '../rules.ts';
import { mailLink, ownerName } from './send-survey.ts';

/**
 * Mails a new one-time link to everyone invited who has not answered, while the survey is open. Only
 * hashes are stored, so a reminder cannot resend the first link: it issues a new one, which replaces
 * it. Called by the coordinator's button; the scheduled job (`run-schedule.ts`) calls
 * `remindInTransaction` with `actorUserId` null.
 */
export async function remindNonRespondents({
  db,
  actorUserId,
  ownerId,
  surveyId,
  now,
  publicUrl,
}: {
  db: Db;
  actorUserId: string | null;
  ownerId: string;
  surveyId: string;
  now: Date;
  publicUrl: string;
}): Promise<{ reminded: number }> {
  return db.transaction(async (tx) => {
    const survey = await lockSurvey(tx, ownerId, surveyId);
    if (!survey) throw new AppError('NOT_FOUND');
    if (surveyStatus(survey, now) !== 'open') throw new AppError('SURVEY_NOT_OPEN');
    return remindInTransaction(tx, survey, { actorUserId, now, publicUrl });
  });
}

/** The reminder itself, for a caller that holds the survey row lock and has checked the survey is open. */
export async function remindInTransaction(
  tx: DbOrTx,
  survey: SurveyRow,
  {
    actorUserId,
    now,
    publicUrl,
    round,
  }: { actorUserId: string | null; now: Date; publicUrl: string; round?: number[] },
): Promise<{ reminded: number }> {
  const { ownerId, id: surveyId } = survey;
  const waiting = await tx
    .select({
      id: surveyInvitations.id,
      locale: surveyInvitations.locale,
      email: people.email,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(surveyInvitations)
    .innerJoin(people, eq(people.id, surveyInvitations.personId))
    .where(
      and(
        eq(surveyInvitations.ownerId, ownerId),
        eq(surveyInvitations.surveyId, surveyId),
        eq(surveyInvitations.answered, false),
        eq(people.active, true),
      ),
    );
  const name = await ownerName(tx, ownerId);
  for (const w of waiting) {
    const token = newToken();
    await tx
      .update(surveyInvitations)
      .set({ tokenHash: hashToken(token), remindedAt: now })
      .where(and(eq(surveyInvitations.ownerId, ownerId), eq(surveyInvitations.id, w.id)));
    await mailLink(tx, {
      survey,
      ownerName: name,
      publicUrl,
      invitationId: w.id,
      to: w.email,
      name: `${w.givenName} ${w.familyName}`,
      locale: w.locale,
      token,
      kind: 'reminder',
      now,
    });
  }
  await audit(tx, {
    actorUserId,
    ownerId,
    action: 'survey.remind',
    entity: 'survey',
    entityId: surveyId,
    details: round ? { reminded: waiting.length, round } : { reminded: waiting.length },
  });
  return { reminded: waiting.length };
}
