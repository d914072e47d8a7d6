import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';

/**
 * `REDIS_URL` when a Redis answers there, else undefined after printing why `suite` is skipped:
 * Redis-mode suites run only where the shared Redis is up (CONTRACT: `npm test` needs only loopback).
 */
export async function reachableRedis(suite: string): Promise<string | undefined> {
  const url = process.env.REDIS_URL;
  if (url && (await ping(url))) return url;
  console.log(`${suite} skipped: ${url ? 'no Redis answers at REDIS_URL' : 'REDIS_URL is not set'}.`);
  return undefined;
}

async function ping(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/**
 * A connection to the shared Redis and a key prefix of this run's own (other suites share the
 * server), whose keys are deleted after the suite. Call inside `describe`; read `redis` in tests.
 */
export function redisNamespace(url: string | undefined, name: string): { readonly redis: Redis; prefix: string } {
  const namespace = { redis: undefined as unknown as Redis, prefix: `${name}:${process.pid}:${Date.now()}:` };
  beforeAll(() => {
    namespace.redis = new Redis(url!);
  });
  afterAll(async () => {
    const keys = await namespace.redis.keys(`${namespace.prefix}*`);
    if (keys.length > 0) await namespace.redis.del(...keys);
    namespace.redis.disconnect();
  });
  return namespace;
}
