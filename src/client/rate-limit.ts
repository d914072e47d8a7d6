import { UpstreamError } from './errors.ts';
import type { ClientMetrics } from './metrics.ts';
import { parseRetryAfter } from './retry-after.ts';
import { createMemoryRateLimitStore } from './stores/memory.ts';
import type { Acquisition, RateLimitStore, Usage } from './stores/types.ts';
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
  usage(keys: readonly string[], now: number): Promise<Usage[]>;
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
    usage: (keys, now) => store.usage(keys, { limit, windowMs, now }),
  };
}

const unsent = new WeakSet<object>();

/**
 * Marks an error thrown below the rate limiter before anything left for Basecamp (a layer that
 * refuses on its own): the attempt's slot is given back instead of counting for a window.
 */
export function notSent<E extends object>(error: E): E {
  unsent.add(error);
  return error;
}

/** The budgets one attempt spends: its account's and its token's (in that order). */
export function budgetKeys(credentials: Credentials): string[] {
  return [`account:${credentials.accountId}`, `token:${credentials.tokenHash}`];
}

/** What a caller may still spend, as `rateLimit` and `extensions.cost.budget` show it. */
export interface Budget {
  /** Calls allowed per window. */
  limit: number;
  /** Calls the caller could start now: the tighter of its account's and its token's room. */
  remaining: number;
  /** When the full budget is back if nothing more is sent (epoch ms): the last counted call leaves the window. */
  resetAt: number;
}

/** Reads the caller's budget without spending any of it. */
export async function readBudget(limiter: RateLimiter, credentials: Credentials, now: number): Promise<Budget> {
  const usage = await limiter.usage(budgetKeys(credentials), now);
  const used = Math.max(0, ...usage.map((u) => u.used));
  return { limit: limiter.limit, remaining: Math.max(0, limiter.limit - used), resetAt: Math.max(now, ...usage.map((u) => u.resetAt)) };
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
  /** Its token's budget key: the queue it waits in. */
  queue: string;
  since: number;
  /** Arrival order across all tokens: the queue cap refuses the latest comers, never those before them. */
  arrival: number;
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
 * - Order: one queue per token, first in first out. When room appears, the tokens take turns,
 *   one attempt each, the token served longest ago (or never) first; so one person's heavy query
 *   holds another's light one back by at most the slots already in flight, not by its own length.
 *   A token out of its own budget does not hold back the others on its account. The turns are
 *   per process; with a shared store the budget itself stays authoritative across processes.
 * - 429: a valid `Retry-After` pauses both budgets; everything waiting stays queued behind it.
 * - Fails fast with `UpstreamError` `RATE_LIMITED` (with `retryAfter`, in seconds) when `maxQueue`
 *   attempts already wait on a key, or when the next room is known to be further than
 *   `maxWaitMs` away; an attempt still waiting past `maxWaitMs` fails at the next budget change.
 * - Aborting the request's signal while it waits removes it and rejects with the reason.
 */
export function rateLimitLayer(options: RateLimitLayerOptions): Layer {
  const { limiter, clock, metrics, maxQueue = 500, maxWaitMs = 30_000, pollMs = 100 } = options;
  /** Per token key, in arrival order. A `Map` keeps the order in which the queues formed. */
  const queues = new Map<string, Waiter[]>();
  /** Per token key with a queue: the turn in which it was last let through. */
  const lastServed = new Map<string, number>();
  let turns = 0;
  let arrivals = 0;
  let timer: AbortController | undefined;
  let pumping = false;
  let pumpAgain = false;

  const refuse = (message: string, waitMs: number): UpstreamError => {
    metrics.increment('limiterRejections');
    return new UpstreamError('RATE_LIMITED', message, { retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) });
  };
  const budget = `${limiter.limit} per ${limiter.windowMs} ms`;

  const remove = (waiter: Waiter): boolean => {
    const queue = queues.get(waiter.queue);
    const index = queue?.indexOf(waiter) ?? -1;
    if (!queue || index < 0) return false;
    queue.splice(index, 1);
    if (queue.length === 0) {
      // A token that comes back later is a newcomer: it goes first when room appears.
      queues.delete(waiter.queue);
      lastServed.delete(waiter.queue);
    }
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

  /**
   * Counts the waiters of the held queues per key in order of arrival, whichever token they wait
   * for: past `maxQueue` on a key, the later comers fail fast. So a flood refuses its own tail,
   * never the attempts of someone who was waiting before it.
   */
  const capQueues = (held: Set<string>): void => {
    const holding = new Map<string, number>();
    const waiting = [...held].flatMap((queueKey) => queues.get(queueKey) ?? []).sort((a, b) => a.arrival - b.arrival);
    for (const waiter of waiting) {
      const ahead = Math.max(0, ...waiter.keys.map((key) => holding.get(key) ?? 0));
      if (ahead >= maxQueue && remove(waiter)) {
        // A rough hint: the queue ahead drains at about `limit` per window.
        waiter.fail(refuse(`Client-side rate limit (${budget}): ${maxQueue} requests already wait for the same budget.`, Math.ceil(ahead / limiter.limit) * limiter.windowMs));
        continue;
      }
      for (const key of waiter.keys) holding.set(key, (holding.get(key) ?? 0) + 1);
      if (!waiter.counted) {
        waiter.counted = true;
        metrics.increment('limiterWaits');
      }
    }
  };

  /** Lets through every waiter that fits, one per token per round. One pass at a time. */
  const pump = async (): Promise<void> => {
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = true;
    try {
      do {
        pumpAgain = false;
        // Keys found full in this pass: a waiter needing one of them is held without asking the store.
        const full = new Set<string>();
        // Token queues held in this pass (first in first out within a token).
        const held = new Set<string>();
        let next: number | undefined;

        const hold = (queueKey: string): void => {
          held.add(queueKey);
        };

        let progress = true;
        while (progress) {
          progress = false;
          // One round: each token once, the one served longest ago first; never-served (or newly
          // returned) tokens before all, and among those, by the sort's stability, the queue that
          // formed first. Queues that form while a round runs join the next one.
          const order = [...queues.keys()].sort((a, b) => (lastServed.get(a) ?? -1) - (lastServed.get(b) ?? -1));
          for (const queueKey of order) {
            if (held.has(queueKey)) continue;
            const waiter = queues.get(queueKey)?.[0];
            if (waiter === undefined) continue;
            if (waiter.keys.some((key) => full.has(key))) {
              hold(queueKey);
              continue;
            }
            const now = clock.now();
            const acquisition: Acquisition = await limiter.acquire(waiter.keys, now);
            if (acquisition.ok) {
              if (remove(waiter)) {
                if (queues.has(queueKey)) lastServed.set(queueKey, ++turns);
                waiter.go(acquisition.id);
                progress = true;
              } else {
                await limiter.release(waiter.keys, acquisition.id);
              }
              continue;
            }
            // Checked whenever the budget moves (an answer, a pause ending), not by a timer per waiter.
            if (now - waiter.since >= maxWaitMs && remove(waiter)) {
              waiter.fail(refuse(`Client-side rate limit (${budget}): waited ${maxWaitMs} ms for room without getting it.`, limiter.windowMs));
              progress = true;
              continue;
            }
            if (acquisition.retryAt !== undefined && acquisition.retryAt - waiter.since > maxWaitMs && remove(waiter)) {
              const waitMs = acquisition.retryAt - now;
              const total = acquisition.retryAt - waiter.since;
              waiter.fail(refuse(`Client-side rate limit (${budget}): the next room is ${Math.ceil(waitMs / 1000)} s away, which would make ${Math.ceil(total / 1000)} s of waiting, past the ${maxWaitMs} ms wait cap.`, waitMs));
              progress = true;
              continue;
            }
            for (const key of acquisition.blocked ?? waiter.keys) full.add(key);
            hold(queueKey);
            const retryAt = acquisition.retryAt ?? (limiter.shared ? now + pollMs : undefined);
            if (retryAt !== undefined) next = Math.min(next ?? retryAt, retryAt);
          }
        }
        capQueues(held);
        wakeAt(next);
      } while (pumpAgain);
    } finally {
      pumping = false;
    }
  };

  /**
   * Resolves with the in-flight record's id once the attempt may be sent. Every attempt joins its
   * token's queue synchronously, so arrival order within a token is decided here; the pump then
   * lets it through at once when there is room.
   */
  const admit = (keys: string[], queueKey: string, signal: AbortSignal | undefined): Promise<string> => {
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
        queue: queueKey,
        since: clock.now(),
        arrival: ++arrivals,
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
      const queue = queues.get(queueKey);
      if (queue) queue.push(waiter);
      else queues.set(queueKey, [waiter]);
      signal?.addEventListener('abort', onAbort, { once: true });
      void pump();
    });
  };

  return (next) => async (request) => {
    const keys = budgetKeys(request.credentials);
    const id = await admit(keys, keys.at(-1)!, request.signal);
    let response: UpstreamResponse;
    let sent = true;
    try {
      response = await next(request);
    } catch (error) {
      if (typeof error === 'object' && error !== null && unsent.has(error)) sent = false;
      throw error;
    } finally {
      // The answer (or failure) is in: from now on it counts for one more window, then frees room.
      // An attempt refused below before it was sent frees its room at once.
      await (sent ? limiter.settle(keys, id, clock.now()) : limiter.release(keys, id));
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
