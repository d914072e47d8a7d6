import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGateway, type GatewayOptions } from '../../src/gateway.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

/**
 * What a hostile web page can make a browser send, sent over real HTTP to the gateway on
 * loopback: CORS, CSRF ("simple" requests that skip the preflight), body types, and the
 * server's own token. Every refusal is checked upstream too: the sandbox must see no call.
 */

let stack: Stack;
let closed: Served;
let open: Served;
const APP = 'https://app.example';
const EVIL = 'https://evil.example';

function gateway(options: Partial<GatewayOptions> = {}) {
  return createGateway({ client: stack.client, defaultAccountId: stack.sandbox.accountId, defaultToken: stack.sandbox.tokens.owner!, logLevel: 'silent', ...options });
}

beforeAll(async () => {
  stack = await startStack();
  closed = await serve(gateway());
  open = await serve(gateway({ corsOrigins: [APP, 'https://admin.example'] }));
});
afterAll(async () => {
  await Promise.all([closed.close(), open.close()]);
  await stack.close();
});
beforeEach(() => stack.resetLog());

const ME = '{ me { name } }';
const corsHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

async function post(served: Served, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${served.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('CORS', () => {
  it('is off without CORS_ORIGINS: no origin gets a CORS header, on the preflight or the request', async () => {
    const preflight = await fetch(`${closed.origin}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(corsHeaders(preflight)).toEqual([]);
    const response = await post(closed, { query: ME }, { origin: EVIL, authorization: `Bearer ${stack.sandbox.tokens.owner}` });
    expect(response.status).toBe(200); // answered (the token is its own), but the browser may not read it
    expect(corsHeaders(response)).toEqual([]);
  });

  it('answers a listed origin exactly, with credentials, and ignores any other', async () => {
    const preflight = await fetch(`${open.origin}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');

    const allowed = await post(open, { query: ME }, { origin: APP, authorization: `Bearer ${stack.sandbox.tokens.owner}` });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowed.headers.get('vary')).toMatch(/Origin/);

    for (const origin of [EVIL, `${APP}.evil.example`, 'http://app.example', 'null']) {
      const refused = await post(open, { query: ME }, { origin, authorization: `Bearer ${stack.sandbox.tokens.owner}` });
      expect(corsHeaders(refused), origin).toEqual([]);
    }
  });

  it('serves "*" without credentials', async () => {
    const any = await serve(gateway({ corsOrigins: ['*'] }));
    try {
      const response = await post(any, { query: ME }, { origin: EVIL, authorization: `Bearer ${stack.sandbox.tokens.owner}` });
      expect(response.headers.get('access-control-allow-origin')).toBe(EVIL);
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    } finally {
      await any.close();
    }
  });
});

describe("the server's default token", () => {
  it('never serves a cross-origin request, even from an allowed origin', async () => {
    for (const [served, origin] of [[closed, EVIL], [open, APP]] as const) {
      const response = await post(served, { query: ME }, { origin });
      expect(response.status).toBe(401);
      const body = await response.json();
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toMatch(/cross-origin request \(from https:\/\/.*\) must send its own Authorization/);
    }
    const noOrigin = await fetch(`${closed.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body: JSON.stringify({ query: ME }),
    });
    expect(noOrigin.status).toBe(401);
    expect(stack.sandbox.log).toEqual([]);
  });

  it("serves this server's own pages and non-browser clients", async () => {
    const samePage = await post(closed, { query: ME }, { origin: closed.origin, 'sec-fetch-site': 'same-origin' });
    expect((await samePage.json()).data.me.name).toEqual(expect.any(String));
    const script = await post(closed, { query: ME });
    expect((await script.json()).data.me.name).toEqual(expect.any(String));
  });

  it('refuses a page whose host name is not trusted (DNS rebinding), unless listed', async () => {
    // A page on rebound.example:PORT resolved to 127.0.0.1 looks same-origin to the browser.
    const port = new URL(closed.origin).port;
    const rebound = `http://rebound.example:${port}`;
    const body = JSON.stringify({ query: ME });
    const headers = { 'content-type': 'application/json', origin: rebound, host: `rebound.example:${port}`, 'sec-fetch-site': 'same-origin' };
    // fetch() may not set Host, so this one goes through the handler with the URL a proxy would see.
    const refused = await gateway().fetch(`${rebound}/graphql`, { method: 'POST', headers, body });
    expect(refused.status).toBe(401);
    expect((await refused.json()).errors[0].message).toMatch(/list http:\/\/rebound\.example:\d+ in CORS_ORIGINS/);
    const listed = await gateway({ corsOrigins: [rebound] }).fetch(`${rebound}/graphql`, { method: 'POST', headers, body });
    expect((await listed.json()).data.me.name).toEqual(expect.any(String));
  });

  it('refuses a GET by an untrusted host name that carries neither Origin nor Sec-Fetch-Site, as a rebound page sends it over http', async () => {
    const port = new URL(closed.origin).port;
    const rebound = `http://rebound.example:${port}`;
    const search = `?query=${encodeURIComponent(ME)}`;
    const headers = { host: `rebound.example:${port}`, 'x-graphql-yoga-csrf': '1' };
    const refused = await gateway().fetch(`${rebound}/graphql${search}`, { headers });
    expect(refused.status).toBe(401);
    expect((await refused.json()).errors[0]).toMatchObject({ message: expect.stringMatching(/only by POST/), extensions: { code: 'UNAUTHENTICATED' } });
    expect(stack.sandbox.log).toEqual([]);
    // A script's POST by that name, the same GET by a loopback name, and the name once listed are served.
    const post = await gateway().fetch(`${rebound}/graphql`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query: ME }) });
    expect((await post.json()).data.me.name).toEqual(expect.any(String));
    const loopback = await fetch(`${closed.origin}/graphql${search}`, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect((await loopback.json()).data.me.name).toEqual(expect.any(String));
    const listed = await gateway({ corsOrigins: [rebound] }).fetch(`${rebound}/graphql${search}`, { headers });
    expect((await listed.json()).data.me.name).toEqual(expect.any(String));
  });
});

describe('CSRF and body types', () => {
  const CREATE = `mutation($id: ID!) { createTodo(input: { todolistId: $id, content: "Written by a hostile page" }) { todo { id } } }`;

  function multipart(headers: Record<string, string> = {}) {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: CREATE, variables: { id: SEED.todolists.withGroups } }));
    form.set('map', '{}');
    return fetch(`${closed.origin}/graphql`, { method: 'POST', body: form, headers: { origin: closed.origin, ...headers } });
  }

  async function hostileTodos(): Promise<number> {
    const response = await fetch(`${stack.apiRoot}/todolists/${SEED.todolists.withGroups}/todos.json`, {
      headers: { authorization: `Bearer ${stack.sandbox.tokens.owner}`, 'user-agent': 'tests (tests@example.test)' },
    });
    const todos = (await response.json()) as { content: string }[];
    return todos.filter((todo) => todo.content === 'Written by a hostile page').length;
  }

  it('refuses a multipart mutation without the CSRF header, and creates nothing', async () => {
    const response = await multipart();
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/needs a CSRF header/), extensions: { code: 'BAD_USER_INPUT' } });
    expect(stack.sandbox.log).toEqual([]);
    expect(await hostileTodos()).toBe(0);

    // The same request with the header (which only a preflighted page can add) runs.
    const allowed = await multipart({ 'graphql-require-preflight': '1' });
    expect((await allowed.json()).data.createTodo.todo.id).toEqual(expect.any(String));
    expect(await hostileTodos()).toBe(1);
  });

  it.each([
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(CREATE)}&variables=${encodeURIComponent(JSON.stringify({ id: SEED.todolists.withGroups }))}`],
    ['application/graphql', CREATE.replace('$id', '"x"')],
    ['text/plain', JSON.stringify({ query: CREATE, variables: { id: SEED.todolists.withGroups } })],
    ['application/graphql+json', JSON.stringify({ query: CREATE, variables: { id: SEED.todolists.withGroups } })],
  ])('answers %s with 415 and what to send, and runs nothing', async (type, body) => {
    const before = await hostileTodos();
    stack.resetLog();
    const response = await fetch(`${closed.origin}/graphql`, { method: 'POST', headers: { 'content-type': type, origin: closed.origin }, body });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const answer = await response.json();
    expect(answer.errors).toEqual([
      { message: expect.stringContaining('Send POST with Content-Type: application/json'), extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    expect(answer.errors[0].message).toContain(type);
    expect(stack.sandbox.log).toEqual([]);
    expect(await hostileTodos()).toBe(before);
  });

  it('runs queries over GET only with a CSRF header, and never mutations', async () => {
    const url = `${closed.origin}/graphql?query=${encodeURIComponent(ME)}`;
    const bare = await fetch(url);
    expect(bare.status).toBe(400);
    expect((await bare.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const withHeader = await fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect((await withHeader.json()).data.me.name).toEqual(expect.any(String));

    stack.resetLog();
    const mutation = await fetch(`${closed.origin}/graphql?query=${encodeURIComponent(CREATE)}&variables=${encodeURIComponent(JSON.stringify({ id: SEED.todolists.withGroups }))}`, {
      headers: { 'x-graphql-yoga-csrf': '1' },
    });
    expect(mutation.status).toBe(405);
    expect((await mutation.json()).errors[0].message).toMatch(/mutation operation from a POST request/);
    expect(stack.sandbox.log).toEqual([]);
  });
});
