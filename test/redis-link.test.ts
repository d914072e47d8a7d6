import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';
import { connectRedis, sharedClock } from '../src/redis-link.ts';
import { reachableRedis } from './helpers/shared-redis.ts';

const url = await reachableRedis('Redis link tests');

describe.skipIf(url === undefined)('the Redis link', () => {
  it('reads Redis\'s clock in epoch milliseconds, and the shared clock follows it', async () => {
    const lines: string[] = [];
    const link = await connectRedis({ url: url!, logger: createLogger('info', (line) => lines.push(line)) });
    const probe = new Redis(url!);
    try {
      const [seconds, micros] = await probe.time();
      const redisNow = Number(seconds) * 1000 + Number(micros) / 1000;
      expect(Math.abs((await link.time()) - redisNow)).toBeLessThan(50);
      const clock = await sharedClock(link, createLogger('silent'));
      const [s2, us2] = await probe.time();
      expect(Math.abs(clock.now() - (Number(s2) * 1000 + Number(us2) / 1000))).toBeLessThan(50);
      expect(lines).toEqual([]);
    } finally {
      probe.disconnect();
      await link.close();
    }
  });
});
