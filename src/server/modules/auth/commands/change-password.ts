import { eq } from 'drizzle-orm';
import type { Locale } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import type { ChangePasswordInput } from '../../../../shared/schemas/auth.ts';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema.ts';
import { audit } from '../../../lib/audit.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Actor } from '../actor.ts';
import { hashPassword, verifyPassword } from '../password.ts';
import { deleteOtherSessions } from '../sessions.ts';

/** Changes the caller's password and signs out their other sessions (a stolen session ends here). */
export async function changePassword({
  db,
  actor,
  sessionId,
  input,
  locale,
}: {
  db: Db;
  actor: Actor;
  sessionId: string;
  input: ChangePasswordInput;
  locale: Locale;
}) {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('WRONG_PASSWORD', {
      fields: [{ path: 'currentPassword', message: translate(locale, 'errors.WRONG_PASSWORD') }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.userId));
    await deleteOtherSessions(tx, actor.userId, sessionId);
    await audit(tx, {
      actorUserId: actor.userId,
      ownerId: null,
      action: 'password.change',
      entity: 'user',
      entityId: actor.userId,
    });
  });
}
