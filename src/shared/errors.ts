import type { MessageKey } from './i18n/nb.ts';

/**
 * The one error catalog: every error the API answers with has a stable code (clients and tests match
 * on it), an HTTP status, and an i18n key under `errors.`. Bad input is always 4xx; only INTERNAL is 500.
 */
export const ERRORS = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  INVITATION_INVALID: 400,
  WRONG_PASSWORD: 400,
  ROLE_SCOPE_INVALID: 400,
  USER_HAS_NO_ACCOUNT: 400,
  IMPORT_FILE_MISSING: 400,
  RESOURCE_FILE_MISSING: 400,
  NOT_AUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_INACTIVE: 403,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  ORG_NUMBER_TAKEN: 409,
  EMPLOYEE_NUMBER_TAKEN: 409,
  PROGRAMME_EXISTS: 409,
  ALREADY_ENROLLED: 409,
  MATCHING_IN_PROGRESS: 409,
  NETWORK_PROPOSAL_IN_PROGRESS: 409,
  PAIR_EXISTS: 409,
  PAIR_ENDED: 409,
  MENTOR_FULL: 409,
  SESSION_ALREADY_LOGGED: 409,
  SESSION_NOT_HELD: 409,
  SESSION_HELD: 409,
  AGREEMENT_VERSION_CHANGED: 409,
  KNOWLEDGE_BASE_CHANGED: 409,
  QUALITY_CYCLE_CHANGED: 409,
  REGIONAL_PROGRAMME_EXISTS: 409,
  REGIONAL_PROGRAMME_CHANGED: 409,
  SURVEY_NOT_DRAFT: 409,
  SURVEY_CLOSED: 409,
  SURVEY_NOT_OPEN: 409,
  SURVEY_NOT_PUBLISHED: 409,
  SURVEY_ALREADY_ANSWERED: 409,
  SURVEY_LINK_INVALID: 404,
  SURVEY_RESULTS_NOT_OPEN: 409,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IMPORT_FILE_TYPE: 415,
  RESOURCE_FILE_TYPE: 415,
  RESOURCE_FILE_TOO_LARGE: 413,
  IMPORT_INVALID: 422,
  RESOURCE_FILE_NAME_MISMATCH: 422,
  RESOURCE_FIELD_NOT_FOR_KIND: 422,
  NOT_ELIGIBLE: 422,
  SURVEY_EMPTY: 422,
  SURVEY_AUDIENCE_EMPTY: 422,
  SURVEY_CLOSES_IN_PAST: 422,
  MENTOR_NOT_QUALIFIED: 422,
  NOT_A_MENTOR: 422,
  MENTOR_IS_LINE_MANAGER: 422,
  NQT_HAS_LEFT: 422,
  SESSION_DATE_OUTSIDE_YEAR: 422,
  SESSION_DATE_IN_FUTURE: 422,
  NOT_A_PLANNED_SESSION: 422,
  NOT_A_COORDINATOR: 422,
  NETWORK_GROUPS_INVALID: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERRORS;

export function errorMessageKey(code: ErrorCode): MessageKey {
  return `errors.${code}`;
}

/** One field problem, already translated for the caller. `path` is the field name (dot-joined for nested). */
export interface FieldError {
  path: string;
  message: string;
}

/** The body of every error response. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    requestId: string;
    fields?: FieldError[];
    details?: unknown;
  };
}
