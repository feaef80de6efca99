import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AcceptInvitationInput } from '../../../../shared/schemas/auth.ts';
import type { Db } from '../../../db/client.ts';
import { invitations, users } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import { hashToken } from '../../../lib/tokens.ts';
import { hashPassword } from '../password.ts';
import { createSession } from '../sessions.ts';

/** Sets the invited user's password, uses up the invitation, and signs them in. */
export async function acceptInvitation({
  db,
  input,
  sessionHours,
}: {
  db: Db;
  input: AcceptInvitationInput;
  sessionHours: number;
}) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(
        and(
          eq(invitations.tokenHash, hashToken(input.token)),
          isNull(invitations.acceptedAt),
          gt(invitations.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!invitation) throw new AppError('INVITATION_INVALID');
    await tx.update(users).set({ passwordHash, active: true }).where(eq(users.id, invitation.userId));
    await audit(tx, {
      actorUserId: invitation.userId,
      ownerId: invitation.ownerId,
      action: 'invitation.accept',
      entity: 'user',
      entityId: invitation.userId,
    });
    const session = await createSession(tx, invitation.userId, sessionHours);
    return { userId: invitation.userId, ...session };
  });
}
