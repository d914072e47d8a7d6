import { describe, expect, it } from 'vitest';
import { createFallbackCacheStore, createFallbackRateLimitStore, type Availability } from '../../../src/client/stores/fallback.ts';
import { createMemoryCacheStore, createMemoryRateLimitStore } from '../../../src/client/stores/memory.ts';
import type { Acquisition, CacheEntry, CacheStore, RateLimitStore } from '../../../src/client/stores/types.ts';

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
  const idOf = (acquisition: Acquisition) => (acquisition as { id: string }).id;
  /** Acquires up to `count` times at `now`, settling each admitted call at once; returns how many got through. */
  const spend = async (store: RateLimitStore, count: number, options: { limit: number; windowMs: number; now: number }) => {
    let admitted = 0;
    for (let i = 0; i < count; i++) {
      const acquisition = await store.acquire(['acct'], options);
      if (!acquisition.ok) continue;
      admitted++;
      await store.settle(['acct'], acquisition.id, options.now);
    }
    return admitted;
  };

  it('spends the shared budget while up and its share of it locally while down, settling each id where it was taken', async () => {
    const link = outage();
    const shared: RateLimitStore = createMemoryRateLimitStore();
    const store = createFallbackRateLimitStore({ primary: link.breakable(shared), available: link.available, processes: () => 2 });
    const options = { limit: 6, windowMs: 1_000, now: 0 };

    const first = await store.acquire(['acct'], options);
    expect(first).toMatchObject({ ok: true, id: expect.stringMatching(/^r/) });

    link.down();
    // 6 / 2 processes = 3, of which the call still in flight through the shared budget takes one.
    const local = [await store.acquire(['acct'], options), await store.acquire(['acct'], options), await store.acquire(['acct'], options)];
    expect(local.map((acquisition) => acquisition.ok)).toEqual([true, true, false]);
    expect(local[0]).toMatchObject({ id: expect.stringMatching(/^m/) });

    // Settling the shared id while down neither throws nor reaches the shared store.
    await store.settle(['acct'], idOf(first), 10);
    expect(await shared.usage(['acct'], options)).toEqual([{ used: 1, resetAt: 1_000 }]);
    await store.release(['acct'], idOf(local[0]!));
    expect(await store.acquire(['acct'], options)).toMatchObject({ ok: true, id: expect.stringMatching(/^m/) });

    link.back();
    const later = { ...options, now: 5_000 };
    for (const acquisition of local) if (acquisition.ok) await store.settle(['acct'], acquisition.id, 1_000);
    expect(await store.acquire(['acct'], later)).toMatchObject({ ok: true, id: expect.stringMatching(/^r/) });
  });

  it('tells the shared budget, once it returns, the answers of its calls it could not be told while down', async () => {
    const link = outage();
    const shared: RateLimitStore = createMemoryRateLimitStore();
    const store = createFallbackRateLimitStore({ primary: link.breakable(shared), available: link.available, processes: () => 1 });
    const options = { limit: 2, windowMs: 1_000, now: 0 };
    const inFlight = [await store.acquire(['acct'], options), await store.acquire(['acct'], options)];
    expect(inFlight.map((acquisition) => acquisition.ok)).toEqual([true, true]);

    link.down();
    await store.settle(['acct'], (inFlight[0] as { id: string }).id, 100);
    await store.release(['acct'], (inFlight[1] as { id: string }).id);
    // Both still hold the shared budget, which never heard of their ends.
    expect(await shared.acquire(['acct'], { ...options, now: 2_000 })).toMatchObject({ ok: false });

    link.back();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Told now: the answer has left the window and the release freed its slot, so both slots are free.
    const after = [await shared.acquire(['acct'], { ...options, now: 2_000 }), await shared.acquire(['acct'], { ...options, now: 2_000 })];
    expect(after.map((acquisition) => acquisition.ok)).toEqual([true, true]);
  });

  it('takes 1/N of the limit while down, N being the processes last seen on the shared store, and a conservative share before it saw any', async () => {
    const link = outage();
    let processes: number | undefined;
    const store = createFallbackRateLimitStore({ primary: link.breakable(createMemoryRateLimitStore()), available: link.available, processes: () => processes });
    link.down();
    expect(await spend(store, 50, { limit: 50, windowMs: 10_000, now: 0 })).toBe(12); // never reached it: 4 assumed
    processes = 3;
    expect(await spend(store, 50, { limit: 50, windowMs: 10_000, now: 10_000 })).toBe(16);
    processes = 1;
    expect(await spend(store, 50, { limit: 50, windowMs: 10_000, now: 20_000 })).toBe(50);
    processes = 100;
    expect(await spend(store, 50, { limit: 50, windowMs: 10_000, now: 30_000 })).toBe(1); // never none at all
  });

  it('counts its own calls of the window through the shared budget when the shared store drops', async () => {
    const link = outage();
    const store = createFallbackRateLimitStore({ primary: link.breakable(createMemoryRateLimitStore()), available: link.available, processes: () => 2 });
    const options = { limit: 10, windowMs: 10_000 };
    expect(await spend(store, 4, { ...options, now: 0 })).toBe(4);

    link.down();
    // Its share is 5 and it spent 4 of them in this window already.
    expect(await spend(store, 10, { ...options, now: 1_000 })).toBe(1);
    // Those calls leave the window 10 s after their answers.
    expect(await spend(store, 10, { ...options, now: 9_999 })).toBe(0);
    expect(await spend(store, 10, { ...options, now: 10_000 })).toBe(4);
  });

  it('when the shared store returns, holds to its share until the calls it made unseen have left the window', async () => {
    const link = outage();
    const shared = createMemoryRateLimitStore();
    const store = createFallbackRateLimitStore({ primary: link.breakable(shared), available: link.available, processes: () => 2 });
    const options = { limit: 10, windowMs: 10_000 };
    link.down();
    expect(await spend(store, 10, { ...options, now: 0 })).toBe(5);
    const inFlight = await store.acquire(['acct'], { ...options, now: 9_000 });
    expect(inFlight.ok).toBe(false);

    link.back();
    // The shared budget is empty, but this process already spent its share of the window unseen.
    expect(await spend(store, 10, { ...options, now: 5_000 })).toBe(0);
    expect(await shared.usage(['acct'], { ...options, now: 5_000 })).toEqual([{ used: 0, resetAt: 5_000 }]);
    expect(await spend(store, 10, { ...options, now: 10_000 })).toBe(5);
    // A window after its return, the shared budget alone decides, and hears of every call.
    expect(await spend(store, 20, { ...options, now: 15_000 })).toBe(5);
    expect(await shared.usage(['acct'], { ...options, now: 15_000 })).toEqual([{ used: 10, resetAt: 25_000 }]);
  });

  it('keeps to its share for a window after the shared store returns, even with no calls of its own while it was down', async () => {
    const link = outage();
    const shared = createMemoryRateLimitStore();
    const [a, b] = [0, 1].map(() => createFallbackRateLimitStore({ primary: link.breakable(shared), available: link.available, processes: () => 2 }));
    const options = { limit: 10, windowMs: 10_000 };
    link.down();
    expect(await spend(a!, 10, { ...options, now: 0 })).toBe(5);

    link.back();
    // b sent nothing while Redis was away, but a's 5 are in this window unseen: b takes only its share.
    expect(await spend(b!, 10, { ...options, now: 1_000 })).toBe(5);
    expect(await spend(a!, 10, { ...options, now: 1_000 })).toBe(0);
    // A window after its return, the shared budget alone decides, for both.
    expect(await spend(b!, 20, { ...options, now: 11_000 })).toBe(10);
    expect(await spend(a!, 10, { ...options, now: 11_000 })).toBe(0);
  });

  it('counts a call admitted while down and still in flight when the shared store returns', async () => {
    const link = outage();
    const shared = createMemoryRateLimitStore();
    const store = createFallbackRateLimitStore({ primary: link.breakable(shared), available: link.available, processes: () => 2 });
    const options = { limit: 2, windowMs: 1_000 };
    link.down();
    const slow = await store.acquire(['acct'], { ...options, now: 0 });
    expect(slow).toMatchObject({ ok: true, id: expect.stringMatching(/^m/) });

    link.back();
    expect(await spend(store, 5, { ...options, now: 60_000 })).toBe(0);
    await store.settle(['acct'], idOf(slow), 60_000);
    expect(await spend(store, 5, { ...options, now: 61_000 })).toBe(2);
  });
});
