/**
 * The two storage interfaces behind the client layers (undici `DNSStorage` style: tiny, async).
 * `memory.ts` implements them in-process; a Redis implementation shares them across processes.
 */

/** A stored GET response, replayed when the upstream answers 304. Bodies are read-only once stored. */
export interface CacheEntry {
  etag?: string;
  lastModified?: string;
  status: number;
  /** Lower-case header names, as received with the stored body. */
  headers: Record<string, string>;
  /** Parsed JSON body (ids already strings). */
  body: unknown;
  /** Body size on the wire; what the store's byte budget counts. */
  bytes: number;
  /** Epoch milliseconds when the entry was written. */
  storedAt: number;
}

/**
 * Keys are opaque strings built by the cache layer (`tokenHash:accountId:url`); a store must not
 * interpret them beyond prefix matching.
 */
export interface CacheStore {
  get(key: string): Promise<CacheEntry | undefined>;
  /** Stores or replaces an entry; may evict others to stay within budget. */
  set(key: string, entry: CacheEntry): Promise<void>;
  delete(key: string): Promise<void>;
  /** Deletes every entry whose key starts with `prefix` (e.g. all of one token's entries). */
  deletePrefix(prefix: string): Promise<void>;
  clear(): Promise<void>;
  /** Bytes currently held (sum of entry `bytes`). */
  readonly size: number;
}

export interface ReserveOptions {
  /** Sends allowed per key in any window of `windowMs`. */
  limit: number;
  windowMs: number;
  /** The caller's clock, epoch milliseconds. Stores never read time themselves. */
  now: number;
  /** Refuse (and reserve nothing) when the earliest slot is further away than this. */
  maxWaitMs: number;
}

export type Reservation =
  /** A slot at `at` (= now + waitMs) is now counted against every key; send then, or release it. */
  | { ok: true; id: string; at: number; waitMs: number }
  /** Nothing was reserved: the earliest slot is `waitMs` away, past `maxWaitMs`. */
  | { ok: false; waitMs: number };

/**
 * A sliding-window log per key, with reservations. `reserve` is the one operation that must be
 * atomic (a Redis store runs it as a single Lua script over all `keys`): it finds the earliest
 * time `at >= now` such that, for every key,
 *   - `at` is not before the key's latest reservation (FIFO: a later caller never overtakes),
 *   - `at` is not before the key's pause,
 *   - fewer than `limit` reservations lie in `(at - windowMs, at]`,
 * and then records `at` under every key. Reservations at or before `now - windowMs` can be dropped.
 */
export interface RateLimitStore {
  reserve(keys: readonly string[], options: ReserveOptions): Promise<Reservation>;
  /** Gives back a reservation that will not be sent (its caller aborted or is re-planned). No-op if unknown. */
  release(keys: readonly string[], id: string): Promise<void>;
  /** No reservation on these keys may start before `untilMs`; an earlier pause never shortens a later one. */
  pause(keys: readonly string[], untilMs: number): Promise<void>;
}
