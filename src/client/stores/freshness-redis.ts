import type { Redis } from 'ioredis';
import type { FreshnessStore } from './freshness-types.ts';

export interface RedisFreshnessStoreOptions {
  redis: Redis;
  /** Namespace for every key. Default `bcgql:`. */
  prefix?: string;
}

/**
 * Freshness marks shared by every process on the same Redis: one string per mark (its time, with
 * a `PX` expiry of the longest window) and one set of watched project ids per account. Checking a
 * read is one `MGET`.
 *
 * Once connected, while the connection is down, marks and lookups fail at once instead of waiting in ioredis's
 * offline queue: the freshness layer then revalidates, which is what a query needs meanwhile.
 * ioredis keeps reconnecting on its own.
 */
export function createRedisFreshnessStore(options: RedisFreshnessStoreOptions): FreshnessStore {
  const { redis, prefix = 'bcgql:' } = options;
  const markKey = (accountId: string, key: string) => `${prefix}fresh:${accountId}:${key}`;
  const watchedKey = (accountId: string) => `${prefix}watched:${accountId}`;
  // Before the first connection, commands wait in the queue as usual; after it, never.
  let seenReady = redis.status === 'ready';
  redis.on('ready', () => {
    seenReady = true;
  });
  const connected = (): void => {
    if (seenReady && redis.status !== 'ready') throw new Error(`Redis is not connected (${redis.status})`);
  };

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
      if (watching) await redis.sadd(watchedKey(accountId), projectId);
      else await redis.srem(watchedKey(accountId), projectId);
    },
    async isWatched(accountId, projectId) {
      return (await redis.sismember(watchedKey(accountId), projectId)) === 1;
    },
    async watchedProjects(accountId) {
      connected();
      return redis.smembers(watchedKey(accountId));
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
