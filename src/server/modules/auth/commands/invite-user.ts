import { eq } from 'drizzle-orm';
import { translate } from '../../../../shared/i18n/index.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { invitations, owners, people, users } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { hashToken, newToken } from '../../../lib/tokens.ts';
import { queueMail } from '../../notifications/outbox.ts';
import type { Actor } from '../actor.ts';

export const INVITATION_DAYS = 14;

/**
 * Gives a person of the owner a login (if they have none) and mails them a one-time link to set a
 * password. Runs inside the caller's transaction; the mail is queued in the same transaction.
 */
export async function inviteUser({
  tx,
  actor,
  ownerId,
  personId,
  publicUrl,
}: {
  tx: DbOrTx;
  actor: Actor;
  ownerId: string;
  personId: string;
  publicUrl: string;
}) {
  const [person] = await tx.select().from(people).where(eq(people.id, personId));
  if (!person || person.ownerId !== ownerId) throw new AppError('NOT_FOUND');
  const [owner] = await tx.select().from(owners).where(eq(owners.id, ownerId));
  let [user] = await tx.select().from(users).where(eq(users.personId, personId));
  if (!user) {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, person.email));
    if (taken) throw new AppError('EMAIL_TAKEN');
    [user] = await tx
      .insert(users)
      .values({ email: person.email, name: `${person.givenName} ${person.familyName}`, personId })
      .returning();
  }
  if (!user) throw new Error('user insert returned nothing');
  const token = newToken();
  const [invitation] = await tx
    .insert(invitations)
    .values({
      tokenHash: hashToken(token),
      userId: user.id,
      ownerId,
      invitedBy: actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86400_000),
    })
    .returning({ id: invitations.id });
  const link = `${publicUrl}/invitasjon#${token}`;
  const locale = user.locale;
  await queueMail(tx, {
    idempotencyKey: `invitation:${invitation?.id}`,
    ownerId,
    to: user.email,
    subject: translate(locale, 'mail.invitation.subject'),
    body: translate(locale, 'mail.invitation.body', {
      name: user.name,
      inviter: actor.name,
      owner: owner?.name ?? '',
      days: INVITATION_DAYS,
      link,
    }),
  });
  await audit(tx, {
    actorUserId: actor.userId,
    ownerId,
    action: 'user.invite',
    entity: 'person',
    entityId: personId,
  });
  return { userId: user.id };
}
