import { createMemoryCacheStore, createMemoryRateLimitStore } from './memory.ts';
import { UnansweredAcquisition, type AcquireOptions, type Acquisition, type CacheStore, type RateLimitStore } from './types.ts';

/**
 * A shared store (Redis) with an in-process stand-in for when it is unreachable: a query never
 * fails, waits on, or crashes the process because of the shared store. The caller says whether
 * the shared store is up (`available.up`, e.g. ioredis's `ready` state) and when it came back;
 * a call that fails while it looked up is answered by the stand-in too.
 */
export interface Availability {
  readonly up: boolean;
  /** Runs `listener` each time the shared store becomes reachable again. */
  onRecover(listener: () => void): void;
}

export interface FallbackCacheStoreOptions {
  primary: CacheStore;
  available: Availability;
  /** Default: an in-process LRU (64 MiB). */
  fallback?: CacheStore;
  /** Invalidations remembered while down, replayed on the shared store when it returns. Default 10 000. */
  maxPendingDeletes?: number;
}

/**
 * While the shared cache is down, entries go to the stand-in, and deletes (a write invalidating
 * what it changed) are remembered and replayed when it returns, so the shared cache cannot answer
 * a 304 with a body this process knows is stale. The stand-in is emptied on recovery: the shared
 * cache is the truth again. Entries are revalidated upstream anyway (ETags), so a miss costs
 * bytes, never correctness.
 */
export function createFallbackCacheStore(options: FallbackCacheStoreOptions): CacheStore {
  const { primary, available, fallback = createMemoryCacheStore(), maxPendingDeletes = 10_000 } = options;
  const pending = { keys: new Set<string>(), prefixes: new Set<string>(), overflow: false };

  const remember = (set: Set<string>, key: string) => {
    if (pending.keys.size + pending.prefixes.size >= maxPendingDeletes) pending.overflow = true;
    else set.add(key);
  };

  available.onRecover(() => {
    const { keys, prefixes, overflow } = pending;
    pending.keys = new Set();
    pending.prefixes = new Set();
    pending.overflow = false;
    void (async () => {
      // Too many to replay one by one: the shared cache is dropped instead (entries are revalidated, so only bytes are lost).
      if (overflow) await primary.clear();
      else {
        for (const key of keys) await primary.delete(key);
        for (const prefix of prefixes) await primary.deletePrefix(prefix);
      }
    })().catch(() => undefined);
    void fallback.clear().catch(() => undefined);
  });

  /** The shared store's answer when it is up and answers; otherwise `undefined` and the stand-in's turn. */
  const attempt = async <T>(call: () => Promise<T>): Promise<{ value: T } | undefined> => {
    if (!available.up) return undefined;
    try {
      return { value: await call() };
    } catch {
      return undefined;
    }
  };

  return {
    get size() {
      return available.up ? primary.size : fallback.size;
    },
    async get(key) {
      return (await attempt(() => primary.get(key)))?.value ?? (available.up ? undefined : fallback.get(key));
    },
    async set(key, entry) {
      if (!(await attempt(() => primary.set(key, entry)))) await fallback.set(key, entry);
    },
    async delete(key) {
      await fallback.delete(key);
      if (!(await attempt(() => primary.delete(key)))) remember(pending.keys, key);
    },
    async deletePrefix(prefix) {
      await fallback.deletePrefix(prefix);
      if (!(await attempt(() => primary.deletePrefix(prefix)))) remember(pending.prefixes, prefix);
    },
    async clear() {
      await fallback.clear();
      if (!(await attempt(() => primary.clear()))) pending.overflow = true;
    },
  };
}

export interface FallbackRateLimitStoreOptions {
  primary: RateLimitStore;
  available: Availability;
  /** Default: the in-process budget log. */
  fallback?: RateLimitStore;
  /**
   * How many processes spend the shared budget, this one included, as last read from the shared
   * store (`RedisPeers.count`); `undefined` while unknown. Default: always unknown.
   */
  processes?: () => number | undefined;
  /** The count assumed while `processes` knows none (this process never reached the shared store). Default 4. */
  assumedProcesses?: number;
  /** Answers to calls counted in the shared budget that it could not be told, sent when it returns. Default 10 000. */
  maxPendingSettles?: number;
}

/**
 * The shared budget when Redis answers; a local one of `limit / N` (rounded down, at least 1) when
 * it does not, N being the processes last seen live on it (`processes`), so that together they
 * stay within `limit` in a steady outage. Ids carry where they were recorded, so a request
 * acquired from one store settles in that store; an answer the shared store could not be told is
 * told when it returns, rather than left to hold a slot until its in-flight expiry.
 *
 * - Every admission through the shared budget is mirrored in the local log (never refused
 *   there), so when Redis drops, the local budget already counts this process's own calls of the
 *   window. What the others spent through Redis just before is not known locally: in a window
 *   that spans the failure, upstream sees at most `limit` (admitted through Redis) plus, per
 *   process, `limit / N` minus its own calls in that window; at most `limit + (N - 1) * limit / N`.
 * - When Redis returns, a call needs room in both budgets for a window (and for as long as a call
 *   admitted locally during the outage is still in flight or answered within the window): every
 *   process that is back keeps to its share while the calls made unseen are still in the window,
 *   so the window in which all return together holds at most `limit`. A process still cut off
 *   while another is back spends its share unseen by it: if they return at different times, the
 *   excess is the calls those still cut off make after another one is back.
 */
export function createFallbackRateLimitStore(options: FallbackRateLimitStoreOptions): RateLimitStore {
  const { primary, available, fallback = createMemoryRateLimitStore(), processes = () => undefined, assumedProcesses = 4, maxPendingSettles = 10_000 } = options;
  // A call counted in the shared budget whose answer it never hears (or an acquisition it may still
  // record) stays in flight there until its expiry (a minute), holding a slot of every process's
  // budget: told when Redis returns instead.
  const pendingSettles: (() => Promise<void>)[] = [];
  const tell = async (send: () => Promise<void>): Promise<void> => {
    if (available.up) {
      try {
        return await send();
      } catch {
        // unreachable after all: kept for its return
      }
    }
    if (pendingSettles.length < maxPendingSettles) pendingSettles.push(send);
  };
  const flushSettles = async (): Promise<void> => {
    while (pendingSettles.length > 0 && available.up) {
      const send = pendingSettles[0]!;
      try {
        await send();
      } catch {
        return; // down again: the rest wait for the next return
      }
      pendingSettles.shift();
    }
  };
  const localLimit = (limit: number) => Math.max(1, Math.floor(limit / Math.max(1, processes() ?? assumedProcesses)));
  /** Calls admitted locally (Redis down) not yet answered, and the last answer of one: the shared budget never saw them. */
  const unseen = { inFlight: 0, lastAnswer: Number.NEGATIVE_INFINITY };
  /** Set when the shared store comes back; the next acquisition starts a window of catching up from its `now`. */
  const catchUp = { pending: false, until: Number.NEGATIVE_INFINITY };
  available.onRecover(() => {
    catchUp.pending = true;
    void flushSettles();
  });
  const catchingUp = (now: number, windowMs: number) => {
    if (catchUp.pending) {
      catchUp.pending = false;
      catchUp.until = now + windowMs;
    }
    return now < catchUp.until || unseen.inFlight > 0 || unseen.lastAnswer > now - windowMs;
  };
  /** A shared id is `r<shared id>.<mirror id>`; the mirror id is empty when the local log refused it (a pause). */
  const splitShared = (id: string) => {
    const dot = id.indexOf('.');
    return { shared: id.slice(1, dot), local: id.slice(dot + 1) };
  };

  const acquireLocally = async (keys: readonly string[], acquireOptions: AcquireOptions): Promise<Acquisition> => {
    const local = await fallback.acquire(keys, { ...acquireOptions, limit: localLimit(acquireOptions.limit) });
    if (!local.ok) return local;
    unseen.inFlight += 1;
    return { ok: true, id: `m${local.id}` };
  };

  return {
    // Waiters poll, whichever store answers: the shared one hears other processes' answers only that way.
    shared: true,
    async acquire(keys, acquireOptions): Promise<Acquisition> {
      if (!available.up) return acquireLocally(keys, acquireOptions);
      // Catching up: the local share first (it holds what the shared budget missed), then the shared budget.
      // Otherwise the mirror only records: the shared budget alone decides.
      const capped = catchingUp(acquireOptions.now, acquireOptions.windowMs);
      const local = await fallback.acquire(keys, { ...acquireOptions, limit: capped ? localLimit(acquireOptions.limit) : Number.MAX_SAFE_INTEGER });
      if (capped && !local.ok) return local;
      const localId = local.ok ? local.id : '';
      try {
        const shared = await primary.acquire(keys, acquireOptions);
        if (shared.ok) return { ok: true, id: `r${shared.id}.${localId}` };
        if (local.ok) await fallback.release(keys, localId);
        return shared;
      } catch (error) {
        // unreachable after all: the local budget decides. A record Redis may still make of this
        // acquisition is released as soon as it can be (sent at once: a slow Redis runs it next).
        if (error instanceof UnansweredAcquisition) void tell(() => primary.release(keys, error.id));
        if (local.ok) await fallback.release(keys, localId);
        return acquireLocally(keys, acquireOptions);
      }
    },
    async release(keys, id) {
      if (id.startsWith('m')) {
        unseen.inFlight -= 1;
        return fallback.release(keys, id.slice(1));
      }
      const { shared, local } = splitShared(id);
      if (local) await fallback.release(keys, local);
      await tell(() => primary.release(keys, shared));
    },
    async settle(keys, id, at) {
      if (id.startsWith('m')) {
        unseen.inFlight -= 1;
        unseen.lastAnswer = Math.max(unseen.lastAnswer, at);
        return fallback.settle(keys, id.slice(1), at);
      }
      const { shared, local } = splitShared(id);
      if (local) await fallback.settle(keys, local, at);
      await tell(() => primary.settle(keys, shared, at));
    },
    async usage(keys, usageOptions) {
      if (available.up) {
        try {
          return await primary.usage(keys, usageOptions);
        } catch {
          // unreachable after all: report the local budget that now decides
        }
      }
      return fallback.usage(keys, { ...usageOptions, limit: localLimit(usageOptions.limit) });
    },
    async pause(keys, untilMs) {
      // A 429 binds everyone: recorded locally always, so it holds even if Redis drops right after.
      await fallback.pause(keys, untilMs);
      if (available.up) await primary.pause(keys, untilMs).catch(() => undefined);
    },
  };
}
