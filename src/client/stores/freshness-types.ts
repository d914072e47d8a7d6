/**
 * Where freshness marks and the watched set live: in-process (`freshness-memory.ts`) or in Redis
 * (`freshness-redis.ts`) so every server process sees every invalidation. Keys are opaque strings
 * built by `freshness-keys.ts`; a store compares them for equality only. Stores never read time.
 */
export interface FreshnessStore {
  /**
   * Records "stale since `at`" for each key of the account, keeping a later mark already there.
   * A mark may be forgotten `ttlMs` after `at` (no entry older than the longest window is fresh anyway).
   */
  mark(accountId: string, keys: readonly string[], options: { at: number; ttlMs: number }): Promise<void>;
  /** The latest mark among `keys`, or undefined when none. */
  latestMark(accountId: string, keys: readonly string[]): Promise<number | undefined>;
  /** Adds or removes a project from the account's watched set (kept until removed). */
  setWatched(accountId: string, projectId: string, watching: boolean): Promise<void>;
  isWatched(accountId: string, projectId: string): Promise<boolean>;
  /** The account's watched project ids. */
  watchedProjects(accountId: string): Promise<string[]>;
}
