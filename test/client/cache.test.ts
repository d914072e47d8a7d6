import { describe, expect, it } from 'vitest';
import { cacheKey, cacheLayer } from '../../src/client/cache.ts';
import { createMetrics } from '../../src/client/metrics.ts';
import { createMemoryCacheStore } from '../../src/client/stores/memory.ts';
import type { CacheStore } from '../../src/client/stores/types.ts';
import type { UpstreamRequest, UpstreamResponse } from '../../src/client/types.ts';
import { fakeRequest, fakeResponse } from '../helpers/layer-fakes.ts';

/** A fake upstream answering from a script, recording every request that reached it. */
function setup(options: { store?: CacheStore } = {}) {
  const store = options.store ?? createMemoryCacheStore();
  const metrics = createMetrics();
  const seen: UpstreamRequest[] = [];
  const replies: UpstreamResponse[] = [];
  const send = cacheLayer({ store, metrics, now: () => 1234 })(async (request) => {
    seen.push(request);
    const reply = replies.shift();
    if (reply === undefined) throw new Error(`unexpected upstream call ${request.method} ${request.url}`);
    return reply;
  });
  return { store, metrics, seen, send, reply: (response: UpstreamResponse) => replies.push(response) };
}

const project = { id: '1', name: 'Launch' };

describe('cache layer', () => {
  it('stores a 200 with an ETag and revalidates the next GET with If-None-Match', async () => {
    const { send, seen, reply, metrics } = setup();
    reply(fakeResponse({ body: project, headers: { etag: 'W/"v1"' } }));
    reply(fakeResponse({ status: 304, body: undefined, bytes: 0 }));
    await send(fakeRequest());
    await send(fakeRequest());
    expect(seen[0]!.headers['if-none-match']).toBeUndefined();
    expect(seen[1]!.headers['if-none-match']).toBe('W/"v1"');
    expect(metrics.snapshot().cacheStores).toBe(1);
  });

  it('stores the headers that describe the body, not those of the exchange', async () => {
    const { send, store, reply } = setup();
    const headers = {
      etag: '"v1"', 'content-type': 'application/json; charset=utf-8', link: '<https://3.basecampapi.com/1/p.json?page=2>; rel="next"', 'x-total-count': '60',
      'cache-control': 'max-age=0, private, must-revalidate', date: 'Thu, 03 Dec 2026 07:35:18 GMT', 'x-request-id': 'first', connection: 'keep-alive', 'keep-alive': 'timeout=5', 'transfer-encoding': 'chunked',
    };
    reply(fakeResponse({ body: project, headers }));
    const first = await send(fakeRequest());
    expect(first.headers).toEqual(headers); // the caller of the exchange sees all of it
    const key = cacheKey(fakeRequest().credentials, fakeRequest().url);
    expect((await store.get(key))?.headers).toEqual({ etag: '"v1"', 'content-type': headers['content-type'], link: headers.link, 'x-total-count': '60', 'cache-control': headers['cache-control'] });
  });

  it('revalidates with If-Modified-Since when only Last-Modified was sent', async () => {
    const { send, seen, reply } = setup();
    const lastModified = 'Mon, 01 Jan 2024 00:00:00 GMT';
    reply(fakeResponse({ body: project, headers: { 'last-modified': lastModified } }));
    reply(fakeResponse({ status: 304, body: undefined }));
    await send(fakeRequest());
    await send(fakeRequest());
    expect(seen[1]!.headers).toEqual({ 'if-modified-since': lastModified });
  });

  it('answers a 304 with the stored status and body and the fresh response headers', async () => {
    const { send, reply, metrics } = setup();
    reply(fakeResponse({ body: project, headers: { etag: '"v1"', 'x-request-id': 'first', 'x-total-count': '3' } }));
    reply(fakeResponse({ status: 304, body: undefined, bytes: 0, headers: { etag: '"v1"', 'x-request-id': 'second' } }));
    await send(fakeRequest());
    const replayed = await send(fakeRequest());
    expect(replayed).toMatchObject({
      status: 200,
      body: project,
      bytes: 0,
      headers: { etag: '"v1"', 'x-request-id': 'second', 'x-total-count': '3' },
    });
    expect(metrics.snapshot()).toMatchObject({ cacheHits: 1, notModified: 1 });
  });

  it('never serves one token’s stored response to another token', async () => {
    const { send, seen, reply, metrics } = setup();
    reply(fakeResponse({ body: project, headers: { etag: '"v1"' } }));
    reply(fakeResponse({ body: { id: '1', name: 'as seen by b' }, headers: { etag: '"v1"' } }));
    await send(fakeRequest({ token: 'a' }));
    const forB = await send(fakeRequest({ token: 'b' }));
    expect(seen[1]!.headers['if-none-match']).toBeUndefined();
    expect(forB.body).toEqual({ id: '1', name: 'as seen by b' });
    expect(metrics.snapshot().cacheHits).toBe(0);
  });

  it('keeps one token’s entries per account', async () => {
    const { send, seen, reply } = setup();
    reply(fakeResponse({ body: project, headers: { etag: '"v1"' } }));
    reply(fakeResponse({ body: project, headers: { etag: '"v1"' } }));
    await send(fakeRequest({ account: '1' }));
    await send(fakeRequest({ account: '2' }));
    expect(seen[1]!.headers['if-none-match']).toBeUndefined();
  });

  it('does not store a 200 without validators', async () => {
    const { send, reply, store } = setup();
    reply(fakeResponse({ body: project }));
    await send(fakeRequest());
    expect(store.size).toBe(0);
  });

  it('evicts the least recently used response once the byte budget is exceeded', async () => {
    // The store budgets what an entry really holds; measure one, then allow two and a half.
    const probe = setup();
    probe.reply(fakeResponse({ body: { path: '/a.json' }, bytes: 100, headers: { etag: '"/a.json"' } }));
    await probe.send(fakeRequest({ path: '/a.json' }));
    const metrics = createMetrics();
    const store = createMemoryCacheStore({ maxBytes: Math.floor(probe.store.size * 2.5), onEvict: () => metrics.increment('cacheEvictions') });
    const { send, seen, reply } = setup({ store });
    for (const path of ['/a.json', '/b.json', '/c.json']) {
      reply(fakeResponse({ body: { path }, bytes: 100, headers: { etag: `"${path}"` } }));
      await send(fakeRequest({ path }));
    }
    expect(metrics.snapshot().cacheEvictions).toBe(1);
    reply(fakeResponse({ status: 200, body: { path: '/a.json' }, bytes: 100, headers: { etag: '"/a.json"' } }));
    reply(fakeResponse({ status: 304, body: undefined }));
    await send(fakeRequest({ path: '/a.json' }));
    await send(fakeRequest({ path: '/c.json' }));
    expect(seen.slice(3).map((r) => r.headers['if-none-match'])).toEqual([undefined, '"/c.json"']);
  });

  it('drops the stored GET when a write goes to the same URL, for that token only', async () => {
    const { send, reply, store } = setup();
    reply(fakeResponse({ body: project, headers: { etag: '"v1"' } }));
    reply(fakeResponse({ body: project, headers: { etag: '"v1"' } }));
    await send(fakeRequest({ path: '/todos/1.json', token: 'a' }));
    await send(fakeRequest({ path: '/todos/1.json', token: 'b' }));
    reply(fakeResponse({ body: { ...project, name: 'Renamed' } }));
    await send(fakeRequest({ method: 'PUT', path: '/todos/1.json', token: 'a' }));
    const { url } = fakeRequest({ path: '/todos/1.json' });
    expect(await store.get(cacheKey(fakeRequest({ token: 'a' }).credentials, url))).toBeUndefined();
    expect(await store.get(cacheKey(fakeRequest({ token: 'b' }).credentials, url))).toBeDefined();
  });

  it('drops the stored GET even when the write fails', async () => {
    const { send, reply, store } = setup();
    reply(fakeResponse({ body: project, headers: { etag: '"v1"' } }));
    await send(fakeRequest({ path: '/todos/1.json' }));
    await expect(send(fakeRequest({ method: 'DELETE', path: '/todos/1.json' }))).rejects.toThrow(/unexpected upstream call/);
    expect(store.size).toBe(0);
  });

  it('drops the stored entry when the resource answers 404 or 410', async () => {
    for (const status of [404, 410]) {
      const { send, reply, store } = setup();
      reply(fakeResponse({ body: project, headers: { etag: '"v1"' } }));
      reply(fakeResponse({ status, body: { error: 'gone' } }));
      await send(fakeRequest());
      const response = await send(fakeRequest());
      expect(response.status).toBe(status);
      expect(store.size).toBe(0);
    }
  });

  it('bypasses the cache for no-store requests and for callers sending their own validators', async () => {
    const { send, seen, reply, store } = setup();
    reply(fakeResponse({ body: project, headers: { etag: '"v1"' } }));
    await send(fakeRequest());
    reply(fakeResponse({ body: project, headers: { etag: '"v2"' } }));
    await send(fakeRequest({ headers: { 'cache-control': 'no-store' } }));
    reply(fakeResponse({ status: 304, body: undefined }));
    const own = await send(fakeRequest({ headers: { 'if-none-match': '"mine"' } }));
    expect(seen[1]!.headers['if-none-match']).toBeUndefined();
    expect(seen[2]!.headers['if-none-match']).toBe('"mine"');
    expect(own.status).toBe(304);
    expect((await store.get(cacheKey(seen[0]!.credentials, seen[0]!.url)))?.etag).toBe('"v1"');
  });

  it('keeps new validators a 304 brings', async () => {
    const { send, seen, reply } = setup();
    reply(fakeResponse({ body: project, headers: { etag: '"v1"' } }));
    reply(fakeResponse({ status: 304, body: undefined, headers: { etag: '"v2"' } }));
    reply(fakeResponse({ status: 304, body: undefined }));
    await send(fakeRequest());
    await send(fakeRequest());
    const third = await send(fakeRequest());
    expect(seen[2]!.headers['if-none-match']).toBe('"v2"');
    expect(third.body).toEqual(project);
  });
});
