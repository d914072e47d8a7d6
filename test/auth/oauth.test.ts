import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSealer } from '../../src/auth/seal.ts';
import { openSession, sealSession, type Session } from '../../src/auth/session.ts';
import { createBasecampClient, type BasecampClient } from '../../src/client/index.ts';
import { createGateway } from '../../src/gateway.ts';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { serve, type Served } from '../helpers/serve.ts';

/**
 * The browser login end to end over loopback: the sandbox (API and Launchpad) and the gateway as
 * an HTTP server, driven the way a browser would drive them (redirects followed by hand, cookies
 * carried by hand). The gateway's auth clock is injected so expiry needs no waiting.
 */
const SECRET = 'test-session-secret-of-at-least-32-characters';
const UA = 'OAuth e2e (tests@example.test)';
const ALLOWED = 'http://app.example.test';
const sealer = createSealer(SECRET);

let sandbox: Sandbox;
let sandboxUrl: string;
let closeSandbox: () => Promise<void>;
let client: BasecampClient;
let server: Served;
let base: string;
let clock = Date.now();

beforeAll(async () => {
  sandbox = createSandbox({ rateLimit: false });
  ({ url: sandboxUrl, close: closeSandbox } = await sandbox.listen({ port: 0, host: '127.0.0.1' }));
  client = createBasecampClient({ baseUrl: sandboxUrl, userAgent: UA, rateLimit: { limit: 100_000, windowMs: 1_000 } });
  const gateway = createGateway({
    client,
    defaultAccountId: sandbox.accountId,
    defaultToken: sandbox.tokens.owner!,
    logLevel: 'silent',
    auth: { clientId: 'e2e-app', clientSecret: 'e2e-secret', launchpadUrl: sandboxUrl, sessionSecret: SECRET, userAgent: UA, allowedOrigins: [ALLOWED], now: () => clock },
  });
  server = await serve(gateway);
  base = server.origin;
});

afterAll(async () => {
  await server.close();
  await client.close();
  await closeSandbox();
});

beforeEach(() => {
  clock = Date.now();
  sandbox.faults.clear();
  sandbox.clearLog();
});

/** `name=value` of the Set-Cookie called `name`, and its attributes. */
function setCookie(response: Response, name: string): { pair: string; value: string; attributes: string } | undefined {
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  if (!line) return undefined;
  const [pair = '', ...rest] = line.split('; ');
  return { pair, value: pair.slice(name.length + 1), attributes: rest.join('; ') };
}

/** Runs /auth/login → Launchpad (approving as `as`) → /auth/callback; returns the session cookie. */
async function logIn(as = 'member'): Promise<string> {
  const login = await fetch(`${base}/auth/login`, { redirect: 'manual' });
  const state = setCookie(login, 'basecamp_oauth_state')!;
  const approve = new URL(login.headers.get('location')!);
  approve.searchParams.set('as', as); // the sandbox's stand-in for Launchpad's login screen
  const back = await fetch(approve, { redirect: 'manual', headers: { 'user-agent': 'A browser (tests@example.test)' } });
  const callback = await fetch(back.headers.get('location')!, { redirect: 'manual', headers: { cookie: state.pair } });
  expect(callback.status).toBe(302);
  return setCookie(callback, 'basecamp_session')!.pair;
}

async function graphql(query: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any; response: Response }> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, body: await response.json(), response };
}

function sessionOf(cookiePair: string): Session {
  return openSession(sealer, 'basecamp_session', cookiePair.slice('basecamp_session='.length))!;
}

async function profileName(token: string): Promise<string> {
  const response = await fetch(`${sandboxUrl}/${sandbox.accountId}/my/profile.json`, { headers: { authorization: `Bearer ${token}`, 'user-agent': UA } });
  return ((await response.json()) as { name: string }).name;
}

describe('OAuth login through Launchpad', () => {
  it('logs in through Launchpad and answers GraphQL with the session cookie alone, as the person who logged in', async () => {
    const login = await fetch(`${base}/auth/login?return_to=/graphql`, { redirect: 'manual' });
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.get('location')!);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${sandboxUrl}/authorization/new`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({ type: 'web_server', response_type: 'code', client_id: 'e2e-app', redirect_uri: `${base}/auth/callback`, state: expect.stringMatching(/^[\w-]{32}$/) });
    const state = setCookie(login, 'basecamp_oauth_state')!;
    expect(state.attributes).toBe('Path=/auth; Max-Age=600; HttpOnly; SameSite=Lax');
    expect(state.value).not.toContain(authorize.searchParams.get('state')); // encrypted, not echoed

    authorize.searchParams.set('as', 'member');
    const back = await fetch(authorize, { redirect: 'manual', headers: { 'user-agent': 'A browser (tests@example.test)' } });
    const callbackUrl = new URL(back.headers.get('location')!);
    expect(callbackUrl.origin + callbackUrl.pathname).toBe(`${base}/auth/callback`);
    sandbox.clearLog();
    const callback = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: state.pair } });
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/graphql');
    expect(sandbox.log.map((entry) => `${entry.method} ${entry.path.split('?')[0]} ${entry.status}`)).toEqual(['POST /authorization/token 200', 'GET /authorization.json 200']);
    expect(setCookie(callback, 'basecamp_oauth_state')?.attributes).toContain('Max-Age=0');
    const session = setCookie(callback, 'basecamp_session')!;
    expect(session.attributes).toBe('Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax');

    // The cookie holds a token Launchpad issued for the member, sealed: neither token appears in it.
    const stored = sessionOf(session.pair);
    expect(stored).toMatchObject({ accountId: sandbox.accountId, refreshToken: expect.any(String) });
    expect(sandbox.state.tokens.get(stored.accessToken)?.label).toBe('member');
    expect(stored.accessToken).not.toBe(sandbox.tokens.member);
    expect(session.value).not.toContain(stored.accessToken);

    sandbox.clearLog();
    const me = await graphql('{ me { name } }', { cookie: session.pair });
    expect(me.body.errors).toBeUndefined();
    expect(me.body.data.me.name).toBe(await profileName(sandbox.tokens.member!));
    expect(me.body.data.me.name).not.toBe(await profileName(sandbox.tokens.owner!));
    const upstream = sandbox.log.filter((entry) => entry.path.endsWith('/my/profile.json'));
    expect(upstream[0]?.tokenLabel).toBe('member');
  });

  it('lets a bearer header win over the cookie, and the cookie over the default token', async () => {
    const cookie = await logIn('member');
    const withBearer = await graphql('{ me { name } }', { cookie, authorization: `Bearer ${sandbox.tokens.admin}` });
    expect(withBearer.body.data.me.name).toBe(await profileName(sandbox.tokens.admin!));
    const anonymous = await graphql('{ me { name } }');
    expect(anonymous.body.data.me.name).toBe(await profileName(sandbox.tokens.owner!));
  });

  it('refreshes a token within five minutes of expiry once, however many requests carry it, and re-sets the cookie', async () => {
    const cookie = await logIn('member');
    const before = sessionOf(cookie);
    clock = before.expiresAt - 6 * 60_000;
    sandbox.clearLog();
    const early = await graphql('{ me { name } }', { cookie });
    expect(early.response.headers.getSetCookie()).toEqual([]);
    expect(sandbox.log.some((entry) => entry.path.startsWith('/authorization/token'))).toBe(false);

    clock = before.expiresAt - 4 * 60_000;
    sandbox.clearLog();
    const answers = await Promise.all([1, 2, 3].map(() => graphql('{ me { name } }', { cookie })));
    expect(sandbox.log.filter((entry) => entry.path.startsWith('/authorization/token')).map((entry) => entry.status)).toEqual([200]);
    const renewed = answers.map((answer) => setCookie(answer.response, 'basecamp_session')!);
    const after = sessionOf(renewed[0]!.pair);
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.expiresAt).toBe(clock + 14 * 24 * 3600_000);
    expect(sandbox.state.tokens.get(after.accessToken)?.label).toBe('member');
    for (const answer of answers) expect(answer.body.data.me.name).toBe(await profileName(sandbox.tokens.member!));
    expect(renewed[0]!.attributes).toMatch(/^Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);

    sandbox.clearLog();
    const next = await graphql('{ me { name } }', { cookie: renewed[0]!.pair });
    expect(next.response.headers.getSetCookie()).toEqual([]);
    expect(sandbox.log.map((entry) => entry.path)).not.toContainEqual(expect.stringMatching(/^\/authorization/));
  });

  it('keeps using a token that has not expired while Launchpad is down, and refuses once it has', async () => {
    const cookie = await logIn('member');
    const { expiresAt } = sessionOf(cookie);
    sandbox.faults.add({ path: '/authorization/token', status: 503, count: Infinity });
    clock = expiresAt - 60_000;
    const stale = await graphql('{ me { name } }', { cookie });
    expect(stale.body.data.me.name).toBe(await profileName(sandbox.tokens.member!));
    clock = expiresAt + 1;
    sandbox.clearLog();
    const expired = await graphql('{ me { name } }', { cookie });
    expect(expired.status).toBe(503);
    expect(expired.body.errors[0].extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(sandbox.log.filter((entry) => !entry.path.startsWith('/authorization/token'))).toEqual([]);
  });

  it('ends the session with 401 when Launchpad no longer renews it', async () => {
    const forged: Session = { accessToken: 'expired', refreshToken: 'revoked', expiresAt: clock - 1, accountId: sandbox.accountId, endsAt: clock + 60_000 };
    const cookie = `basecamp_session=${sealSession(sealer, 'basecamp_session', forged)}`;
    const answer = await graphql('{ me { name } }', { cookie });
    expect(answer.status).toBe(401);
    expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(setCookie(answer.response, 'basecamp_session')?.attributes).toContain('Max-Age=0');
  });

  it('answers a tampered cookie with 401 UNAUTHENTICATED and no upstream call, and deletes it', async () => {
    const cookie = await logIn('member');
    const value = cookie.slice('basecamp_session='.length);
    const flipped = value.slice(0, 20) + (value[20] === 'A' ? 'B' : 'A') + value.slice(21);
    sandbox.clearLog();
    const answer = await graphql('{ me { name } }', { cookie: `basecamp_session=${flipped}` });
    expect(answer.status).toBe(401);
    expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(answer.body.data ?? null).toBeNull();
    expect(setCookie(answer.response, 'basecamp_session')?.attributes).toContain('Max-Age=0');
    expect(sandbox.log).toEqual([]);
    // A state cookie is sealed for another purpose and is no session either.
    const login = await fetch(`${base}/auth/login`, { redirect: 'manual' });
    const swapped = await graphql('{ me { name } }', { cookie: `basecamp_session=${setCookie(login, 'basecamp_oauth_state')!.value}` });
    expect(swapped.status).toBe(401);
  });

  it('refuses a callback whose state does not match the browser’s with 400, before trading the code', async () => {
    const login = await fetch(`${base}/auth/login`, { redirect: 'manual' });
    const state = setCookie(login, 'basecamp_oauth_state')!;
    const back = new URL((await fetch(login.headers.get('location')!, { redirect: 'manual', headers: { 'user-agent': UA } })).headers.get('location')!);
    const code = back.searchParams.get('code')!;
    sandbox.clearLog();
    const wrong = await fetch(`${base}/auth/callback?code=${code}&state=not-the-state`, { redirect: 'manual', headers: { cookie: state.pair } });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(setCookie(wrong, 'basecamp_session')).toBeUndefined();
    const noCookie = await fetch(back, { redirect: 'manual' });
    expect(noCookie.status).toBe(400);
    clock += 11 * 60_000;
    const late = await fetch(back, { redirect: 'manual', headers: { cookie: state.pair } });
    expect(late.status).toBe(400);
    expect(sandbox.log).toEqual([]);
  });

  it('refuses a code Launchpad rejects, and a Launchpad denial, without a session', async () => {
    const login = await fetch(`${base}/auth/login`, { redirect: 'manual' });
    const state = setCookie(login, 'basecamp_oauth_state')!;
    const stateParam = new URL(login.headers.get('location')!).searchParams.get('state')!;
    const forged = await fetch(`${base}/auth/callback?code=forged&state=${stateParam}`, { redirect: 'manual', headers: { cookie: state.pair } });
    expect(forged.status).toBe(400);
    expect(setCookie(forged, 'basecamp_session')).toBeUndefined();
    const denied = await fetch(`${base}/auth/callback?error=access_denied&state=${stateParam}`, { redirect: 'manual', headers: { cookie: state.pair } });
    expect(denied.status).toBe(403);
  });

  it('logs out on a same-origin POST only', async () => {
    const cookie = await logIn('member');
    const get = await fetch(`${base}/auth/logout`, { headers: { cookie } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const foreign = await fetch(`${base}/auth/logout`, { method: 'POST', headers: { cookie, origin: 'http://evil.example.test' } });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.getSetCookie()).toEqual([]);
    const crossSite = await fetch(`${base}/auth/logout`, { method: 'POST', headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const out = await fetch(`${base}/auth/logout`, { method: 'POST', headers: { cookie, origin: base } });
    expect(out.status).toBe(204);
    expect(setCookie(out, 'basecamp_session')).toEqual({ pair: 'basecamp_session=', value: '', attributes: 'Path=/; Max-Age=0; HttpOnly; SameSite=Lax' });
  });

  it('serves the cookie session only to the server’s own pages and the allowed origins', async () => {
    const cookie = await logIn('member');
    sandbox.clearLog();
    const foreign = await graphql('{ me { name } }', { cookie, origin: 'http://localhost:5173' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const sibling = await graphql('{ me { name } }', { cookie, 'sec-fetch-site': 'same-site' });
    expect(sibling.status).toBe(403);
    expect(sandbox.log).toEqual([]);
    const own = await graphql('{ me { name } }', { cookie, origin: base, 'sec-fetch-site': 'same-origin' });
    expect(own.body.data.me.name).toBe(await profileName(sandbox.tokens.member!));
    const allowed = await graphql('{ me { name } }', { cookie, origin: ALLOWED });
    expect(allowed.body.data.me.name).toBe(await profileName(sandbox.tokens.member!));
  });

  it('picks the account asked for at login only when the login may use it', async () => {
    const other = await fetch(`${base}/auth/login?account_id=999`, { redirect: 'manual' });
    const state = setCookie(other, 'basecamp_oauth_state')!;
    const back = await fetch(other.headers.get('location')!, { redirect: 'manual', headers: { 'user-agent': UA } });
    const callback = await fetch(back.headers.get('location')!, { redirect: 'manual', headers: { cookie: state.pair } });
    expect(callback.status).toBe(403);
    expect(((await callback.json()) as any).errors[0]).toMatchObject({ message: expect.stringContaining('999'), extensions: { code: 'FORBIDDEN' } });
    expect((await fetch(`${base}/auth/login?account_id=abc`, { redirect: 'manual' })).status).toBe(400);
    expect((await fetch(`${base}/auth/login?return_to=//evil.example.test`, { redirect: 'manual' })).status).toBe(302);
  });
});

describe('OAuth behind https', () => {
  it('marks both cookies Secure and names the session __Host- when the public redirect URI is https', async () => {
    const gateway = createGateway({
      client,
      defaultAccountId: sandbox.accountId,
      logLevel: 'silent',
      auth: { clientId: 'e2e-app', clientSecret: 'e2e-secret', launchpadUrl: sandboxUrl, sessionSecret: SECRET, userAgent: UA, redirectUri: 'https://graph.example.test/auth/callback' },
    });
    // Behind a TLS-terminating proxy the request arrives as http; the configured public URL decides.
    const login = await gateway.fetch('http://10.0.0.5:4000/auth/login', { redirect: 'manual' });
    expect(new URL(login.headers.get('location')!).searchParams.get('redirect_uri')).toBe('https://graph.example.test/auth/callback');
    const state = setCookie(login, 'basecamp_oauth_state')!;
    expect(state.attributes).toBe('Path=/auth; Max-Age=600; HttpOnly; SameSite=Lax; Secure');
    const back = new URL((await fetch(login.headers.get('location')!, { redirect: 'manual', headers: { 'user-agent': UA } })).headers.get('location')!);
    const callback = await gateway.fetch(`http://10.0.0.5:4000/auth/callback${back.search}`, { redirect: 'manual', headers: { cookie: state.pair } });
    const session = setCookie(callback, '__Host-basecamp_session')!;
    expect(session.attributes).toBe('Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax; Secure');
    const query = (cookie: string, origin: string) =>
      gateway.fetch('http://10.0.0.5:4000/graphql', { method: 'POST', headers: { 'content-type': 'application/json', cookie, origin }, body: JSON.stringify({ query: '{ me { name } }' }) });
    const me = (await (await query(session.pair, 'https://graph.example.test')).json()) as any;
    expect(me.data.me.name).toBe(await profileName(sandbox.tokens.owner!));
    // Without a default token, the same value under the plain name is no session.
    const plain = await query(`basecamp_session=${session.value}`, 'https://graph.example.test');
    expect(plain.status).toBe(401);
  });
});
