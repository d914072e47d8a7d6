import type { Redis } from 'ioredis';
import type { Availability } from './fallback.ts';
import type { FreshnessStore } from './freshness-types.ts';

export interface RedisFreshnessStoreOptions {
  redis: Redis;
  /** Namespace for every key. Default `bcgql:`. */
  prefix?: string;
  /**
   * Whether Redis is usable (the process's link): while it is not, nothing waits on Redis, from
   * startup on. Default: ioredis's own state once it has connected (before that, commands queue).
   */
  available?: Availability;
  /** Watched-set reads slower than this answer from this process's copy: a webhook delivery waits on them. Default 200 ms. */
  watchedTimeoutMs?: number;
  /** Told when Redis came back without the watched sets (restarted empty) and this process put its copy back. */
  warn?: (message: string) => void;
}

/**
 * Freshness marks shared by every process on the same Redis: one string per mark (its time, with
 * a `PX` expiry of the longest window) and one set of watched project ids per account. Checking a
 * read is one `MGET`.
 *
 * While Redis is unavailable, marks and lookups fail at once instead of waiting in ioredis's
 * offline queue: the freshness layer then revalidates, which is what a query needs meanwhile.
 * The watched set never fails: each process keeps its own copy of it (what it watched, what it
 * last read), answers from that copy while Redis does not, and writes its changes made meanwhile
 * once Redis answers again. A Redis that restarted without its data gets every process's copy
 * back: otherwise every webhook would be ignored as for a project nobody watches.
 */
export function createRedisFreshnessStore(options: RedisFreshnessStoreOptions): FreshnessStore {
  const { redis, prefix = 'bcgql:', available, watchedTimeoutMs = 200, warn = () => undefined } = options;
  const markKey = (accountId: string, key: string) => `${prefix}fresh:${accountId}:${key}`;
  const watchedKey = (accountId: string) => `${prefix}watched:${accountId}`;
  // Without a link: before the first connection, commands wait in the queue as usual; after it, never.
  let seenReady = redis.status === 'ready';
  redis.on('ready', () => {
    seenReady = true;
    if (!available) void recover();
  });
  const up = (): boolean => (available ? available.up : !seenReady || redis.status === 'ready');
  const connected = (): void => {
    if (!up()) throw new Error(`Redis is not connected (${redis.status})`);
  };

  /** This process's copy of each account's watched set. */
  const local = new Map<string, Set<string>>();
  /** Changes made while Redis did not take them, per account: project → watching. */
  const unsynced = new Map<string, Map<string, boolean>>();
  const localSet = (accountId: string): Set<string> => {
    let projects = local.get(accountId);
    if (projects === undefined) local.set(accountId, (projects = new Set()));
    return projects;
  };
  const keepLocally = (accountId: string, projectId: string, watching: boolean): void => {
    if (watching) localSet(accountId).add(projectId);
    else local.get(accountId)?.delete(projectId);
  };
  /** Redis's answer, or undefined when it is unavailable, fails or is slower than `watchedTimeoutMs`. */
  const attempt = async <T>(work: () => Promise<T>): Promise<{ value: T } | undefined> => {
    if (!up()) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), watchedTimeoutMs);
      });
      return await Promise.race([work().then((value) => ({ value })), timeout]);
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  };
  const write = (accountId: string, projectId: string, watching: boolean): Promise<unknown> =>
    watching ? redis.sadd(watchedKey(accountId), projectId) : redis.srem(watchedKey(accountId), projectId);

  const sync = async (): Promise<void> => {
    for (const [accountId, changes] of unsynced) {
      for (const [projectId, watching] of changes) {
        if (!(await attempt(() => write(accountId, projectId, watching)))) return;
        if (changes.get(projectId) === watching) changes.delete(projectId);
      }
      if (changes.size === 0) unsynced.delete(accountId);
      await markSince();
    }
  };

  // Redis's run id changes with every restart. The sentinel, written with the first watched set,
  // lives as long as the data: a restart that kept it (persistence) shows an older run id there.
  const sentinel = `${prefix}watched-since`;
  let runId: string | undefined;
  const markSince = async (): Promise<void> => {
    const current = runId;
    if (current !== undefined) await attempt(() => redis.set(sentinel, current, 'NX'));
  };
  /** Whether the watched sets were lost since this process last saw Redis. */
  const lostSince = async (): Promise<boolean> => {
    const current = /^run_id:(\w+)/m.exec(await redis.info('server'))?.[1];
    const previous = runId;
    runId = current;
    if (current === undefined || previous === undefined || previous === current) return false;
    const since = await redis.get(sentinel);
    return since === null || since === current;
  };
  const recover = async (): Promise<void> => {
    if (await lostSince().catch(() => false)) {
      let restored = 0;
      for (const [accountId, projects] of local) {
        if (projects.size === 0 || !(await attempt(() => redis.sadd(watchedKey(accountId), ...projects)))) continue;
        restored += projects.size;
      }
      if (restored > 0) warn(`Redis came back without the watched projects (it restarted empty): put back the ${restored} this process knows`);
    }
    if ([...local.values()].some((projects) => projects.size > 0)) await markSince();
    await sync();
  };
  // Without a link, the one `ready` listener above also recovers: a listener each would pile up on a shared client.
  available?.onRecover(() => void recover());
  if (redis.status === 'ready') void recover();

  return {
    async mark(accountId, keys, { at, ttlMs }) {
      if (keys.length === 0) return;
      connected();
      await redis.eval(MARK, keys.length, ...keys.map((key) => markKey(accountId, key)), at, Math.max(1, Math.ceil(ttlMs)));
    },
    async latestMark(accountId, keys) {
      if (keys.length === 0) return undefined;
      connected();
      let markedAt: number | undefined;
      for (const text of await redis.mget(...keys.map((key) => markKey(accountId, key)))) {
        if (text === null) continue;
        const at = Number(text);
        if (markedAt === undefined || at > markedAt) markedAt = at;
      }
      return markedAt;
    },
    async setWatched(accountId, projectId, watching) {
      keepLocally(accountId, projectId, watching);
      const changes = unsynced.get(accountId) ?? new Map<string, boolean>();
      changes.set(projectId, watching);
      unsynced.set(accountId, changes);
      // Written when Redis answers again, if not now.
      await sync();
    },
    async isWatched(accountId, projectId) {
      const pending = unsynced.get(accountId)?.get(projectId);
      if (pending !== undefined) return pending;
      const shared = await attempt(() => redis.sismember(watchedKey(accountId), projectId));
      if (shared) keepLocally(accountId, projectId, shared.value === 1);
      return local.get(accountId)?.has(projectId) ?? false;
    },
    async watchedProjects(accountId) {
      const shared = await attempt(() => redis.smembers(watchedKey(accountId)));
      if (shared) {
        const projects = new Set(shared.value);
        for (const [projectId, watching] of unsynced.get(accountId) ?? []) {
          if (watching) projects.add(projectId);
          else projects.delete(projectId);
        }
        local.set(accountId, projects);
      }
      return [...(local.get(accountId) ?? [])];
    },
  };
}

// Keeps the later of two marks (processes race) and refreshes the expiry with it.
const MARK = `
local at, ttl = tonumber(ARGV[1]), ARGV[2]
for i = 1, #KEYS do
  local current = tonumber(redis.call('GET', KEYS[i]) or '-1')
  if at >= current then redis.call('SET', KEYS[i], ARGV[1], 'PX', ttl) end
end
return 1
`;
