import type { ErrorBody } from '@artel/common';

/** One field-level problem reported by the server. */
export interface FieldError {
  field: string;
  message: string;
}

/** A failed API call: HTTP status plus the server's error code, message and field details. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldError[];
  /** Seconds from the `Retry-After` header of a 429, when present. */
  readonly retryAfter: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    details: FieldError[] = [],
    retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfter = retryAfter;
  }
}

/** Options of one request: method, JSON body (or FormData), query parameters. */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  signal?: AbortSignal;
}

type UnauthorizedHandler = (path: string) => void;
let onUnauthorized: UnauthorizedHandler | null = null;

/** Registers what happens on any 401 (the app sends the user to the sign-in page). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  onUnauthorized = handler;
}

/** Paths whose 401 is an answer to show on the form, not a lost session. */
const AUTH_PATHS = new Set(['/auth/login', '/me/password']);

/** Builds `/api/v1<path>?query`, dropping empty query values. */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

async function toApiError(res: Response): Promise<ApiError> {
  const retryHeader = res.headers.get('Retry-After');
  const retryAfter = retryHeader && /^\d+$/.test(retryHeader) ? Number(retryHeader) : null;
  try {
    const body = (await res.json()) as Partial<ErrorBody>;
    if (body.error) {
      const { code, message, details } = body.error;
      return new ApiError(res.status, code, message, details ?? [], retryAfter);
    }
  } catch {
    // Not JSON (a proxy error page, say): fall through to a generic error.
  }
  return new ApiError(res.status, `http_${res.status}`, res.statusText || 'Request failed', [], retryAfter);
}

/** Calls the Artel API and returns the parsed JSON (undefined for 204); throws ApiError on failure. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, query, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), { method, headers, body: payload, credentials: 'same-origin', signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network_error', 'Network error');
  }
  if (!res.ok) {
    const error = await toApiError(res);
    if (res.status === 401 && !AUTH_PATHS.has(path)) onUnauthorized?.(path);
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** True when `err` is an ApiError with the given code. */
export function isApiError(err: unknown, code?: string): err is ApiError {
  return err instanceof ApiError && (code === undefined || err.code === code);
}
