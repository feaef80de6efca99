import pg from 'pg';
import type { Db } from '../db/client.ts';

/*
 * Work that only one app process at a time may do, across processes sharing one PostgreSQL: a session
 * advisory lock. Keys are two int4s, (space, hashtext(key)); the migration lock (db/client.ts) uses the
 * one-bigint form, a separate key space. A hash collision between two keys of one space costs a
 * spurious "busy", never a missed one.
 *
 * The lock lives on its own connection, opened for the work and closed after it, not borrowed from the
 * app's pool: the work itself queries through the pool, and ten slow solves holding ten pooled
 * connections while waiting for an eleventh would starve each other. If the process dies, PostgreSQL
 * ends the session and the lock with it.
 *
 * PGlite is one connection in one process (the data-folder lock stops a second process), so there is
 * no other session to exclude: the callers' in-process guards are the whole story there.
 */

/** Lock spaces: the first key of the pair, one per kind of work. */
export const LOCK_SPACES = {
  /** One matching solve per programme (key: programme id). */
  matchingSolve: 7342101,
} as const;

export type LockOutcome<T> = { acquired: true; value: T } | { acquired: false };

/** The connection settings of the app's pool, or null on PGlite. */
function poolOptions(db: Db): pg.PoolConfig | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  return client instanceof pg.Pool ? (client as pg.Pool & { options: pg.PoolConfig }).options : null;
}

/**
 * Runs `work` holding the advisory lock (space, key), or returns `{ acquired: false }` at once when
 * another session holds it. The lock is released when the work ends, whether it succeeds or throws.
 */
export async function withTryLock<T>(
  db: Db,
  space: number,
  key: string,
  work: () => Promise<T>,
): Promise<LockOutcome<T>> {
  const options = poolOptions(db);
  if (!options) return { acquired: true, value: await work() };
  const conn = new pg.Client({ ...options });
  // A broken lock connection must not crash the process; the work's own queries report real trouble.
  conn.on('error', () => {});
  await conn.connect();
  try {
    const result = await conn.query<{ ok: boolean }>('select pg_try_advisory_lock($1, hashtext($2)) as ok', [
      space,
      key,
    ]);
    if (!result.rows[0]?.ok) return { acquired: false };
    return { acquired: true, value: await work() };
  } finally {
    // Closing the session releases its advisory locks, so no explicit unlock is needed (nor can one be lost).
    await conn.end().catch(() => {});
  }
}

/** Whether some session holds the lock (space, key) now: for tests and diagnostics. */
export async function isLockHeld(db: Db, space: number, key: string): Promise<boolean> {
  const options = poolOptions(db);
  if (!options) return false;
  const pool = (db as unknown as { $client: pg.Pool }).$client;
  const result = await pool.query<{ held: boolean }>(
    `select exists (
       select 1 from pg_locks
       where locktype = 'advisory' and classid = $1::int::oid and objid = hashtext($2)::oid and objsubid = 2
     ) as held`,
    [space, key],
  );
  return Boolean(result.rows[0]?.held);
}
