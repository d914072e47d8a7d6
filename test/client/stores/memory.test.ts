import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/client/json.ts';
import { createMemoryCacheStore, createMemoryRateLimitStore, heldBytes, serialise } from '../../../src/client/stores/memory.ts';
import type { CacheEntry } from '../../../src/client/stores/types.ts';

const entry = (bytes: number, body: unknown = {}): CacheEntry => ({ etag: '"e"', status: 200, headers: {}, body, bytes, storedAt: 0 });

/** What the store should count for `value` under `key`: its serialised bytes plus the fixed overhead. */
const held = (key: string, value: CacheEntry) => heldBytes(key, serialise(value));

/** An entry whose body pads it to roughly `size` serialised bytes. */
const padded = (size: number): CacheEntry => entry(size, { pad: 'x'.repeat(size) });

describe('memory cache store', () => {
  it('returns what was set, counts what it holds and forgets deleted keys', async () => {
    const store = createMemoryCacheStore();
    await store.set('k', entry(10, { id: '1' }));
    expect(await store.get('k')).toEqual(entry(10, { id: '1' }));
    expect(store.size).toBe(held('k', entry(10, { id: '1' })));
    expect(store.entries).toBe(1);
    await store.set('k', entry(4));
    expect(store.size).toBe(held('k', entry(4)));
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    expect(store.size).toBe(0);
    expect(store.entries).toBe(0);
  });

  it('keeps entries serialised: fields it does not know survive, and every get parses a fresh copy', async () => {
    const store = createMemoryCacheStore();
    const stored = { ...entry(10, { id: '1', tags: ['a'] }), lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT', validatedAt: 1234 } as CacheEntry;
    await store.set('k', stored);
    const first = await store.get('k');
    expect(first).toEqual(stored);
    (first!.body as { tags: string[] }).tags.push('mutated');
    expect(await store.get('k')).toEqual(stored);
    expect(first).not.toBe(await store.get('k'));
  });

  it('deflates larger bodies: the budget counts the compressed bytes, and they read back exactly', async () => {
    const store = createMemoryCacheStore();
    const body = Array.from({ length: 200 }, (_, i) => ({ id: String(9007199254740993n + BigInt(i)), title: `To-do ${i}`, app_url: `https://3.basecamp.com/999/todos/${i}` }));
    await store.set('k', entry(30_000, body));
    expect(store.size).toBeLessThan(JSON.stringify(body).length / 3);
    expect((await store.get('k'))!.body).toEqual(body);
  });

  it('re-stores a body it handed out (a 304 with new validators) at the same size, new fields kept', async () => {
    const store = createMemoryCacheStore();
    await store.set('k', entry(10, { id: '1', title: 'Ship it' }));
    const read = (await store.get('k'))!;
    const revalidated = { ...read, etag: '"e2"', validatedAt: 99 } as CacheEntry;
    await store.set('k', revalidated);
    expect(await store.get('k')).toEqual(revalidated);
    expect(store.size).toBe(held('k', revalidated));
  });

  it('keeps ids past 2^53 exact: the parsed wire body already holds them as strings', async () => {
    const store = createMemoryCacheStore();
    const body = parseJson('{"id": 9007199254740993, "bucket": {"id": 18014398509481985}, "subscriber_ids": [9007199254740995], "big": 9007199254740993123, "count": 3}');
    await store.set('k', entry(100, body));
    expect((await store.get('k'))!.body).toEqual({
      id: '9007199254740993',
      bucket: { id: '18014398509481985' },
      subscriber_ids: ['9007199254740995'],
      big: '9007199254740993123',
      count: 3,
    });
  });

  it('evicts the least recently used entries once the byte budget is exceeded', async () => {
    const evicted: string[] = [];
    const one = held('a', padded(400));
    const store = createMemoryCacheStore({ maxBytes: Math.floor(one * 2.5), onEvict: (key) => evicted.push(key) });
    await store.set('a', padded(400));
    await store.set('b', padded(400));
    await store.get('a'); // a is now more recent than b
    await store.set('c', padded(400));
    expect(evicted).toEqual(['b']);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBeDefined();
    expect(store.size).toBe(2 * one);
  });

  it('does not store an entry larger than the whole budget, and evicts nothing for it', async () => {
    const evicted: string[] = [];
    const store = createMemoryCacheStore({ maxBytes: 1000, onEvict: (key) => evicted.push(key) });
    await store.set('a', padded(400));
    await store.set('huge', padded(1000));
    expect(await store.get('huge')).toBeUndefined();
    expect(await store.get('a')).toBeDefined();
    expect(evicted).toEqual([]);
  });

  it('stays within its budget across 1,000 tokens, and its count stays exact', async () => {
    const maxBytes = 1024 * 1024;
    let evictions = 0;
    const store = createMemoryCacheStore({ maxBytes, onEvict: () => evictions++ });
    let largest = 0;
    // Deterministic noise, so the bodies do not deflate to nothing.
    let seed = 42;
    const noise = (length: number) => {
      let text = '';
      while (text.length < length) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += seed.toString(36);
      }
      return text.slice(0, length);
    };
    for (let token = 0; token < 1000; token++) {
      for (let path = 0; path < 5; path++) {
        const value = entry(3000, { id: String(9007199254740993n + BigInt(token)), content: noise(3000) });
        await store.set(`token-${token}:999:https://3.basecampapi.com/999/todos/${path}.json`, value);
        largest = Math.max(largest, store.size);
      }
    }
    expect(largest).toBeLessThanOrEqual(maxBytes);
    expect(evictions).toBeGreaterThan(4000);
    expect(store.entries! + evictions).toBe(5000);
    // The most recent token's entries are all there, parsed back exactly.
    expect((await store.get('token-999:999:https://3.basecampapi.com/999/todos/4.json'))!.body).toMatchObject({ id: '9007199254741992' });
    expect(await store.get('token-0:999:https://3.basecampapi.com/999/todos/0.json')).toBeUndefined();
    // Deleting every token's entries brings the count back to exactly zero.
    for (let token = 0; token < 1000; token++) await store.deletePrefix(`token-${token}:`);
    expect(store.size).toBe(0);
    expect(store.entries).toBe(0);
  });

  it('deletes by prefix and clears everything', async () => {
    const store = createMemoryCacheStore();
    await store.set('t1:999:/a', entry(1));
    await store.set('t1:999:/b', entry(1));
    await store.set('t2:999:/a', entry(1));
    await store.deletePrefix('t1:');
    expect(await store.get('t1:999:/a')).toBeUndefined();
    expect(await store.get('t2:999:/a')).toBeDefined();
    expect(store.size).toBe(held('t2:999:/a', entry(1)));
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

  it('forgets keys whose answers left the window, even those never seen again', async () => {
    const store = createMemoryRateLimitStore({ sweepEvery: 100 });
    // 1,000 tokens, each used once at the start.
    for (let i = 0; i < 1000; i++) await store.settle([`token-${i}`], id(await acquire(store, [`token-${i}`], 0)), 10);
    expect(store.keys).toBe(1000);
    // Later, one token at work: the others' state goes without any of them coming back.
    for (let i = 0; i < 1000; i++) await store.settle(['busy'], id(await acquire(store, ['busy'], 5000 + i * 1000)), 5000 + i * 1000);
    expect(store.keys).toBe(1);
    // A key whose answers are still in its window is kept: its budget is still being spent.
    const recent = id(await acquire(store, ['recent'], 2_000_000));
    await store.settle(['recent'], recent, 2_000_000);
    for (let i = 0; i < 200; i++) await acquire(store, ['other'], 2_000_500);
    expect(await acquire(store, ['recent'], 2_000_600)).toMatchObject({ ok: true });
    expect(await acquire(store, ['recent'], 2_000_600)).toEqual({ ok: false, retryAt: 2_001_000, blocked: ['recent'] });
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
