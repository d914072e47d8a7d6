import { UpstreamError } from './errors.ts';
import type { ClientMetrics } from './metrics.ts';
import { parseRetryAfter } from './retry-after.ts';
import { createMemoryRateLimitStore } from './stores/memory.ts';
import type { Acquisition, RateLimitStore } from './stores/types.ts';
import type { Clock, Credentials, Layer, UpstreamResponse } from './types.ts';

export interface RateLimit {
  /** Requests allowed in any window of `windowMs`. */
  limit: number;
  windowMs: number;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Parses a budget such as `BASECAMP_RATE_LIMIT`: `50/10s`, `100/1m`, `5/s`, `20/500ms`, `1000/1h`
 * → `{ limit, windowMs }`. Throws an `Error` naming the value for anything else, including zero.
 */
export function parseRateLimit(text: string): RateLimit {
  const match = /^\s*(\d+)\s*\/\s*(\d*)\s*(ms|s|m|h)\s*$/.exec(text);
  const limit = Number(match?.[1]);
  const windowMs = Number(match?.[2] || '1') * (UNITS[match?.[3] ?? ''] ?? Number.NaN);
  if (!match || !Number.isSafeInteger(limit) || limit < 1 || !Number.isSafeInteger(windowMs) || windowMs < 1) {
    throw new Error(
      `Invalid rate limit ${JSON.stringify(text)}: expected <requests>/<window> with a positive whole number of ms, s, m or h, e.g. "50/10s", "5/s", "20/500ms".`,
    );
  }
  return { limit, windowMs };
}

export interface RateLimiterOptions extends RateLimit {
  /** Where the budget log lives. Default: in-process memory (one process only). */
  store?: RateLimitStore;
}

/** A budget bound to its store. Share one per process (or, with a shared store, per deployment). */
export interface RateLimiter extends RateLimit {
  readonly shared: boolean;
  acquire(keys: readonly string[], now: number): Promise<Acquisition>;
  release(keys: readonly string[], id: string): Promise<void>;
  settle(keys: readonly string[], id: string, at: number): Promise<void>;
  pause(keys: readonly string[], untilMs: number): Promise<void>;
}

/** Throws when `limit` or `windowMs` is not a positive whole number. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs, store = createMemoryRateLimitStore() } = options;
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`Rate limit must be a positive whole number of requests, got ${limit}.`);
  if (!Number.isSafeInteger(windowMs) || windowMs < 1) throw new Error(`Rate limit window must be a positive whole number of milliseconds, got ${windowMs}.`);
  return {
    limit,
    windowMs,
    shared: store.shared === true,
    acquire: (keys, now) => store.acquire(keys, { limit, windowMs, now }),
    release: (keys, id) => store.release(keys, id),
    settle: (keys, id, at) => store.settle(keys, id, at),
    pause: (keys, untilMs) => store.pause(keys, untilMs),
  };
}

/** The budgets one attempt spends: its account's and its token's. */
export function budgetKeys(credentials: Credentials): string[] {
  return [`account:${credentials.accountId}`, `token:${credentials.tokenHash}`];
}

export interface RateLimitLayerOptions {
  limiter: RateLimiter;
  clock: Clock;
  metrics: ClientMetrics;
  /** Attempts that may wait on one budget key at once; the next one fails fast. Default 500. */
  maxQueue?: number;
  /** Longest an attempt may be held back; past it, it fails with RATE_LIMITED. Default 30 000 ms. */
  maxWaitMs?: number;
  /** With a shared store, how often waiters blocked by other processes' requests look again. Default 100 ms. */
  pollMs?: number;
}

interface Waiter {
  keys: string[];
  since: number;
  /** Set once it had to wait, for the `limiterWaits` metric. */
  counted: boolean;
  go(id: string): void;
  fail(error: unknown): void;
}

/**
 * Holds every attempt (retries included: this layer sits below retry) until both its account's
 * and its token's budget have room, so upstream never sees more than `limit` arrivals in any
 * window: an attempt is sent only while fewer than `limit` requests on each of its keys are in
 * flight or were answered within the last `windowMs` (see `RateLimitStore`).
 *
 * - Order: waiters are served in arrival order; a later attempt never overtakes an earlier one
 *   that shares a budget key with it.
 * - 429: a valid `Retry-After` pauses both budgets; everything waiting stays queued behind it.
 * - Fails fast with `UpstreamError` `RATE_LIMITED` (with `retryAfter`, in seconds) when `maxQueue`
 *   attempts already wait on a key, or when the next room is known to be further than
 *   `maxWaitMs` away; an attempt still waiting past `maxWaitMs` fails at the next budget change.
 * - Aborting the request's signal while it waits removes it and rejects with the reason.
 */
export function rateLimitLayer(options: RateLimitLayerOptions): Layer {
  const { limiter, clock, metrics, maxQueue = 500, maxWaitMs = 30_000, pollMs = 100 } = options;
  const queue: Waiter[] = [];
  let timer: AbortController | undefined;
  let pumping = false;
  let pumpAgain = false;

  const refuse = (message: string, waitMs: number): UpstreamError => {
    metrics.increment('limiterRejections');
    return new UpstreamError('RATE_LIMITED', message, { retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) });
  };
  const budget = `${limiter.limit} per ${limiter.windowMs} ms`;

  const remove = (waiter: Waiter): boolean => {
    const index = queue.indexOf(waiter);
    if (index < 0) return false;
    queue.splice(index, 1);
    return true;
  };

  /** Wakes the pump at `at` (or never), replacing any earlier wake-up. */
  const wakeAt = (at: number | undefined): void => {
    timer?.abort();
    timer = undefined;
    if (at === undefined) return;
    const controller = new AbortController();
    timer = controller;
    clock.sleep(Math.max(0, at - clock.now()), controller.signal).then(
      () => {
        if (timer === controller) timer = undefined;
        void pump();
      },
      () => undefined,
    );
  };

  /** Lets through, in arrival order, every waiter whose keys have room. One pass at a time. */
  const pump = async (): Promise<void> => {
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = true;
    try {
      do {
        pumpAgain = false;
        // Waiters found blocked in this pass, per key: FIFO keeps later ones behind them, and
        // past `maxQueue` of them a newcomer fails fast.
        const blocked = new Map<string, number>();
        let next: number | undefined;
        const hold = (waiter: Waiter): boolean => {
          const ahead = Math.max(0, ...waiter.keys.map((key) => blocked.get(key) ?? 0));
          if (ahead >= maxQueue && remove(waiter)) {
            // A rough hint: the queue ahead drains at about `limit` per window.
            waiter.fail(refuse(`Client-side rate limit (${budget}): ${maxQueue} requests already wait for the same budget.`, Math.ceil(ahead / limiter.limit) * limiter.windowMs));
            return false;
          }
          for (const key of waiter.keys) blocked.set(key, (blocked.get(key) ?? 0) + 1);
          if (!waiter.counted) {
            waiter.counted = true;
            metrics.increment('limiterWaits');
          }
          return true;
        };
        for (const waiter of [...queue]) {
          if (!queue.includes(waiter)) continue;
          if (waiter.keys.some((key) => blocked.has(key))) {
            hold(waiter);
            continue;
          }
          const now = clock.now();
          const acquisition = await limiter.acquire(waiter.keys, now);
          if (acquisition.ok) {
            if (remove(waiter)) {
              waiter.go(acquisition.id);
            } else {
              await limiter.release(waiter.keys, acquisition.id);
            }
            continue;
          }
          // Checked whenever the budget moves (an answer, a pause ending), not by a timer per waiter.
          if (now - waiter.since >= maxWaitMs && remove(waiter)) {
            waiter.fail(refuse(`Client-side rate limit (${budget}): waited ${maxWaitMs} ms for room without getting it.`, limiter.windowMs));
            continue;
          }
          if (!hold(waiter)) continue;
          const retryAt = acquisition.retryAt ?? (limiter.shared ? now + pollMs : undefined);
          if (acquisition.retryAt !== undefined && acquisition.retryAt - waiter.since > maxWaitMs && remove(waiter)) {
            const waitMs = acquisition.retryAt - now;
            waiter.fail(refuse(`Client-side rate limit (${budget}): the next room is ${Math.ceil(waitMs / 1000)} s away, past the ${maxWaitMs} ms wait cap.`, waitMs));
            continue;
          }
          if (retryAt !== undefined) next = Math.min(next ?? retryAt, retryAt);
        }
        wakeAt(next);
      } while (pumpAgain);
    } finally {
      pumping = false;
    }
  };

  /**
   * Resolves with the in-flight record's id once the attempt may be sent. Every attempt joins the
   * queue synchronously, so arrival order is decided here and nowhere else; the pump then lets
   * it through at once when there is room.
   */
  const admit = (keys: string[], signal: AbortSignal | undefined): Promise<string> => {
    signal?.throwIfAborted();
    return new Promise<string>((resolve, reject) => {
      const settleWaiter = () => {
        signal?.removeEventListener('abort', onAbort);
        if (waiter.counted) metrics.increment('limiterWaitMs', clock.now() - waiter.since);
      };
      const onAbort = () => {
        if (remove(waiter)) waiter.fail(signal?.reason);
      };
      const waiter: Waiter = {
        keys,
        since: clock.now(),
        counted: false,
        go: (id) => {
          settleWaiter();
          resolve(id);
        },
        fail: (error) => {
          settleWaiter();
          reject(error);
          void pump();
        },
      };
      queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      void pump();
    });
  };

  return (next) => async (request) => {
    const keys = budgetKeys(request.credentials);
    const id = await admit(keys, request.signal);
    let response: UpstreamResponse;
    try {
      response = await next(request);
    } finally {
      // The answer (or failure) is in: from now on it counts for one more window, then frees room.
      await limiter.settle(keys, id, clock.now());
      void pump();
    }
    if (response.status === 429) {
      const waitMs = parseRetryAfter(response.headers['retry-after'], clock.now());
      if (waitMs !== undefined) {
        await limiter.pause(keys, clock.now() + waitMs);
        void pump();
      }
    }
    return response;
  };
}
