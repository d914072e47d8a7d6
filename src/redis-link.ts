import type { Redis } from 'ioredis';
import { alignedClock, systemClock } from './client/clock.ts';
import type { Availability } from './client/stores/fallback.ts';
import { createRedisPeers, type RedisPeers } from './client/stores/redis.ts';
import type { Clock } from './client/types.ts';
import type { Logger } from './log.ts';

/**
 * The process's one Redis connection, and whether it is usable right now. Redis trouble never
 * takes the process down: ioredis reconnects for ever, the stores fall back to in-process
 * stand-ins while `up` is false, and one log line marks each change.
 */
export interface RedisLink extends Availability {
  redis: Redis;
  /** Resolves when Redis answers PING within `timeoutMs`; rejects with the reason otherwise. */
  ping(timeoutMs: number): Promise<void>;
  /** Redis's own clock (`TIME`), epoch ms: the one clock every process can agree on. */
  time(): Promise<number>;
  close(): Promise<void>;
}

export interface RedisLinkOptions {
  url: string;
  logger: Logger;
  /** How long startup waits for the first connection before serving degraded. Default 1 000 ms. */
  startupWaitMs?: number;
}

/**
 * Connects, waiting briefly. A Redis that is down at startup does not stop the server: it serves
 * degraded (local cache and budget, `/readyz` 503) and switches to Redis as soon as it answers,
 * exactly as after an outage later on. A malformed URL is still a configuration error (config.ts).
 */
export async function connectRedis({ url, logger, startupWaitMs = 1_000 }: RedisLinkOptions): Promise<RedisLink> {
  // Loaded only when REDIS_URL is set: a server without Redis starts without ioredis.
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, {
    // A command fails after one reconnect attempt rather than queueing for ever; the stores then
    // answer from the stand-ins. Readiness needs no queue at all.
    maxRetriesPerRequest: 1,
    commandTimeout: 2_000,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(100 * times, 2_000),
  });
  // ioredis reports each failed reconnect here; the transitions below are what an operator needs.
  redis.on('error', () => undefined);

  let up = false;
  /** Announced as unusable (at startup or later): its return is announced too. */
  let degraded = false;
  let closing = false;
  const listeners = new Set<() => void>();
  const where = safeUrl(url);

  redis.on('ready', () => {
    if (up) return;
    up = true;
    if (degraded) logger.info('Redis is reachable again: shared cache and rate budget back in use', { redis: where });
    degraded = false;
    for (const listener of listeners) listener();
  });
  redis.on('close', () => {
    if (!up || closing) return;
    up = false;
    degraded = true;
    logger.warn('Redis is unreachable: serving from the in-process cache and a conservative local rate budget until it returns', { redis: where });
  });

  const ready = new Promise<boolean>((resolve) => {
    redis.once('ready', () => resolve(true));
    setTimeout(() => resolve(false), startupWaitMs).unref();
  });
  if (!(await ready)) {
    degraded = true;
    logger.warn('Redis is not answering at startup: serving degraded (in-process cache, local rate budget) until it does', { redis: where });
  }

  return {
    redis,
    get up() {
      return up;
    },
    onRecover(listener) {
      listeners.add(listener);
    },
    async ping(timeoutMs) {
      if (!up) throw new Error(`not connected (${redis.status})`);
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          redis.ping(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no PONG within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
      } finally {
        clearTimeout(timer);
      }
    },
    async time() {
      const [seconds, micros] = await redis.time();
      return Number(seconds) * 1000 + Number(micros) / 1000;
    },
    async close() {
      closing = true;
      try {
        if (redis.status === 'ready') await redis.quit();
        else redis.disconnect();
      } catch {
        redis.disconnect();
      }
    },
  };
}

/**
 * The client's clock when processes share Redis: this host's time set to Redis's, measured when
 * Redis is first reachable, again each time it comes back, and every `resyncMs` (drift). A
 * failed measurement keeps the last offset, logged once per failure.
 */
export async function sharedClock(link: RedisLink, logger: Logger, resyncMs = 60_000): Promise<Clock> {
  const clock = alignedClock({ base: systemClock, reference: () => link.time() });
  const sync = () =>
    link.up
      ? clock.sync().catch((error: unknown) => logger.warn('Redis clock not read: keeping the last offset', { reason: error instanceof Error ? error.message : String(error) }))
      : Promise.resolve();
  await sync();
  link.onRecover(() => void sync());
  setInterval(() => void sync(), resyncMs).unref();
  return clock;
}

/** The processes sharing this Redis, kept current by this one's heartbeat. */
export interface Heartbeat {
  peers: RedisPeers;
  /** Stops beating and removes this process's entry (best effort). */
  stop(): Promise<void>;
}

/**
 * Marks this process live on Redis now, each time Redis comes back, and every `everyMs` (times
 * from `clock`, the shared one), so every process knows how many share the rate budget should
 * Redis become unreachable. An entry three beats old is a process gone. A failed beat keeps the
 * last count.
 */
export async function heartbeat(link: RedisLink, clock: Clock, everyMs = 5_000): Promise<Heartbeat> {
  const peers = createRedisPeers({ redis: link.redis, staleMs: 3 * everyMs });
  const beat = () => (link.up ? peers.beat(clock.now()).then(() => undefined, () => undefined) : Promise.resolve());
  await beat();
  link.onRecover(() => void beat());
  const timer = setInterval(() => void beat(), everyMs).unref();
  return {
    peers,
    async stop() {
      clearInterval(timer);
      if (link.up) await peers.leave().catch(() => undefined);
    },
  };
}

/** host:port only: a Redis URL may carry a password. */
function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '6379'}`;
  } catch {
    return 'redis';
  }
}
