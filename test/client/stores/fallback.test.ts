import { describe, expect, it } from 'vitest';
import { createFallbackCacheStore, createFallbackRateLimitStore, type Availability } from '../../../src/client/stores/fallback.ts';
import { createMemoryCacheStore, createMemoryRateLimitStore } from '../../../src/client/stores/memory.ts';
import type { CacheEntry, CacheStore, RateLimitStore } from '../../../src/client/stores/types.ts';

/** A switchable availability, and a shared store that fails every call while it is "down". */
function outage() {
  const listeners: (() => void)[] = [];
  const state = { up: true };
  const available: Availability = {
    get up() {
      return state.up;
    },
    onRecover: (listener) => listeners.push(listener),
  };
  return {
    available,
    down: () => (state.up = false),
    back: () => {
      state.up = true;
      for (const listener of listeners) listener();
    },
    /** Wraps a store so that each call throws while down (as ioredis does with the connection gone). */
    breakable<T extends object>(store: T): T {
      return new Proxy(store, {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => (state.up ? value.apply(target, args) : Promise.reject(new Error('Connection is closed.')));
        },
      });
    },
  };
}

const entry = (body: unknown): CacheEntry => ({ status: 200, headers: {}, body, bytes: 10, storedAt: 0, etag: '"1"' });

describe('fallback cache store', () => {
  it('answers from the shared store, from memory while it is down, and replays invalidations when it returns', async () => {
    const link = outage();
    const shared: CacheStore = createMemoryCacheStore();
    const store = createFallbackCacheStore({ primary: link.breakable(shared), available: link.available });

    await store.set('t:1:/a', entry('a'));
    expect(await shared.get('t:1:/a')).toMatchObject({ body: 'a' });

    link.down();
    expect(await store.get('t:1:/a')).toBeUndefined(); // the shared copy is out of reach: a miss, not a failure
    await store.set('t:1:/b', entry('b'));
    expect(await store.get('t:1:/b')).toMatchObject({ body: 'b' });
    await store.delete('t:1:/a'); // a write while down invalidates what it changed
    expect(await shared.get('t:1:/a')).toMatchObject({ body: 'a' });

    link.back();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await shared.get('t:1:/a')).toBeUndefined();
    expect(await store.get('t:1:/b')).toBeUndefined(); // the stand-in is dropped: the shared store is the truth again
  });
});

describe('fallback rate-limit store', () => {
  it('spends the shared budget while up and half of it locally while down, settling each id where it was taken', async () => {
    const link = outage();
    const shared: RateLimitStore = createMemoryRateLimitStore();
    const store = createFallbackRateLimitStore({ primary: link.breakable(shared), available: link.available });
    const options = { limit: 4, windowMs: 1_000, now: 0 };

    const first = await store.acquire(['acct'], options);
    expect(first).toMatchObject({ ok: true, id: expect.stringMatching(/^r/) });

    link.down();
    const local = [await store.acquire(['acct'], options), await store.acquire(['acct'], options), await store.acquire(['acct'], options)];
    expect(local.map((acquisition) => acquisition.ok)).toEqual([true, true, false]);
    expect(local[0]).toMatchObject({ id: expect.stringMatching(/^m/) });

    // Settling the shared id while down neither throws nor touches the local budget.
    await store.settle(['acct'], (first as { id: string }).id, 10);
    await store.release(['acct'], (local[0] as { id: string }).id);
    expect(await store.acquire(['acct'], options)).toMatchObject({ ok: true });

    link.back();
    expect(await store.acquire(['acct'], options)).toMatchObject({ ok: true, id: expect.stringMatching(/^r/) });
  });
});
