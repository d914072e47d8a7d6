import { describe, expect, it } from 'vitest';
import { alignedClock } from '../../src/client/clock.ts';
import { VirtualClock } from '../helpers/virtual-clock.ts';

/** A reference `ahead` ms ahead of `base`, whose answers take `delays` ms each (one per sample). */
function reference(base: VirtualClock, ahead: number, delays: number[]) {
  let call = 0;
  return async () => {
    const delay = delays[call++ % delays.length]!;
    // The reference reads its clock halfway through the round trip.
    base.time += delay / 2;
    const shared = base.time + ahead;
    base.time += delay / 2;
    return shared;
  };
}

describe('alignedClock', () => {
  it('reads the local clock until the first measurement, then the reference\'s time', async () => {
    const base = new VirtualClock(1_000_000);
    const clock = alignedClock({ base, reference: reference(base, 4_000, [10]) });
    expect(clock.now()).toBe(1_000_000);
    await clock.sync();
    expect(clock.now()).toBe(base.time + 4_000);
  });

  it('keeps the sample with the shortest round trip, taken at its midpoint', async () => {
    const base = new VirtualClock(1_000_000);
    let call = 0;
    // Three samples: the slow ones answer late and skewed; the 2 ms one is the truth.
    const answers = [
      { delay: 300, error: 120 },
      { delay: 2, error: 0 },
      { delay: 80, error: -30 },
    ];
    const clock = alignedClock({
      base,
      reference: async () => {
        const { delay, error } = answers[call++]!;
        base.time += delay / 2;
        const shared = base.time - 7_000 + error;
        base.time += delay / 2;
        return shared;
      },
    });
    await clock.sync();
    expect(clock.now()).toBe(base.time - 7_000);
  });

  it('never goes back when a new measurement is smaller, and keeps the last offset when one fails', async () => {
    const base = new VirtualClock(1_000_000);
    let ahead = 5_000;
    let failing = false;
    const clock = alignedClock({
      base,
      reference: async () => {
        if (failing) throw new Error('connection closed');
        return base.time + ahead;
      },
    });
    await clock.sync();
    const before = clock.now();
    expect(before).toBe(1_005_000);
    ahead = 4_990; // the local clock drifted 10 ms fast
    await clock.sync();
    expect(clock.now()).toBe(before);
    base.time += 20;
    expect(clock.now()).toBe(1_000_020 + 4_990);

    failing = true;
    await expect(clock.sync()).rejects.toThrow('connection closed');
    base.time += 5;
    expect(clock.now()).toBe(1_000_025 + 4_990);
  });

  it('refuses a reference that answers no number, keeping the last offset', async () => {
    const base = new VirtualClock(1_000_000);
    const clock = alignedClock({ base, reference: async () => Number.NaN });
    await expect(clock.sync()).rejects.toThrow('NaN');
    expect(clock.now()).toBe(1_000_000);
  });

  it('sleeps on the local clock', async () => {
    const base = new VirtualClock();
    const clock = alignedClock({ base, reference: reference(base, 60_000, [0]) });
    await clock.sync();
    await clock.sleep(250);
    expect(base.sleeps).toEqual([250]);
  });
});
