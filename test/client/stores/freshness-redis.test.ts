import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignedClock, systemClock } from '../../../src/client/clock.ts';
import { createBasecampClient, hashToken, type BasecampClient, type BasecampClientOptions } from '../../../src/client/index.ts';
import type { Clock } from '../../../src/client/types.ts';
import { createRedisFreshnessStore } from '../../../src/client/stores/freshness-redis.ts';
import { createSandbox } from '../../../src/sandbox/index.ts';
import { reachableRedis, redisNamespace } from '../../helpers/shared-redis.ts';
import { SEED } from '../../../src/sandbox/seed/index.ts';
import { freePort } from '../../helpers/server-process.ts';
import { hasRedisServer, startRedis, stopRedis } from '../../helpers/private-redis.ts';

const url = await reachableRedis('Redis freshness tests');
const reachable = url !== undefined;

const sandbox = createSandbox({ rateLimit: false });
let listening: Awaited<ReturnType<typeof sandbox.listen>>;
const clients: BasecampClient[] = [];
beforeAll(async () => {
  listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await listening.close();
});

function client(options: Partial<BasecampClientOptions>): BasecampClient {
  const created = createBasecampClient({ baseUrl: listening.url, userAgent: 'Freshness tests (tests@example.test)', rateLimit: { limit: 100_000, windowMs: 1_000 }, ...options });
  clients.push(created);
  return created;
}

const LIST = `/todolists/${SEED.todolists.withGroups}/todos.json`;
const owner = () => sandbox.tokens.owner!;
const session = (c: BasecampClient, token = owner()) => c.session({ token, tokenHash: hashToken(token), accountId: sandbox.accountId });
/** How many times the sandbox answered `path` since `from` (a log length). */
const callsTo = (path: string, from: number) => sandbox.log.slice(from).filter((entry) => entry.path === `/${sandbox.accountId}${path}`).length;

describe.skipIf(!reachable)('Redis freshness store', () => {
  // A namespace of this run's own: the Redis is shared with other suites.
  const ns = redisNamespace(url, 'bcgql-fresh-test');
  const { prefix } = ns;

  it('keeps the latest mark with an expiry, and the watched set without one', async () => {
    const store = createRedisFreshnessStore({ redis: ns.redis, prefix });
    await store.mark('1', ['p:/todos/9', 'i:9'], { at: 2_000, ttlMs: 60_000 });
    await store.mark('1', ['p:/todos/9'], { at: 1_000, ttlMs: 60_000 }); // an older mark from a slower process
    expect(await store.latestMark('1', ['p:/', 'p:/todos', 'p:/todos/9'])).toBe(2_000);
    expect(await store.latestMark('2', ['p:/todos/9'])).toBeUndefined(); // accounts never meet
    const ttl = await ns.redis.pttl(`${prefix}fresh:1:p:/todos/9`);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);

    await store.setWatched('1', '77', true);
    expect(await store.isWatched('1', '77')).toBe(true);
    await store.setWatched('1', '78', true);
    expect((await store.watchedProjects('1')).sort()).toEqual(['77', '78']);
    await store.setWatched('1', '77', false);
    expect(await store.isWatched('1', '77')).toBe(false);
    expect(await store.watchedProjects('1')).toEqual(['78']);
  });

  it('shares marks and the watched set between two clients: a write through one is seen by the other at once', async () => {
    const store = () => createRedisFreshnessStore({ redis: ns.redis, prefix: `${prefix}shared:` });
    const a = client({ freshForMs: 60_000, freshnessStore: store() });
    const b = client({ freshForMs: 60_000, freshnessStore: store() });
    const before = await session(b).get<{ id: string; content: string }[]>(LIST);
    await session(a).get(LIST);
    let from = sandbox.log.length;
    await session(b).get(LIST);
    expect(callsTo(LIST, from)).toBe(0);

    const target = before[0]!;
    await session(a).call('ReplaceTodo', { todoId: target.id }, { body: { content: 'Renamed through the other process' } });
    await new Promise((resolve) => setTimeout(resolve, 2)); // past the mark's millisecond
    from = sandbox.log.length;
    const after = await session(b).get<{ id: string; content: string }[]>(LIST);
    expect(callsTo(LIST, from)).toBe(1);
    expect(after.find((todo) => todo.id === target.id)?.content).toBe('Renamed through the other process');

    await new Promise((resolve) => setTimeout(resolve, 2));
    await session(b).get(LIST);
    await a.invalidate(sandbox.accountId, [`/todolists/${SEED.todolists.withGroups}`]);
    await new Promise((resolve) => setTimeout(resolve, 2));
    from = sandbox.log.length;
    await session(b).get(LIST);
    expect(callsTo(LIST, from)).toBe(1);

    await a.watch(sandbox.accountId, SEED.projects.catalog, true);
    expect(await b.isWatched(sandbox.accountId, SEED.projects.catalog)).toBe(true);
  });

  it('a process whose host clock runs ahead still sees another\'s write, both reading Redis\'s clock', async () => {
    const store = () => createRedisFreshnessStore({ redis: ns.redis, prefix: `${prefix}skew:` });
    // B's host is 10 s ahead: on its own clock, B's read of the list looks newer than A's write after it.
    const ahead = { now: () => Date.now() + 10_000, sleep: systemClock.sleep };
    const reference = async () => {
      const [seconds, micros] = await ns.redis.time();
      return Number(seconds) * 1000 + Number(micros) / 1000;
    };
    const writeThenRead = async (clocks: { a: Clock; b: Clock }) => {
      const a = client({ freshForMs: 60_000, freshnessStore: store(), clock: clocks.a });
      const b = client({ freshForMs: 60_000, freshnessStore: store(), clock: clocks.b });
      const before = await session(b).get<{ id: string }[]>(LIST);
      const content = `Renamed at ${Date.now()}`;
      await session(a).call('ReplaceTodo', { todoId: before[0]!.id }, { body: { content } });
      await new Promise((resolve) => setTimeout(resolve, 2)); // past the mark's millisecond
      const from = sandbox.log.length;
      const after = await session(b).get<{ id: string; content: string }[]>(LIST);
      return { calls: callsTo(LIST, from), seen: after.find((todo) => todo.id === before[0]!.id)?.content === content };
    };

    // Each on its own host clock: B serves its stored list, missing the write.
    expect(await writeThenRead({ a: systemClock, b: ahead })).toEqual({ calls: 0, seen: false });

    const a = alignedClock({ base: systemClock, reference });
    const b = alignedClock({ base: ahead, reference });
    await Promise.all([a.sync(), b.sync()]);
    expect(Math.abs(a.now() - b.now())).toBeLessThan(50);
    expect(await writeThenRead({ a, b })).toEqual({ calls: 1, seen: true });
  });
});





if (!hasRedisServer) console.log('Freshness store across a Redis restart skipped: no redis-server on PATH.');

describe.skipIf(!hasRedisServer)('Redis going down under the freshness store', () => {
  it('still answers every query by revalidating, logs once, and serves fresh answers again once Redis is back', async () => {
    const port = await freePort();
    let server = await startRedis(port);
    const redis = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1, retryStrategy: () => 50 });
    redis.on('error', () => undefined);
    const log: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => log.push(message);
    try {
      const c = client({ freshForMs: 60_000, freshnessStore: createRedisFreshnessStore({ redis, prefix: 'down-test:' }) });
      await session(c).get(LIST);
      let from = sandbox.log.length;
      await session(c).get(LIST);
      expect(callsTo(LIST, from)).toBe(0);

      await stopRedis(server);
      for (let i = 0; i < 50 && redis.status === 'ready'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      from = sandbox.log.length;
      for (let i = 0; i < 3; i++) expect(await session(c).get<unknown[]>(LIST)).not.toHaveLength(0);
      expect(callsTo(LIST, from)).toBe(3);
      expect(log).toEqual([expect.stringMatching(/^Freshness store failed \(Redis is not connected/)]);

      server = await startRedis(port);
      for (let i = 0; i < 100 && redis.status !== 'ready'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(redis.status).toBe('ready');
      from = sandbox.log.length;
      await session(c).get(LIST); // validated before recovery: revalidated once
      await new Promise((resolve) => setTimeout(resolve, 2));
      await session(c).get(LIST);
      expect(callsTo(LIST, from)).toBe(1);
      expect(log).toHaveLength(2);
      expect(log[1]).toMatch(/answers again/);
    } finally {
      console.warn = original;
      redis.disconnect();
      await stopRedis(server);
    }
  });
});

describe.skipIf(!hasRedisServer)('The watched set across a Redis restart', () => {
  it('answers from this process\'s copy when Redis is slow: a webhook delivery waits on it', async () => {
    const port = await freePort();
    const server = await startRedis(port);
    const redis = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1 });
    const admin = new Redis({ port, host: '127.0.0.1' });
    try {
      const store = createRedisFreshnessStore({ redis, prefix: 'slow-test:' });
      await store.setWatched('1', '77', true);
      await admin.client('PAUSE', 1_000, 'ALL');
      const started = performance.now();
      expect(await store.isWatched('1', '77')).toBe(true);
      expect(await store.isWatched('1', '78')).toBe(false);
      expect(performance.now() - started).toBeLessThan(600);
    } finally {
      redis.disconnect();
      admin.disconnect();
      await stopRedis(server);
    }
  });

  it('is put back from each process\'s copy into a Redis that lost it, and never over a project unwatched elsewhere', async () => {
    const port = await freePort();
    let server = await startRedis(port);
    const connect = () => {
      const redis = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1, retryStrategy: () => 50 });
      redis.on('error', () => undefined);
      return redis;
    };
    const [redisA, redisB, admin] = [connect(), connect(), connect()];
    const reconnected = () => new Promise((resolve) => redisA.once('ready', resolve));
    const watched = async () => (await admin.smembers('seed-test:watched:1')).sort();
    const warnings: string[] = [];
    try {
      const a = createRedisFreshnessStore({ redis: redisA, prefix: 'seed-test:', warn: (message) => warnings.push(message) });
      const b = createRedisFreshnessStore({ redis: redisB, prefix: 'seed-test:' });
      await a.setWatched('1', '77', true);
      await a.setWatched('1', '78', true);
      await b.setWatched('1', '78', false); // A's copy still says 78

      // The connections drop and come back; Redis kept its data: nothing is put back.
      let back = reconnected();
      await admin.client('KILL', 'TYPE', 'normal'); // every connection but admin's own
      await back;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await watched()).toEqual(['77']);
      expect(warnings).toEqual([]);

      // Redis restarts empty: A puts back its copy, as last read from Redis.
      expect(await a.isWatched('1', '78')).toBe(false);
      back = reconnected();
      await stopRedis(server);
      server = await startRedis(port);
      await back;
      for (let i = 0; i < 50 && (await watched().catch(() => [])).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await watched()).toEqual(['77']);
      expect(warnings).toEqual([expect.stringContaining('put back the 1 this process knows')]);
    } finally {
      for (const redis of [redisA, redisB, admin]) redis.disconnect();
      await stopRedis(server);
    }
  });
});
