import { z } from 'zod';

/**
 * Configuration, read once at boot. Nothing else reads process.env. Every variable is documented here
 * and in README.md; a bad value stops the start with a message that names it.
 */
const EnvSchema = z.object({
  /** Port the HTTP server listens on. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface to bind. */
  HOST: z.string().default('0.0.0.0'),
  /** Public base URL, used in links in e-mails. Defaults to http://localhost:PORT. */
  PUBLIC_URL: z.url().optional(),
  /** postgres://… to run on PostgreSQL ≥ 15. Unset: embedded PGlite in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Folder for the embedded database, the lock file, written mail and demo credentials. */
  DATA_DIR: z.string().default('./data'),
  /** Seed the demo municipality on an empty database. */
  TILLIT_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** development | production | test. Outside development the session cookie is Secure. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** SMTP URL for outgoing mail (smtp://user:pass@host:587). Unset: mail is written to DATA_DIR/mail. */
  SMTP_URL: z.string().optional(),
  /** Sender address of outgoing mail. */
  MAIL_FROM: z.string().default('Tillit <noreply@tillit.local>'),
  /** Session lifetime in hours. */
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /** Login attempts allowed per IP and minute. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  /** true when behind a reverse proxy that sets X-Forwarded-For (the client address for rate limits and logs). */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Largest file the resource bank takes, in megabytes. */
  RESOURCE_UPLOAD_MB: z.coerce.number().positive().max(200).default(20),
  /** Log level: fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof EnvSchema> & { PUBLIC_URL: string };

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return { ...env, PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}` };
}

/** Defaults for tests: nothing from the machine's environment leaks in except what a test sets. */
export function testEnv(overrides: Partial<Record<keyof Env, string>> = {}): Env {
  return loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', TILLIT_DEMO: 'false', ...overrides });
}
