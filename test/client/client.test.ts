import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBasecampClient, hashToken, type BasecampClient, type BasecampClientOptions } from '../../src/client/index.ts';
import type { CacheStore } from '../../src/client/stores/types.ts';
import { createLedger, type Credentials } from '../../src/client/types.ts';
import { fakeClock } from './support/fake-clock.ts';
import { json, startUpstream, type Handler, type Upstream } from './support/loopback.ts';

const USER_AGENT = 'Gateway tests (tests@example.com)';
const ACCOUNT = '999';

function credentials(token: string, accountId = ACCOUNT): Credentials {
  return { token, tokenHash: hashToken(token), accountId };
}

let upstream: Upstream | undefined;
let client: BasecampClient | undefined;

afterEach(async () => {
  await client?.close();
  await upstream?.close();
  client = undefined;
  upstream = undefined;
});

async function setup(handler: Handler, options: Partial<BasecampClientOptions> = {}) {
  upstream = await startUpstream(handler);
  client = createBasecampClient({ baseUrl: upstream.url, userAgent: USER_AGENT, ...options });
  return { upstream, client };
}

describe('createBasecampClient', () => {
  it.each([
    ['http://3.basecampapi.com', /https/],
    ['http://10.0.0.1:8080', /https/],
    ['ftp://127.0.0.1', /https/],
    ['not a url', /absolute URL/],
    ['https://user:pw@3.basecampapi.com', /credentials/],
  ])('refuses baseUrl %s with a message naming the problem', (baseUrl, message) => {
    expect(() => createBasecampClient({ baseUrl, userAgent: USER_AGENT })).toThrow(message);
  });

  it.each(['https://3.basecampapi.com', 'http://127.0.0.1:4010', 'http://127.8.9.10', 'http://localhost:4010', 'http://[::1]:4010'])(
    'accepts %s',
    async (baseUrl) => {
      const made = createBasecampClient({ baseUrl, userAgent: USER_AGENT });
      expect(made.origin).toBe(new URL(baseUrl).origin);
      await made.close();
    },
  );

  it('refuses a blank User-Agent', () => {
    expect(() => createBasecampClient({ baseUrl: 'https://3.basecampapi.com', userAgent: ' ' })).toThrow(/userAgent/);
  });

  it('hashes tokens with SHA-256', () => {
    expect(hashToken('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
  });
});

describe('BasecampSession', () => {
  it('builds account URLs and returns bodies with ids as strings', async () => {
    const { client, upstream } = await setup((_req, res) => json(res, 200, '{"id": 9007199254740993, "name": "Big"}'));
    const session = client.session(credentials('a'));
    expect(session.url('/projects.json', { status: 'archived', page: undefined })).toBe(`${upstream.url}/999/projects.json?status=archived`);
    expect(() => session.url('projects.json')).toThrow(/starts with "\/"/);
    expect(await session.get('/projects/9007199254740993.json')).toEqual({ id: '9007199254740993', name: 'Big' });
    expect(upstream.received[0]).toMatchObject({ method: 'GET', url: '/999/projects/9007199254740993.json' });
    expect(upstream.received[0]?.headers).toMatchObject({ authorization: 'Bearer a', 'user-agent': USER_AGENT });
  });

  it('lets 100 concurrent identical GETs for one token make exactly one upstream request', async () => {
    const { client, upstream } = await setup((_req, res) => {
      setTimeout(() => json(res, 200, [{ id: 1 }]), 50);
    });
    const session = client.session(credentials('a'));
    const results = await Promise.all(Array.from({ length: 100 }, () => session.get('/projects.json')));
    expect(upstream.received).toHaveLength(1);
    expect(new Set(results.map((result) => JSON.stringify(result)))).toEqual(new Set(['[{"id":"1"}]']));
    expect(client.metrics.snapshot().coalesced).toBe(99);
  });

  it('shares no GET sent before Basecamp reported a change to the account (a webhook invalidation)', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { client, upstream } = await setup(async (req, res) => {
      if (req.url.endsWith('/people.json')) return json(res, 200, []);
      const version = upstream.received.filter((request) => request.url === req.url).length;
      if (version === 1) await held;
      json(res, 200, { id: 1, name: version === 1 ? 'old' : 'new' });
    });
    const session = client.session(credentials('a'));
    await session.get('/people.json'); // the token is known good: calls no longer wait for its first answer
    const before = session.get('/projects/1.json');
    await vi.waitFor(() => expect(upstream.received).toHaveLength(2));
    await client.invalidateRecording(ACCOUNT, { id: 1, url: `${upstream.url}/${ACCOUNT}/projects/1.json` });
    const after = session.get('/projects/1.json');
    // Before the fix the second read joined the held call and never reached Basecamp.
    await vi.waitFor(() => expect(upstream.received).toHaveLength(3), { timeout: 2000 }).finally(release);
    expect(await before).toEqual({ id: '1', name: 'old' });
    expect(await after).toEqual({ id: '1', name: 'new' });
    expect(upstream.received.map((request) => request.url)).toEqual([`/${ACCOUNT}/people.json`, `/${ACCOUNT}/projects/1.json`, `/${ACCOUNT}/projects/1.json`]);
  });

  it('tallies in each operation ledger the calls it made, its 304s and what it shared with another', async () => {
    const { client, upstream } = await setup((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return json(res, 304, undefined, { etag: '"v1"' });
      setTimeout(() => json(res, 200, [{ id: 1 }], { etag: '"v1"' }), 30);
    });
    const first = createLedger();
    const second = createLedger();
    await Promise.all([client.session(credentials('a'), undefined, first).get('/projects.json'), client.session(credentials('a'), undefined, second).get('/projects.json')]);
    await client.session(credentials('a'), undefined, first).get('/projects.json');
    expect(upstream.received).toHaveLength(2);
    expect(first).toEqual({ upstreamCalls: 2, notModified: 1, fromCache: 0 });
    expect(second).toEqual({ upstreamCalls: 0, notModified: 0, fromCache: 1 });
  });

  it('serves a session what a call answered since it began; startOver begins anew (a subscription event)', async () => {
    const clock = fakeClock();
    const { client, upstream } = await setup(
      (req, res) => (req.headers['if-none-match'] === '"v1"' ? json(res, 304, undefined, { etag: '"v1"' }) : json(res, 200, [{ id: 1 }], { etag: '"v1"' })),
      { clock },
    );
    const session = client.session(credentials('a'));
    clock.advance(1);
    await session.get('/projects.json');
    expect(await session.get('/projects.json')).toEqual([{ id: '1' }]);
    expect(upstream.received).toHaveLength(1);

    // A session begun in the millisecond of that call might have begun after it: it revalidates.
    await client.session(credentials('a')).get('/projects.json');
    expect(upstream.received).toHaveLength(2);
    clock.advance(1);
    session.startOver?.();
    await session.get('/projects.json');
    expect(upstream.received.map((request) => request.headers['if-none-match'])).toEqual([undefined, '"v1"', '"v1"']);
  });

  it('gives each subscription event the whole call cap again: startOver resets what the operation has spent', async () => {
    const { client, upstream } = await setup((_req, res) => json(res, 200, [{ id: 1 }]));
    const ledger = createLedger(2);
    const session = client.session(credentials('a'), undefined, ledger);
    await session.get('/projects/1.json');
    await session.get('/projects/2.json');
    await expect(session.get('/projects/3.json')).rejects.toMatchObject({ code: 'QUERY_TOO_EXPENSIVE' });
    session.startOver?.();
    expect(session.callsLeft?.()).toBe(2);
    await session.get('/projects/3.json');
    expect(upstream.received).toHaveLength(3);
  });

  it('revalidates with If-None-Match and serves a 304 from the stored body, never across tokens', async () => {
    const { client, upstream } = await setup((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return json(res, 304, undefined, { etag: '"v1"' });
      return json(res, 200, [{ id: 1, title: `for ${String(req.headers.authorization)}` }], { etag: '"v1"' });
    });
    const a = client.session(credentials('token-a'));
    const b = client.session(credentials('token-b'));

    const first = await a.get('/projects.json');
    const fromB = await b.get('/projects.json');
    // A later operation of token a (the same one could be answered by its own first call).
    const second = await client.session(credentials('token-a')).get('/projects.json');

    const [aFirst, bFirst, aSecond] = upstream.received;
    expect(aFirst?.headers['if-none-match']).toBeUndefined();
    expect(bFirst?.headers['if-none-match']).toBeUndefined();
    expect(bFirst?.headers.authorization).toBe('Bearer token-b');
    expect(aSecond?.headers['if-none-match']).toBe('"v1"');
    expect(fromB).toEqual([{ id: '1', title: 'for Bearer token-b' }]);
    expect(second).toEqual(first);
    expect(second).toEqual([{ id: '1', title: 'for Bearer token-a' }]);
    expect(client.metrics.snapshot().cacheHits).toBe(1);
  });

  it('never lets more than 5 requests arrive upstream in any 200 ms window, on real sockets and real time', async () => {
    // Arrivals are stamped by the server, on the same clock the client uses. Each answer leaves
    // the server after its arrival, so counting budget from answers keeps the server's windows
    // within the limit whatever the connection set-up or pool queueing does to send times.
    const arrivals: number[] = [];
    const { client } = await setup(
      (_req, res) => {
        arrivals.push(Date.now());
        setTimeout(() => json(res, 200, { ok: true }), 5 + (arrivals.length % 3) * 10);
      },
      { rateLimit: { limit: 5, windowMs: 200 } },
    );
    const session = client.session(credentials('a'));
    await Promise.all(Array.from({ length: 40 }, (_, i) => session.get(`/projects/${i}.json`)));

    expect(arrivals).toHaveLength(40);
    let busiest = 0;
    for (let i = 0, j = 0; j < arrivals.length; j++) {
      while (arrivals[j]! - arrivals[i]! >= 200) i++;
      busiest = Math.max(busiest, j - i + 1);
    }
    expect(busiest).toBeLessThanOrEqual(5);
    expect(client.metrics.snapshot().limiterWaits).toBe(35);
  });

  it.each([
    ['another origin', 'https://evil.example/999/projects.json'],
    ['the same host over another port', 'http://127.0.0.1:1/999/projects.json'],
    ['another account on the upstream', '{origin}/1000/projects.json'],
    ['a path climbing out of the account', '/../1000/projects.json'],
    ['an encoded climb out of the account', '/%2e%2e/1000/projects.json'],
    ['a protocol-relative URL', '//evil.example/999/projects.json'],
    ['something that is not a URL', 'projects.json'],
  ])('refuses %s without making any request', async (_name, target) => {
    const { client, upstream } = await setup((_req, res) => json(res, 200, []));
    const session = client.session(credentials('a'));
    const url = target.replace('{origin}', upstream.url);
    await expect(session.get(url)).rejects.toMatchObject({ name: 'UpstreamError', code: 'BAD_USER_INPUT' });
    await expect(session.page(url)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(upstream.received).toHaveLength(0);
  });

  it('follows a same-origin next link and drops a foreign one, counting it', async () => {
    const { client, upstream } = await setup((req, res) => {
      if (req.url.includes('page=2')) return json(res, 200, [{ id: 2 }], { link: '<https://evil.example/999/projects.json?page=3>; rel="next"' });
      return json(res, 200, [{ id: 1 }], { link: '</999/projects.json?page=2>; rel="next"', 'x-total-count': '3' });
    });
    const session = client.session(credentials('a'));
    const first = await session.page('/projects.json');
    expect(first).toEqual({ items: [{ id: '1' }], url: `${upstream.url}/999/projects.json`, nextUrl: `${upstream.url}/999/projects.json?page=2`, totalCount: 3 });
    const second = await session.page(first.nextUrl!);
    expect(second.items).toEqual([{ id: '2' }]);
    expect(second.nextUrl).toBeUndefined();
    expect(client.metrics.snapshot().refusedLinks).toBe(1);
    expect(upstream.received.map((req) => req.url)).toEqual(['/999/projects.json', '/999/projects.json?page=2']);
  });

  it('calls an operation by id: method and path from the table, a list query repeated, the parameters checked', async () => {
    const { client, upstream } = await setup((req, res) => (req.method === 'POST' ? json(res, 201, { id: 5 }) : json(res, 200, { id: 5 })));
    const session = client.session(credentials('a'));
    expect(await session.call('GetTodo', { todoId: '5' })).toEqual({ id: '5' });
    expect(await session.call('CreateTodo', { todolistId: '3' }, { body: { content: 'Ship it' } })).toEqual({ id: '5' });
    await session.call('GetEverythingOpenTodos', {}, { query: { 'assignee_ids[]': ['1', '2'], due: 'with', page: undefined } });
    expect(upstream.received.map((req) => `${req.method} ${req.url}`)).toEqual([
      'GET /999/todos/5.json',
      'POST /999/todolists/3/todos.json',
      'GET /999/todos/open.json?assignee_ids%5B%5D=1&assignee_ids%5B%5D=2&due=with',
    ]);
    // A missing parameter would name another resource: refused before any request.
    await expect(session.call('GetTodo', { todoId: '' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('todoId') });
    expect(upstream.received).toHaveLength(3);
  });

  it('hands each request its operation: the retry budget and the metrics label come from the id, next pages keep it', async () => {
    const clock = fakeClock();
    const { client } = await setup((req, res) => {
      if (req.method === 'POST') return json(res, 503, { error: 'busy' });
      // A next link no template matches: only the operation carried with the request can name it.
      if (req.url.startsWith('/999/projects.json')) return json(res, 200, [{ id: 1 }], { link: '</999/elsewhere?cursor=2>; rel="next"' });
      return json(res, 200, [{ id: 2 }]);
    }, { clock });
    const seen: string[] = [];
    client.metrics.onObservation((observation) => seen.push(`${observation.operation} ${observation.status}`));
    const session = client.session(credentials('a'));
    // The behaviour model gives EnableCardColumnOnHold 2 attempts, under the client's 3.
    await expect(session.call('EnableCardColumnOnHold', { columnId: '2' })).rejects.toMatchObject({ status: 503 });
    const first = await session.page(session.url('/projects.json'), undefined, 'ListProjects');
    await session.page(first.nextUrl!, undefined, 'ListProjects');
    expect(seen).toEqual(['EnableCardColumnOnHold 503', 'EnableCardColumnOnHold 503', 'ListProjects 200', 'ListProjects 200']);
    expect(clock.sleeps).toHaveLength(1);
  });

  it('throws contract codes with the request id, e.g. ACCOUNT_INACTIVE', async () => {
    const { client } = await setup((_req, res) => json(res, 404, { error: 'Not found' }, { reason: 'Account Inactive', 'x-request-id': 'req-9' }));
    await expect(client.session(credentials('a')).get('/projects.json')).rejects.toMatchObject({
      code: 'ACCOUNT_INACTIVE',
      status: 404,
      requestId: 'req-9',
    });
  });

  it('sends writes with the JSON content type and returns their bodies', async () => {
    const { client, upstream } = await setup((req, res) =>
      req.method === 'DELETE' ? json(res, 204) : json(res, 201, { id: 5, content: 'Ship it' }),
    );
    const session = client.session(credentials('a'));
    expect(await session.call('CreateTodo', { todolistId: '3' }, { body: { content: 'Ship it', assignee_ids: ['7'] } })).toEqual({ id: '5', content: 'Ship it' });
    expect(await session.call('ReplaceTodo', { todoId: '5' }, { body: { content: 'Ship it' } })).toEqual({ id: '5', content: 'Ship it' });
    expect(await session.call('UncompleteTodo', { todoId: '5' })).toBeUndefined();
    expect(upstream.received[0]).toMatchObject({ method: 'POST', body: '{"content":"Ship it","assignee_ids":[7]}' });
    expect(upstream.received[0]?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(upstream.received.map((req) => `${req.method} ${req.url}`)).toEqual(['POST /999/todolists/3/todos.json', 'PUT /999/todos/5.json', 'DELETE /999/todos/5/completion.json']);
  });

  it('reports an unreachable upstream as UPSTREAM_UNAVAILABLE after its retries, without the token anywhere', async () => {
    const { client: probe, upstream: closed } = await setup((_req, res) => json(res, 200, []));
    await probe.close();
    await closed.close();
    upstream = undefined;
    const clock = fakeClock();
    client = createBasecampClient({ baseUrl: closed.url, userAgent: USER_AGENT, clock });
    const error = await client.session(credentials('secret-token-xyz')).get('/projects.json').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UpstreamError', code: 'UPSTREAM_UNAVAILABLE', retryable: true });
    expect(clock.sleeps).toHaveLength(2);
    const text = [String(error), (error as Error).stack, JSON.stringify(error), JSON.stringify(Object.entries(error as object))].join();
    expect(text).not.toContain('secret-token-xyz');
  });

  it('turns a cancelled GraphQL request into a non-retryable UPSTREAM_UNAVAILABLE', async () => {
    const { client } = await setup((_req, res) => {
      setTimeout(() => json(res, 200, []), 200);
    });
    const controller = new AbortController();
    const pending = client.session(credentials('a'), controller.signal).get('/projects.json');
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ name: 'UpstreamError', code: 'UPSTREAM_UNAVAILABLE', retryable: false });
  });

  it('surfaces a failing store as UPSTREAM_ERROR, keeping the cause only when it does not quote the token', async () => {
    const failing = (message: string): CacheStore => ({
      size: 0,
      get: async () => Promise.reject(new Error(message)),
      set: async () => undefined,
      delete: async () => undefined,
      deletePrefix: async () => undefined,
      clear: async () => undefined,
    });
    const { client: plain } = await setup((_req, res) => json(res, 200, []), { cacheStore: failing('store unreachable') });
    const error = await plain.session(credentials('tok-1')).get('/projects.json').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UpstreamError', code: 'UPSTREAM_ERROR' });
    expect((error as Error).cause).toBeInstanceOf(Error);

    await plain.close();
    client = createBasecampClient({ baseUrl: upstream!.url, userAgent: USER_AGENT, cacheStore: failing('GET with Bearer tok-1 failed') });
    const leaky = await client.session(credentials('tok-1')).get('/projects.json').catch((e: unknown) => e);
    expect(leaky).toMatchObject({ code: 'UPSTREAM_ERROR' });
    expect((leaky as Error).cause).toBeUndefined();
    expect(String(leaky) + JSON.stringify(leaky)).not.toContain('tok-1');
  });

  it('refuses an account id that is not a number before any request', async () => {
    const { client, upstream } = await setup((_req, res) => json(res, 200, []));
    await expect(client.session(credentials('a', '../admin')).get('/projects.json')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(upstream.received).toHaveLength(0);
  });
});
