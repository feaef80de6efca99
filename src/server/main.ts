import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildApp } from './app.ts';
import { openDatabase } from './db/client.ts';
import { JOBS } from './jobs/registry.ts';
import { startJobs } from './jobs/runner.ts';
import { lockDataDir } from './lib/data-lock.ts';
import { loadEnv } from './lib/env.ts';
import { assertNodeVersion } from './lib/node-version.ts';
import { deleteExpiredSessions } from './modules/auth/sessions.ts';
import { formatCredentials, isDatabaseEmpty, seedDemo } from './modules/demo/seed.ts';

/** Boots Tillit: configuration, lock, database and migrations, demo data on an empty database, HTTP. */
async function main() {
  assertNodeVersion();
  const env = loadEnv();
  // Also on PostgreSQL: written mail and the demo credentials live in the data folder.
  await mkdir(env.DATA_DIR, { recursive: true });
  const release = env.DATABASE_URL ? null : await lockDataDir(env.DATA_DIR);
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATABASE_URL ? null : env.DATA_DIR });
  await database.migrate();

  const credentialsFile = path.join(env.DATA_DIR, 'demo-credentials.txt');
  let credentialsText: string | null = null;
  if (env.TILLIT_DEMO && (await isDatabaseEmpty(database.db))) {
    console.log('Tom database: legger inn Demo kommune …');
    const credentials = await seedDemo(database.db, { publicUrl: env.PUBLIC_URL });
    credentialsText = formatCredentials(credentials, env.PUBLIC_URL);
    await writeFile(credentialsFile, credentialsText, 'utf8');
  }

  const app = await buildApp({ env, database, serveWeb: true });
  // Scheduled work (the daily compliance check, reminders) runs on pg-boss in this process.
  const jobs = await startJobs(
    database.jobConnection,
    { db: database.db, env, kickMail: () => void app.drainMail(), now: () => new Date(), log: app.log },
    JOBS,
  );
  await app.listen({ port: env.PORT, host: env.HOST });
  const mailTimer = setInterval(() => void app.drainMail(), 10_000);
  mailTimer.unref();
  const sweepTimer = setInterval(() => void deleteExpiredSessions(database.db).catch(() => {}), 3600_000);
  sweepTimer.unref();

  console.log(`\nTillit kjører på ${env.PUBLIC_URL}  (database: ${database.kind})`);
  if (credentialsText) console.log(`\n${credentialsText}`);
  else if (env.TILLIT_DEMO) console.log(`Demobrukere og passord: ${path.resolve(credentialsFile)}`);

  const shutdown = async () => {
    clearInterval(mailTimer);
    clearInterval(sweepTimer);
    await jobs.stop().catch(() => {});
    await app.close();
    await database.close();
    await release?.();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  if (process.env.LOG_LEVEL === 'debug') console.error(err);
  process.exit(1);
});
