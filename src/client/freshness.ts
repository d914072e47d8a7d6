import { cacheKey } from './cache.ts';
import { accountPath, copiedIds, isWebhookCovered, lookupKeys, prefixKeys, projectKey, projectOf, Placements, writeKeys } from './freshness-keys.ts';
import type { ClientMetrics } from './metrics.ts';
import type { CacheEntry, CacheStore } from './stores/types.ts';
import type { FreshnessStore } from './stores/freshness-types.ts';
import type { Layer, UpstreamRequest, UpstreamResponse } from './types.ts';

export interface FreshnessOptions {
  /** The cache layer's store: the entries whose `validatedAt` decides. */
  cacheStore: CacheStore;
  /** Marks and the watched set. */
  store: FreshnessStore;
  now: () => number;
  /** A stored answer validated this recently is served without a call. 0 = always revalidate. */
  freshForMs: number;
  /** The same for webhook-covered objects of a watched project. */
  watchedFreshForMs: number;
  /** Told once when the freshness store fails, and once when it answers again. */
  log?: (message: string) => void;
  /** Counts the GETs answered with no call (`freshAnswers`). */
  metrics?: ClientMetrics;
  /**
   * How long this process trusts its copy of an account's watched set (other processes may
   * change it). Default 1 000 ms: a project unwatched elsewhere is served from the cache at most
   * this much longer; this process's own `watch` calls apply at once.
   */
  watchedSetTtlMs?: number;
}

/** The client's freshness policy: a layer for the stack, and the calls that steer it. */
export interface Freshness {
  layer: Layer;
  /** Marks account-relative path prefixes stale for every token (`/buckets/1/todolists/2`). */
  invalidate(accountId: string, pathPrefixes: readonly string[]): Promise<void>;
  /**
   * Marks what a change to `recording` makes stale, as a write through the client would: the
   * recording, its parent and the lists holding them, its project, the cross-project feeds.
   * `recording` is a Basecamp recording JSON (a webhook payload's `recording`: `url`, `parent`,
   * `bucket`); `kind` is the webhook's (`todo_changed`, `comment_created`, …): a `*_changed` edit
   * leaves the grandparent's counts alone, so its lists are not marked.
   */
  invalidateRecording(accountId: string, recording: unknown, kind?: string): Promise<void>;
  /** Adds or removes a project from the watched set; watching starts with every entry of it stale. */
  watch(accountId: string, projectId: string, watching: boolean): Promise<void>;
  isWatched(accountId: string, projectId: string): Promise<boolean>;
}

/**
 * "Validated just now is fresh." A GET whose stored entry for this token was validated (a 200
 * stored or a 304 received) within its window is answered from the store with no call below, and
 * counts as `fromCache` in the operation's ledger. The window is `freshForMs`, or
 * `watchedFreshForMs` for webhook-covered objects of a watched project. An entry validated at or
 * before a mark on its path, an ancestor prefix, an id in it or its project is not fresh: it is
 * revalidated below (a 304 when nothing changed).
 *
 * Whatever the window, an entry whose last validation was answered after the request's operation
 * began (`freshSince`) is fresh for it, marks permitting: that call was in flight when the
 * operation began, or sent after, so the operation gets what joining it in flight would have given
 * (the coalescing layer's promise), only later. So identical queries that arrive together pay each
 * GET once, even when their answers spread them out past the shared call's settling.
 *
 * Writes (POST, PUT, DELETE), whatever their outcome, mark what they change once they settle
 * (see `writeKeys`), so the writer's next read, and every other token's, goes upstream.
 *
 * The freshness store failing never fails a query: the entry is treated as not fresh. Once the
 * store answers again, entries validated before that moment stay not fresh in this process, since
 * marks written during the outage were lost.
 */
export function createFreshness(options: FreshnessOptions): Freshness {
  const { cacheStore, store, now, metrics, log = (message) => console.warn(message) } = options;
  const freshFor = nonNegative(options.freshForMs, 'freshForMs');
  const watchedFor = Math.max(freshFor, nonNegative(options.watchedFreshForMs, 'watchedFreshForMs'));
  // Marks need outlive only the longest window; a minute's slack covers clock skew between processes.
  const ttlMs = watchedFor + 60_000;
  const placements = new Placements();
  const watchedSetTtlMs = options.watchedSetTtlMs ?? 1_000;
  const watchedSets = new Map<string, { projects: Set<string>; until: number }>();
  let failing = false;
  let trustAfter = -Infinity;

  async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await work();
      if (failing) {
        failing = false;
        trustAfter = now();
        log('Freshness store answers again: serving fresh answers from the cache again.');
      }
      return result;
    } catch (error) {
      if (!failing) {
        failing = true;
        log(`Freshness store failed (${error instanceof Error ? error.message : String(error)}): revalidating every read until it answers.`);
      }
      return undefined;
    }
  }

  const mark = (accountId: string, keys: string[]): Promise<unknown> => guarded(() => store.mark(accountId, keys, { at: now(), ttlMs }));

  /**
   * The account's watched projects, from this process's short-lived copy; empty when the store
   * fails. Not `guarded`: a store that answers the watched set from its own copy while Redis is
   * down must not count as answering again, which only the marks decide.
   */
  async function watchedSet(accountId: string): Promise<Set<string>> {
    const cached = watchedSets.get(accountId);
    if (cached !== undefined && cached.until > now()) return cached.projects;
    const projects = new Set(await store.watchedProjects(accountId).catch((): string[] => []));
    watchedSets.set(accountId, { projects, until: now() + watchedSetTtlMs });
    return projects;
  }

  /**
   * The stored answer when it is fresh for `request`; otherwise the entry as read (null: nothing
   * stored), for the cache layer below, or undefined when the store was not read at all.
   */
  async function freshAnswer(request: UpstreamRequest): Promise<{ fresh: UpstreamResponse } | { read: CacheEntry | null } | undefined> {
    const since = request.freshSince;
    if (watchedFor === 0 && since === undefined) return undefined;
    const { accountId } = request.credentials;
    const path = accountPath(request.url, accountId);
    if (path === undefined) return undefined;
    const covered = isWebhookCovered(path);
    // With nothing watched and FRESH_FOR at 0, only an answer that arrived during this operation can serve.
    const watched = covered && watchedFor > freshFor ? await watchedSet(accountId) : undefined;
    const window = watched !== undefined && watched.size > 0 ? watchedFor : freshFor;
    if (window === 0 && since === undefined) return undefined;
    let entry: CacheEntry | undefined;
    try {
      entry = await cacheStore.get(cacheKey(request.credentials, request.url));
    } catch {
      return undefined; // the cache layer below meets the same failure and handles it
    }
    const read = { read: entry ?? null };
    if (entry?.validatedAt === undefined || entry.validatedAt < trustAfter) return read;
    const age = Math.max(0, now() - entry.validatedAt);
    const project = covered ? projectOf(path, entry.body, placements) : undefined;
    // Answered after the operation began (strictly: an answer of the same millisecond may predate
    // it), the call was one this request could have joined in flight. Otherwise: within FRESH_FOR
    // the watched set does not matter; past it, only a watched project keeps the entry. (A mark
    // outlives `ttlMs`: an older entry could have outlived the mark of a change after it.)
    const sinceBegan = since !== undefined && entry.storedAt > since && age < ttlMs;
    if (!sinceBegan && age >= freshFor && (age >= watchedFor || project === undefined || watched?.has(project) !== true)) return read;

    const markedAt = await guarded(() => store.latestMark(accountId, lookupKeys(path, project, copiedIds(entry.body))));
    // A failed store gives no answer; a store that just came back after an outage (this very call,
    // perhaps) lost the marks written meanwhile.
    if (failing || entry.validatedAt < trustAfter) return read;
    // A GET sent in the very millisecond of a mark may have been sent before the change: not fresh.
    if (markedAt !== undefined && entry.validatedAt <= markedAt) return read;
    return { fresh: { status: entry.status, headers: entry.headers, body: entry.body, bytes: entry.bytes, url: request.url } };
  }

  const layer: Layer = (next) => async (request) => {
    if (request.method !== 'GET') {
      let body: unknown;
      try {
        const response = await next(request);
        body = response.body;
        return response;
      } finally {
        const path = accountPath(request.url, request.credentials.accountId);
        if (path !== undefined) await mark(request.credentials.accountId, writeKeys(path, body, placements, request.credentials.accountId));
      }
    }
    if (bypasses(request)) return next(request);

    const answer = await freshAnswer(request);
    if (answer !== undefined && 'fresh' in answer) {
      if (request.ledger) request.ledger.fromCache += 1;
      metrics?.increment('freshAnswers');
      placements.learn(answer.fresh.body);
      return answer.fresh;
    }
    const response = await next(answer === undefined ? request : { ...request, stored: answer.read });
    if (response.status === 200) placements.learn(response.body);
    return response;
  };

  return {
    layer,
    async invalidate(accountId, pathPrefixes) {
      const keys = [...new Set(pathPrefixes.flatMap((prefix) => prefixKeys(accountPath(prefix, accountId) ?? prefix)))];
      if (keys.length > 0) await mark(accountId, keys);
    },
    async invalidateRecording(accountId, recording, kind) {
      const url = typeof recording === 'object' && recording !== null ? (recording as { url?: unknown }).url : undefined;
      const path = typeof url === 'string' ? accountPath(url, accountId) : undefined;
      await mark(accountId, writeKeys(path ?? '/recordings', recording, placements, accountId, { shallow: kind !== undefined && /_changed$/.test(kind) }));
    },
    async watch(accountId, projectId, watching) {
      // Entries validated before the webhook existed may have missed changes it would have reported.
      if (watching) await mark(accountId, [projectKey(projectId)]);
      await store.setWatched(accountId, projectId, watching);
      watchedSets.delete(accountId);
    },
    isWatched: (accountId, projectId) => store.isWatched(accountId, projectId),
  };
}

/** The cache layer's own bypass rule: a caller's own conditional request, or `no-store`, is never answered here. */
function bypasses(request: UpstreamRequest): boolean {
  const { headers } = request;
  return /\bno-store\b/i.test(headers['cache-control'] ?? '') || headers['if-none-match'] !== undefined || headers['if-modified-since'] !== undefined;
}

function nonNegative(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) throw new Error(`Basecamp client ${name} must be zero or more milliseconds, got ${value}.`);
  return value;
}
