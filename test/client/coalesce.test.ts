import { describe, expect, it } from 'vitest';
import { createCoalescing } from '../../src/client/coalesce.ts';
import { createMetrics } from '../../src/client/metrics.ts';
import type { UpstreamRequest, UpstreamResponse } from '../../src/client/types.ts';
import { fakeRequest, fakeResponse } from '../helpers/layer-fakes.ts';

/** A fake `next` whose calls stay pending until the test settles them. */
function setup() {
  const metrics = createMetrics();
  const calls: { request: UpstreamRequest; resolve: (r: UpstreamResponse) => void; reject: (e: unknown) => void }[] = [];
  const { layer, forgetAccount } = createCoalescing({ metrics });
  const send = layer((request) => new Promise((resolve, reject) => calls.push({ request, resolve, reject })));
  return { metrics, calls, send, forgetAccount };
}

describe('coalesce layer', () => {
  it('sends 100 concurrent identical GETs upstream once and gives every caller the answer', async () => {
    const { send, calls, metrics } = setup();
    const pending = Array.from({ length: 100 }, () => send(fakeRequest()));
    await Promise.resolve();
    expect(calls).toHaveLength(1);
    const answer = fakeResponse({ body: [{ id: '1' }] });
    calls[0]!.resolve(answer);
    const responses = await Promise.all(pending);
    expect(responses.every((r) => r === answer)).toBe(true);
    expect(metrics.snapshot().coalesced).toBe(99);
  });

  it('makes a fresh call once the shared one has settled', async () => {
    const { send, calls } = setup();
    const first = send(fakeRequest());
    await Promise.resolve();
    calls[0]!.resolve(fakeResponse());
    await first;
    void send(fakeRequest());
    await Promise.resolve();
    expect(calls).toHaveLength(2);
  });

  it('never shares a call between tokens, accounts or URLs', async () => {
    const { send, calls } = setup();
    void send(fakeRequest({ token: 'a' }));
    void send(fakeRequest({ token: 'b' }));
    void send(fakeRequest({ account: '1' }));
    void send(fakeRequest({ path: '/people.json' }));
    await Promise.resolve();
    expect(calls).toHaveLength(4);
  });

  it('never coalesces writes', async () => {
    const { send, calls } = setup();
    void send(fakeRequest({ method: 'POST', path: '/todolists/1/todos.json' }));
    void send(fakeRequest({ method: 'POST', path: '/todolists/1/todos.json' }));
    await Promise.resolve();
    expect(calls).toHaveLength(2);
  });

  it('lets no GET join a call sent before a write to the same account settled, answered or failed', async () => {
    for (const outcome of ['answered', 'failed'] as const) {
      const { send, calls } = setup();
      const before = send(fakeRequest());
      const write = send(fakeRequest({ method: 'PUT', path: '/todos/1.json' }));
      await Promise.resolve();
      expect(calls.map((call) => call.request.method)).toEqual(['GET', 'PUT']);
      // A read while the write is in flight may still share the earlier call: the two overlap.
      const during = send(fakeRequest());
      await Promise.resolve();
      expect(calls).toHaveLength(2);

      if (outcome === 'answered') calls[1]!.resolve(fakeResponse());
      else calls[1]!.reject(new Error('connection reset'));
      await write.catch(() => undefined);
      const after = send(fakeRequest());
      await Promise.resolve();
      expect(calls.map((call) => call.request.method)).toEqual(['GET', 'PUT', 'GET']);

      const old = fakeResponse({ body: { title: 'old' } });
      const fresh = fakeResponse({ body: { title: 'new' } });
      calls[0]!.resolve(old);
      calls[2]!.resolve(fresh);
      expect(await before).toBe(old);
      expect(await during).toBe(old);
      expect(await after).toBe(fresh);
    }
  });

  it('forgets the calls in flight to an account when told it changed, and only that account\'s', async () => {
    const { send, calls, forgetAccount } = setup();
    void send(fakeRequest({ account: '1' }));
    void send(fakeRequest({ account: '2' }));
    await Promise.resolve();
    forgetAccount('1');
    void send(fakeRequest({ account: '1' }));
    void send(fakeRequest({ account: '2' }));
    await Promise.resolve();
    expect(calls.map((call) => call.request.credentials.accountId)).toEqual(['1', '2', '1']);
  });

  it('keeps sharing calls to other accounts when a write settles', async () => {
    const { send, calls } = setup();
    void send(fakeRequest({ account: '2' }));
    const write = send(fakeRequest({ method: 'POST', path: '/todolists/1/todos.json' }));
    await Promise.resolve();
    calls[1]!.resolve(fakeResponse());
    await write;
    void send(fakeRequest({ account: '2' }));
    await Promise.resolve();
    expect(calls).toHaveLength(2);
  });

  it('shares an upstream error with every waiter', async () => {
    const { send, calls } = setup();
    const pending = [send(fakeRequest()), send(fakeRequest()), send(fakeRequest())];
    await Promise.resolve();
    const failure = new Error('socket hang up');
    calls[0]!.reject(failure);
    const results = await Promise.allSettled(pending);
    expect(results).toEqual(Array(3).fill({ status: 'rejected', reason: failure }));
  });

  it('rejects a waiter that aborts without disturbing the others or the shared call', async () => {
    const { send, calls } = setup();
    const impatient = new AbortController();
    const aborted = send(fakeRequest({ signal: impatient.signal }));
    const patient = send(fakeRequest({ signal: new AbortController().signal }));
    const noSignal = send(fakeRequest());
    await Promise.resolve();
    impatient.abort(new Error('client went away'));
    await expect(aborted).rejects.toThrow('client went away');
    expect(calls[0]!.request.signal?.aborted).toBe(false);
    const answer = fakeResponse({ body: { id: '1' } });
    calls[0]!.resolve(answer);
    expect(await patient).toBe(answer);
    expect(await noSignal).toBe(answer);
  });

  it('aborts the shared call only when every waiter has aborted, then starts afresh', async () => {
    const { send, calls } = setup();
    const one = new AbortController();
    const two = new AbortController();
    const pending = [send(fakeRequest({ signal: one.signal })), send(fakeRequest({ signal: two.signal }))];
    await Promise.resolve();
    one.abort();
    expect(calls[0]!.request.signal?.aborted).toBe(false);
    two.abort();
    expect(calls[0]!.request.signal?.aborted).toBe(true);
    await expect(Promise.all(pending)).rejects.toThrow();
    void send(fakeRequest());
    await Promise.resolve();
    expect(calls).toHaveLength(2);
  });

  it('refuses a request whose signal is already aborted, without calling upstream', async () => {
    const { send, calls } = setup();
    await expect(send(fakeRequest({ signal: AbortSignal.abort() }))).rejects.toThrow();
    expect(calls).toHaveLength(0);
  });
});
