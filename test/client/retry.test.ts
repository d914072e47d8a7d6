import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/client/errors.ts';
import { createMetrics } from '../../src/client/metrics.ts';
import { backoff, MAX_BACKOFF_MS, retryDelay, retryLayer, type RetryInput } from '../../src/client/retry.ts';
import type { Clock, HttpMethod, UpstreamRequest, UpstreamResponse } from '../../src/client/types.ts';
import { fakeClock } from './support/fake-clock.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const httpDate = (offsetMs: number) => new Date(NOW + offsetMs).toUTCString();
const networkError = () => new UpstreamError('UPSTREAM_UNAVAILABLE', 'Basecamp is unreachable (ECONNRESET).', { retryable: true });

describe('retryDelay: the contract as a table', () => {
  const GET = { method: 'GET' as HttpMethod, idempotent: true, attempt: 1, now: NOW };
  const POST = { method: 'POST' as HttpMethod, idempotent: false, attempt: 1, now: NOW };
  const IDEMPOTENT_POST = { method: 'POST' as HttpMethod, idempotent: true, attempt: 1, now: NOW };

  const table: [string, RetryInput, number | undefined][] = [
    ['GET 503 → first backoff step', { ...GET, status: 503 }, 1000],
    ['GET 503, second attempt → doubled', { ...GET, status: 503, attempt: 2 }, 2000],
    ['GET 500 → backoff', { ...GET, status: 500 }, 1000],
    ['GET 502 → backoff', { ...GET, status: 502 }, 1000],
    ['GET 504 → backoff', { ...GET, status: 504 }, 1000],
    ['PUT 503 → backoff', { ...GET, method: 'PUT', status: 503 }, 1000],
    ['DELETE 503 → backoff', { ...GET, method: 'DELETE', status: 503 }, 1000],
    ['POST 503 → never', { ...POST, status: 503 }, undefined],
    ['POST 429 + Retry-After: 1 → never', { ...POST, status: 429, retryAfter: '1' }, undefined],
    ['POST network error → never', { ...POST, error: networkError() }, undefined],
    ['idempotent POST 503 → backoff', { ...IDEMPOTENT_POST, status: 503 }, 1000],
    ['idempotent POST network error → backoff', { ...IDEMPOTENT_POST, error: networkError() }, 1000],
    ['GET 404 → never', { ...GET, status: 404 }, undefined],
    ['GET 400 → never', { ...GET, status: 400 }, undefined],
    ['GET 401 → never', { ...GET, status: 401 }, undefined],
    ['GET 403 → never', { ...GET, status: 403 }, undefined],
    ['PUT 422 → never', { ...GET, method: 'PUT', status: 422 }, undefined],
    ['GET 501 → never (not in the retryable set)', { ...GET, status: 501 }, undefined],
    ['GET 200 → nothing to retry', { ...GET, status: 200 }, undefined],
    ['429 + Retry-After: 7 → 7000', { ...GET, status: 429, retryAfter: '7' }, 7000],
    ['429 + Retry-After: future HTTP-date → until then', { ...GET, status: 429, retryAfter: httpDate(30_000) }, 30_000],
    ['429 + Retry-After: past HTTP-date → backoff', { ...GET, status: 429, retryAfter: 'Wed, 09 Jun 2021 10:18:14 GMT' }, 1000],
    ['429 + Retry-After: 0 → backoff', { ...GET, status: 429, retryAfter: '0' }, 1000],
    ['429 + Retry-After: -5 → backoff', { ...GET, status: 429, retryAfter: '-5' }, 1000],
    ['429 + Retry-After: 120junk → backoff', { ...GET, status: 429, retryAfter: '120junk' }, 1000],
    ['429 + Retry-After: 1.5 → backoff', { ...GET, status: 429, retryAfter: '1.5' }, 1000],
    ['429 + Retry-After: garbage → backoff', { ...GET, status: 429, retryAfter: 'soon' }, 1000],
    ['429 without Retry-After → backoff', { ...GET, status: 429 }, 1000],
    ['503 + Retry-After: 3 → 3000', { ...GET, status: 503, retryAfter: '3' }, 3000],
    ['GET network error → backoff', { ...GET, error: networkError() }, 1000],
    [
      'GET cancelled by its caller → never',
      { ...GET, error: new UpstreamError('UPSTREAM_UNAVAILABLE', 'cancelled', { retryable: false }) },
      undefined,
    ],
    ['GET failing with an unknown error → never', { ...GET, error: new TypeError('bug') }, undefined],
  ];

  it.each(table)('%s', (_name, input, expected) => {
    expect(retryDelay(input)).toBe(expected);
  });

  it('adds jitter upwards only, up to half a step', () => {
    for (const random of [0, 0.25, 0.5, 0.999]) {
      const delay = retryDelay({ ...GET, status: 503, attempt: 2, random })!;
      expect(delay).toBeGreaterThanOrEqual(2000);
      expect(delay).toBeLessThan(3000);
    }
    expect(retryDelay({ ...GET, status: 503, attempt: 1, random: 0.5 })).toBe(1250);
  });

  it('caps a backoff step however many attempts came before', () => {
    expect(backoff(30)).toBe(MAX_BACKOFF_MS);
    expect(backoff(30, 0.999)).toBeLessThan(MAX_BACKOFF_MS * 1.5);
  });
});

function request(method: HttpMethod = 'GET', idempotent = method !== 'POST', signal?: AbortSignal): UpstreamRequest {
  return {
    method,
    url: 'https://3.basecampapi.com/999/projects.json',
    headers: {},
    credentials: { token: 't', tokenHash: 'h', accountId: '999' },
    idempotent,
    ...(signal ? { signal } : {}),
  };
}

function response(status: number, headers: Record<string, string> = {}): UpstreamResponse {
  return { status, headers, body: undefined, bytes: 0, url: 'https://3.basecampapi.com/999/projects.json' };
}

/** A fake `next` answering from a script; each entry is a response or an error to throw. */
function scripted(...answers: (UpstreamResponse | Error)[]) {
  const calls: UpstreamRequest[] = [];
  const next = async (req: UpstreamRequest) => {
    calls.push(req);
    const answer = answers[calls.length - 1];
    if (answer === undefined) throw new Error(`unexpected attempt ${calls.length}`);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { next, calls };
}

function layer(clock: Clock, options: Partial<Parameters<typeof retryLayer>[0]> = {}) {
  const metrics = createMetrics();
  return { metrics, retry: retryLayer({ clock, metrics, random: () => 0, ...options }) };
}

describe('retryLayer', () => {
  it('retries a 503 GET with backoff and returns the answer that finally succeeded', async () => {
    const clock = fakeClock();
    const { retry, metrics } = layer(clock);
    const upstream = scripted(response(503), response(503), response(200));
    const result = await retry(upstream.next)(request());
    expect(result.status).toBe(200);
    expect(upstream.calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([1000, 2000]);
    expect(metrics.snapshot().retries).toBe(2);
  });

  it('gives up after three attempts and hands the last failure up for classification', async () => {
    const clock = fakeClock();
    const upstream = scripted(response(502), response(502), response(502), response(200));
    const result = await layer(clock).retry(upstream.next)(request());
    expect(result.status).toBe(502);
    expect(upstream.calls).toHaveLength(3);
  });

  it('never repeats a non-idempotent POST, whatever the status', async () => {
    for (const status of [429, 500, 503]) {
      const clock = fakeClock();
      const upstream = scripted(response(status, { 'retry-after': '1' }), response(201));
      const result = await layer(clock).retry(upstream.next)(request('POST'));
      expect(result.status).toBe(status);
      expect(upstream.calls).toHaveLength(1);
      expect(clock.sleeps).toEqual([]);
    }
  });

  it('repeats a POST the behaviour model marks idempotent', async () => {
    const upstream = scripted(response(503), response(204));
    const result = await layer(fakeClock()).retry(upstream.next)(request('POST', true));
    expect(result.status).toBe(204);
    expect(upstream.calls).toHaveLength(2);
  });

  it('never retries a 404', async () => {
    const upstream = scripted(response(404), response(200));
    expect((await layer(fakeClock()).retry(upstream.next)(request())).status).toBe(404);
    expect(upstream.calls).toHaveLength(1);
  });

  it('waits exactly the Retry-After a 429 asks for', async () => {
    const clock = fakeClock();
    const upstream = scripted(response(429, { 'retry-after': '2' }), response(200));
    await layer(clock).retry(upstream.next)(request());
    expect(clock.sleeps).toEqual([2000]);
  });

  it('surfaces a 429 at once when its Retry-After is longer than it is worth waiting', async () => {
    const clock = fakeClock();
    const upstream = scripted(response(429, { 'retry-after': '3600' }), response(200));
    const result = await layer(clock, { maxRetryAfterMs: 20_000 }).retry(upstream.next)(request());
    expect(result.status).toBe(429);
    expect(clock.sleeps).toEqual([]);
  });

  it('schedules no retry that would start past the deadline', async () => {
    const clock = fakeClock();
    const upstream = scripted(response(429, { 'retry-after': '4' }), response(429, { 'retry-after': '4' }), response(200));
    const result = await layer(clock, { deadlineMs: 6000 }).retry(upstream.next)(request());
    expect(result.status).toBe(429);
    expect(clock.sleeps).toEqual([4000]);
    expect(upstream.calls).toHaveLength(2);
  });

  it('retries a network failure on a GET and rethrows it once attempts run out', async () => {
    const clock = fakeClock();
    const upstream = scripted(networkError(), networkError(), networkError());
    await expect(layer(clock).retry(upstream.next)(request())).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(upstream.calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([1000, 2000]);
  });

  it('makes exactly one attempt when maxAttempts is 1', async () => {
    const upstream = scripted(response(503), response(200));
    expect((await layer(fakeClock(), { maxAttempts: 1 }).retry(upstream.next)(request())).status).toBe(503);
    expect(upstream.calls).toHaveLength(1);
  });

  it('lets a per-request budget lower the number of attempts', async () => {
    const upstream = scripted(response(503), response(503), response(200));
    const retry = layer(fakeClock(), { maxAttempts: (req) => (req.method === 'PUT' ? 2 : 3) }).retry;
    expect((await retry(upstream.next)(request('PUT'))).status).toBe(503);
    expect(upstream.calls).toHaveLength(2);
  });

  it('stops waiting and makes no further attempt when the caller aborts during a backoff', async () => {
    const controller = new AbortController();
    const clock: Clock = {
      now: () => NOW,
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
          controller.abort();
        }),
    };
    const upstream = scripted(response(503), response(200));
    await expect(layer(clock).retry(upstream.next)(request('GET', true, controller.signal))).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      retryable: false,
    });
    expect(upstream.calls).toHaveLength(1);
  });
});
