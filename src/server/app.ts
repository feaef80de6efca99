import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from './db/client.ts';
import type { Env } from './lib/env.ts';
import { AppError, errorBody, registerErrorHandling } from './lib/errors.ts';
import { typed } from './lib/module.ts';
import { requestContext } from './lib/request-context.ts';
import { annualPlanRoutes } from './modules/annual-plan/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { calendarRoutes } from './modules/calendar/routes.ts';
import { mentoringRoutes } from './modules/mentoring/routes.ts';
import { myNetworkMeetingRoutes } from './modules/network-meetings/my-routes.ts';
import { networkMeetingRoutes } from './modules/network-meetings/routes.ts';
import { networkRoutes } from './modules/networks/routes.ts';
import { deliverQueuedMail } from './modules/notifications/outbox.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { ownerRoutes } from './modules/organisation/owner-routes.ts';
import { organisationRoutes } from './modules/organisation/routes.ts';
import { qualityCycleRoutes } from './modules/quality-cycle/routes.ts';
import { regionalProgrammeRoutes } from './modules/regional-programmes/routes.ts';
import { resourceRoutes } from './modules/resources/routes.ts';
import { surveyResultsRoutes } from './modules/surveys/results/routes.ts';
import { surveyRoutes } from './modules/surveys/routes.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'dist/web');
const VERSION = '0.1.0';

/** JSON bodies above this are refused with BODY_TOO_LARGE; imports go through multipart with their own limit. */
export const BODY_LIMIT = 1024 * 1024;
export const UPLOAD_LIMIT = 200 * 1024 * 1024;

export interface AppOptions {
  env: Env;
  database: Database;
  /** Serve the built web app from dist/web (off in API tests). */
  serveWeb?: boolean;
}

export async function buildApp({ env, database, serveWeb = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: env.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    bodyLimit: BODY_LIMIT,
    genReqId: () => randomUUID(),
    trustProxy: env.TRUST_PROXY,
  });
  // The API speaks JSON (and multipart for imports); a text/plain body is refused with 415, not parsed.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const { db } = database;

  // Mail is delivered after the command's transaction commits; a slow SMTP server never holds a request.
  let delivering: Promise<unknown> = Promise.resolve();
  const kickMail = () => {
    delivering = delivering
      .then(() =>
        deliverQueuedMail(db, { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, mailDir: path.join(env.DATA_DIR, 'mail') }),
      )
      .catch((err) => app.log.error({ err }, 'mail delivery failed'));
  };
  app.decorate('drainMail', async () => {
    kickMail();
    await delivering;
  });

  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 5 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Tillit API', version: VERSION },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tillit_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(requestContext, { db });
  registerErrorHandling(app);

  const deps = { db, env, kickMail };
  const api = typed(app);
  api.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.literal('ok'),
            databaseKind: z.string(),
            version: z.string(),
          }),
          503: z.object({ status: z.literal('degraded'), database: z.literal('unreachable'), version: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await db.execute(sql`select 1`);
        return { status: 'ok' as const, database: 'ok' as const, databaseKind: database.kind, version: VERSION };
      } catch {
        return reply
          .code(503)
          .send({ status: 'degraded' as const, database: 'unreachable' as const, version: VERSION });
      }
    },
  );
  await app.register(authRoutes, deps);
  await app.register(calendarRoutes, deps);
  await app.register(annualPlanRoutes, deps);
  await app.register(ownerRoutes, deps);
  await app.register(organisationRoutes, deps);
  await app.register(notificationRoutes, deps);
  await app.register(mentoringRoutes, deps);
  await app.register(networkRoutes, deps);
  await app.register(networkMeetingRoutes, deps);
  await app.register(myNetworkMeetingRoutes, deps);
  await app.register(regionalProgrammeRoutes, deps);
  await app.register(qualityCycleRoutes, deps);
  await app.register(resourceRoutes, deps);
  await app.register(surveyRoutes, deps);
  await app.register(surveyResultsRoutes, deps);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const hasWeb = serveWeb && existsSync(WEB_DIST);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      index: false,
      // Vite names assets by content hash, so they never change under the same name.
      setHeaders: (res, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.header('cache-control', 'public, max-age=31536000, immutable');
        }
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes: any non-API GET that is not a file gets the app shell.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
    }
    return reply.code(404).send(errorBody('ROUTE_NOT_FOUND', request.locale, request.id));
  });
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Delivers queued mail now and waits for it (tests and shutdown). */
    drainMail(): Promise<void>;
  }
}
