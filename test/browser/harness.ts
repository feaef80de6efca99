import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp, WEB_DIST } from '../../src/server/app.ts';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { testEnv } from '../../src/server/lib/env.ts';
import { type DemoCredential, seedDemo } from '../../src/server/modules/demo/seed.ts';
import type { Role } from '../../src/shared/enums.ts';

export const RESULTS_DIR = path.resolve('test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserServer {
  app: FastifyInstance;
  database: Database;
  baseUrl: string;
  credentials: DemoCredential[];
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The real server with the built web app, on in-memory PGlite seeded with Demo kommune. */
export async function startServer(): Promise<BrowserServer> {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error('dist/web is not built: run "npm run test:browser", which builds it first.');
  }
  const port = await freePort();
  // localhost, not 127.0.0.1: Chromium treats http://localhost as secure, so the Secure session cookie sticks.
  const baseUrl = `http://localhost:${port}`;
  const env = testEnv({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'tillit-browser-')),
    PUBLIC_URL: baseUrl,
    PORT: String(port),
    LOGIN_RATE_LIMIT: '1000',
  });
  const database = await openDatabase({ dataDir: null });
  await database.migrate();
  const credentials = await seedDemo(database.db, { publicUrl: baseUrl });
  const app = await buildApp({ env, database, serveWeb: true });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    app,
    database,
    baseUrl,
    credentials,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // localhost resolves to ::1 first on some machines; the server listens on IPv4.
      '--host-resolver-rules=MAP localhost 127.0.0.1',
    ],
  });
}

export interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Runs axe (WCAG 2.1 A and AA) on the page as it is now and saves a full-page screenshot under
 * test-results/. Returns the violations, so the test can assert there are none and print them if not.
 */
export async function checkPage(
  page: Page,
  name: string,
  opts: { fullPage?: boolean } = {},
): Promise<AxeViolationSummary[]> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  // Web fonts and the router's lazy chunks settle before we judge contrast and layout.
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Opening details and alerts animate; judge and photograph the settled page.
    // (An endless one, like a spinner, never finishes: wait at most a second.)
    const settled = Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 1000))]);
  });
  await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: opts.fullPage ?? true });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** Runs axe on the page (see checkPage) and fails the test with the violations listed if there are any. */
export async function expectAccessible(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  const violations = await checkPage(page, name, opts);
  expect(violations, `axe on ${name}:\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** The demo login of a role (the seed makes one per role). */
export function demoUser(server: BrowserServer, role: Role): DemoCredential {
  const credential = server.credentials.find((c) => c.role === role);
  if (!credential) throw new Error(`the demo seed has no ${role}`);
  return credential;
}

/** Signs in on the login page as the demo user of a role. */
export async function logInAs(page: Page, server: BrowserServer, role: Role): Promise<void> {
  const { email, password } = demoUser(server, role);
  await page.goto(`${server.baseUrl}/`);
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

/** The page's one h1. */
export const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
