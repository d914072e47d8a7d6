import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createFallbackRateLimitStore } from '../../../src/client/stores/fallback.ts';
import { createRedisPeers, createRedisRateLimitStore } from '../../../src/client/stores/redis.ts';
import { createLogger } from '../../../src/log.ts';
import { connectRedis, type RedisLink } from '../../../src/redis-link.ts';
import { freePort } from '../../helpers/server-process.ts';
import { hasRedisServer, startRedis, stopRedis } from '../../helpers/private-redis.ts';

// A redis-server of this test's own, on its own port, killed at will: the shared one at
// REDIS_URL is never touched.
if (!hasRedisServer) console.log('Fallback budget over a real Redis skipped: no redis-server on PATH.');

describe.skipIf(!hasRedisServer)('fallback rate-limit store over a Redis that dies', () => {
  it('has the processes that were live on Redis admit together at most the limit per window while it is down', async () => {
    const port = await freePort();
    const server = await startRedis(port);
    const links: RedisLink[] = [];
    try {
      const limit = 10;
      const windowMs = 10_000;
      const t0 = 1_000_000;
      const processes = await threeProcesses(port, 'fallback-test:', links, t0);
      expect(processes.map(({ peers }) => peers.count)).toEqual([3, 3, 3]);

      await stopRedis(server);
      for (let i = 0; i < 100 && links.some((link) => link.up); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(links.map((link) => link.up)).toEqual([false, false, false]);

      // Three whole windows of the outage, every process pressing for the whole budget in each.
      const admitted: number[] = [];
      for (let window = 0; window < 3; window++) {
        const now = t0 + 1_000 + window * windowMs;
        let count = 0;
        for (const { store } of processes) {
          for (let i = 0; i < limit; i++) {
            const acquisition = await store.acquire(['account:1'], { limit, windowMs, now });
            if (!acquisition.ok) continue;
            count++;
            await store.settle(['account:1'], acquisition.id, now);
          }
        }
        admitted.push(count);
      }
      // 10 / 3 rounded down, each: 9 per window, never more than the limit.
      expect(admitted).toEqual([9, 9, 9]);
    } finally {
      for (const link of links) await link.close();
      await stopRedis(server);
    }
  });

  it('bounds the windows in which Redis dies and comes back: the failure by the documented excess, the return by the limit', async () => {
    const port = await freePort();
    let server = await startRedis(port);
    const links: RedisLink[] = [];
    try {
      const limit = 10;
      const windowMs = 10_000;
      const t0 = 1_000_000;
      const processes = await threeProcesses(port, 'transition-test:', links, t0);
      const press = async (now: number) => {
        const admitted: number[] = [];
        for (const { store } of processes) {
          let count = 0;
          for (let i = 0; i < limit; i++) {
            const acquisition = await store.acquire(['account:1'], { limit, windowMs, now });
            if (!acquisition.ok) continue;
            count++;
            await store.settle(['account:1'], acquisition.id, now);
          }
          admitted.push(count);
        }
        return admitted;
      };
      const waitFor = async (up: boolean) => {
        for (let i = 0; i < 200 && links.some((link) => link.up !== up); i++) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(links.map((link) => link.up)).toEqual([up, up, up]);
      };

      // The first process takes the whole budget through Redis, then Redis dies.
      expect(await press(t0)).toEqual([10, 0, 0]);
      await stopRedis(server);
      await waitFor(false);
      // It knows it spent its share already; the others take theirs: 10 + 2 × 3 in the window.
      expect(await press(t0 + 1_000)).toEqual([0, 3, 3]);
      expect(await press(t0 + 11_000)).toEqual([3, 3, 3]);

      // Back, empty: the calls of the outage window are unknown to it, yet nobody tops them up.
      server = await startRedis(port);
      await waitFor(true);
      expect(await press(t0 + 12_000)).toEqual([0, 0, 0]);
      // Each keeps to its share for the window after the return ([12 s, 22 s): 9 + 0 in [11 s, 21 s)).
      expect(await press(t0 + 21_000)).toEqual([3, 3, 3]);
      // Then the shared budget alone decides: the 9 sent at 21 s leave room for one.
      expect(await press(t0 + 22_000)).toEqual([1, 0, 0]);
    } finally {
      for (const link of links) await link.close();
      await stopRedis(server);
    }
  });

  it('leaves no in-flight record behind when an acquire times out on a slow Redis that runs it later', async () => {
    const port = await freePort();
    const server = await startRedis(port);
    // The gateway's connection options, with a command timeout short enough for a test.
    const redis = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1, commandTimeout: 200 });
    redis.on('error', () => undefined);
    const admin = new Redis({ port, host: '127.0.0.1' });
    try {
      const limit = 10;
      const windowMs = 10_000;
      const t0 = 1_000_000;
      const prefix = 'slow-test:';
      const available = { get up() { return redis.status === 'ready'; }, onRecover: (listener: () => void) => void redis.on('ready', listener) };
      const store = createFallbackRateLimitStore({ primary: createRedisRateLimitStore({ redis, prefix }), available, processes: () => 2 });
      await admin.ping();

      await admin.client('PAUSE', 800, 'ALL');
      const acquisition = await store.acquire(['account:1'], { limit, windowMs, now: t0 });
      // Admitted by the local budget once the command timed out: Redis still runs the script when it wakes.
      expect(acquisition).toMatchObject({ ok: true, id: expect.stringMatching(/^m/) });
      if (acquisition.ok) await store.settle(['account:1'], acquisition.id, t0 + 100);

      const flying = `${prefix}rl:account:1:flying`;
      await admin.ping(); // answered once the pause is over
      for (let i = 0; i < 50 && (await admin.zcard(flying)) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await admin.zrange(flying, 0, -1)).toEqual([]);
      expect(await admin.zcard(`${prefix}rl:account:1:answered`)).toBe(0);

      // Another gateway on the same Redis finds the whole shared budget free.
      const other = createRedisRateLimitStore({ redis: admin, prefix });
      let admitted = 0;
      for (let i = 0; i < limit + 1; i++) if ((await other.acquire(['account:1'], { limit, windowMs, now: t0 + 1_000 })).ok) admitted++;
      expect(admitted).toBe(limit);
    } finally {
      redis.disconnect();
      admin.disconnect();
      await stopRedis(server);
    }
  });

  it('drops a process whose heartbeat stopped, and counts each live one once', async () => {
    const port = await freePort();
    const server = await startRedis(port);
    const link = await connectRedis({ url: `redis://127.0.0.1:${port}`, logger: createLogger('silent') });
    try {
      const a = createRedisPeers({ redis: link.redis, prefix: 'peers-test:', staleMs: 15_000 });
      const b = createRedisPeers({ redis: link.redis, prefix: 'peers-test:', staleMs: 15_000 });
      expect(a.count).toBeUndefined();
      expect(await a.beat(0)).toBe(1);
      expect(await b.beat(1_000)).toBe(2);
      expect(await a.beat(5_000)).toBe(2);
      expect(await a.beat(10_000)).toBe(2);
      expect(await a.beat(16_001)).toBe(1); // b last beat 15 s before
      await a.leave();
      expect(await b.beat(16_002)).toBe(1);
    } finally {
      await link.close();
      await stopRedis(server);
    }
  });
});

/** A port free now: any (0), or the first free one from `from` on. */

/**
 * Three gateway processes' budgets on one Redis, each with its heartbeat: each beats once, then
 * again a heartbeat later (at `now`), by when every one has seen all three.
 */
async function threeProcesses(port: number, prefix: string, links: RedisLink[], now: number) {
  const processes = await Promise.all(
    [0, 1, 2].map(async () => {
      const link = await connectRedis({ url: `redis://127.0.0.1:${port}`, logger: createLogger('silent') });
      links.push(link);
      const peers = createRedisPeers({ redis: link.redis, prefix, staleMs: 15_000 });
      const store = createFallbackRateLimitStore({ primary: createRedisRateLimitStore({ redis: link.redis, prefix }), available: link, processes: () => peers.count });
      return { link, peers, store };
    }),
  );
  for (const { peers } of processes) await peers.beat(now - 5_000);
  for (const { peers } of processes) await peers.beat(now);
  return processes;
}
