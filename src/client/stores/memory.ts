import type { CacheEntry, CacheStore, RateLimitStore, Reservation, ReserveOptions } from './types.ts';

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

interface Slot {
  id: string;
  at: number;
}

interface Bucket {
  /** Reservations in ascending `at` order (appends are never earlier than the last one). */
  slots: Slot[];
  pausedUntil: number;
}

/**
 * The in-process sliding-window log. Correct for one process; several processes need a shared
 * store (Redis) implementing the same `RateLimitStore` contract.
 */
export function createMemoryRateLimitStore(): RateLimitStore {
  const buckets = new Map<string, Bucket>();
  let nextId = 0;

  const bucket = (key: string): Bucket => {
    let found = buckets.get(key);
    if (found === undefined) {
      found = { slots: [], pausedUntil: Number.NEGATIVE_INFINITY };
      buckets.set(key, found);
    }
    return found;
  };

  /** Slots at or before `now - windowMs` can never share a window with a slot at or after `now`. */
  const prune = (key: string, b: Bucket, now: number, windowMs: number): void => {
    let expired = 0;
    while (expired < b.slots.length && b.slots[expired]!.at <= now - windowMs) expired++;
    if (expired > 0) b.slots.splice(0, expired);
    if (b.slots.length === 0 && b.pausedUntil <= now) buckets.delete(key);
  };

  return {
    async reserve(keys: readonly string[], options: ReserveOptions): Promise<Reservation> {
      const { limit, windowMs, now, maxWaitMs } = options;
      let at = now;
      for (const key of keys) {
        const b = buckets.get(key);
        if (b === undefined) continue;
        prune(key, b, now, windowMs);
        at = Math.max(at, b.pausedUntil);
        const last = b.slots.at(-1);
        if (last !== undefined) at = Math.max(at, last.at);
        // The limit-th most recent slot must fall out of the window before another may start.
        if (b.slots.length >= limit) at = Math.max(at, b.slots[b.slots.length - limit]!.at + windowMs);
      }
      const waitMs = at - now;
      if (waitMs > maxWaitMs) return { ok: false, waitMs };
      const id = String(++nextId);
      for (const key of keys) bucket(key).slots.push({ id, at });
      return { ok: true, id, at, waitMs };
    },

    async release(keys, id) {
      for (const key of keys) {
        const b = buckets.get(key);
        const index = b?.slots.findIndex((slot) => slot.id === id) ?? -1;
        if (index >= 0) b!.slots.splice(index, 1);
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
