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
  /** Body size on the wire (metrics); a store budgets what it really holds instead. */
  bytes: number;
  /** Epoch milliseconds when the entry was last written: when the answer that last validated it (a 200 or a 304) arrived. */
  storedAt: number;
  /**
   * Epoch milliseconds when upstream last vouched for it: when the request that got the stored 200
   * or the latest 304 was sent. Absent in entries written before freshness existed (never fresh).
   */
  validatedAt?: number;
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
  /** Bytes currently held: the memory store counts its serialised entries; Redis what this process wrote. */
  readonly size: number;
  /** Entries currently held, when the store knows it cheaply (the memory store does). */
  readonly entries?: number;
}

export interface AcquireOptions {
  /** Requests allowed per key: in flight plus answered within the last `windowMs`. */
  limit: number;
  windowMs: number;
  /** The caller's clock, epoch milliseconds. Stores never read time themselves. */
  now: number;
}

export type Acquisition =
  /** Recorded as in flight under every key; `settle` it when the answer (or failure) arrives. */
  | { ok: true; id: string }
  /**
   * Nothing was recorded. `retryAt` is the earliest time a retry can succeed when that is known
   * (an answered request leaving the window, a pause ending); absent while only requests still in
   * flight block, whose answers decide it. `blocked` names the keys that had no room (all of
   * them when absent), so a waiter blocked only by its own token does not hold back others on
   * its account.
   */
  | { ok: false; retryAt?: number; blocked?: string[] };

/** How much of one key's budget is taken at a moment, read without spending any. */
export interface Usage {
  /** Requests in flight plus those answered within the last `windowMs`. */
  used: number;
  /**
   * When everything counted now has left the window and no pause holds the key (epoch ms):
   * the full budget is back then, barring new calls. `now` when nothing is counted.
   */
  resetAt: number;
}

/**
 * The budget per key, counted so that upstream can never see more than `limit` arrivals in any
 * window of `windowMs`: a request occupies the budget from the moment it is sent until
 * `windowMs` after its answer arrives. (Upstream counts a request when it arrives, which is after
 * we send it — connection set-up, a queue in the connection pool — but never after its answer.)
 *
 * `acquire` must be atomic over all `keys` (a Redis store runs it as one Lua script). A shared
 * store should treat an in-flight record older than the client's request timeout as answered
 * then, so a crashed process cannot hold budget for ever.
 */
/**
 * An `acquire` whose answer never came (a command timeout, a dropped connection): the store may
 * still record it later under `id`, which its caller should release once the store answers.
 */
export class UnansweredAcquisition extends Error {
  constructor(
    readonly id: string,
    cause: unknown,
  ) {
    super(`The rate budget did not answer acquisition ${id}.`, { cause });
  }
}

export interface RateLimitStore {
  /** Whether other processes share it: waiters then poll, since their answers arrive elsewhere. */
  readonly shared?: boolean;
  acquire(keys: readonly string[], options: AcquireOptions): Promise<Acquisition>;
  /** The request `id` will not be sent after all (its caller left): it stops counting. No-op if unknown. */
  release(keys: readonly string[], id: string): Promise<void>;
  /** The request `id` got its answer at `at`; it now counts until `at + windowMs`. No-op if unknown. */
  settle(keys: readonly string[], id: string, at: number): Promise<void>;
  /** Nothing may be sent on these keys before `untilMs`; an earlier pause never shortens a later one. */
  pause(keys: readonly string[], untilMs: number): Promise<void>;
  /**
   * Each key's usage at `now`, in the order of `keys`; records nothing. A request still in flight
   * is assumed answered at `now`. A paused key counts as fully used until its pause ends.
   */
  usage(keys: readonly string[], options: AcquireOptions): Promise<Usage[]>;
}
