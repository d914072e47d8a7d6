import { createMemoryCacheStore, createMemoryRateLimitStore } from './memory.ts';
import type { Acquisition, CacheStore, RateLimitStore } from './types.ts';

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
}

/**
 * The shared budget when Redis answers; a local one of `limit / N` (rounded down, at least 1) when
 * it does not, N being the processes last seen live on it (`processes`), so that together they
 * stay within `limit` in a steady outage. Ids carry where they were recorded, so a request
 * acquired from one store settles in that store (the shared store's in-flight expiry tidies one
 * whose settle it never hears).
 *
 * Every admission through the shared budget is mirrored in the local log (never refused there),
 * so when Redis drops, the local budget already counts this process's own calls of the window.
 * What the others spent through Redis just before is not known locally: in a window that spans
 * the failure, upstream sees at most `limit` (admitted through Redis) plus, per process, `limit / N`
 * minus its own calls in that window; at most `limit + (N - 1) * limit / N`.
 */
export function createFallbackRateLimitStore(options: FallbackRateLimitStoreOptions): RateLimitStore {
  const { primary, available, fallback = createMemoryRateLimitStore(), processes = () => undefined, assumedProcesses = 4 } = options;
  const quiet = (promise: Promise<void>) => promise.catch(() => undefined);
  const localLimit = (limit: number) => Math.max(1, Math.floor(limit / Math.max(1, processes() ?? assumedProcesses)));
  /** A shared id is `r<shared id>.<mirror id>`; the mirror id is empty when the local log refused it (a pause). */
  const splitShared = (id: string) => {
    const dot = id.indexOf('.');
    return { shared: id.slice(1, dot), local: id.slice(dot + 1) };
  };

  return {
    // Waiters poll, whichever store answers: the shared one hears other processes' answers only that way.
    shared: true,
    async acquire(keys, acquireOptions): Promise<Acquisition> {
      if (available.up) {
        // The mirror only records: the shared budget alone decides.
        const local = await fallback.acquire(keys, { ...acquireOptions, limit: Number.MAX_SAFE_INTEGER });
        const localId = local.ok ? local.id : '';
        try {
          const shared = await primary.acquire(keys, acquireOptions);
          if (shared.ok) return { ok: true, id: `r${shared.id}.${localId}` };
          if (local.ok) await fallback.release(keys, localId);
          return shared;
        } catch {
          // unreachable after all: the local budget decides
          if (local.ok) await fallback.release(keys, localId);
        }
      }
      const local = await fallback.acquire(keys, { ...acquireOptions, limit: localLimit(acquireOptions.limit) });
      return local.ok ? { ok: true, id: `m${local.id}` } : local;
    },
    async release(keys, id) {
      if (id.startsWith('m')) return fallback.release(keys, id.slice(1));
      const { shared, local } = splitShared(id);
      if (local) await fallback.release(keys, local);
      if (available.up) await quiet(primary.release(keys, shared));
    },
    async settle(keys, id, at) {
      if (id.startsWith('m')) return fallback.settle(keys, id.slice(1), at);
      const { shared, local } = splitShared(id);
      if (local) await fallback.settle(keys, local, at);
      if (available.up) await quiet(primary.settle(keys, shared, at));
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
      if (available.up) await quiet(primary.pause(keys, untilMs));
    },
  };
}
