import type { Clock } from '../../../src/client/types.ts';

interface Timer {
  at: number;
  seq: number;
  wake: () => void;
}

/**
 * Virtual time for tests that mix sleeps with real loopback I/O. Time jumps to the earliest
 * timer only while `idle()` says no work is in flight (e.g. every unfinished call is asleep), so
 * a request is always sent and answered at the virtual instant it was released — no real waiting,
 * and no time passing under a request's feet.
 */
export class GatedClock implements Clock {
  private time: number;
  private seq = 0;
  private timers: Timer[] = [];
  private ticking = false;

  constructor(
    private readonly idle: (sleepers: number) => boolean,
    start = Date.now(),
  ) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        this.timers = this.timers.filter((t) => t !== timer);
        reject(signal?.reason);
      };
      const timer: Timer = {
        at: this.time + Math.max(0, ms),
        seq: this.seq++,
        wake: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.timers.push(timer);
      this.tick();
    });
  }

  private tick(): void {
    if (this.ticking) return;
    this.ticking = true;
    setImmediate(() => {
      this.ticking = false;
      if (this.timers.length === 0) return;
      if (this.idle(this.timers.length)) {
        this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
        const due = this.timers[0]!.at;
        this.time = Math.max(this.time, due);
        const woken = this.timers.filter((t) => t.at <= this.time);
        this.timers = this.timers.filter((t) => t.at > this.time);
        for (const timer of woken) timer.wake();
      }
      if (this.timers.length > 0) this.tick();
    });
  }
}
