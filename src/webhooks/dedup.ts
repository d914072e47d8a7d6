import type { Redis } from 'ioredis';

/** Remembers which webhook events were already handled, so a redelivery is acted on once. */
export interface EventDedup {
  /** True the first time `accountId:eventId` is seen (within the TTL), false for a redelivery. */
  firstSeen(accountId: string, eventId: string): Promise<boolean>;
}

export interface EventDedupOptions {
  /** How long an event id is remembered. Basecamp retries for hours; default 24 h. */
  ttlMs?: number;
  /** Memory bound: the oldest ids are forgotten past this many. Default 10 000. */
  maxEntries?: number;
  /** Shared across processes: `SET key 1 NX PX ttl`. The memory set still answers when Redis fails. */
  redis?: Redis;
  keyPrefix?: string;
  now?: () => number;
  /** Called once per Redis outage, with a message that holds no secret. */
  onRedisError?: (message: string) => void;
}

/** Redis calls that take longer are treated as failed: the receiver answers within a second. */
const REDIS_TIMEOUT_MS = 300;

export function createEventDedup(options: EventDedupOptions = {}): EventDedup {
  const { ttlMs = 24 * 3_600_000, maxEntries = 10_000, redis, keyPrefix = 'bcgql:', now = Date.now } = options;
  // Insertion-ordered: the first entries are the oldest, so trimming and expiry walk from the front.
  const seen = new Map<string, number>();
  let redisDown = false;

  function rememberLocally(key: string): boolean {
    const at = now();
    for (const [old, expires] of seen) {
      if (expires > at && seen.size < maxEntries) break;
      seen.delete(old);
    }
    if ((seen.get(key) ?? 0) > at) return false;
    seen.set(key, at + ttlMs);
    return true;
  }

  return {
    async firstSeen(accountId, eventId) {
      const key = `${accountId}:${eventId}`;
      const local = rememberLocally(key);
      if (!redis) return local;
      if (!local) return false;
      try {
        const answer = await withTimeout(redis.set(`${keyPrefix}webhook-event:${key}`, '1', 'PX', ttlMs, 'NX'), REDIS_TIMEOUT_MS);
        if (redisDown) redisDown = false;
        return answer === 'OK';
      } catch (error) {
        if (!redisDown) options.onRedisError?.(`webhook de-duplication falls back to this process: ${(error as Error).message}`);
        redisDown = true;
        return true;
      }
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
