import { UpstreamError } from './errors.ts';
import type { ClientMetrics } from './metrics.ts';
import { parseRetryAfter } from './retry-after.ts';
import type { Clock, HttpMethod, Layer, UpstreamRequest, UpstreamResponse } from './types.ts';

/** First backoff step, in ms: the behaviour model's `base_delay_ms` for every JSON operation. */
export const BASE_DELAY_MS = 1000;
/** Ceiling of one backoff step (before jitter), in ms. */
export const MAX_BACKOFF_MS = 16_000;

/** The statuses the API docs call retryable with backoff (docs README "5xx server errors"). */
const RETRYABLE_5XX = new Set([500, 502, 503, 504]);

/** Everything the policy may look at, for the attempt that just finished. */
export interface RetryInput {
  method: HttpMethod;
  /** Whether repeating the request is safe (see `operations.generated.ts`). */
  idempotent: boolean;
  /** The response status, when the attempt got one. */
  status?: number;
  /** What the attempt threw, when it got no response. */
  error?: unknown;
  /** The raw `Retry-After` header, if any. */
  retryAfter?: string;
  /** 1-based number of the attempt that just finished. */
  attempt: number;
  /** Epoch ms, from the injected clock; resolves HTTP-date `Retry-After` values. */
  now: number;
  /** Jitter source in [0, 1). Default 0 (no jitter), which keeps the policy a pure function. */
  random?: number;
}

/** Returns how long to wait before the next attempt, in ms, or `undefined` to stop retrying. */
export type RetryPolicy = (input: RetryInput) => number | undefined;

/**
 * The contract's retry rules as a pure function (CONTRACT.md "Upstream behaviour"):
 * - a non-idempotent request is never repeated, whatever happened;
 * - 429 waits a valid `Retry-After` (delay-seconds or a future HTTP-date); a missing, zero,
 *   negative, past or malformed one falls back to backoff;
 * - 500/502/503/504 and network failures back off (a valid `Retry-After` on a 5xx is honoured);
 * - 404 and every other status are final.
 */
export const retryDelay: RetryPolicy = (input) => {
  if (!input.idempotent) return undefined;
  if (input.status === undefined) {
    return isRetryableFailure(input.error) ? backoff(input.attempt, input.random) : undefined;
  }
  if (input.status !== 429 && !RETRYABLE_5XX.has(input.status)) return undefined;
  return parseRetryAfter(input.retryAfter, input.now) ?? backoff(input.attempt, input.random);
};

/**
 * Exponential backoff with upward jitter: step n waits BASE·2^(n-1) (capped) plus up to half of
 * that again. The jitter only ever adds, so no wait is shorter than the plain step — the SDK
 * conformance cases pin a 1 s minimum before the first retry.
 */
export function backoff(attempt: number, random = 0): number {
  const step = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(step + step * 0.5 * Math.min(Math.max(random, 0), 1));
}

function isRetryableFailure(error: unknown): boolean {
  return error instanceof UpstreamError && error.code === 'UPSTREAM_UNAVAILABLE' && error.retryable;
}

export interface RetryLayerOptions {
  /** Default `retryDelay`. */
  policy?: RetryPolicy;
  clock: Clock;
  /**
   * Total attempts, the first included: the behaviour model's `retry.max` for reads. Default 3;
   * 1 disables retries. A function decides per request (e.g. the operation's own `retry.max`).
   */
  maxAttempts?: number | ((request: UpstreamRequest) => number);
  /** No retry is scheduled that would start later than this many ms after the first attempt. Default 30 000. */
  deadlineMs?: number;
  /**
   * Longest single wait accepted, in ms. A `Retry-After` beyond it is not waited out: the 429
   * surfaces at once as RATE_LIMITED carrying `retryAfter`, since a shorter wait would only earn
   * another 429. Default 20 000.
   */
  maxRetryAfterMs?: number;
  metrics: ClientMetrics;
  /** Jitter source; default `Math.random`. */
  random?: () => number;
}

/**
 * Repeats an attempt while `policy` says so, sleeping on the injected clock. Sits above the rate
 * limiter, so every repeated attempt spends budget like a first one. When it stops, it returns
 * the last response (or rethrows the last error) for `errorsLayer` to classify.
 */
export function retryLayer(options: RetryLayerOptions): Layer {
  const {
    policy = retryDelay,
    clock,
    maxAttempts = 3,
    deadlineMs = 30_000,
    maxRetryAfterMs = 20_000,
    metrics,
    random = Math.random,
  } = options;

  return (next) => async (request: UpstreamRequest): Promise<UpstreamResponse> => {
    const startedAt = clock.now();
    const attempts = typeof maxAttempts === 'function' ? maxAttempts(request) : maxAttempts;
    for (let attempt = 1; ; attempt++) {
      let response: UpstreamResponse | undefined;
      let failure: unknown;
      try {
        response = await next(request);
      } catch (error) {
        failure = error;
      }

      const now = clock.now();
      const delay =
        attempt < attempts && !request.signal?.aborted
          ? policy({
              method: request.method,
              idempotent: request.idempotent,
              ...(response ? { status: response.status, retryAfter: response.headers['retry-after'] } : { error: failure }),
              attempt,
              now,
              random: random(),
            })
          : undefined;

      const giveUp = delay === undefined || delay > maxRetryAfterMs || now + delay - startedAt > deadlineMs;
      if (giveUp) {
        if (response) return response;
        throw failure;
      }

      metrics.increment('retries');
      try {
        await clock.sleep(delay, request.signal);
      } catch {
        throw new UpstreamError('UPSTREAM_UNAVAILABLE', 'The Basecamp request was cancelled by its caller.', { retryable: false });
      }
    }
  };
}
