import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * Starts the real server process the way `npm start` does (minus the web build), on a fresh data
 * folder: first start migrates and seeds, a second process on the same folder is refused, and a
 * restart reuses the data without seeding again.
 */

const MAIN = path.resolve('src/server/main.ts');
const dataDir = mkdtempSync(path.join(tmpdir(), 'tillit-boot-'));
const running: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function start(port: number, extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitForHealth(port: number, proc: { exited: Promise<number | null>; output: () => string }) {
  const deadline = Date.now() + 120_000;
  let ended = false;
  void proc.exited.then(() => {
    ended = true;
  });
  while (Date.now() < deadline && !ended) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return res.json();
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not become healthy:\n${proc.output()}`);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const done = new Promise((r) => child.on('exit', r));
  child.kill('SIGTERM');
  await done;
}

afterAll(async () => {
  for (const c of running) await stop(c);
});

describe('start', () => {
  it('creates, migrates and seeds once, refuses a second process, and reuses the data on restart', async () => {
    const port = await freePort();
    const first = start(port);
    expect(await waitForHealth(port, first)).toMatchObject({ status: 'ok', database: 'ok', databaseKind: 'pglite' });
    expect(first.output()).toContain(`http://localhost:${port}`);
    const credentialsFile = path.join(dataDir, 'demo-credentials.txt');
    expect(existsSync(credentialsFile)).toBe(true);
    const credentials = readFileSync(credentialsFile, 'utf8');
    const adminLine = credentials.split('\n').find((l) => l.includes('@') && /admin/i.test(l));
    expect(adminLine, credentials).toBeDefined();
    // Every password in the file is printed on the console too.
    for (const line of credentials.split('\n').filter((l) => l.includes('@'))) {
      expect(first.output()).toContain(line.trim());
    }

    const second = start(await freePort());
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/Another Tillit process is using the data folder/);

    await stop(first.child);
    const again = start(port);
    await waitForHealth(port, again);
    expect(again.output()).not.toContain('Demo kommune –');
    expect(again.output()).toContain('demo-credentials.txt');
    expect(readFileSync(credentialsFile, 'utf8')).toBe(credentials);
    await stop(again.child);
  }, 240_000);

  // On PostgreSQL the data folder holds no database, but still the credentials and written mail.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'starts on PostgreSQL with a data folder that does not exist yet',
    async () => {
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const name = `tillit_boot_${process.pid}_${Date.now()}`;
      await admin.query(`create database ${name}`);
      try {
        const url = new URL(process.env.TEST_DATABASE_URL ?? '');
        url.pathname = `/${name}`;
        const folder = path.join(mkdtempSync(path.join(tmpdir(), 'tillit-boot-pg-')), 'not-yet');
        const port = await freePort();
        const proc = start(port, { DATABASE_URL: url.toString(), DATA_DIR: folder });
        expect(await waitForHealth(port, proc)).toMatchObject({ status: 'ok', databaseKind: 'postgres' });
        expect(existsSync(path.join(folder, 'demo-credentials.txt'))).toBe(true);
        await stop(proc.child);
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    },
    120_000,
  );

  it('stops with a message naming a bad setting', async () => {
    const proc = start(await freePort(), { PORT: 'not-a-port' });
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toMatch(/Invalid configuration:\s+PORT/);
  });
});
