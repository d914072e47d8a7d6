import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/client/errors.ts';
import { createMetrics } from '../../src/client/metrics.ts';
import { createRateLimiter, rateLimitLayer } from '../../src/client/rate-limit.ts';
import { createRejectedTokens } from '../../src/client/rejected-tokens.ts';
import type { UpstreamRequest, UpstreamResponse } from '../../src/client/types.ts';
import { fakeRequest, fakeResponse } from '../helpers/layer-fakes.ts';
import { VirtualClock } from '../helpers/virtual-clock.ts';

/**
 * Both layers around a real rate limiter (as the client composes them), over a fake upstream that
 * knows one good token (`good`) and logs what reached it.
 */
function setup(options: { rememberMs?: number; limit?: number; answer?: (request: UpstreamRequest) => Promise<UpstreamResponse> } = {}) {
  const clock = new VirtualClock();
  const reached: string[] = [];
  const limiter = createRateLimiter({ limit: options.limit ?? 100, windowMs: 10_000 });
  const { refuse, probe } = createRejectedTokens({ clock, ...(options.rememberMs !== undefined ? { rememberMs: options.rememberMs } : {}) });
  const send = refuse(
    rateLimitLayer({ limiter, clock, metrics: createMetrics() })(
      probe(async (request: UpstreamRequest) => {
        reached.push(request.credentials.token);
        await clock.sleep(100);
        if (options.answer) return options.answer(request);
        return fakeResponse({ status: request.credentials.token === 'good' ? 200 : 401 });
      }),
    ),
  );
  const budgetLeft = async (token: string) => (await limiter.usage([`token:hash-${token}`, 'account:999'], clock.now())).map((u) => 100 - u.used);
  return { clock, reached, send, budgetLeft };
}

async function outcome(promise: Promise<UpstreamResponse>): Promise<number | string> {
  return promise.then(
    (response) => response.status,
    (error: unknown) => (error instanceof UpstreamError ? error.code : String(error)),
  );
}

describe('rejected-tokens layer', () => {
  it('asks Basecamp once about a burst with a bad token, refuses the rest without a call, and gives their budget back', async () => {
    const { send, reached, budgetLeft } = setup();
    const results = await Promise.all(Array.from({ length: 50 }, () => outcome(send(fakeRequest({ token: 'bad' })))));
    // The first call's own 401 is left to the errors layer; the 49 others never left.
    expect(results[0]).toBe(401);
    expect(results.slice(1)).toEqual(Array(49).fill('UNAUTHENTICATED'));
    expect(reached).toEqual(['bad']);
    expect(await budgetLeft('bad')).toEqual([99, 99]);
    // Now known: refused before the rate limiter, spending nothing.
    expect(await outcome(send(fakeRequest({ token: 'bad' })))).toBe('UNAUTHENTICATED');
    expect(await budgetLeft('bad')).toEqual([99, 99]);
  });

  it('refuses a known-bad token at once even when the account has no room left', async () => {
    const { send, reached, clock } = setup({ limit: 2 });
    await send(fakeRequest({ token: 'bad' }));
    await send(fakeRequest({ token: 'good' }));
    const start = clock.now();
    expect(await outcome(send(fakeRequest({ token: 'bad' })))).toBe('UNAUTHENTICATED');
    expect(clock.now()).toBe(start);
    expect(reached).toEqual(['bad', 'good']);
  });

  it('keeps refusing for rememberMs, then asks again', async () => {
    const { send, reached, clock } = setup({ rememberMs: 60_000 });
    await send(fakeRequest({ token: 'bad' }));
    await clock.sleep(59_000);
    const error = await send(fakeRequest({ token: 'bad' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, retryable: false });
    expect((error as Error).message).not.toContain('bad');
    await clock.sleep(1_000);
    expect(await outcome(send(fakeRequest({ token: 'bad' })))).toBe(401);
    expect(reached).toEqual(['bad', 'bad']);
  });

  it('never holds back a good token, nor another token behind a bad one', async () => {
    const { send, reached } = setup();
    await send(fakeRequest({ token: 'good' }));
    const results = await Promise.all([
      outcome(send(fakeRequest({ token: 'bad' }))),
      ...Array.from({ length: 5 }, () => outcome(send(fakeRequest({ token: 'good' })))),
      outcome(send(fakeRequest({ token: 'bad' }))),
    ]);
    expect(results).toEqual([401, 200, 200, 200, 200, 200, 'UNAUTHENTICATED']);
    // Known good: its calls went out together, not one at a time.
    expect(reached).toEqual(['good', 'bad', 'good', 'good', 'good', 'good', 'good']);
  });

  it('forgets a good token once Basecamp revokes it', async () => {
    let revoked = false;
    const { send, reached } = setup({ answer: async () => fakeResponse({ status: revoked ? 401 : 200 }) });
    expect(await outcome(send(fakeRequest({ token: 't' })))).toBe(200);
    revoked = true;
    expect(await outcome(send(fakeRequest({ token: 't' })))).toBe(401);
    expect(await outcome(send(fakeRequest({ token: 't' })))).toBe('UNAUTHENTICATED');
    expect(reached).toHaveLength(2);
  });

  it('lets the next call ask when the first one got no answer', async () => {
    let first = true;
    const { send, reached } = setup({
      answer: async () => {
        if (first) {
          first = false;
          throw new UpstreamError('UPSTREAM_UNAVAILABLE', 'reset');
        }
        return fakeResponse({ status: 200 });
      },
    });
    const results = await Promise.all([outcome(send(fakeRequest({ token: 'new' }))), outcome(send(fakeRequest({ token: 'new' })))]);
    expect(results).toEqual(['UPSTREAM_UNAVAILABLE', 200]);
    expect(reached).toHaveLength(2);
  });

  it('lets a call waiting behind the first one leave when its caller aborts', async () => {
    const { send } = setup();
    const controller = new AbortController();
    const first = outcome(send(fakeRequest({ token: 'new' })));
    const waiting = send(fakeRequest({ token: 'new', signal: controller.signal }));
    controller.abort(new Error('caller left'));
    await expect(waiting).rejects.toThrow('caller left');
    expect(await first).toBe(401);
  });
});
