import type { Clock } from '../../../src/client/types.ts';

/** A clock whose sleeps return at once and move time forward, recording every wait. */
export interface FakeClock extends Clock {
  /** Every `sleep(ms)` asked for, in order. */
  readonly sleeps: number[];
  advance(ms: number): void;
}

/**
 * Starts at the real current time, so HTTP-dates in fixtures ("in the past") mean what they say.
 * Only suitable when one call is in flight at a time: concurrent sleepers each push time forward.
 */
export function fakeClock(start = Date.now()): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    async sleep(ms, signal) {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += Math.max(0, ms);
      await Promise.resolve();
      signal?.throwIfAborted();
    },
  };
}
