import type { Clock } from '../../src/client/types.ts';

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

/**
 * A `Clock` whose time only moves when every pending promise has settled and someone is asleep:
 * it then jumps to the earliest timer and wakes it. Tests run instantly and deterministically,
 * and `sleeps` records every requested delay for assertions.
 */
export class VirtualClock implements Clock {
  time: number;
  readonly sleeps: number[] = [];
  private timers: Timer[] = [];
  private seq = 0;
  private scheduled = false;

  constructor(start = Date.UTC(2024, 0, 1)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const timer: Timer = {
        at: this.time + Math.max(0, ms),
        seq: this.seq++,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        this.timers = this.timers.filter((t) => t !== timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.timers.push(timer);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate runs after the microtask queue drains, i.e. once everything awake has settled.
    setImmediate(() => {
      this.scheduled = false;
      const next = this.timers.reduce<Timer | undefined>(
        (min, t) => (min === undefined || t.at < min.at || (t.at === min.at && t.seq < min.seq) ? t : min),
        undefined,
      );
      if (next === undefined) return;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = Math.max(this.time, next.at);
      next.resolve();
      if (this.timers.length > 0) this.schedule();
    });
  }
}
