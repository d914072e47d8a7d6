import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Acquisition, CacheEntry, CacheStore, RateLimitStore, Usage } from './types.ts';

export interface MemoryCacheStoreOptions {
  /** Byte budget: what the entries really occupy, serialised (see `heldBytes`). Default 64 MiB. */
  maxBytes?: number;
  /** Called once per entry dropped to stay within budget (wire it to `cacheEvictions`). */
  onEvict?: (key: string) => void;
}

/**
 * What one stored entry costs besides its serialised bytes: the Map slot, the key string and the
 * typed-array object around the bytes. Rounded up, so the budget errs on the safe side.
 */
const ENTRY_OVERHEAD = 256;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * One entry at rest: one exact-size buffer holding the UTF-8 JSON of everything but the body,
 * then the body's JSON (raw-deflated when `zipped`). One buffer rather than two: each buffer costs
 * two heap objects and a native allocation of its own, about 200 bytes, which at 10,000 entries of
 * 1.5 KB is a tenth of the cache.
 */
interface Stored {
  data: Uint8Array;
  /** Bytes of `data` that are the meta JSON; the body is the rest. */
  metaLength: number;
  hasBody: boolean;
  zipped: boolean;
}

/** A body's bytes as stored, for re-storing the same body without serialising it again. */
interface BodyBytes {
  body: Uint8Array;
  zipped: boolean;
}

/**
 * Bodies from this size up are deflated (fastest level): Basecamp JSON shrinks 4–6×, so the same
 * budget holds that many more answers, for ~50 µs when stored and ~15 µs when read.
 */
const DEFLATE_FROM = 1024;

function encodeBody(body: unknown): BodyBytes {
  const json = encoder.encode(JSON.stringify(body));
  if (json.byteLength < DEFLATE_FROM) return { body: json, zipped: false };
  return { body: deflateRawSync(json, { level: constants.Z_BEST_SPEED }), zipped: true };
}

function bodyBytes(stored: Stored): BodyBytes {
  return { body: stored.data.subarray(stored.metaLength), zipped: stored.zipped };
}

function decodeBody({ body, zipped }: BodyBytes): unknown {
  return JSON.parse(decoder.decode(zipped ? inflateRawSync(body) : body));
}

/** Bytes one entry holds in this store: its serialised form, its key, and the bookkeeping. */
export function heldBytes(key: string, stored: Stored): number {
  return stored.data.byteLength + key.length + ENTRY_OVERHEAD;
}

/** The serialised form of `entry`, as the store keeps it; `known` supplies a body's bytes already made. */
export function serialise(entry: CacheEntry, known?: (body: object) => BodyBytes | undefined): Stored {
  const { body, ...meta } = entry;
  const reused = body !== null && typeof body === 'object' ? known?.(body) : undefined;
  const encoded = reused ?? (body === undefined ? undefined : encodeBody(body));
  const metaBytes = encoder.encode(JSON.stringify(meta));
  // Copied into one exact-size array: zlib's small results are slices of a shared 8 KiB pool, and
  // a reused body is a view into the entry it came from.
  const data = new Uint8Array(metaBytes.byteLength + (encoded?.body.byteLength ?? 0));
  data.set(metaBytes, 0);
  if (encoded) data.set(encoded.body, metaBytes.byteLength);
  return { data, metaLength: metaBytes.byteLength, hasBody: encoded !== undefined, zipped: encoded?.zipped ?? false };
}

/**
 * An in-process LRU cache bounded by the bytes it really holds. Entries are kept serialised
 * (whatever fields they have; larger bodies deflated) and parsed on every `get`, so a parsed body lives only as long as
 * the request that asked for it: the budget bounds the heap, not just a count of wire bytes.
 * Plain JSON is lossless here because bodies already carry ids and integers past 2^53 as strings
 * (`json.ts`).
 *
 * The body is kept apart from the small rest: a 304 re-stores the entry with new validators and
 * the same body object it just read, whose bytes are then reused instead of serialised again.
 *
 * A `Map` iterates in insertion order, so re-inserting on every hit keeps the least recently used
 * entry first. An entry larger than the whole budget is not stored at all (it would only evict
 * everything else and then itself).
 */
export function createMemoryCacheStore(options: MemoryCacheStoreOptions = {}): CacheStore {
  const { maxBytes = 64 * 1024 * 1024, onEvict } = options;
  // TextEncoder gives each entry its own exact-size buffer: a pooled Buffer slice would keep its
  // whole 8 KiB slab alive for as long as any entry cut from it.
  const entries = new Map<string, Stored>();
  // Body objects handed out by `get` → the bytes they were parsed from; held only while the body
  // itself is alive (a request's lifetime), so it adds nothing the budget does not already count.
  const parsedFrom = new WeakMap<object, BodyBytes>();
  let size = 0;

  const remove = (key: string): boolean => {
    const stored = entries.get(key);
    if (stored === undefined) return false;
    entries.delete(key);
    size -= heldBytes(key, stored);
    return true;
  };

  return {
    get size() {
      return size;
    },
    get entries() {
      return entries.size;
    },
    async get(key) {
      const stored = entries.get(key);
      if (stored === undefined) return undefined;
      entries.delete(key);
      entries.set(key, stored);
      const entry = JSON.parse(decoder.decode(stored.data.subarray(0, stored.metaLength))) as CacheEntry;
      if (stored.hasBody) {
        const bytes = bodyBytes(stored);
        entry.body = decodeBody(bytes);
        if (entry.body !== null && typeof entry.body === 'object') parsedFrom.set(entry.body, bytes);
      }
      return entry;
    },
    async set(key, entry) {
      remove(key);
      const stored = serialise(entry, (body) => parsedFrom.get(body));
      const held = heldBytes(key, stored);
      if (held > maxBytes) return;
      entries.set(key, stored);
      size += held;
      for (const oldest of entries.keys()) {
        if (size <= maxBytes) break;
        if (remove(oldest)) onEvict?.(oldest);
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

/** The in-process budget log, with how many keys it keeps state for. */
export interface MemoryRateLimitStore extends RateLimitStore {
  readonly keys: number;
}

/**
 * The in-process budget log. Correct for one process; several processes need a shared store
 * (Redis) implementing the same `RateLimitStore` contract.
 *
 * A key's state goes once its answers have left the window. A key seen again is pruned then; the
 * others (a token used once, an OAuth token replaced by its refresh) by a sweep over every key,
 * one per `sweepEvery` acquisitions or per as many as there are keys, so it stays O(1) per call
 * and the state is bounded by the keys active within a window.
 */
export function createMemoryRateLimitStore(options: { sweepEvery?: number } = {}): MemoryRateLimitStore {
  const { sweepEvery = 1_000 } = options;
  const buckets = new Map<string, Bucket>();
  let nextId = 0;
  let untilSweep = sweepEvery;

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

    get keys() {
      return buckets.size;
    },

    async acquire(keys, { limit, windowMs, now }): Promise<Acquisition> {
      if (--untilSweep <= 0) {
        for (const [key, b] of buckets) prune(key, b, now, windowMs);
        untilSweep = Math.max(sweepEvery, buckets.size);
      }
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
