import { parseRetryAfter } from './retry-after.ts';
import type { Clock, Layer, UpstreamRequest, UpstreamResponse } from './types.ts';

/** The contract's error vocabulary (CONTRACT.md "Errors"); `QUERY_TOO_EXPENSIVE` only for a call past the operation's `CallLedger.limit`. */
export type UpstreamErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'ACCOUNT_INACTIVE'
  | 'RATE_LIMITED'
  | 'BAD_USER_INPUT'
  | 'UPSTREAM_ERROR'
  | 'UPSTREAM_UNAVAILABLE'
  | 'QUERY_TOO_EXPENSIVE';

export interface UpstreamErrorOptions {
  /** The upstream HTTP status, when there was a response. */
  status?: number;
  /** The upstream's `X-Request-Id`. */
  requestId?: string;
  /** Seconds the upstream (or the local limiter) asked us to wait. */
  retryAfter?: number;
  /** Whether trying again later may succeed. Defaults from `code` and `status`. */
  retryable?: boolean;
  /** Field-level validation messages, e.g. `['color: is not a valid color']`. */
  details?: string[];
  /** A non-idempotent write that failed in a way that does not rule out Basecamp applying it. */
  possiblyApplied?: boolean;
  cause?: unknown;
}

/**
 * The one error class the client throws. `code` is already in the contract's vocabulary, so
 * `resolvers/errors.ts` maps it to `extensions.code` without looking at statuses again.
 * It never carries the request, its headers or the token.
 */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  readonly code: UpstreamErrorCode;
  readonly status?: number;
  readonly requestId?: string;
  readonly retryAfter?: number;
  readonly retryable: boolean;
  readonly details?: string[];
  readonly possiblyApplied?: boolean;

  constructor(code: UpstreamErrorCode, message: string, options: UpstreamErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.requestId !== undefined) this.requestId = options.requestId;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
    if (options.details !== undefined) this.details = options.details;
    if (options.possiblyApplied) this.possiblyApplied = true;
    this.retryable = options.retryable ?? defaultRetryable(code, options.status);
  }
}

function defaultRetryable(code: UpstreamErrorCode, status: number | undefined): boolean {
  if (code === 'RATE_LIMITED' || code === 'UPSTREAM_UNAVAILABLE') return true;
  return code === 'UPSTREAM_ERROR' && status !== undefined && status >= 500;
}

/** 2xx, and a 304 that no cache layer claimed, are answers; everything else is an error. */
export function isSuccess(status: number): boolean {
  return (status >= 200 && status < 300) || status === 304;
}

/**
 * Classifies a non-success response (docs README "Handling errors"):
 * 401 → UNAUTHENTICATED, 403 → FORBIDDEN, 404 → NOT_FOUND or, with `Reason: Account Inactive`,
 * ACCOUNT_INACTIVE, 429 → RATE_LIMITED, 400/422 → BAD_USER_INPUT with Basecamp's validation message,
 * anything else → UPSTREAM_ERROR. `now` (epoch ms) resolves an HTTP-date `Retry-After`. With the
 * `request`, a 5xx to a non-idempotent write carries `possiblyApplied`.
 */
export function toUpstreamError(response: UpstreamResponse, now: number, request?: Pick<UpstreamRequest, 'method' | 'idempotent'>): UpstreamError {
  const { status, headers } = response;
  const options: UpstreamErrorOptions = { status };
  // A 5xx says nothing about whether Basecamp applied the write before failing: a write that is
  // not safe to repeat is flagged, so the caller checks instead of creating a duplicate.
  const possiblyApplied = status >= 500 && request !== undefined && request.method !== 'GET' && !request.idempotent;
  if (possiblyApplied) options.possiblyApplied = true;
  const requestId = headers['x-request-id'];
  if (requestId) options.requestId = requestId;
  const upstream = describeBody(response.body);
  if (upstream.details.length > 0) options.details = upstream.details;

  switch (status) {
    case 401:
      return new UpstreamError('UNAUTHENTICATED', 'Basecamp rejected the access token (401): it is missing, expired or revoked.', options);
    case 403:
      return new UpstreamError('FORBIDDEN', withUpstream('This token may not do that in Basecamp (403).', upstream.message), options);
    case 404:
      if (/^\s*account inactive\s*$/i.test(headers.reason ?? '')) {
        return new UpstreamError('ACCOUNT_INACTIVE', 'The Basecamp account is inactive (expired trial or suspended); every request to it fails (404).', options);
      }
      return new UpstreamError('NOT_FOUND', 'Not found in Basecamp (404): deleted, or not visible to this token.', options);
    case 429: {
      const wait = parseRetryAfter(headers['retry-after'], now);
      if (wait !== undefined) options.retryAfter = Math.ceil(wait / 1000);
      return new UpstreamError('RATE_LIMITED', 'Basecamp rate limit reached (429); try again later.', options);
    }
    case 400:
    case 422:
      return new UpstreamError('BAD_USER_INPUT', upstream.message ?? `Basecamp refused the input (${status}).`, options);
    // Too large for Basecamp: the caller's input to shorten, as the gateway's own 413 says.
    case 413:
      return new UpstreamError('BAD_USER_INPUT', withUpstream('Basecamp refused the request as too large (413): send less, or a smaller file.', upstream.message), options);
    default:
      return new UpstreamError(
        'UPSTREAM_ERROR',
        withUpstream(`Basecamp answered with an unexpected status ${status}.`, upstream.message) +
          (possiblyApplied ? ' The write may have been applied, so check before repeating it.' : ''),
        options,
      );
  }
}

/**
 * The outermost layer: any response that is still a failure after cache, retry and rate limiting
 * becomes an `UpstreamError`. Errors thrown below (already `UpstreamError`s) pass through.
 */
export function errorsLayer(options: { clock: Clock }): Layer {
  const { clock } = options;
  return (next) => async (request: UpstreamRequest) => {
    const response = await next(request);
    if (isSuccess(response.status)) return response;
    throw toUpstreamError(response, clock.now(), request);
  };
}

function withUpstream(ours: string, theirs: string | undefined): string {
  return theirs ? `${ours} Basecamp said: ${theirs}` : ours;
}

interface BodyDescription {
  message?: string;
  details: string[];
}

/**
 * Basecamp's error bodies come in three shapes, flattened the way the SDK conformance cases pin
 * (error-mapping.json): `{error|message: "…"}`, `{errors: {field: ["…"]}}` (tolerant: malformed
 * entries are skipped) and a bare `{field: ["…"]}` map (strict: every member must be a string
 * array). Fields are sorted, a field's messages joined with "; ", fields with ", ", and appended
 * in parentheses after a top-level message when both exist.
 */
export function describeBody(body: unknown): BodyDescription {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return typeof body === 'string' && body.trim() !== '' ? { message: body.trim(), details: [] } : { details: [] };
  }
  const record = body as Record<string, unknown>;
  const top = nonEmptyString(Object.hasOwn(record, 'error') ? record.error : undefined)
    ?? nonEmptyString(Object.hasOwn(record, 'message') ? record.message : undefined);

  let details: string[] = [];
  if (Object.hasOwn(record, 'errors')) {
    details = flattenErrors(record.errors);
  } else if (top === undefined && isStrictFieldMap(record)) {
    details = flattenErrors(record);
  }

  const fields = details.join(', ');
  if (top !== undefined && fields !== '') return { message: `${top} (${fields})`, details };
  if (top !== undefined) return { message: top, details };
  return fields !== '' ? { message: fields, details } : { details };
}

function flattenErrors(errors: unknown): string[] {
  if (Array.isArray(errors)) return errors.filter((item): item is string => typeof item === 'string' && item !== '');
  if (errors === null || typeof errors !== 'object') return [];
  // Object.entries reads own keys only, so a field named "__proto__" is just a field.
  return Object.entries(errors as Record<string, unknown>)
    .filter((entry): entry is [string, string[]] => isStringArray(entry[1]) && entry[1].length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([field, messages]) => `${field}: ${messages.join('; ')}`);
}

function isStrictFieldMap(record: Record<string, unknown>): boolean {
  const values = Object.values(record);
  return values.length > 0 && values.every(isStringArray);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
