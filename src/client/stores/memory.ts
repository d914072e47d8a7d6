import type { Acquisition, CacheEntry, CacheStore, RateLimitStore, Usage } from './types.ts';

export interface MemoryCacheStoreOptions {
  /** Byte budget (sum of entry `bytes`); least recently used entries go first. Default 64 MiB. */
  maxBytes?: number;
  /** Called once per entry dropped to stay within budget (wire it to `cacheEvictions`). */
  onEvict?: (key: string, entry: CacheEntry) => void;
}

/**
 * An in-process LRU cache bounded by bytes. A `Map` iterates in insertion order, so re-inserting
 * on every hit keeps the least recently used entry first. An entry larger than the whole budget is
 * not stored at all (it would only evict everything else and then itself).
 */
export function createMemoryCacheStore(options: MemoryCacheStoreOptions = {}): CacheStore {
  const { maxBytes = 64 * 1024 * 1024, onEvict } = options;
  const entries = new Map<string, CacheEntry>();
  let size = 0;

  const remove = (key: string): CacheEntry | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    entries.delete(key);
    size -= entry.bytes;
    return entry;
  };

  return {
    get size() {
      return size;
    },
    async get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    async set(key, entry) {
      remove(key);
      if (entry.bytes > maxBytes) return;
      entries.set(key, entry);
      size += entry.bytes;
      for (const [oldest] of entries) {
        if (size <= maxBytes) break;
        const evicted = remove(oldest);
        if (evicted !== undefined) onEvict?.(oldest, evicted);
      }
    },
    async delete(key) {
      remove(key);
    },
    async deletePrefix(prefix) {
      for (const key of [...entries.keys()]) if (key.startsWith(prefix)) remove(key);
    },
    async clear() {
      entries.clear();
      size = 0;
    },
  };
}

interface Bucket {
  inFlight: Set<string>;
  /** Answer times, ascending. */
  answered: number[];
  pausedUntil: number;
}

/**
 * The in-process budget log. Correct for one process; several processes need a shared store
 * (Redis) implementing the same `RateLimitStore` contract.
 */
export function createMemoryRateLimitStore(): RateLimitStore {
  const buckets = new Map<string, Bucket>();
  let nextId = 0;

  const bucket = (key: string): Bucket => {
    let found = buckets.get(key);
    if (found === undefined) {
      found = { inFlight: new Set(), answered: [], pausedUntil: Number.NEGATIVE_INFINITY };
      buckets.set(key, found);
    }
    return found;
  };

  /** Answers at or before `now - windowMs` no longer share a window with anything sent from `now`. */
  const prune = (key: string, b: Bucket, now: number, windowMs: number): void => {
    let expired = 0;
    while (expired < b.answered.length && b.answered[expired]! <= now - windowMs) expired++;
    if (expired > 0) b.answered.splice(0, expired);
    if (b.answered.length === 0 && b.inFlight.size === 0 && b.pausedUntil <= now) buckets.delete(key);
  };

  return {
    shared: false,

    async acquire(keys, { limit, windowMs, now }): Promise<Acquisition> {
      const blocked: string[] = [];
      let retryAt: number | undefined = Number.NEGATIVE_INFINITY;
      for (const key of keys) {
        const b = buckets.get(key);
        if (b === undefined) continue;
        prune(key, b, now, windowMs);
        let full = false;
        if (b.pausedUntil > now) {
          full = true;
          if (retryAt !== undefined) retryAt = Math.max(retryAt, b.pausedUntil);
        }
        const used = b.inFlight.size + b.answered.length;
        if (used >= limit) {
          full = true;
          // Room returns when enough answers leave the window; if answers alone cannot make room,
          // it depends on requests still in flight.
          const mustExpire = used - limit + 1;
          const expiring = b.answered[mustExpire - 1];
          if (mustExpire <= b.answered.length && expiring !== undefined) {
            if (retryAt !== undefined) retryAt = Math.max(retryAt, expiring + windowMs);
          } else {
            retryAt = undefined;
          }
        }
        if (full) blocked.push(key);
      }
      if (blocked.length > 0) return retryAt === undefined ? { ok: false, blocked } : { ok: false, retryAt, blocked };
      const id = String(++nextId);
      for (const key of keys) bucket(key).inFlight.add(id);
      return { ok: true, id };
    },

    async usage(keys, { limit, windowMs, now }): Promise<Usage[]> {
      return keys.map((key) => {
        const b = buckets.get(key);
        if (b === undefined) return { used: 0, resetAt: now };
        prune(key, b, now, windowMs);
        const paused = b.pausedUntil > now;
        const used = paused ? limit : b.inFlight.size + b.answered.length;
        // In flight counts as answered now; the latest answer leaves the window last.
        const lastAnswer = b.inFlight.size > 0 ? now : (b.answered.at(-1) ?? Number.NEGATIVE_INFINITY);
        const resetAt = Math.max(now, lastAnswer + windowMs, paused ? b.pausedUntil : now);
        return { used: Math.min(used, limit), resetAt: used === 0 && !paused ? now : resetAt };
      });
    },

    async release(keys, id) {
      for (const key of keys) buckets.get(key)?.inFlight.delete(id);
    },

    async settle(keys, id, at) {
      for (const key of keys) {
        const b = buckets.get(key);
        if (!b?.inFlight.delete(id)) continue;
        let index = b.answered.length;
        while (index > 0 && b.answered[index - 1]! > at) index--;
        b.answered.splice(index, 0, at);
      }
    },

    async pause(keys, untilMs) {
      for (const key of keys) {
        const b = bucket(key);
        b.pausedUntil = Math.max(b.pausedUntil, untilMs);
      }
    },
  };
}
