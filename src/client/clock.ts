import type { Clock } from './types.ts';

/**
 * The one place the client reads real time. Everything else takes a `Clock`, so tests inject a
 * fake one and never wait (STYLE 2.7).
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, Math.max(0, ms));
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export interface AlignedClockOptions {
  /** This process's clock: its `sleep`, and its `now` plus the measured offset. */
  base: Clock;
  /** The shared reference's time, epoch ms (Redis `TIME`). */
  reference: () => Promise<number>;
}

/** A clock set to a shared reference, and the call that measures it again. */
export interface AlignedClock extends Clock {
  /** Measures the offset to the reference; on failure keeps the last one and rethrows. */
  sync(): Promise<void>;
}

/**
 * Processes that share Redis compare times they each wrote: a freshness mark from one against a
 * cached answer's validation time from another, a budget window's start. Hosts' clocks can be
 * seconds apart, and one running ahead would take another's write for older than its read and
 * serve the stale answer. So every process reads the shared Redis's clock instead: the local
 * time plus an offset measured against `TIME` (the best of three round trips, taken at their
 * midpoint). Until the first `sync`, and after a failed one, the last offset holds (0 at first).
 * `now` never goes back when a new measurement is smaller.
 */
export function alignedClock({ base, reference }: AlignedClockOptions): AlignedClock {
  let offset = 0;
  let last = -Infinity;
  return {
    now() {
      last = Math.max(last, base.now() + offset);
      return last;
    },
    sleep: (ms, signal) => base.sleep(ms, signal),
    async sync() {
      let best: { roundTrip: number; offset: number } | undefined;
      for (let sample = 0; sample < 3; sample += 1) {
        const sent = base.now();
        const shared = await reference();
        const received = base.now();
        if (!Number.isFinite(shared)) throw new Error(`the reference clock answered ${String(shared)}`);
        const roundTrip = received - sent;
        if (best === undefined || roundTrip < best.roundTrip) best = { roundTrip, offset: shared - (sent + received) / 2 };
      }
      offset = best!.offset;
    },
  };
}
