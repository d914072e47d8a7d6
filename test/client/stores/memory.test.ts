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
  const window = { limit: 2, windowMs: 1000, maxWaitMs: 60_000 };

  it('grants the first `limit` slots now and the next one when the oldest leaves the window', async () => {
    const store = createMemoryRateLimitStore();
    const at = async (now: number) => {
      const r = await store.reserve(['k'], { ...window, now });
      if (!r.ok) throw new Error('refused');
      return r.at;
    };
    expect(await at(0)).toBe(0);
    expect(await at(100)).toBe(100);
    expect(await at(200)).toBe(1000);
    expect(await at(300)).toBe(1100);
    expect(await at(5000)).toBe(5000);
  });

  it('reserves on every key at once, at the latest time any of them allows', async () => {
    const store = createMemoryRateLimitStore();
    await store.reserve(['account:1', 'token:x'], { ...window, now: 0 });
    await store.reserve(['account:1', 'token:x'], { ...window, now: 0 });
    const other = await store.reserve(['account:2', 'token:x'], { ...window, now: 0 });
    expect(other).toMatchObject({ ok: true, at: 1000, waitMs: 1000 });
    const third = await store.reserve(['account:2', 'token:y'], { ...window, now: 0 });
    expect(third).toMatchObject({ ok: true, at: 1000 }); // never before account:2's earlier slot
  });

  it('refuses without reserving when the slot is past maxWaitMs', async () => {
    const store = createMemoryRateLimitStore();
    await store.reserve(['k'], { ...window, now: 0 });
    await store.reserve(['k'], { ...window, now: 0 });
    expect(await store.reserve(['k'], { ...window, now: 0, maxWaitMs: 999 })).toEqual({ ok: false, waitMs: 1000 });
    expect(await store.reserve(['k'], { ...window, now: 0 })).toMatchObject({ ok: true, at: 1000 });
  });

  it('gives a released slot back', async () => {
    const store = createMemoryRateLimitStore();
    await store.reserve(['k'], { ...window, now: 0 });
    const second = await store.reserve(['k'], { ...window, now: 0 });
    if (!second.ok) throw new Error('refused');
    await store.release(['k'], second.id);
    expect(await store.reserve(['k'], { ...window, now: 0 })).toMatchObject({ ok: true, at: 0 });
  });

  it('starts nothing on a paused key before the pause ends, and never shortens a pause', async () => {
    const store = createMemoryRateLimitStore();
    await store.pause(['k'], 5000);
    await store.pause(['k'], 2000);
    expect(await store.reserve(['k', 'other'], { ...window, now: 0 })).toMatchObject({ ok: true, at: 5000 });
  });
});
