import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/client/errors.ts';
import { createMetrics } from '../../src/client/metrics.ts';
import { transport } from '../../src/client/transport.ts';
import type { HttpMethod, UpstreamRequest } from '../../src/client/types.ts';

const ORIGIN = 'https://3.basecampapi.com';
const TOKEN = 'tok-SECRET-9f8e7d';
const USER_AGENT = 'Gateway tests (tests@example.com)';

let agent: MockAgent;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
});

afterEach(async () => {
  agent.assertNoPendingInterceptors();
  await agent.close();
});

function call(method: HttpMethod, path: string, extra: Partial<UpstreamRequest> = {}): UpstreamRequest {
  return {
    method,
    url: `${ORIGIN}/999${path}`,
    headers: {},
    credentials: { token: TOKEN, tokenHash: 'hash', accountId: '999' },
    idempotent: method !== 'POST',
    ...extra,
  };
}

/** Everything an error exposes: message, stack, own properties and cause chain. */
function everythingIn(error: unknown): string {
  const seen: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    seen.push(current.message, current.stack ?? '', JSON.stringify(current), JSON.stringify(Object.entries(current)));
    current = current.cause;
  }
  return seen.join('\n');
}

describe('transport', () => {
  it('sends the bearer token, the User-Agent and Accept, and no Content-Type on a GET', async () => {
    let sent: Record<string, string> = {};
    agent
      .get(ORIGIN)
      .intercept({ path: '/999/projects/1.json', method: 'GET' })
      .reply((options) => {
        sent = options.headers as Record<string, string>;
        return { statusCode: 200, data: '{"id": 1}' };
      });
    const send = transport({ dispatcher: agent, userAgent: USER_AGENT });
    await send(call('GET', '/projects/1.json', { headers: { 'if-none-match': '"abc"' } }));
    expect(sent).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      'user-agent': USER_AGENT,
      accept: 'application/json',
      'if-none-match': '"abc"',
    });
    expect(sent['content-type']).toBeUndefined();
  });

  it('sends writes as JSON with the charset, ids going out as bare numbers', async () => {
    let sent: { headers: Record<string, string>; body: string } | undefined;
    agent
      .get(ORIGIN)
      .intercept({ path: '/999/todolists/3/todos.json', method: 'POST' })
      .reply((options) => {
        sent = { headers: options.headers as Record<string, string>, body: String(options.body) };
        return { statusCode: 201, data: '{"id": 9007199254740993}' };
      });
    const send = transport({ dispatcher: agent, userAgent: USER_AGENT });
    const response = await send(call('POST', '/todolists/3/todos.json', { body: { content: 'Ship it', assignee_ids: ['9007199254740993'] } }));
    expect(sent?.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(sent?.body).toBe('{"content":"Ship it","assignee_ids":[9007199254740993]}');
    expect(response.body).toEqual({ id: '9007199254740993' });
  });

  it('sends a file body as raw bytes with the file\'s own content type', async () => {
    let sent: { headers: Record<string, string>; body: unknown } | undefined;
    agent
      .get(ORIGIN)
      .intercept({ path: '/999/attachments.json?name=logo.png', method: 'POST' })
      .reply((options) => {
        sent = { headers: options.headers as Record<string, string>, body: options.body };
        return { statusCode: 200, data: '{"attachable_sgid": "BAh7"}' };
      });
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    const response = await transport({ dispatcher: agent, userAgent: USER_AGENT })(
      call('POST', '/attachments.json?name=logo.png', { body: bytes, headers: { 'content-type': 'image/png' } }),
    );
    expect(sent?.headers['content-type']).toBe('image/png');
    expect(Buffer.from(sent?.body as Uint8Array)).toEqual(Buffer.from(bytes));
    expect(response.body).toEqual({ attachable_sgid: 'BAh7' });
  });

  it('parses ids beyond 2^53 exactly, as strings, and lower-cases response headers', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/999/projects.json', method: 'GET' })
      .reply(200, '[{"id": 18014398509481985, "bucket": {"id": 12}, "comments_count": 4}]', {
        headers: { 'X-Total-Count': '1', ETag: 'W/"v1"' },
      });
    const response = await transport({ dispatcher: agent, userAgent: USER_AGENT })(call('GET', '/projects.json'));
    expect(response).toMatchObject({
      status: 200,
      body: [{ id: '18014398509481985', bucket: { id: '12' }, comments_count: 4 }],
      url: `${ORIGIN}/999/projects.json`,
    });
    expect(response.headers).toMatchObject({ 'x-total-count': '1', etag: 'W/"v1"' });
    expect(response.bytes).toBeGreaterThan(0);
  });

  it('gives an empty body as undefined', async () => {
    agent.get(ORIGIN).intercept({ path: '/999/projects/1.json', method: 'DELETE' }).reply(204, '');
    const response = await transport({ dispatcher: agent, userAgent: USER_AGENT })(call('DELETE', '/projects/1.json'));
    expect(response).toMatchObject({ status: 204, body: undefined, bytes: 0 });
  });

  it('turns malformed JSON on a 2xx into UPSTREAM_ERROR instead of crashing', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/999/projects.json', method: 'GET' })
      .reply(200, '[{"id": 1,', { headers: { 'x-request-id': 'req-1' } });
    const error = await transport({ dispatcher: agent, userAgent: USER_AGENT })(call('GET', '/projects.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'UPSTREAM_ERROR', status: 200, requestId: 'req-1' });
    expect((error as Error).message).toMatch(/malformed JSON/);
  });

  it('still answers an error status whose body is not JSON, leaving classification to the errors layer', async () => {
    agent.get(ORIGIN).intercept({ path: '/999/projects.json', method: 'GET' }).reply(502, '<html>Bad gateway</html>');
    const response = await transport({ dispatcher: agent, userAgent: USER_AGENT })(call('GET', '/projects.json'));
    expect(response).toMatchObject({ status: 502, body: undefined });
  });

  it('turns a network failure into a retryable UPSTREAM_UNAVAILABLE that never mentions the token', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/999/projects.json', method: 'GET' })
      .replyWithError(Object.assign(new Error(`socket hang up while sending Bearer ${TOKEN}`), { code: 'ECONNRESET' }));
    const error = await transport({ dispatcher: agent, userAgent: USER_AGENT })(call('GET', '/projects.json')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
    expect((error as Error).message).toContain('ECONNRESET');
    expect(everythingIn(error)).not.toContain(TOKEN);
  });

  it('times out a slow answer as a retryable UPSTREAM_UNAVAILABLE', async () => {
    agent.get(ORIGIN).intercept({ path: '/999/projects.json', method: 'GET' }).reply(200, '[]').delay(500);
    const send = transport({ dispatcher: agent, userAgent: USER_AGENT, timeoutMs: 20 });
    const error = await send(call('GET', '/projects.json')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: true });
    expect((error as Error).message).toMatch(/20 ms/);
    expect(everythingIn(error)).not.toContain(TOKEN);
  });

  it('reports a timed-out non-idempotent write as possibly applied, and a refused connection as not', async () => {
    agent.get(ORIGIN).intercept({ path: '/999/todolists/3/todos.json', method: 'POST' }).reply(201, '{}').delay(500);
    const slow = await transport({ dispatcher: agent, userAgent: USER_AGENT, timeoutMs: 20 })(call('POST', '/todolists/3/todos.json', { body: { content: 'x' } })).catch((e: unknown) => e);
    expect(slow).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', possiblyApplied: true });
    expect((slow as Error).message).toMatch(/may have been applied/);

    agent.get(ORIGIN).intercept({ path: '/999/todolists/3/todos.json', method: 'POST' }).replyWithError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }));
    const refused = await transport({ dispatcher: agent, userAgent: USER_AGENT })(call('POST', '/todolists/3/todos.json', { body: { content: 'x' } })).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect((refused as { possiblyApplied?: boolean }).possiblyApplied).toBeUndefined();
  });

  it("stops when the caller's signal aborts, as a non-retryable UPSTREAM_UNAVAILABLE", async () => {
    agent.get(ORIGIN).intercept({ path: '/999/projects.json', method: 'GET' }).reply(200, '[]').delay(500);
    const controller = new AbortController();
    const pending = transport({ dispatcher: agent, userAgent: USER_AGENT })(call('GET', '/projects.json', { signal: controller.signal }));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryable: false });
  });

  it('counts every answer by status and the bytes received', async () => {
    agent.get(ORIGIN).intercept({ path: '/999/projects.json', method: 'GET' }).reply(200, '[]');
    agent.get(ORIGIN).intercept({ path: '/999/projects.json', method: 'GET' }).reply(503, '');
    const metrics = createMetrics();
    const send = transport({ dispatcher: agent, userAgent: USER_AGENT, metrics });
    await send(call('GET', '/projects.json'));
    await send(call('GET', '/projects.json'));
    expect(metrics.snapshot()).toMatchObject({ requestsByStatus: { '200': 1, '503': 1 }, bytesIn: 2 });
  });
});
