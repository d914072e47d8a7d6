import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { UnansweredAcquisition, type Acquisition, type AcquireOptions, type CacheEntry, type CacheStore, type RateLimitStore, type Usage } from './types.ts';

export interface RedisCacheStoreOptions {
  redis: Redis;
  /** Namespace for every key. Default `bcgql:`. */
  prefix?: string;
  /** How long an unused entry is kept; Redis's own `maxmemory` policy bounds the total. Default 1 day. */
  ttlSeconds?: number;
}

/**
 * The freshness cache shared by every process that points at the same Redis. Keys are the
 * cache layer's `tokenHash:account:url`, so one token's entries never answer another's. Entries
 * are JSON (ids are already strings, so nothing is lost).
 *
 * `size` is the bytes this process wrote and has not deleted: Redis holds the true total.
 */
export function createRedisCacheStore(options: RedisCacheStoreOptions): CacheStore {
  const { redis, prefix = 'bcgql:', ttlSeconds = 86_400 } = options;
  const ns = `${prefix}cache:`;
  let size = 0;
  return {
    get size() {
      return size;
    },
    async get(key) {
      const text = await redis.get(ns + key);
      return text === null ? undefined : (JSON.parse(text) as CacheEntry);
    },
    async set(key, entry) {
      await redis.set(ns + key, JSON.stringify(entry), 'EX', ttlSeconds);
      size += entry.bytes;
    },
    async delete(key) {
      await redis.del(ns + key);
    },
    async deletePrefix(keyPrefix) {
      await deleteMatching(redis, `${escapeGlob(ns + keyPrefix)}*`);
    },
    async clear() {
      await deleteMatching(redis, `${escapeGlob(ns)}*`);
      size = 0;
    },
  };
}

export interface RedisRateLimitStoreOptions {
  redis: Redis;
  prefix?: string;
  /**
   * An in-flight record older than this counts as answered then, so a process that died
   * mid-request cannot hold budget for ever. Keep it above the client's request timeout.
   * Default 60 000 ms.
   */
  inFlightTtlMs?: number;
}

/**
 * The rate budget shared across processes, with the memory store's rules (see `RateLimitStore`).
 * `acquire` is one Lua script over all keys, so two processes can never both take the last room.
 *
 * An `acquire` that rejects (a command timeout on a slow Redis, a dropped connection) may still
 * run in Redis later. Its id is chosen here, before the script is sent, and the rejection is an
 * `UnansweredAcquisition` naming it, so the caller can release exactly that record (fallback.ts
 * does) rather than leave it holding the budget for `inFlightTtlMs` for a call never sent.
 */
export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RateLimitStore {
  const { redis, prefix = 'bcgql:', inFlightTtlMs = 60_000 } = options;
  const ns = `${prefix}rl:`;
  const keysFor = (keys: readonly string[]) => keys.flatMap((key) => [`${ns}${key}:flying`, `${ns}${key}:answered`, `${ns}${key}:paused`]);
  return {
    shared: true,
    async acquire(keys, { limit, windowMs, now }: AcquireOptions): Promise<Acquisition> {
      const id = randomUUID();
      let result: [number, string, ...number[]];
      try {
        result = (await redis.eval(ACQUIRE, keys.length * 3, ...keysFor(keys), id, limit, windowMs, now, inFlightTtlMs)) as [number, string, ...number[]];
      } catch (error) {
        throw new UnansweredAcquisition(id, error);
      }
      const [ok, value, ...positions] = result;
      if (ok === 1) return { ok: true, id: value };
      const blocked = positions.map((position) => keys[position - 1]!);
      return value === '' ? { ok: false, blocked } : { ok: false, retryAt: Number(value), blocked };
    },
    async usage(keys, { limit, windowMs, now }: AcquireOptions): Promise<Usage[]> {
      const result = (await redis.eval(USAGE, keys.length * 3, ...keysFor(keys), limit, windowMs, now)) as [number, string][];
      return result.map(([used, resetAt]) => ({ used, resetAt: Number(resetAt) }));
    },
    async release(keys, id) {
      await redis.eval(RELEASE, keys.length * 3, ...keysFor(keys), id);
    },
    async settle(keys, id, at) {
      await redis.eval(SETTLE, keys.length * 3, ...keysFor(keys), id, at, inFlightTtlMs);
    },
    async pause(keys, untilMs) {
      await redis.eval(PAUSE, keys.length * 3, ...keysFor(keys), untilMs);
    },
  };
}

export interface RedisPeersOptions {
  redis: Redis;
  prefix?: string;
  /** This process's entry. Default: a random id. */
  id?: string;
  /** An entry not refreshed for this long is a process gone. Keep it a few heartbeats long. Default 15 000 ms. */
  staleMs?: number;
}

/** The gateway processes live on one Redis, as one of them last saw it. */
export interface RedisPeers {
  /** Live processes (this one included) at the last successful `beat`; `undefined` before the first. */
  readonly count: number | undefined;
  /** Marks this process live at `now` (the shared clock), drops entries older than `staleMs`, and reads the count. Rejects when Redis does. */
  beat(now: number): Promise<number>;
  /** Removes this process's entry (a clean shutdown), so the others count one fewer at their next beat. */
  leave(): Promise<void>;
}

/**
 * Who shares the rate budget: a sorted set of process ids scored by their last heartbeat. Each
 * process beats every few seconds (server.ts) and remembers the count it last read, which is what
 * it divides the budget by when Redis becomes unreachable (fallback.ts). A process that died
 * still counts for `staleMs` (the safe side); one that started since the last beat is missed
 * until the next.
 */
export function createRedisPeers(options: RedisPeersOptions): RedisPeers {
  const { redis, prefix = 'bcgql:', id = randomUUID(), staleMs = 15_000 } = options;
  const key = `${prefix}rl:processes`;
  let count: number | undefined;
  return {
    get count() {
      return count;
    },
    async beat(now) {
      count = Number(await redis.eval(BEAT, 1, key, id, now, staleMs));
      return count;
    },
    async leave() {
      await redis.zrem(key, id);
    },
  };
}

const BEAT = `
local id, now, stale = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZADD', KEYS[1], now, id)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - stale)
redis.call('PEXPIRE', KEYS[1], stale)
return redis.call('ZCARD', KEYS[1])
`;

// KEYS: per budget key, [flying zset (id → sent at), answered zset (id → answered at), paused
// string]; ARGV[1] is the caller's id for the new record (unique: a UUID).
const ACQUIRE = `
local id, limit, window, now, ttl = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local blocked, retryAt, unknown, full = false, -1, false, {}
for i = 1, #KEYS, 3 do
  local wasBlocked = blocked
  blocked = false
  local flying, answered, paused = KEYS[i], KEYS[i + 1], KEYS[i + 2]
  for _, stale in ipairs(redis.call('ZRANGEBYSCORE', flying, '-inf', now - ttl)) do
    local sent = tonumber(redis.call('ZSCORE', flying, stale))
    redis.call('ZREM', flying, stale)
    redis.call('ZADD', answered, sent + ttl, stale)
  end
  redis.call('ZREMRANGEBYSCORE', answered, '-inf', now - window)
  local pausedUntil = tonumber(redis.call('GET', paused) or '-1')
  if pausedUntil > now then
    blocked = true
    retryAt = math.max(retryAt, pausedUntil)
  end
  local inFlight, done = redis.call('ZCARD', flying), redis.call('ZCARD', answered)
  local used = inFlight + done
  if used >= limit then
    blocked = true
    local mustExpire = used - limit + 1
    if mustExpire <= done then
      local expiring = redis.call('ZRANGE', answered, mustExpire - 1, mustExpire - 1, 'WITHSCORES')
      retryAt = math.max(retryAt, tonumber(expiring[2]) + window)
    else
      unknown = true
    end
  end
  if blocked then table.insert(full, (i + 2) / 3) end
  blocked = wasBlocked or blocked
end
if blocked then
  local result = {0, unknown and '' or string.format('%.0f', retryAt)}
  for _, position in ipairs(full) do table.insert(result, position) end
  return result
end
for i = 1, #KEYS, 3 do
  redis.call('ZADD', KEYS[i], now, id)
  redis.call('PEXPIRE', KEYS[i], ttl + window)
end
return {1, id}
`;

// Read-only: what acquire would count, without pruning or recording. In flight counts as answered now.
const USAGE = `
local limit, window, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local result = {}
for i = 1, #KEYS, 3 do
  local flying, answered, paused = KEYS[i], KEYS[i + 1], KEYS[i + 2]
  local inFlight = redis.call('ZCARD', flying)
  local done = redis.call('ZCOUNT', answered, '(' .. string.format('%.0f', now - window), '+inf')
  local used = inFlight + done
  local resetAt = now
  if inFlight > 0 then resetAt = now + window
  elseif done > 0 then
    local last = redis.call('ZRANGE', answered, -1, -1, 'WITHSCORES')
    resetAt = math.max(now, tonumber(last[2]) + window)
  end
  local pausedUntil = tonumber(redis.call('GET', paused) or '-1')
  if pausedUntil > now then
    used = limit
    resetAt = math.max(resetAt, pausedUntil)
  end
  table.insert(result, {math.min(used, limit), string.format('%.0f', resetAt)})
end
return result
`;

// From the answered set too: an acquisition its caller never heard of may be released only after
// acquire moved its expired in-flight record there; it was never sent.
const RELEASE = `
for i = 1, #KEYS, 3 do
  redis.call('ZREM', KEYS[i], ARGV[1])
  redis.call('ZREM', KEYS[i + 1], ARGV[1])
end
return 1
`;

const SETTLE = `
local id, at, ttl = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
for i = 1, #KEYS, 3 do
  if redis.call('ZREM', KEYS[i], id) == 1 then
    redis.call('ZADD', KEYS[i + 1], at, id)
    -- acquire prunes by window; the expiry only tidies keys that go quiet (windows are far shorter)
    redis.call('PEXPIRE', KEYS[i + 1], 86400000)
  end
end
return 1
`;

const PAUSE = `
local untilMs = tonumber(ARGV[1])
for i = 1, #KEYS, 3 do
  local current = tonumber(redis.call('GET', KEYS[i + 2]) or '-1')
  if untilMs > current then redis.call('SET', KEYS[i + 2], string.format('%.0f', untilMs), 'PXAT', string.format('%.0f', untilMs)) end
end
return 1
`;

async function deleteMatching(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, (char) => `\\${char}`);
}
