import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ZodError } from 'zod';
import type { Locale } from '../../shared/enums.ts';
import { ERRORS, type ErrorBody, type ErrorCode, errorMessageKey, type FieldError } from '../../shared/errors.ts';
import { translate } from '../../shared/i18n/index.ts';
import { translateIssue } from '../../shared/validation-messages.ts';

/** An expected error: thrown anywhere, answered with its catalog status and a translated message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  readonly details: unknown;
  constructor(code: ErrorCode, opts: { fields?: FieldError[]; details?: unknown; cause?: unknown } = {}) {
    super(code, { cause: opts.cause });
    this.code = code;
    this.fields = opts.fields;
    this.details = opts.details;
  }
}

/** Turns a zod error from a hand-run parse into a VALIDATION_FAILED AppError with translated fields. */
export function validationError(error: ZodError, locale: Locale): AppError {
  return new AppError('VALIDATION_FAILED', {
    fields: error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: translateIssue(locale, issue as Parameters<typeof translateIssue>[1]),
    })),
  });
}

export function errorBody(
  code: ErrorCode,
  locale: Locale,
  requestId: string,
  extra: { fields?: FieldError[]; details?: unknown } = {},
): ErrorBody {
  return {
    error: {
      code,
      message: translate(locale, errorMessageKey(code), { requestId }),
      requestId,
      ...(extra.fields ? { fields: extra.fields } : {}),
      ...(extra.details !== undefined ? { details: extra.details } : {}),
    },
  };
}

// Fastify's own errors for bad input, mapped to our catalog so they never surface as a 500.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_JSON',
  FST_REQ_FILE_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_FILES_LIMIT: 'BODY_TOO_LARGE',
  FST_PARTS_LIMIT: 'BODY_TOO_LARGE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_RATE_LIMIT: 'RATE_LIMITED',
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = request.locale;
    if (err instanceof AppError) {
      if (err.code === 'SESSION_EXPIRED') reply.clearCookie('tillit_sid', { path: '/' });
      return reply
        .code(ERRORS[err.code])
        .send(errorBody(err.code, locale, request.id, { fields: err.fields, details: err.details }));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: translateIssue(locale, { code: v.keyword, message: v.message, ...v.params }),
      }));
      return reply.code(400).send(errorBody('VALIDATION_FAILED', locale, request.id, { fields }));
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return reply.code(ERRORS[mapped]).send(errorBody(mapped, locale, request.id));
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      // Any other client error Fastify raises (e.g. a malformed header): still a 4xx, never a 500.
      request.log.info({ err }, 'client error');
      return reply.code(err.statusCode).send(errorBody('VALIDATION_FAILED', locale, request.id));
    }
    request.log.error({ err }, 'unexpected error');
    return reply.code(500).send(errorBody('INTERNAL', locale, request.id));
  });
}

/** The Postgres unique constraint a write violated, if that is why it failed (pg and PGlite alike). */
export function violatedConstraint(err: unknown): string | null {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const pgErr = e as { code?: string; constraint?: string };
    if (pgErr.code === '23505') return pgErr.constraint ?? '';
  }
  return null;
}
