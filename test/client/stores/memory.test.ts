import { describe, expect, it } from 'vitest';
import { createMemoryCacheStore, createMemoryRateLimitStore } from '../../../src/client/stores/memory.ts';
import type { CacheEntry } from '../../../src/client/stores/types.ts';

const entry = (bytes: number, body: unknown = {}): CacheEntry => ({ etag: '"e"', status: 200, headers: {}, body, bytes, storedAt: 0 });

describe('memory cache store', () => {
  it('returns what was set, counts its bytes and forgets deleted keys', async () => {
    const store = createMemoryCacheStore();
    await store.set('k', entry(10, { id: '1' }));
    expect(await store.get('k')).toMatchObject({ body: { id: '1' }, bytes: 10 });
    expect(store.size).toBe(10);
    await store.set('k', entry(4));
    expect(store.size).toBe(4);
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('evicts the least recently used entries once the byte budget is exceeded', async () => {
    const evicted: string[] = [];
    const store = createMemoryCacheStore({ maxBytes: 100, onEvict: (key) => evicted.push(key) });
    await store.set('a', entry(40));
    await store.set('b', entry(40));
    await store.get('a'); // a is now more recent than b
    await store.set('c', entry(40));
    expect(evicted).toEqual(['b']);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBeDefined();
    expect(store.size).toBe(80);
  });

  it('does not store an entry larger than the whole budget, and evicts nothing for it', async () => {
    const evicted: string[] = [];
    const store = createMemoryCacheStore({ maxBytes: 100, onEvict: (key) => evicted.push(key) });
    await store.set('a', entry(60));
    await store.set('huge', entry(101));
    expect(await store.get('huge')).toBeUndefined();
    expect(await store.get('a')).toBeDefined();
    expect(evicted).toEqual([]);
  });

  it('deletes by prefix and clears everything', async () => {
    const store = createMemoryCacheStore();
    await store.set('t1:999:/a', entry(1));
    await store.set('t1:999:/b', entry(1));
    await store.set('t2:999:/a', entry(1));
    await store.deletePrefix('t1:');
    expect(await store.get('t1:999:/a')).toBeUndefined();
    expect(await store.get('t2:999:/a')).toBeDefined();
    await store.clear();
    expect(store.size).toBe(0);
    expect(await store.get('t2:999:/a')).toBeUndefined();
  });
});

describe('memory rate-limit store', () => {
  const budget = { limit: 2, windowMs: 1000 };
  const acquire = (store: ReturnType<typeof createMemoryRateLimitStore>, keys: string[], now: number) => store.acquire(keys, { ...budget, now });
  const id = (acquisition: Awaited<ReturnType<typeof acquire>>): string => {
    if (!acquisition.ok) throw new Error('refused');
    return acquisition.id;
  };

  it('counts a request from its send until a window after its answer', async () => {
    const store = createMemoryRateLimitStore();
    const first = id(await acquire(store, ['k'], 0));
    id(await acquire(store, ['k'], 0));
    // Both in flight: nothing is known about when room returns.
    expect(await acquire(store, ['k'], 50)).toEqual({ ok: false, blocked: ['k'] });
    await store.settle(['k'], first, 300);
    expect(await acquire(store, ['k'], 400)).toEqual({ ok: false, retryAt: 1300, blocked: ['k'] });
    expect(await acquire(store, ['k'], 1299)).toEqual({ ok: false, retryAt: 1300, blocked: ['k'] });
    expect(await acquire(store, ['k'], 1300)).toMatchObject({ ok: true });
  });

  it('records on every key at once and waits for the latest any of them allows', async () => {
    const store = createMemoryRateLimitStore();
    for (let i = 0; i < 2; i++) await store.settle(['account:1', 'token:x'], id(await acquire(store, ['account:1', 'token:x'], 0)), 100 + i);
    // Only the token is full: the answer says so, so the limiter can let others use account 2.
    expect(await acquire(store, ['account:2', 'token:x'], 200)).toEqual({ ok: false, retryAt: 1100, blocked: ['token:x'] });
    expect(await acquire(store, ['account:2', 'token:y'], 200)).toMatchObject({ ok: true });
  });

  it('keeps answers in time order whatever order they settle in', async () => {
    const store = createMemoryRateLimitStore();
    const a = id(await acquire(store, ['k'], 0));
    const b = id(await acquire(store, ['k'], 0));
    await store.settle(['k'], b, 500);
    await store.settle(['k'], a, 200);
    // The earlier answer (200) leaves the window first.
    expect(await acquire(store, ['k'], 600)).toEqual({ ok: false, retryAt: 1200, blocked: ['k'] });
  });

  it('forgets a released request without counting it', async () => {
    const store = createMemoryRateLimitStore();
    id(await acquire(store, ['k'], 0));
    await store.release(['k'], id(await acquire(store, ['k'], 0)));
    expect(await acquire(store, ['k'], 0)).toMatchObject({ ok: true });
  });

  it('sends nothing on a paused key before the pause ends, and never shortens a pause', async () => {
    const store = createMemoryRateLimitStore();
    await store.pause(['k'], 5000);
    await store.pause(['k'], 2000);
    expect(await acquire(store, ['k', 'other'], 0)).toEqual({ ok: false, retryAt: 5000, blocked: ['k'] });
    expect(await acquire(store, ['k', 'other'], 5000)).toMatchObject({ ok: true });
  });

  it('reports usage without spending: in flight counts as answered now, a pause as full', async () => {
    const store = createMemoryRateLimitStore();
    const usage = (keys: string[], now: number) => store.usage(keys, { ...budget, now });
    expect(await usage(['k'], 0)).toEqual([{ used: 0, resetAt: 0 }]);
    const first = id(await acquire(store, ['k'], 0));
    expect(await usage(['k', 'other'], 100)).toEqual([{ used: 1, resetAt: 1100 }, { used: 0, resetAt: 100 }]);
    await store.settle(['k'], first, 300);
    expect(await usage(['k'], 400)).toEqual([{ used: 1, resetAt: 1300 }]);
    expect(await usage(['k'], 400)).toEqual([{ used: 1, resetAt: 1300 }]); // reading twice spends nothing
    expect(await usage(['k'], 1300)).toEqual([{ used: 0, resetAt: 1300 }]);
    await store.pause(['k'], 5000);
    expect(await usage(['k'], 1400)).toEqual([{ used: 2, resetAt: 5000 }]);
  });
});
