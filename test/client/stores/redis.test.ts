import { describe, expect, it } from 'vitest';
import { createBasecampClient, hashToken } from '../../../src/client/index.ts';
import { createRedisCacheStore, createRedisRateLimitStore } from '../../../src/client/stores/redis.ts';
import type { CacheEntry } from '../../../src/client/stores/types.ts';
import { reachableRedis, redisNamespace } from '../../helpers/shared-redis.ts';
import { json, startUpstream } from '../support/loopback.ts';

const url = await reachableRedis('Redis-mode tests');
const reachable = url !== undefined;

describe.skipIf(!reachable)('Redis stores', () => {
  // A namespace of this run's own: the Redis is shared with other suites.
  const ns = redisNamespace(url, 'bcgql-test');
  const { prefix } = ns;

  it('stores, reads and deletes cache entries by key and by prefix', async () => {
    const store = createRedisCacheStore({ redis: ns.redis, prefix });
    const entry: CacheEntry = { etag: '"v1"', status: 200, headers: { etag: '"v1"' }, body: [{ id: '9007199254740993' }], bytes: 30, storedAt: 1 };
    await store.set('tokA:999:https://x/999/a.json', entry);
    await store.set('tokA:999:https://x/999/b.json', entry);
    await store.set('tokB:999:https://x/999/a.json', entry);
    expect(await store.get('tokA:999:https://x/999/a.json')).toEqual(entry);
    await store.deletePrefix('tokA:');
    expect(await store.get('tokA:999:https://x/999/b.json')).toBeUndefined();
    expect(await store.get('tokB:999:https://x/999/a.json')).toEqual(entry);
    await store.delete('tokB:999:https://x/999/a.json');
    expect(await store.get('tokB:999:https://x/999/a.json')).toBeUndefined();
  });

  it('follows the rate-limit store rules: in flight, then a window after the answer', async () => {
    const store = createRedisRateLimitStore({ redis: ns.redis, prefix: `${prefix}a:` });
    const budget = { limit: 2, windowMs: 1000 };
    const first = await store.acquire(['k'], { ...budget, now: 1_700_000_000_000 });
    const second = await store.acquire(['k'], { ...budget, now: 1_700_000_000_000 });
    expect(first.ok && second.ok).toBe(true);
    expect(await store.acquire(['k'], { ...budget, now: 1_700_000_000_050 })).toEqual({ ok: false, blocked: ['k'] });
    if (!first.ok) throw new Error('unreachable');
    await store.settle(['k'], first.id, 1_700_000_000_300);
    expect(await store.acquire(['k'], { ...budget, now: 1_700_000_000_400 })).toEqual({ ok: false, retryAt: 1_700_000_001_300, blocked: ['k'] });
    // Usage reads the same counts without spending: the other request is still in flight.
    expect(await store.usage(['k', 'other'], { ...budget, now: 1_700_000_000_400 })).toEqual([
      { used: 2, resetAt: 1_700_000_001_400 },
      { used: 0, resetAt: 1_700_000_000_400 },
    ]);
    expect(await store.acquire(['k'], { ...budget, now: 1_700_000_001_300 })).toMatchObject({ ok: true });
  });

  it('names only the full keys when it refuses, and reports answered usage', async () => {
    const store = createRedisRateLimitStore({ redis: ns.redis, prefix: `${prefix}d:` });
    const budget = { limit: 1, windowMs: 1000 };
    const now = 1_700_000_000_000;
    const taken = await store.acquire(['account:1', 'token:x'], { ...budget, now });
    if (!taken.ok) throw new Error('refused');
    await store.settle(['account:1', 'token:x'], taken.id, now + 100);
    expect(await store.acquire(['account:2', 'token:x'], { ...budget, now: now + 200 })).toEqual({ ok: false, retryAt: now + 1100, blocked: ['token:x'] });
    expect(await store.usage(['account:1', 'account:2'], { ...budget, now: now + 200 })).toEqual([
      { used: 1, resetAt: now + 1100 },
      { used: 0, resetAt: now + 200 },
    ]);
  });

  it('pauses and releases across every key', async () => {
    const store = createRedisRateLimitStore({ redis: ns.redis, prefix: `${prefix}b:` });
    const budget = { limit: 1, windowMs: 1000 };
    const now = Date.now();
    await store.pause(['a'], now + 5000);
    await store.pause(['a'], now + 2000);
    expect(await store.acquire(['a', 'b'], { ...budget, now })).toEqual({ ok: false, retryAt: now + 5000, blocked: ['a'] });
    expect(await store.usage(['a'], { ...budget, now })).toEqual([{ used: 1, resetAt: now + 5000 }]);
    const taken = await store.acquire(['b'], { ...budget, now });
    if (!taken.ok) throw new Error('refused');
    await store.release(['b'], taken.id);
    expect(await store.acquire(['b'], { ...budget, now })).toMatchObject({ ok: true });
  });

  it('lets tokens take turns on a shared budget, and reads its usage', async () => {
    const sent: string[] = [];
    const upstream = await startUpstream((req, res) => {
      sent.push(String(req.headers.authorization).slice('Bearer '.length));
      json(res, 200, {});
    });
    const client = createBasecampClient({
      baseUrl: upstream.url,
      userAgent: 'Redis tests (t@example.test)',
      rateLimit: { limit: 2, windowMs: 500 },
      rateLimitStore: createRedisRateLimitStore({ redis: ns.redis, prefix: `${prefix}e:` }),
    });
    const as = (token: string) => ({ token, tokenHash: hashToken(token), accountId: '999' });
    try {
      // Both tokens known good first, so no first-call probe shapes the order below.
      await Promise.all([client.session(as('a')).get('/a.json'), client.session(as('b')).get('/b.json')]);
      expect((await client.budget(as('a'))).remaining).toBe(0);
      sent.length = 0;
      const heavy = Promise.all(Array.from({ length: 6 }, (_, i) => client.session(as('a')).get(`/a/${i}.json`)));
      await new Promise((resolve) => setTimeout(resolve, 20));
      const light = Promise.all([client.session(as('b')).get('/b/1.json'), client.session(as('b')).get('/b/2.json')]);
      await Promise.all([heavy, light]);
      // Without turns, b would wait for all six of a's.
      expect(sent.slice(0, 4).sort()).toEqual(['a', 'a', 'b', 'b']);
      expect(sent).toHaveLength(8);
      const budget = await client.budget(as('b'));
      expect(budget.limit).toBe(2);
      expect(Date.parse(budget.resetAt)).toBeGreaterThan(Date.now());
    } finally {
      await Promise.all([client.close(), upstream.close()]);
    }
  });

  it('keeps two gateway processes within one shared budget and one shared cache', async () => {
    const arrivals: number[] = [];
    const upstream = await startUpstream((req, res) => {
      arrivals.push(Date.now());
      if (req.headers['if-none-match'] === '"same"') {
        res.writeHead(304, { etag: '"same"' });
        res.end();
        return;
      }
      json(res, 200, { id: 1 }, { etag: '"same"' });
    });
    const shared = { cacheStore: createRedisCacheStore({ redis: ns.redis, prefix: `${prefix}c:` }), rateLimitStore: createRedisRateLimitStore({ redis: ns.redis, prefix: `${prefix}c:` }) };
    const options = { baseUrl: upstream.url, userAgent: 'Redis tests (t@example.test)', rateLimit: { limit: 4, windowMs: 300 }, ...shared };
    const [one, two] = [createBasecampClient(options), createBasecampClient(options)];
    const credentials = { token: 't', tokenHash: hashToken('t'), accountId: '999' };
    try {
      await Promise.all(
        Array.from({ length: 16 }, (_, i) => (i % 2 ? one : two).session(credentials).get(`/projects/${i}.json`)),
      );
      let busiest = 0;
      arrivals.sort((a, b) => a - b);
      for (let i = 0, j = 0; j < arrivals.length; j++) {
        while (arrivals[j]! - arrivals[i]! >= 300) i++;
        busiest = Math.max(busiest, j - i + 1);
      }
      expect(arrivals).toHaveLength(16);
      expect(busiest).toBeLessThanOrEqual(4);
      // What one process stored, the other revalidates: its first request is conditional.
      await one.session(credentials).get('/projects/x.json');
      await two.session(credentials).get('/projects/x.json');
      expect(two.metrics.snapshot().cacheHits).toBe(1);
    } finally {
      await Promise.all([one.close(), two.close(), upstream.close()]);
    }
  });
});
