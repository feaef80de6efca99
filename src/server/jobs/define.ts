import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import type { Db } from '../db/client.ts';
import type { Env } from '../lib/env.ts';

/** What a job handler gets: the same dependencies the routes get, plus a clock tests can set. */
export interface JobDeps {
  db: Db;
  env: Env;
  /** Delivers queued mail after the handler's transaction has committed. */
  kickMail: () => void;
  now: () => Date;
  log: FastifyBaseLogger;
}

/**
 * A background job: a pg-boss queue name, the zod schema of its payload, and a handler that calls the
 * same commands as the routes. Handlers must be idempotent (pg-boss retries a failed job, and a cron
 * run may overlap a manual one): they write through the outbox with idempotency keys and record what
 * they did in the same transaction, so a second run finds nothing left to do.
 */
export interface JobDefinition<P = unknown> {
  name: string;
  payload: z.ZodType<P>;
  /** A cron line in Europe/Oslo time; the job is then sent with an empty payload on that schedule. */
  cron?: string;
  handler: (deps: JobDeps, payload: P) => Promise<void>;
}

export function defineJob<P>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}

/** A job of any payload, as the registry and the runner hold them (the runner parses before calling). */
export interface AnyJobDefinition {
  name: string;
  payload: z.ZodType;
  cron?: string;
  handler: (deps: JobDeps, payload: never) => Promise<void>;
}
