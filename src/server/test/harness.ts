import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { type Database, type Db, openDatabase } from '../db/client.ts';
import { type Env, testEnv } from '../lib/env.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  env: Env;
  database: Database;
  close(): Promise<void>;
}

/**
 * One app per test file, on in-memory PGlite, or on PostgreSQL when TEST_DATABASE_URL is set (the
 * same migrations run on both). Tests isolate themselves by building a fresh tenant with the factories.
 */
export async function startTestApp(overrides: Partial<Record<keyof Env, string>> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tillit-test-'));
  const env = testEnv({ DATA_DIR: dataDir, ...overrides });
  const url = process.env.TEST_DATABASE_URL;
  const database = await openDatabase({ url, dataDir: null });
  await database.migrate();
  const app = await buildApp({ env, database });
  await app.ready();
  return {
    app,
    db: database.db,
    env,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in HTTP client: carries the session cookie and sends the CSRF token on writes. */
export interface Client {
  cookie: string;
  csrfToken: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'tillit_sid');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `tillit_sid=${setCookie.value}`;
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  const request = (opts: InjectOptions) =>
    app.inject({
      ...opts,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(opts.headers ?? {}) },
    });
  return {
    cookie,
    csrfToken,
    request,
    get: (url, headers) => request({ method: 'GET', url, headers: headers ?? {} }),
    post: (url, payload) =>
      request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as object }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as object }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}
