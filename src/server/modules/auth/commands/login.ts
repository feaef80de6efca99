import { eq } from 'drizzle-orm';
import type { LoginInput } from '../../../../shared/schemas/auth.ts';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema.ts';
import { AppError } from '../../../lib/errors.ts';
import { dummyPasswordHash, verifyPassword } from '../password.ts';
import { createSession } from '../sessions.ts';

/** Checks the password and opens a session. The same error for unknown e-mail and wrong password. */
export async function login({ db, input, sessionHours }: { db: Db; input: LoginInput; sessionHours: number }) {
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await dummyPasswordHash(), input.password)) && false;
  if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');
  if (!user.active) throw new AppError('ACCOUNT_INACTIVE');
  const session = await createSession(db, user.id, sessionHours);
  return { userId: user.id, ...session };
}
