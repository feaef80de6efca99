import { fromPglite, PgBoss } from 'pg-boss';
import type { JobConnection } from '../db/client.ts';
import type { AnyJobDefinition, JobDefinition, JobDeps } from './define.ts';

export interface Jobs {
  /** Queues a run of a defined job; the worker picks it up within the polling interval. */
  send(name: string, payload?: object): Promise<string | null>;
  stop(): Promise<void>;
}

/** pg-boss keeps its tables in their own schema, apart from Tillit's migrations. */
const SCHEMA = 'pgboss';
const TIME_ZONE = 'Europe/Oslo';

/**
 * Starts pg-boss on the app's database and registers every job: a queue (stately: at most one run
 * queued and one active, so a slow run and the next cron tick never pile up), a worker that parses
 * the payload with the job's schema, and the cron schedule. Jobs live in the database, so a run
 * queued before a restart is done after it.
 */
export async function startJobs(
  connection: JobConnection,
  deps: JobDeps,
  definitions: readonly AnyJobDefinition[],
): Promise<Jobs> {
  const boss =
    connection.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(connection.client), backend: 'pglite', schema: SCHEMA })
      : new PgBoss({ connectionString: connection.connectionString, schema: SCHEMA, max: 4 });
  boss.on('error', (err) => deps.log.error({ err }, 'job queue error'));
  await boss.start();
  for (const definition of definitions) {
    // The payload schema and the handler agree by construction (defineJob); here both are opaque.
    const def = definition as unknown as JobDefinition<unknown>;
    await boss.createQueue(def.name, { policy: 'stately', retryLimit: 3, retryDelay: 60, retryBackoff: true });
    await boss.work<object>(def.name, async (jobs) => {
      for (const job of jobs) {
        const payload = def.payload.parse(job.data ?? {});
        await def.handler(deps, payload);
        deps.kickMail();
      }
    });
    if (def.cron) await boss.schedule(def.name, def.cron, {}, { tz: TIME_ZONE });
  }
  return {
    send: (name, payload = {}) => boss.send(name, payload),
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
