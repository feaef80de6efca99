import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { translate } from '../../../../shared/i18n/index.ts';
import { localized, type SendSurvey } from '../../../../shared/schemas/surveys.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { owners, programmes, surveyInvitations, surveys } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { hashToken, newToken } from '../../../lib/tokens.ts';
import type { Actor } from '../../auth/actor.ts';
import { type MailMessage, queueMail, queueMails } from '../../notifications/outbox.ts';
import { computeAudience } from '../audience.ts';
import { loadSections, lockSurvey, type SurveyRow } from '../queries.ts';
import { surveyStatus } from '../rules.ts';

const formatDay = (d: Date, locale: 'nb' | 'nn' | 'en') =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(d);

interface LinkMail {
  survey: SurveyRow;
  ownerName: string;
  publicUrl: string;
  invitationId: string;
  to: string;
  name: string;
  locale: 'nb' | 'nn' | 'en';
  token: string;
  kind: 'invitation' | 'reminder';
  now: Date;
}

/** Queues the personal mail with a one-time link; the token itself is never stored. */
export async function mailLink(tx: DbOrTx, opts: LinkMail): Promise<void> {
  await queueMail(tx, linkMail(opts));
}

/** The personal mail with a one-time link, in the person's language. */
function linkMail(opts: LinkMail): MailMessage {
  const { survey, locale } = opts;
  const params = {
    name: opts.name,
    title: localized(survey.title, locale),
    owner: opts.ownerName,
    link: `${opts.publicUrl}/svar/${opts.token}`,
    opens: survey.opensAt ? formatDay(survey.opensAt, locale) : '',
    closes: survey.closesAt ? formatDay(survey.closesAt, locale) : '',
    anonymity: translate(locale, survey.mode === 'anonymous' ? 'surveys.mail.anonymous' : 'surveys.mail.identified'),
  };
  return {
    idempotencyKey: `survey-${opts.kind}:${opts.invitationId}:${opts.kind === 'reminder' ? opts.now.toISOString() : ''}`,
    ownerId: survey.ownerId,
    to: opts.to,
    subject: translate(
      locale,
      opts.kind === 'invitation' ? 'surveys.mail.invitation.subject' : 'surveys.mail.reminder.subject',
      params,
    ),
    body: translate(
      locale,
      opts.kind === 'invitation' ? 'surveys.mail.invitation.body' : 'surveys.mail.reminder.body',
      params,
    ),
  };
}

export async function ownerName(tx: DbOrTx, ownerId: string): Promise<string> {
  const [owner] = await tx.select({ name: owners.name }).from(owners).where(eq(owners.id, ownerId));
  return owner?.name ?? '';
}

/**
 * Publishes the survey for its audience and dates and invites everyone the audience reaches who is
 * not invited yet (so sending again after new enrolments invites only the newcomers). Each gets a
 * personal one-time link by mail. People without an e-mail address cannot be invited and are skipped.
 */
export async function sendSurvey({
  db,
  actor,
  ownerId,
  surveyId,
  input,
  now,
  publicUrl,
}: {
  db: Db;
  actor: Actor;
  ownerId: string;
  surveyId: string;
  input: SendSurvey;
  now: Date;
  publicUrl: string;
}): Promise<{ survey: SurveyRow; invited: number }> {
  return db.transaction(async (tx) => {
    const survey = await lockSurvey(tx, ownerId, surveyId);
    if (!survey) throw new AppError('NOT_FOUND');
    const status = surveyStatus(survey, now);
    if (status === 'closed') throw new AppError('SURVEY_CLOSED');
    const sections = await loadSections(tx, ownerId, surveyId);
    if (sections.every((s) => s.questions.length === 0)) throw new AppError('SURVEY_EMPTY');
    if (input.audience.programmeId) {
      const [programme] = await tx
        .select({ id: programmes.id })
        .from(programmes)
        .where(and(eq(programmes.ownerId, ownerId), eq(programmes.id, input.audience.programmeId)));
      if (!programme) throw new AppError('NOT_FOUND');
    }
    const closesAt = new Date(input.closesAt);
    if (closesAt <= now) throw new AppError('SURVEY_CLOSES_IN_PAST');
    // Once open, the opening time is history: only the audience and the closing time change.
    const opensAt = status === 'open' && survey.opensAt ? survey.opensAt : new Date(input.opensAt);
    const [row] = await tx
      .update(surveys)
      .set({
        audience: input.audience,
        opensAt,
        closesAt,
        reminderDays: [...new Set(input.reminderDays)].sort((a, b) => b - a),
        publishedAt: survey.publishedAt ?? now,
        updatedAt: now,
      })
      .where(and(eq(surveys.ownerId, ownerId), eq(surveys.id, surveyId)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');

    const recipients = (await computeAudience(tx, ownerId, input.audience, now)).filter((r) => r.email.trim() !== '');
    if (recipients.length === 0) throw new AppError('SURVEY_AUDIENCE_EMPTY');
    const already = new Set(
      (
        await tx
          .select({ personId: surveyInvitations.personId })
          .from(surveyInvitations)
          .where(and(eq(surveyInvitations.ownerId, ownerId), eq(surveyInvitations.surveyId, surveyId)))
      ).map((i) => i.personId),
    );
    const name = await ownerName(tx, ownerId);
    // Invitations and their mails are written a few hundred per statement: a survey may go to thousands.
    const invitations: (typeof surveyInvitations.$inferInsert & { id: string })[] = [];
    const mails: MailMessage[] = [];
    for (const r of recipients) {
      if (already.has(r.personId)) continue;
      const token = newToken();
      const invitationId = randomUUID();
      invitations.push({
        id: invitationId,
        ownerId,
        surveyId,
        personId: r.personId,
        tokenHash: hashToken(token),
        locale: r.locale,
        role: r.role,
        unitType: r.unitType,
        programmeYear: r.programmeYear,
        invitedAt: now,
      });
      mails.push(
        linkMail({
          survey: row,
          ownerName: name,
          publicUrl,
          invitationId,
          to: r.email,
          name: r.name,
          locale: r.locale,
          token,
          kind: 'invitation',
          now,
        }),
      );
    }
    for (let i = 0; i < invitations.length; i += 500) {
      await tx.insert(surveyInvitations).values(invitations.slice(i, i + 500));
    }
    await queueMails(tx, mails);
    const invited = invitations.length;
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId,
      action: 'survey.send',
      entity: 'survey',
      entityId: surveyId,
      details: { invited, audience: input.audience, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
    });
    return { survey: row, invited };
  });
}
