import { HttpError } from './errors.ts';

export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  /** Sliding window length in milliseconds. */
  windowMs: number;
}

/** Basecamp's first common limit: 50 requests per 10 seconds (docs README, "Rate limiting"). */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 50, windowMs: 10_000 };

export interface RateLimiter {
  /** Spends one request for `key` at `now`, or throws 429 with `Retry-After` in whole seconds. */
  take(key: string, now: number): void;
}

/**
 * A sliding-window limiter per key (the bearer token). Rejected requests do not spend budget, so
 * a client that honours `Retry-After` gets through as soon as it says.
 */
export function createRateLimiter(options: RateLimitOptions | false): RateLimiter {
  if (options === false) return { take() {} };
  const { limit, windowMs } = options;
  const hits = new Map<string, number[]>();
  return {
    take(key, now) {
      const recent = (hits.get(key) ?? []).filter((at) => at > now - windowMs);
      const oldest = recent[0];
      if (recent.length >= limit && oldest !== undefined) {
        hits.set(key, recent);
        const retryAfter = Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
        throw new HttpError(
          429,
          'Rate limit exceeded',
          { 'Retry-After': String(retryAfter) },
          { retry_after: retryAfter },
        );
      }
      recent.push(now);
      hits.set(key, recent);
    },
  };
}
