import type { ErrorBody, ErrorCode, FieldError } from '../../shared/errors.ts';
import { getLocale, translate } from './i18n.tsx';

/** What went wrong, with the server's already translated message. `NETWORK` means no answer came back. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK';
  readonly requestId: string;
  readonly fields: FieldError[];
  readonly details: unknown;

  constructor(opts: {
    status: number;
    code: ErrorCode | 'NETWORK';
    message: string;
    requestId?: string;
    fields?: FieldError[];
    details?: unknown;
  }) {
    super(opts.message);
    this.name = 'ApiError';
    this.status = opts.status;
    this.code = opts.code;
    this.requestId = opts.requestId ?? '';
    this.fields = opts.fields ?? [];
    this.details = opts.details;
  }
}

let csrfToken = '';
let onSessionLost: ((code: ErrorCode) => void) | null = null;

/** The session's CSRF token (from /api/auth/me or the login answer); sent on every write. */
export function setCsrfToken(token: string) {
  csrfToken = token;
}

/** Called when the server says the session is gone, so the app can send the user to the login page. */
export function setSessionLostHandler(handler: ((code: ErrorCode) => void) | null) {
  onSessionLost = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** Appends the set values of `query` to `path`; empty strings and nulls are left out. */
export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export interface RequestOptions {
  /** Do not treat a 401 as a lost session (the first "who am I" call, the login form). */
  quiet401?: boolean;
  signal?: AbortSignal;
}

function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    typeof (value as { error: unknown }).error === 'object' &&
    typeof (value as ErrorBody).error?.code === 'string'
  );
}

/** One call to the JSON API. Bodies that are FormData go as multipart (the browser sets the boundary). */
export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  const locale = getLocale();
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: payload ?? null,
      credentials: 'same-origin',
      signal: opts.signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({ status: 0, code: 'NETWORK', message: translate(locale, 'web.errors.network') });
  }

  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (response.ok) return data as T;

  if (isErrorBody(data)) {
    const { code, message, requestId, fields, details } = data.error;
    if (response.status === 401 && !opts.quiet401 && (code === 'SESSION_EXPIRED' || code === 'NOT_AUTHENTICATED')) {
      onSessionLost?.(code);
    }
    throw new ApiError({ status: response.status, code, message, requestId, fields: fields ?? [], details });
  }
  // A proxy's error page or a crash before the error handler: say so plainly.
  throw new ApiError({
    status: response.status,
    code: 'INTERNAL',
    message: translate(locale, 'web.errors.unexpected'),
  });
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body, opts),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, body, opts),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, body, opts),
  delete: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, undefined, opts),
};

/** The message to show for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return translate(getLocale(), 'web.errors.unexpected');
}
