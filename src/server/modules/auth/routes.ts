import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AcceptInvitationSchema,
  ChangePasswordSchema,
  LocaleSchema,
  LoginSchema,
  MeSchema,
} from '../../../shared/schemas/auth.ts';
import { OkSchema } from '../../../shared/schemas/common.ts';
import { users } from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { requireActor } from '../../lib/request-context.ts';
import { loadActor } from './actor.ts';
import { acceptInvitation } from './commands/accept-invitation.ts';
import { changePassword } from './commands/change-password.ts';
import { login } from './commands/login.ts';
import { presentMe } from './present.ts';
import { deleteSession, SESSION_COOKIE } from './sessions.ts';

export async function authRoutes(fastify: FastifyInstance, { db, env }: ModuleDeps) {
  const app = typed(fastify);
  const tags = ['auth'];

  function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date) {
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: env.NODE_ENV !== 'development',
      expires: expiresAt,
    });
  }

  async function me(userId: string, csrfToken: string) {
    const actor = await loadActor(db, userId);
    if (!actor) throw new AppError('ACCOUNT_INACTIVE');
    return presentMe(db, actor, csrfToken);
  }

  // Per address and account: guessing one person's password is slow, while a school's shared
  // address does not lock out everyone behind it.
  const loginRateLimit = {
    max: env.LOGIN_RATE_LIMIT,
    timeWindow: '1 minute',
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) => {
      const body = request.body as { email?: unknown; token?: unknown } | undefined;
      return `${request.ip}|${String(body?.email ?? body?.token ?? '')}`;
    },
  };

  app.post(
    '/api/auth/login',
    {
      schema: { tags, body: LoginSchema, response: { 200: MeSchema } },
      config: { csrf: false, rateLimit: loginRateLimit },
    },
    async (request, reply) => {
      const session = await login({ db, input: request.body, sessionHours: env.SESSION_HOURS });
      setSessionCookie(reply, session.token, session.expiresAt);
      return me(session.userId, session.csrfToken);
    },
  );

  app.post('/api/auth/logout', { schema: { tags, response: { 200: OkSchema } } }, async (request, reply) => {
    if (request.session) await deleteSession(db, request.session.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.get('/api/auth/me', { schema: { tags, response: { 200: MeSchema } } }, async (request) => {
    const actor = requireActor(request);
    return presentMe(db, actor, request.session?.csrfToken ?? '');
  });

  app.post(
    '/api/auth/password',
    { schema: { tags, body: ChangePasswordSchema, response: { 200: OkSchema } } },
    async (request) => {
      const actor = requireActor(request);
      await changePassword({
        db,
        actor,
        sessionId: request.session?.id ?? '',
        input: request.body,
        locale: request.locale,
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/invitations/accept',
    {
      schema: { tags, body: AcceptInvitationSchema, response: { 200: MeSchema } },
      config: { csrf: false, rateLimit: loginRateLimit },
    },
    async (request, reply) => {
      const session = await acceptInvitation({ db, input: request.body, sessionHours: env.SESSION_HOURS });
      setSessionCookie(reply, session.token, session.expiresAt);
      return me(session.userId, session.csrfToken);
    },
  );

  app.put(
    '/api/auth/locale',
    { schema: { tags, body: LocaleSchema, response: { 200: z.object({ locale: LocaleSchema.shape.locale }) } } },
    async (request) => {
      const actor = requireActor(request);
      await db.update(users).set({ locale: request.body.locale }).where(eq(users.id, actor.userId));
      return { locale: request.body.locale };
    },
  );
}
