import { UpstreamError } from './errors.ts';
import type { ClientMetrics } from './metrics.ts';
import { parseRetryAfter } from './retry-after.ts';
import { createMemoryRateLimitStore } from './stores/memory.ts';
import type { RateLimitStore, Reservation } from './stores/types.ts';
import type { Clock, Credentials, Layer } from './types.ts';

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
  /** Where the sliding-window logs live. Default: in-process memory (one process only). */
  store?: RateLimitStore;
}

/** A budget bound to its store. Share one per process (or, with a shared store, per deployment). */
export interface RateLimiter extends RateLimit {
  reserve(keys: readonly string[], now: number, maxWaitMs: number): Promise<Reservation>;
  release(keys: readonly string[], id: string): Promise<void>;
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
    reserve: (keys, now, maxWaitMs) => store.reserve(keys, { limit, windowMs, now, maxWaitMs }),
    release: (keys, id) => store.release(keys, id),
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
  /** Longest an attempt may be held back; a longer wait fails fast instead. Default 30 000 ms. */
  maxWaitMs?: number;
}

interface Waiter {
  keys: string[];
  id: string;
  /** When this attempt may be sent; moved later when a 429 re-plans the queue. */
  at: number;
  /** Whether the slot was in the future, i.e. the attempt joined the queue. */
  queued: boolean;
  /** Aborted to make a sleeping waiter look at `at` again. */
  wake?: AbortController;
  /** Set when a re-plan could not find a slot within `maxWaitMs`. */
  refused?: UpstreamError;
}

/**
 * Holds every attempt (retries included: this layer sits below retry) until both its account's
 * and its token's budget have room, so upstream never sees more than `limit` sends in any window.
 *
 * - Order: slots are reserved in arrival order and never earlier than the last reservation on the
 *   same key, so a later attempt never overtakes an earlier one that shares a budget with it.
 * - 429: a valid `Retry-After` pauses both budgets, and attempts still waiting in this process are
 *   re-planned behind the pause in their original order.
 * - Fails fast with `UpstreamError` `RATE_LIMITED` (with `retryAfter`, in seconds) when
 *   `maxQueue` attempts already wait on a key or the slot is more than `maxWaitMs` away.
 * - Aborting the request's signal while it waits gives its slot back and rejects with the reason.
 */
export function rateLimitLayer(options: RateLimitLayerOptions): Layer {
  const { limiter, clock, metrics, maxQueue = 500, maxWaitMs = 30_000 } = options;
  const waiters: Waiter[] = [];
  const waiting = new Map<string, number>();

  // Reservations, confirmations and re-plans run one at a time, so a re-plan never moves a slot
  // between a waiter's "is it time?" check and its send.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };

  const enqueue = (waiter: Waiter): void => {
    waiters.push(waiter);
    for (const key of waiter.keys) waiting.set(key, (waiting.get(key) ?? 0) + 1);
  };
  const dequeue = (waiter: Waiter): boolean => {
    const index = waiters.indexOf(waiter);
    if (index < 0) return false;
    waiters.splice(index, 1);
    for (const key of waiter.keys) {
      const count = (waiting.get(key) ?? 1) - 1;
      if (count > 0) waiting.set(key, count);
      else waiting.delete(key);
    }
    return true;
  };

  const refuse = (message: string, waitMs: number): UpstreamError => {
    metrics.increment('limiterRejections');
    return new UpstreamError('RATE_LIMITED', message, { retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) });
  };
  const tooLong = (waitMs: number): UpstreamError =>
    refuse(
      `Client-side rate limit (${limiter.limit} per ${limiter.windowMs} ms): the next upstream slot is ${Math.ceil(waitMs / 1000)} s away, past the ${maxWaitMs} ms wait cap.`,
      waitMs,
    );

  /** Reserves a slot; only attempts that must wait join the queue. */
  const reserve = async (keys: string[]): Promise<Waiter> => {
    const full = keys.find((key) => (waiting.get(key) ?? 0) >= maxQueue);
    if (full !== undefined) {
      const last = waiters.findLast((waiter) => waiter.keys.includes(full));
      throw refuse(`Client-side rate limit: ${maxQueue} requests already wait for the same budget.`, (last?.at ?? 0) - clock.now());
    }
    const reservation = await limiter.reserve(keys, clock.now(), maxWaitMs);
    if (!reservation.ok) throw tooLong(reservation.waitMs);
    const waiter: Waiter = { keys, id: reservation.id, at: reservation.at, queued: reservation.waitMs > 0 };
    if (waiter.queued) enqueue(waiter);
    return waiter;
  };

  const giveBack = (waiter: Waiter): Promise<void> =>
    serial(async () => {
      if (dequeue(waiter)) await limiter.release(waiter.keys, waiter.id);
    });

  const waitForSlot = async (waiter: Waiter, signal: AbortSignal | undefined): Promise<void> => {
    for (;;) {
      if (waiter.refused) throw waiter.refused;
      const ms = waiter.at - clock.now();
      if (ms > 0) {
        const wake = new AbortController();
        waiter.wake = wake;
        try {
          await clock.sleep(ms, signal ? AbortSignal.any([signal, wake.signal]) : wake.signal);
        } catch (error) {
          if (wake.signal.aborted && !signal?.aborted) continue;
          await giveBack(waiter);
          throw signal?.aborted ? signal.reason : error;
        }
        continue;
      }
      const go = await serial(async () => !waiter.refused && waiter.at <= clock.now() && dequeue(waiter));
      if (go) return;
    }
  };

  const admit = async (keys: string[], signal: AbortSignal | undefined): Promise<void> => {
    signal?.throwIfAborted();
    const waiter = await serial(() => reserve(keys));
    if (signal?.aborted) {
      // Aborted while its reservation was being made: the slot goes back unused.
      await serial(async () => {
        dequeue(waiter);
        await limiter.release(waiter.keys, waiter.id);
      });
      throw signal.reason;
    }
    if (!waiter.queued) return;
    const start = clock.now();
    metrics.increment('limiterWaits');
    try {
      await waitForSlot(waiter, signal);
    } finally {
      metrics.increment('limiterWaitMs', clock.now() - start);
    }
  };

  /** Pauses both budgets, then moves everything still waiting here behind the pause, in order. */
  const pause = (keys: string[], waitMs: number): Promise<void> =>
    serial(async () => {
      await limiter.pause(keys, clock.now() + waitMs);
      const pending = [...waiters];
      for (const waiter of pending) await limiter.release(waiter.keys, waiter.id);
      for (const waiter of pending) {
        const reservation = await limiter.reserve(waiter.keys, clock.now(), maxWaitMs);
        if (reservation.ok) {
          waiter.id = reservation.id;
          waiter.at = reservation.at;
        } else {
          dequeue(waiter);
          waiter.refused = tooLong(reservation.waitMs);
        }
        waiter.wake?.abort();
      }
    });

  return (next) => async (request) => {
    const keys = budgetKeys(request.credentials);
    await admit(keys, request.signal);
    const response = await next(request);
    if (response.status === 429) {
      const waitMs = parseRetryAfter(response.headers['retry-after'], clock.now());
      if (waitMs !== undefined) await pause(keys, waitMs);
    }
    return response;
  };
}
