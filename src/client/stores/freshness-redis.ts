import type { Redis } from 'ioredis';
import type { FreshnessStore } from './freshness-types.ts';

export interface RedisFreshnessStoreOptions {
  redis: Redis;
  /** Namespace for every key. Default `bcgql:`. */
  prefix?: string;
}

/**
 * Freshness marks shared by every process on the same Redis: one string per mark (its time, with
 * a `PX` expiry of the longest window) and one set of watched project ids per account. A lookup is
 * one round trip (`MGET` plus `SISMEMBER`).
 */
export function createRedisFreshnessStore(options: RedisFreshnessStoreOptions): FreshnessStore {
  const { redis, prefix = 'bcgql:' } = options;
  const markKey = (accountId: string, key: string) => `${prefix}fresh:${accountId}:${key}`;
  const watchedKey = (accountId: string) => `${prefix}watched:${accountId}`;

  return {
    async mark(accountId, keys, { at, ttlMs }) {
      if (keys.length === 0) return;
      await redis.eval(MARK, keys.length, ...keys.map((key) => markKey(accountId, key)), at, Math.max(1, Math.ceil(ttlMs)));
    },
    async lookup(accountId, keys, projectId) {
      const pipeline = redis.pipeline().mget(...keys.map((key) => markKey(accountId, key)));
      if (projectId !== undefined) pipeline.sismember(watchedKey(accountId), projectId);
      const results = (await pipeline.exec()) ?? [];
      for (const [error] of results) if (error) throw error;
      const marks = (results[0]?.[1] ?? []) as (string | null)[];
      let markedAt: number | undefined;
      for (const text of marks) {
        if (text === null) continue;
        const at = Number(text);
        if (markedAt === undefined || at > markedAt) markedAt = at;
      }
      const watched = projectId !== undefined && results[1]?.[1] === 1;
      return { ...(markedAt !== undefined && { markedAt }), watched };
    },
    async setWatched(accountId, projectId, watching) {
      if (watching) await redis.sadd(watchedKey(accountId), projectId);
      else await redis.srem(watchedKey(accountId), projectId);
    },
    async isWatched(accountId, projectId) {
      return (await redis.sismember(watchedKey(accountId), projectId)) === 1;
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
