import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/resolvers/global-id.ts';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { newSecret, startLiveGateway, type LiveGateway } from '../helpers/live-stack.ts';

/**
 * Whatever a client does wrong, over real HTTP it gets a JSON body whose errors each carry
 * `extensions.code`: never an empty 4xx. The gateway has live updates on, so a subscription
 * really is a stream (and a plain-JSON request for it really cannot be answered).
 */

let sandbox: Sandbox;
let closeSandbox: () => Promise<void>;
let gateway: LiveGateway;
beforeAll(async () => {
  sandbox = createSandbox({ rateLimit: false });
  const listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  closeSandbox = listening.close;
  gateway = await startLiveGateway({ sandbox, sandboxUrl: listening.url, secret: newSecret(), webhooks: false });
});
afterAll(async () => {
  await gateway?.close();
  await closeSandbox?.();
});
beforeEach(() => sandbox.clearLog());

const SUBSCRIPTION = 'subscription { recordingChanged { kind } }';
const json = (body: unknown) => JSON.stringify(body);
const UPLOAD = json({ query: 'mutation($file: File!) { createAttachment(input: { file: $file }) { attachment { filename } } }', variables: { file: null } });
/** A GraphQL multipart request with these parts (a Blob part is a file), with the CSRF header it needs. */
function multipart(parts: Record<string, string | Blob>): RequestInit {
  const form = new FormData();
  for (const [name, part] of Object.entries(parts)) form.set(name, part);
  return { method: 'POST', headers: { 'graphql-require-preflight': '1' }, body: form };
}
const file = new Blob(['plan'], { type: 'text/plain' });

describe('every refusal has a JSON body with extensions.code', () => {
  it.each<[string, string, RequestInit, number, string]>([
    ['a form post', '', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }, 415, 'BAD_USER_INPUT'],
    ['text/plain', '', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: json({ query: '{ __typename }' }) }, 415, 'BAD_USER_INPUT'],
    ['a POST with no content type', '', { method: 'POST', body: new Blob([json({ query: '{ __typename }' })]) }, 415, 'BAD_USER_INPUT'],
    ['a GET with a form content type and no CSRF header', '?query=%7B__typename%7D', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 400, 'BAD_USER_INPUT'],
    ['a mutation over GET', '?query=mutation%7B__typename%7D', { headers: { 'graphql-require-preflight': '1' } }, 405, 'BAD_REQUEST'],
    ['DELETE', '', { method: 'DELETE' }, 405, 'BAD_REQUEST'],
    ['PUT with JSON', '', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: json({ query: '{ __typename }' }) }, 405, 'BAD_REQUEST'],
    ['invalid JSON', '', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' }, 400, 'BAD_REQUEST'],
    ['a batch', '', { method: 'POST', headers: { 'content-type': 'application/json' }, body: json([{ query: '{ __typename }' }]) }, 400, 'BAD_REQUEST'],
    ['multipart: no operations', '', multipart({ map: '{}' }), 400, 'BAD_REQUEST'],
    ['multipart: operations not JSON', '', multipart({ operations: '{"query":', map: '{}' }), 400, 'BAD_REQUEST'],
    ['multipart: operations null', '', multipart({ operations: 'null', map: '{}' }), 400, 'BAD_REQUEST'],
    ['multipart: operations a batch', '', multipart({ operations: json([{ query: '{ __typename }' }]) }), 400, 'BAD_REQUEST'],
    ['multipart: a map that is a list', '', multipart({ operations: UPLOAD, map: '[1]', 0: file }), 400, 'BAD_REQUEST'],
    ['multipart: a map entry that is not a list of paths', '', multipart({ operations: UPLOAD, map: json({ 0: 'variables.file' }), 0: file }), 400, 'BAD_REQUEST'],
    ['multipart: a map naming a part not sent', '', multipart({ operations: UPLOAD, map: json({ 0: ['variables.file'] }) }), 400, 'BAD_REQUEST'],
    ['multipart: a map naming a text part as the file', '', multipart({ operations: UPLOAD, map: json({ 0: ['variables.file'] }), 0: 'plan' }), 400, 'BAD_REQUEST'],
    ['multipart: a map path outside the variables', '', multipart({ operations: UPLOAD, map: json({ 0: ['query'] }), 0: file }), 400, 'BAD_REQUEST'],
    ['multipart: a map path into a prototype', '', multipart({ operations: UPLOAD, map: json({ 0: ['variables.__proto__.file'] }), 0: file }), 400, 'BAD_REQUEST'],
    ['an Accept no answer can be sent in', '', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/html' }, body: json({ query: '{ __typename }' }) }, 406, 'BAD_REQUEST'],
    [
      'a subscription over plain JSON POST',
      '',
      { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' }, body: json({ query: SUBSCRIPTION }) },
      406,
      'BAD_REQUEST',
    ],
    [
      'a variable of the wrong type',
      '',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: json({ query: 'query($n: Int) { projects(first: $n) { totalCount } }', variables: { n: 'three' } }) },
      400,
      'BAD_USER_INPUT',
    ],
  ])('%s', async (_name, search, init, status, code) => {
    const response = await fetch(`${gateway.url}/graphql${search}`, init);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const body = await response.json();
    expect(body.errors.length).toBeGreaterThan(0);
    for (const error of body.errors) {
      expect(error.message).toEqual(expect.any(String));
      expect(error.extensions?.code).toBe(code);
    }
    expect(body.data).toBeUndefined();
    expect(sandbox.log).toEqual([]);
  });

  it('a path nothing serves is a 404 with a coded JSON body, for any method', async () => {
    for (const [path, method] of [['/nope', 'GET'], ['/webhooks/basecamp', 'POST'], ['/graphqlx', 'POST']] as const) {
      const response = await fetch(`${gateway.url}${path}`, { method });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect((await response.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('a cut-off JSON body is not quoted back: the parser\'s message would echo a variable\'s secret', async () => {
    const secret = 'hunter2-do-not-echo';
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":"mutation($p: String!) { __typename }","variables":{"p":"${secret}"`,
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain(secret);
    expect(JSON.parse(text).errors).toEqual([{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST', originalError: { name: 'SyntaxError' } } }]);
  });

  it('an unknown type in a global id is BAD_USER_INPUT on its field, and the request still answers', async () => {
    const result = await gateway.graphql('query($id: ID!) { node(id: $id) { id } me { name } }', { id: encodeGlobalId('Spaceship', sandbox.accountId, '1') });
    expect(result.errors).toEqual([expect.objectContaining({ path: ['node'], extensions: { code: 'BAD_USER_INPUT' } })]);
    expect(result.data).toEqual({ node: null, me: { name: expect.any(String) } });
  });

  it('the 406 for a subscription says what to accept, and the same request with it streams', async () => {
    const refused = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: json({ query: SUBSCRIPTION }) });
    expect(refused.status).toBe(406);
    expect(refused.headers.get('accept')).toBe('text/event-stream');
    expect((await refused.json()).errors[0].message).toContain('text/event-stream');

    const controller = new AbortController();
    const streaming = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: json({ query: SUBSCRIPTION }),
      signal: controller.signal,
    });
    expect(streaming.status).toBe(200);
    expect(streaming.headers.get('content-type')).toMatch(/^text\/event-stream/);
    controller.abort();
  });
});
