import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBasecampClient } from '../../src/client/index.ts';
import { createGateway } from '../../src/gateway.ts';
import { createLogger } from '../../src/log.ts';
import { upstreamCheck } from '../../src/plugins/use-health.ts';
import { createSandbox } from '../../src/sandbox/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

/** `name{labels} value` lines of a Prometheus text exposition, keyed by `name{labels}`. */
function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*(?:\{.*\})?) (\S+)$/.exec(line);
    if (!match) throw new Error(`not Prometheus text: ${line}`);
    samples.set(match[1]!, Number(match[2]));
  }
  return samples;
}

describe('operations endpoints', () => {
  let stack: Stack;
  const get = (path: string, headers: Record<string, string> = {}) => stack.gateway.fetch(`http://gateway.test${path}`, { headers });

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('GET /healthz says alive without asking anyone', async () => {
    stack.resetLog();
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('GET /readyz is 200 while the upstream answers and 503 with the reason once it does not', async () => {
    const sandbox = createSandbox({ rateLimit: false });
    const listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
    const client = createBasecampClient({ baseUrl: listening.url, userAgent: 'Ops tests (ops@example.test)' });
    const gateway = createGateway({ client, defaultAccountId: sandbox.accountId, defaultToken: sandbox.tokens.owner!, readiness: [upstreamCheck(client.origin)] });
    try {
      const ready = await gateway.fetch('http://gateway.test/readyz');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { upstream: 'ok' } });
      await listening.close();
      // The result is cached for 2 s, so a busy balancer cannot turn /readyz into load.
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      const unready = await gateway.fetch('http://gateway.test/readyz');
      expect(unready.status).toBe(503);
      expect(await unready.json()).toEqual({ status: 'unready', checks: { upstream: expect.stringMatching(/unreachable \(ECONNREFUSED\)/) } });
    } finally {
      await client.close();
    }
  });

  it('GET /metrics is Prometheus text whose counters move with the traffic', async () => {
    const query = `query OneProject($id: ID!) { project(id: $id) { name } }`;
    const before = parsePrometheus(await (await get('/metrics')).text());
    await stack.graphql(query, { variables: { id: SEED.projects.catalog } });
    await stack.graphql(query, { variables: { id: SEED.projects.catalog } });
    await stack.graphql(`query Missing { project(id: "1") { name } }`);
    const response = await get('/metrics');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = parsePrometheus(await response.text());
    const moved = (key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);

    expect(moved('graphql_operations_total{operation="OneProject",type="query",outcome="ok"}')).toBe(2);
    expect(moved('graphql_operations_total{operation="Missing",type="query",outcome="partial"}') + moved('graphql_operations_total{operation="Missing",type="query",outcome="error"}')).toBe(1);
    expect(moved('graphql_operation_duration_seconds_count{operation="OneProject",type="query"}')).toBe(2);
    expect(moved('graphql_operation_upstream_calls_total{operation="OneProject"}')).toBe(2);
    // The second look at the same project is revalidated: a 304 answered from the cache.
    expect(moved('basecamp_upstream_requests_total{operation="GetProject",status="200"}')).toBe(1);
    expect(moved('basecamp_upstream_requests_total{operation="GetProject",status="304"}')).toBe(1);
    expect(moved('basecamp_upstream_requests_total{operation="GetProject",status="404"}')).toBe(1);
    expect(moved('basecamp_not_modified_total')).toBe(1);
    expect(moved('basecamp_cache_hits_total')).toBe(1);
    expect(moved('basecamp_upstream_request_duration_seconds_count{operation="GetProject"}')).toBe(3);
    // What the cache holds, against BASECAMP_CACHE_MB: at least the project just stored.
    expect(after.get('basecamp_cache_entries')).toBeGreaterThanOrEqual(1);
    expect(after.get('basecamp_cache_bytes')).toBeGreaterThan(0);
    for (const name of ['basecamp_retries_total', 'basecamp_fresh_answers_total', 'basecamp_budget_waits_total', 'basecamp_budget_wait_seconds_total', 'basecamp_upstream_bytes_total', 'process_resident_memory_bytes']) {
      expect(after.has(name), name).toBe(true);
    }
  });

  it('compresses JSON with brotli or gzip as the client accepts, and leaves small answers alone', async () => {
    const query = `{ projects(first: 20) { nodes { id name description createdAt updatedAt appUrl } } }`;
    const post = (encoding: string) =>
      stack.gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': encoding },
        body: JSON.stringify({ query }),
      });
    // Each answer carries its own extensions.cost (the budget left, whether the upstream said 304),
    // so decoded answers are compared by their data, and must parse whole with that extension.
    const answerOf = (text: string) => {
      const { data, extensions, ...rest } = JSON.parse(text);
      expect(rest).toEqual({});
      expect(extensions.cost).toMatchObject({ upstreamCalls: expect.any(Number), budget: expect.any(Object) });
      return data;
    };
    const plain = await (await post('identity')).text();
    expect(plain.length).toBeGreaterThan(1_024);
    const data = answerOf(plain);
    expect(data.projects.nodes.length).toBeGreaterThan(1);

    const br = await post('gzip;q=0.5, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(answerOf(brotliDecompressSync(brBytes).toString())).toEqual(data);
    expect(brBytes.length).toBeLessThan(plain.length);

    const gzip = await post('gzip, br;q=0');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(answerOf(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString())).toEqual(data);

    const small = await stack.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('serves GraphiQL as a small page and hashed, immutable, compressed assets: under 2 MB in all', async () => {
    const page = await get('/graphql', { accept: 'text/html', 'accept-encoding': 'br, gzip' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-encoding')).toBe('br');
    const compressedPage = Buffer.from(await page.arrayBuffer());
    const html = brotliDecompressSync(compressedPage).toString();
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
    const assets = [...html.matchAll(/\/graphiql-assets\/[\w.-]+/g)].map(([path]) => path);
    expect(new Set(assets).size).toBe(6); // script, styles, favicon, three workers
    let transferred = compressedPage.length;
    let decoded = 0;
    for (const path of new Set(assets)) {
      const response = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const bytes = Buffer.from(await response.arrayBuffer());
      transferred += bytes.length;
      decoded += response.headers.get('content-encoding') === 'br' ? brotliDecompressSync(bytes).length : bytes.length;
    }
    console.log(`GraphiQL: ${(transferred / 1e6).toFixed(2)} MB transferred (brotli) for ${(decoded / 1e6).toFixed(2)} MB of assets`);
    expect(transferred).toBeLessThan(2_000_000);
    expect((await get('/graphiql-assets/graphiql.0000000000000000.js')).status).toBe(404);
  }, 60_000);
});

describe('logs', () => {
  it('writes one JSON line per operation with its request id, and never the token, even at debug and on a 401', async () => {
    const lines: string[] = [];
    const sandbox = createSandbox({ rateLimit: false });
    const listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
    const client = createBasecampClient({ baseUrl: listening.url, userAgent: 'Ops tests (ops@example.test)' });
    const gateway = createGateway({ client, defaultAccountId: sandbox.accountId, logger: createLogger('debug', (line) => lines.push(line)) });
    const token = 'not-a-real-token-5f1c9e2a7b';
    try {
      const response = await gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'req-42' },
        body: JSON.stringify({ query: `query Me { me { name } }` }),
      });
      expect(response.headers.get('x-request-id')).toBe('req-42');
      expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(sandbox.log.at(-1)?.status).toBe(401);

      const generated = await gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sandbox.tokens.owner}`, 'x-request-id': 'bad id with spaces' },
        body: JSON.stringify({ query: `{ me { name } }` }),
      });
      expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await client.close();
      await listening.close();
    }
    const records = lines.map((line) => JSON.parse(line));
    expect(records.filter((record) => record.msg === 'graphql')).toEqual([
      expect.objectContaining({ level: 'info', requestId: 'req-42', operation: 'Me', type: 'query', outcome: 'error', errorCodes: ['UNAUTHENTICATED'], upstreamCalls: 1, durationMs: expect.any(Number) }),
      expect.objectContaining({ operation: 'anonymous', outcome: 'ok', upstreamCalls: 1 }),
    ]);
    expect(lines.length).toBeGreaterThan(2); // the debug line about the upstream 401 too
    for (const line of lines) {
      expect(line).not.toContain(token);
      expect(line).not.toContain(sandbox.tokens.owner!);
    }
  });

  it('masks anything that looks like a bearer token and drops authorization headers', () => {
    const lines: string[] = [];
    const logger = createLogger('info', (line) => lines.push(line));
    logger.info('a', { error: new Error('upstream said: Authorization: Bearer abc.def') });
    logger.info('b', { headers: { Authorization: 'Bearer xyz', accept: 'json' } });
    logger.debug('not written at info');
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toMatch(/abc\.def|xyz/);
    expect(JSON.parse(lines[1]!).headers).toEqual({ Authorization: '[redacted]', accept: 'json' });
  });
});
