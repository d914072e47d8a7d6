import { afterEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { json, rawRequest, startSandbox, USER_AGENT, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(...args: Parameters<typeof startSandbox>): Promise<Harness> {
  harness = await startSandbox(...args);
  return harness;
}

describe('sandbox protocol', () => {
  it('answers 401 with a Basecamp error body without a bearer token or with an unknown one', async () => {
    const { call } = await start();
    for (const as of [null, 'not-a-token']) {
      const response = await call('/projects.json', { as });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect(await json(response)).toEqual({ error: 'Unauthorized' });
    }
  });

  it('answers 400 when the User-Agent header is missing', async () => {
    const { api, sandbox } = await start();
    const response = await rawRequest(`${api}/projects.json`, {
      headers: { Authorization: `Bearer ${sandbox.tokens.owner}` },
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toHaveProperty('error');
  });

  it('answers 415 to writes that are not declared as JSON, and accepts a charset parameter', async () => {
    const { call } = await start();
    const plain = await call('/projects.json', {
      method: 'POST',
      body: '{"name":"Plain"}',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(plain.status).toBe(415);
    const missing = await call(`/todos/${SEED.todos.pending}/completion.json`, { method: 'POST' });
    expect(missing.status).toBe(415);
    const ok = await call(`/todos/${SEED.todos.pending}/completion.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(ok.status).toBe(204);
  });

  it('answers 404 for unknown paths, unknown ids and other accounts', async () => {
    const { call, url, sandbox } = await start();
    expect((await call('/nothing-here.json')).status).toBe(404);
    expect((await call('/todos/1.json')).status).toBe(404);
    const other = await call(`${url}/1234567/projects.json`);
    expect(other.status).toBe(404);
    expect(other.headers.get('reason')).toBeNull();
    expect(sandbox.accountId).toBe(SEED.accountId);
  });

  it('answers 404 with Reason: Account Inactive while the account is inactive', async () => {
    const { call, sandbox } = await start();
    sandbox.setAccountActive(false);
    const response = await call('/projects.json');
    expect(response.status).toBe(404);
    expect(response.headers.get('reason')).toBe('Account Inactive');
    sandbox.setAccountActive(true);
    expect((await call('/projects.json')).status).toBe(200);
  });

  it('puts a distinct X-Request-Id on every response, errors and faults included', async () => {
    const { call, sandbox } = await start();
    sandbox.faults.add({ path: '/people.json', status: 500 });
    const responses = await Promise.all([
      call('/projects.json'),
      call('/projects.json', { as: null }),
      call('/nope.json'),
      call('/people.json'),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 401, 404, 500]);
    const ids = responses.map((r) => r.headers.get('x-request-id'));
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers 422 with a Basecamp-style error when a required field is blank, and 400 for bad JSON', async () => {
    const { call } = await start();
    const blank = await call(`/todolists/${SEED.todolists.large}/todos.json`, { method: 'POST', body: { content: ' ' } });
    expect(blank.status).toBe(422);
    expect(await json(blank)).toEqual({ error: "Content can't be blank" });
    const broken = await call('/projects.json', { method: 'POST', body: '{"name":' });
    expect(broken.status).toBe(400);
  });
});

describe('sandbox rate limit', () => {
  it('answers 429 with Retry-After in whole seconds past the per-token budget, then recovers', async () => {
    let now = 1_000_000;
    const { call } = await start({ rateLimit: { limit: 3, windowMs: 10_000 }, now: () => now });
    for (let i = 0; i < 3; i += 1) {
      expect((await call('/my/profile.json')).status).toBe(200);
      now += 1_000;
    }
    const limited = await call('/my/profile.json');
    expect(limited.status).toBe(429);
    // the oldest request (t=1 000 000) leaves the window at 1 010 000; now is 1 003 000
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await json(limited)).toMatchObject({ error: 'Rate limit exceeded', retry_after: 7 });
    expect((await call('/my/profile.json', { as: 'member' })).status).toBe(200);
    now += 7_000;
    expect((await call('/my/profile.json')).status).toBe(200);
  });

  it('limits 50 requests per 10 seconds by default', async () => {
    const now = 5_000_000;
    const { call } = await start({ rateLimit: undefined, now: () => now });
    const statuses: number[] = [];
    for (let i = 0; i < 51; i += 1) statuses.push((await call('/my/profile.json')).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(50);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('sandbox faults', () => {
  it('injects a status once by default, then answers normally', async () => {
    const { call, sandbox } = await start();
    sandbox.faults.add({ path: '/projects.json', status: 503 });
    const first = await call('/projects.json');
    expect(first.status).toBe(503);
    expect(await json(first)).toEqual({ error: 'Service Unavailable' });
    expect((await call('/projects.json')).status).toBe(200);
  });

  it('matches method, account-prefixed paths and regular expressions, for count times', async () => {
    const { call, sandbox } = await start();
    sandbox.faults.add({ method: 'post', path: `/${sandbox.accountId}/projects.json`, status: 502, count: 2 });
    sandbox.faults.add({ path: /\/todos\/\d+\.json\?x=1$/, status: 504 });
    expect((await call('/projects.json')).status).toBe(200);
    const post = () => call('/projects.json', { method: 'POST', body: { name: 'Fault test' } });
    expect((await post()).status).toBe(502);
    expect((await post()).status).toBe(502);
    expect((await post()).status).toBe(201);
    expect((await call(`/todos/${SEED.todos.pending}.json`)).status).toBe(200);
    expect((await call(`/todos/${SEED.todos.pending}.json?x=1`)).status).toBe(504);
  });

  it('gives injected 429s a Retry-After unless the rule overrides it', async () => {
    const { call, sandbox } = await start();
    sandbox.faults.add({ path: '/people.json', status: 429 });
    sandbox.faults.add({ path: '/people.json', status: 429, headers: { 'Retry-After': 'soon' } });
    expect((await call('/people.json')).headers.get('retry-after')).toBe('1');
    expect((await call('/people.json')).headers.get('retry-after')).toBe('soon');
  });

  it('resets the connection when asked, and logs it with status 0', async () => {
    const { api, sandbox } = await start();
    sandbox.faults.add({ path: '/projects.json', reset: true });
    const headers = { Authorization: `Bearer ${sandbox.tokens.owner}`, 'User-Agent': USER_AGENT };
    await expect(rawRequest(`${api}/projects.json`, { headers })).rejects.toThrow();
    expect(sandbox.log.at(-1)).toMatchObject({ path: `/${sandbox.accountId}/projects.json`, status: 0, tokenLabel: 'owner' });
    expect((await rawRequest(`${api}/projects.json`, { headers })).status).toBe(200);
  });

  it('fires probabilistic faults deterministically: rate 0 never, rate 1 always', async () => {
    const { call, sandbox } = await start();
    sandbox.faults.add({ path: '/people.json', status: 500, rate: 0, count: Number.POSITIVE_INFINITY });
    sandbox.faults.add({ path: '/my/profile.json', status: 500, rate: 1, count: 3 });
    for (let i = 0; i < 3; i += 1) {
      expect((await call('/people.json')).status).toBe(200);
      expect((await call('/my/profile.json')).status).toBe(500);
    }
    expect((await call('/my/profile.json')).status).toBe(200);
    sandbox.faults.clear();
  });

  it('adds latency to every response', async () => {
    const { call, sandbox } = await start();
    sandbox.setLatency(120);
    const started = performance.now();
    await call('/my/profile.json');
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });
});

describe('sandbox log', () => {
  it('records method, path with query, status, token label and validators of every request', async () => {
    const { call, sandbox } = await start({ now: () => 42 });
    await call('/projects.json?status=archived', { as: 'member', headers: { 'If-None-Match': 'W/"x"' } });
    await call('/projects.json', { as: null });
    expect(sandbox.log).toEqual([
      {
        method: 'GET',
        path: `/${sandbox.accountId}/projects.json?status=archived`,
        status: 200,
        tokenLabel: 'member',
        ifNoneMatch: 'W/"x"',
        userAgent: USER_AGENT,
        at: 42,
        bytes: expect.any(Number),
      },
      { method: 'GET', path: `/${sandbox.accountId}/projects.json`, status: 401, userAgent: USER_AGENT, at: 42, bytes: expect.any(Number) },
    ]);
    sandbox.clearLog();
    expect(sandbox.log).toEqual([]);
  });
});

describe('sandbox admin endpoints', () => {
  it('are 404 unless admin is enabled', async () => {
    const { url } = await start();
    expect((await fetch(`${url}/__sandbox/log`)).status).toBe(404);
  });

  it('drive the log, faults, latency and account status over HTTP', async () => {
    const { url, call, sandbox } = await start({ admin: true });
    const admin = (path: string, method: string, body?: unknown) =>
      fetch(`${url}/__sandbox/${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    expect((await admin('faults', 'POST', { path: '/projects.json', status: 503, count: 1 })).status).toBe(204);
    expect((await call('/projects.json')).status).toBe(503);
    expect((await admin('faults', 'POST', { path: '/people.json', status: 500, count: null })).status).toBe(204);
    expect((await call('/people.json')).status).toBe(500);
    expect((await call('/people.json')).status).toBe(500);
    expect((await admin('faults', 'DELETE')).status).toBe(204);
    expect((await call('/people.json')).status).toBe(200);

    const log = (await (await admin('log', 'GET')).json()) as { status: number }[];
    expect(log.map((entry) => entry.status)).toEqual([503, 500, 500, 200]);
    expect((await admin('log', 'DELETE')).status).toBe(204);
    expect(sandbox.log).toEqual([]);

    expect((await admin('account', 'POST', { active: false })).status).toBe(204);
    expect((await call('/projects.json')).headers.get('reason')).toBe('Account Inactive');
    expect((await admin('account', 'POST', { active: true })).status).toBe(204);

    expect((await admin('latency', 'POST', { ms: 0 })).status).toBe(204);
    expect((await admin('latency', 'POST', { ms: -1 })).status).toBe(400);
    expect((await admin('faults', 'POST', { status: 'bad' })).status).toBe(400);
  });
});
