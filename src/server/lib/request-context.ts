import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Locale } from '../../shared/enums.ts';
import { localeFromAcceptLanguage } from '../../shared/i18n/index.ts';
import type { Db } from '../db/client.ts';
import { type Actor, loadActor } from '../modules/auth/actor.ts';
import { findSession, SESSION_COOKIE } from '../modules/auth/sessions.ts';
import { AppError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's language, from Accept-Language (the web app sends the user's choice there). */
    locale: Locale;
    actor: Actor | null;
    session: { id: string; csrfToken: string } | null;
    /** A session cookie came, but its session is gone or expired. */
    sessionExpired: boolean;
  }
  interface FastifyContextConfig {
    /** Set false on routes that take no session (login, accept invitation): no CSRF header needed. */
    csrf?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves language, session and actor for /api requests, and enforces CSRF on cookie-authenticated
 * writes: the session's token must come back in the x-csrf-token header, which another site cannot set.
 */
export const requestContext = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  app.decorateRequest('locale', 'nb');
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', async (request) => {
    request.locale = localeFromAcceptLanguage(request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await findSession(opts.db, token);
    if (found.state === 'expired') {
      request.sessionExpired = true;
      return;
    }
    const actor = await loadActor(opts.db, found.userId);
    if (!actor) {
      request.sessionExpired = true;
      return;
    }
    request.actor = actor;
    request.session = { id: found.sessionId, csrfToken: found.csrfToken };
  });

  app.addHook('preValidation', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.routeOptions.config.csrf === false) return;
    if (!request.session) return; // no cookie session: the route's requireActor answers 401
    if (request.headers['x-csrf-token'] !== request.session.csrfToken) throw new AppError('CSRF_INVALID');
  });
});

/** The authenticated caller, or a 401 that says whether the session expired or never was. */
export function requireActor(request: FastifyRequest): Actor {
  if (request.actor) return request.actor;
  throw new AppError(request.sessionExpired ? 'SESSION_EXPIRED' : 'NOT_AUTHENTICATED');
}
