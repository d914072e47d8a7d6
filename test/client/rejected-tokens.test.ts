import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/client/errors.ts';
import { rejectedTokensLayer } from '../../src/client/rejected-tokens.ts';
import type { UpstreamRequest, UpstreamResponse } from '../../src/client/types.ts';
import { fakeRequest, fakeResponse } from '../helpers/layer-fakes.ts';
import { VirtualClock } from '../helpers/virtual-clock.ts';

/** The layer over a fake upstream that knows one good token (`good`) and logs what reached it. */
function setup(options: { rememberMs?: number; answer?: (request: UpstreamRequest) => Promise<UpstreamResponse> } = {}) {
  const clock = new VirtualClock();
  const reached: string[] = [];
  const send = rejectedTokensLayer({ clock, ...(options.rememberMs !== undefined ? { rememberMs: options.rememberMs } : {}) })(async (request) => {
    reached.push(request.credentials.token);
    await clock.sleep(100);
    if (options.answer) return options.answer(request);
    return fakeResponse({ status: request.credentials.token === 'good' ? 200 : 401 });
  });
  return { clock, reached, send };
}

async function outcome(promise: Promise<UpstreamResponse>): Promise<number | string> {
  return promise.then(
    (response) => response.status,
    (error: unknown) => (error instanceof UpstreamError ? error.code : String(error)),
  );
}

describe('rejected-tokens layer', () => {
  it('asks Basecamp once about a burst with a bad token, and refuses the rest without a call', async () => {
    const { send, reached } = setup();
    const results = await Promise.all(Array.from({ length: 50 }, () => outcome(send(fakeRequest({ token: 'bad' })))));
    // The first call's own 401 is left to the errors layer; the 49 others never left.
    expect(results[0]).toBe(401);
    expect(results.slice(1)).toEqual(Array(49).fill('UNAUTHENTICATED'));
    expect(reached).toEqual(['bad']);
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
