import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/client/errors.ts';
import { createMetrics } from '../../src/client/metrics.ts';
import { createRateLimiter, parseRateLimit, rateLimitLayer } from '../../src/client/rate-limit.ts';
import type { UpstreamRequest, UpstreamResponse } from '../../src/client/types.ts';
import { fakeRequest, fakeResponse } from '../helpers/layer-fakes.ts';
import { VirtualClock } from '../helpers/virtual-clock.ts';

interface Sent {
  label: string;
  at: number;
}

/**
 * A rate-limited `send` over a fake upstream that records the virtual time of every send.
 * `answer` may delay (on the virtual clock) or choose the response per request.
 */
function setup(options: {
  limit: number;
  windowMs: number;
  maxQueue?: number;
  maxWaitMs?: number;
  answer?: (request: UpstreamRequest, clock: VirtualClock) => Promise<UpstreamResponse>;
}) {
  const clock = new VirtualClock();
  const t0 = clock.now();
  const metrics = createMetrics();
  const sent: Sent[] = [];
  const limiter = createRateLimiter({ limit: options.limit, windowMs: options.windowMs });
  const layer = rateLimitLayer({
    limiter,
    clock,
    metrics,
    ...(options.maxQueue !== undefined ? { maxQueue: options.maxQueue } : {}),
    ...(options.maxWaitMs !== undefined ? { maxWaitMs: options.maxWaitMs } : {}),
  });
  const send = layer(async (request) => {
    sent.push({ label: request.headers['x-label'] ?? '', at: clock.now() - t0 });
    return options.answer ? options.answer(request, clock) : fakeResponse();
  });
  const labelled = (label: string, request: Parameters<typeof fakeRequest>[0] = {}) =>
    send(fakeRequest({ ...request, headers: { 'x-label': label } }));
  return { clock, t0, metrics, sent, send: labelled };
}

/** The most sends found in any half-open window [t, t + windowMs). */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[j]! < sorted[i]! - windowMs + 1) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

const sentAt = (sent: Sent[]) => Object.fromEntries(sent.map((s) => [s.label, s.at]));

async function rejection(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UpstreamError)) throw new Error(`expected an UpstreamError, got ${String(error)}`);
  return error;
}

describe('rate-limit layer', () => {
  it('spreads a burst of 200 so that no 10 s window holds more than 50 sends, in arrival order', async () => {
    const { send, sent, metrics } = setup({ limit: 50, windowMs: 10_000, maxWaitMs: 60_000 });
    await Promise.all(Array.from({ length: 200 }, (_, i) => send(String(i), { token: `t${i % 4}` })));

    expect(sent.map((s) => s.label)).toEqual(Array.from({ length: 200 }, (_, i) => String(i)));
    expect(busiestWindow(sent.map((s) => s.at), 10_000)).toBe(50);
    // Tight, not just safe: each window is filled, so the 200th leaves at 30 s.
    expect(sent.at(-1)!.at).toBe(30_000);
    expect(metrics.snapshot()).toMatchObject({ limiterWaits: 150, limiterRejections: 0 });
  });

  it('keeps upstream arrivals within the budget when the network delays requests unevenly', async () => {
    // Each request reaches upstream 0–80 ms after it is sent (connection set-up, pool queueing)
    // and is answered at 100 ms. Counting from sends would let a late arrival share a window
    // with the next batch; counting from answers cannot.
    const arrivals: number[] = [];
    let n = 0;
    const { send } = setup({
      limit: 5,
      windowMs: 1000,
      maxWaitMs: 60_000,
      answer: async (_request, clock) => {
        // The last of the first five arrives late; everything else at once.
        const delay = n++ === 4 ? 80 : 0;
        await clock.sleep(delay);
        arrivals.push(clock.now());
        await clock.sleep(100 - delay);
        return fakeResponse();
      },
    });
    await Promise.all(Array.from({ length: 40 }, (_, i) => send(String(i))));
    expect(arrivals).toHaveLength(40);
    expect(busiestWindow(arrivals, 1000)).toBeLessThanOrEqual(5);
  });

  it('counts a failed attempt too, from when it failed', async () => {
    let first = true;
    const { send, sent } = setup({
      limit: 1,
      windowMs: 1000,
      answer: async (_request, clock) => {
        await clock.sleep(50);
        if (first) {
          first = false;
          throw new Error('connection reset');
        }
        return fakeResponse();
      },
    });
    await expect(send('fails')).rejects.toThrow('connection reset');
    await send('next');
    expect(sentAt(sent)).toEqual({ fails: 0, next: 1050 });
  });

  it('keeps a steady trickle within the window too', async () => {
    const { send, sent, clock } = setup({ limit: 3, windowMs: 1000, maxWaitMs: 60_000 });
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < 30; i++) {
      pending.push(send(String(i)));
      await clock.sleep(150);
    }
    await Promise.all(pending);
    expect(busiestWindow(sent.map((s) => s.at), 1000)).toBe(3);
    expect(sent.map((s) => Number(s.label))).toEqual([...Array(30).keys()]);
  });

  it('spends both the account’s and the token’s budget on every attempt, the tokens taking turns', async () => {
    const { send, sent } = setup({ limit: 2, windowMs: 1000 });
    await Promise.all([
      send('a1', { account: '1', token: 'a' }),
      send('a1 again', { account: '1', token: 'a' }),
      send('same account, other token', { account: '1', token: 'b' }),
      send('same token, other account', { account: '2', token: 'a' }),
      send('unrelated', { account: '3', token: 'c' }),
    ]);
    expect(sentAt(sent)).toEqual({
      a1: 0,
      // Account 1's second slot goes to token b's turn, not to a's second request.
      'same account, other token': 0,
      'a1 again': 1000,
      // Token a's own queue is first in, first out.
      'same token, other account': 1000,
      unrelated: 0,
    });
  });

  it('keeps one token’s requests in arrival order, and lets tokens take turns on a shared account', async () => {
    const { send, sent } = setup({ limit: 1, windowMs: 1000 });
    await Promise.all([
      send('a first', { account: '1', token: 'a' }),
      send('a second', { account: '1', token: 'a' }),
      send('a third', { account: '1', token: 'a' }),
      send('b first', { account: '1', token: 'b' }),
      send('b second', { account: '1', token: 'b' }),
    ]);
    expect(sentAt(sent)).toEqual({ 'a first': 0, 'b first': 1000, 'a second': 2000, 'b second': 3000, 'a third': 4000 });
  });

  it('lets another token through on the account when the waiting one is out of its own budget', async () => {
    const { send, sent } = setup({ limit: 3, windowMs: 1000 });
    await Promise.all([
      send('a on 1', { account: '1', token: 'a' }),
      send('a on 2', { account: '2', token: 'a' }),
      send('a on 3', { account: '3', token: 'a' }),
      send('a on 1 again', { account: '1', token: 'a' }), // token a is spent until 1000
      send('b on 1', { account: '1', token: 'b' }), // account 1 and token b have room
    ]);
    expect(sentAt(sent)).toMatchObject({ 'a on 1 again': 1000, 'b on 1': 0 });
  });

  it('answers a light query between a heavy one’s calls: a newcomer waits only for the slots already taken', async () => {
    // Token a queues 300 calls on a 50 per 10 s account; token b then makes 3 calls one after
    // another, each after the previous answer, as a resolver chain does.
    const { send, sent, clock, t0 } = setup({ limit: 50, windowMs: 10_000, maxWaitMs: 120_000 });
    const heavy = Promise.all(Array.from({ length: 300 }, (_, i) => send(`a${i}`, { token: 'a' })));
    await clock.sleep(1);
    const lightDone: number[] = [];
    for (const label of ['b1', 'b2', 'b3']) {
      await send(label, { token: 'b' });
      lightDone.push(clock.now() - t0);
    }
    await heavy;
    const at = sentAt(sent);
    // b's first call takes the first slot that frees (at 10 s, when a's first 50 leave the
    // window); the next ones join while that room is still being handed out, ahead of a's rest.
    expect(sent.filter((s) => s.at === 10_000)[0]!.label).toBe('b1');
    expect([at.b1, at.b2, at.b3]).toEqual([10_000, 10_000, 10_000]);
    expect(lightDone).toEqual([10_000, 10_000, 10_000]);
    // First in, first out, b would have waited for all of a's: a's last call leaves at 60 s.
    expect(at.a299).toBe(60_000);
    expect(busiestWindow(sent.map((s) => s.at), 10_000)).toBe(50);
  });

  it('interleaves a light query’s parallel calls with a heavy one’s, one per token per turn', async () => {
    const { send, sent, clock } = setup({ limit: 50, windowMs: 10_000, maxWaitMs: 120_000 });
    const heavy = Promise.all(Array.from({ length: 120 }, (_, i) => send(`a${i}`, { token: 'a' })));
    await clock.sleep(1);
    await Promise.all(['b1', 'b2', 'b3'].map((label) => send(label, { token: 'b' })));
    await heavy;
    const second = sent.filter((s) => s.at === 10_000).map((s) => s.label);
    expect(second.slice(0, 6)).toEqual(['b1', 'a50', 'b2', 'a51', 'b3', 'a52']);
    expect(second).toHaveLength(50);
  });

  it('pauses the account and the token for a 429’s Retry-After, and re-plans those already waiting', async () => {
    const { send, sent } = setup({
      limit: 1,
      windowMs: 1000,
      answer: async (request, clock) => {
        await clock.sleep(100);
        return request.headers['x-label'] === 'limited' ? fakeResponse({ status: 429, headers: { 'retry-after': '5' } }) : fakeResponse();
      },
    });
    const limited = send('limited', { account: '1', token: 'a' });
    const queued = send('queued, same account', { account: '1', token: 'b' });
    const elsewhere = send('other account and token', { account: '2', token: 'c' });
    expect((await limited).status).toBe(429);
    const sameToken = send('same token, other account', { account: '2', token: 'a' });
    await Promise.all([queued, elsewhere, sameToken]);
    expect(sentAt(sent)).toEqual({
      limited: 0,
      'queued, same account': 5100, // was due at 1000; moved behind the pause
      'other account and token': 0,
      'same token, other account': 5100,
    });
  });

  it('accepts a Retry-After given as an HTTP-date', async () => {
    let first = true;
    const { send, sent, clock, t0 } = setup({
      limit: 10,
      windowMs: 1000,
      answer: async () => {
        if (!first) return fakeResponse();
        first = false;
        return fakeResponse({ status: 429, headers: { 'retry-after': new Date(clock.now() + 3000).toUTCString() } });
      },
    });
    expect(t0 % 1000).toBe(0); // HTTP-dates have whole seconds
    await send('limited');
    await send('next');
    expect(sentAt(sent)).toEqual({ limited: 0, next: 3000 });
  });

  it('ignores a 429 whose Retry-After is missing or malformed', async () => {
    for (const headers of [{}, { 'retry-after': 'soon' }, { 'retry-after': '-5' }] as Record<string, string>[]) {
      let first = true;
      const { send, sent } = setup({
        limit: 10,
        windowMs: 1000,
        answer: async () => (first ? ((first = false), fakeResponse({ status: 429, headers })) : fakeResponse()),
      });
      await send('limited');
      await send('next');
      expect(sentAt(sent)).toEqual({ limited: 0, next: 0 });
    }
  });

  it('fails fast with RATE_LIMITED once maxQueue requests already wait on the same budget', async () => {
    const { send, sent, metrics } = setup({ limit: 1, windowMs: 1000, maxQueue: 3 });
    const accepted = ['0', '1', '2', '3'].map((label) => send(label));
    const error = await rejection(send('overflow'));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfter).toBe(3);
    expect(error.message).toMatch(/3 requests already wait/);
    // Another account and token is not behind that queue.
    await send('elsewhere', { account: '2', token: 'z' });
    await Promise.all(accepted);
    expect(sent.map((s) => s.label)).toEqual(['0', 'elsewhere', '1', '2', '3']);
    expect(metrics.snapshot().limiterRejections).toBe(1);
  });

  it('refuses the tail of a later flood, never the requests of a token that was waiting before it', async () => {
    const { send, sent } = setup({ limit: 1, windowMs: 1000, maxQueue: 3 });
    // Token a takes the slot and queues two behind it; then token b floods the same account.
    const early = ['a0', 'a1', 'a2'].map((label) => send(label, { token: 'a' }));
    await Promise.resolve();
    const flood = ['b0', 'b1', 'b2', 'b3'].map((label) => send(label, { token: 'b' }).then(() => 'sent', (error: unknown) => (error as UpstreamError).code));
    // The account already holds a1 and a2: only one of b's fits under the cap of 3, the rest fail.
    expect(await Promise.all(flood)).toEqual(['sent', 'RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
    await Promise.all(early);
    expect(sent.map((s) => s.label).sort()).toEqual(['a0', 'a1', 'a2', 'b0']);
  });

  it('fails fast with RATE_LIMITED when the wait would exceed maxWaitMs', async () => {
    const { send, sent } = setup({ limit: 1, windowMs: 10_000, maxWaitMs: 5000 });
    await send('first');
    const error = await rejection(send('second'));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 10 });
    expect(sent).toHaveLength(1);
  });

  it('fails a waiting request fast when a 429 pushes its slot past maxWaitMs', async () => {
    const { send, sent } = setup({
      limit: 1,
      windowMs: 1000,
      maxWaitMs: 5000,
      answer: async (request, clock) => {
        await clock.sleep(100);
        return fakeResponse({ status: 429, headers: { 'retry-after': '60' } });
      },
    });
    const limited = send('limited');
    const queued = send('queued');
    await limited;
    expect((await rejection(queued)).code).toBe('RATE_LIMITED');
    expect(sent.map((s) => s.label)).toEqual(['limited']);
  });

  it('drops an aborted request from the queue and gives its slot to the next one', async () => {
    const { send, sent } = setup({ limit: 1, windowMs: 1000, maxQueue: 1 });
    const controller = new AbortController();
    const first = send('first');
    const aborted = send('aborted', { signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('caller left'));
    await expect(aborted).rejects.toThrow('caller left');
    // With maxQueue 1 this would overflow if the aborted request still held its place.
    await Promise.all([first, send('next')]);
    expect(sentAt(sent)).toEqual({ first: 0, next: 1000 });
  });

  it('gives the slot back when the request is aborted while its reservation is being made', async () => {
    const { send, sent } = setup({ limit: 1, windowMs: 1000 });
    const controller = new AbortController();
    const aborted = send('aborted', { signal: controller.signal });
    controller.abort(new Error('caller left'));
    await expect(aborted).rejects.toThrow('caller left');
    await send('next');
    expect(sentAt(sent)).toEqual({ next: 0 });
  });

  it('refuses a request whose signal is already aborted without spending budget', async () => {
    const { send, sent } = setup({ limit: 1, windowMs: 1000 });
    await expect(send('aborted', { signal: AbortSignal.abort() })).rejects.toThrow();
    await send('next');
    expect(sentAt(sent)).toEqual({ next: 0 });
  });
});

describe('createRateLimiter', () => {
  it('rejects a budget that is not a positive whole number', () => {
    expect(() => createRateLimiter({ limit: 0, windowMs: 1000 })).toThrow(/positive whole number of requests/);
    expect(() => createRateLimiter({ limit: 5, windowMs: 0.5 })).toThrow(/milliseconds/);
  });
});

describe('parseRateLimit', () => {
  it.each([
    ['50/10s', 50, 10_000],
    ['5/s', 5, 1000],
    ['100/1m', 100, 60_000],
    ['20/500ms', 20, 500],
    ['1000/1h', 1000, 3_600_000],
    [' 50 / 10s ', 50, 10_000],
  ])('reads %j as %i per %i ms', (text, limit, windowMs) => {
    expect(parseRateLimit(text)).toEqual({ limit, windowMs });
  });

  it.each(['', '50', '50/10', 'fifty/10s', '0/10s', '50/0s', '-1/10s', '50/10x', '1.5/s', '50/1.5s', '50/10s/'])(
    'refuses %j, naming the value',
    (text) => {
      expect(() => parseRateLimit(text)).toThrow(`Invalid rate limit ${JSON.stringify(text)}`);
    },
  );
});
