import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';

let sandbox: Sandbox;
let url: string;
let close: () => Promise<void>;
beforeAll(async () => {
  sandbox = createSandbox({ rateLimit: false });
  ({ url, close } = await sandbox.listen());
});
afterAll(() => close());

const UA = { 'user-agent': 'OAuth tests (t@example.test)' };
const REDIRECT = 'http://localhost:9999/callback';

async function authorize(query: string): Promise<URL> {
  const response = await fetch(`${url}/authorization/new?${query}`, { headers: UA, redirect: 'manual' });
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location')!);
}

async function token(params: Record<string, string>) {
  const response = await fetch(`${url}/authorization/token`, {
    method: 'POST',
    headers: { ...UA, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('Launchpad (OAuth 2)', () => {
  it('runs the web-server flow: approve, trade the code, read the identity, call the API', async () => {
    const back = await authorize(`response_type=code&client_id=app&redirect_uri=${encodeURIComponent(REDIRECT)}&state=xyz&as=member`);
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT);
    expect(back.searchParams.get('state')).toBe('xyz');
    const code = back.searchParams.get('code')!;

    const granted = await token({ grant_type: 'authorization_code', client_id: 'app', client_secret: 's', redirect_uri: REDIRECT, code });
    expect(granted).toMatchObject({ status: 200, body: { token_type: 'Bearer', expires_in: 1209600, access_token: expect.any(String), refresh_token: expect.any(String) } });
    const bearer = { ...UA, authorization: `Bearer ${granted.body.access_token}` };

    const me = (await (await fetch(`${url}/authorization.json`, { headers: bearer })).json()) as Record<string, any>;
    expect(me.identity).toMatchObject({ first_name: expect.any(String), email_address: expect.stringContaining('@') });
    expect(me.accounts).toEqual([expect.objectContaining({ product: 'bc3', id: Number(sandbox.accountId), href: `${url}/${sandbox.accountId}` })]);

    const profile = (await (await fetch(`${me.accounts[0].href}/my/profile.json`, { headers: bearer })).json()) as Record<string, any>;
    const member = (await (await fetch(`${url}/${sandbox.accountId}/my/profile.json`, { headers: { ...UA, authorization: `Bearer ${sandbox.tokens.member}` } })).json()) as Record<string, any>;
    expect(profile.id).toBe(member.id);
  });

  it('accepts a code once, only for its own client and redirect URI', async () => {
    const code = (await authorize(`type=web_server&client_id=app&redirect_uri=${encodeURIComponent(REDIRECT)}`)).searchParams.get('code')!;
    expect((await token({ type: 'web_server', client_id: 'other', client_secret: 's', redirect_uri: REDIRECT, code })).body.error).toBe('invalid_grant');
    const second = (await authorize(`response_type=code&client_id=app&redirect_uri=${encodeURIComponent(REDIRECT)}`)).searchParams.get('code')!;
    expect((await token({ grant_type: 'authorization_code', client_id: 'app', client_secret: 's', redirect_uri: REDIRECT, code: second })).status).toBe(200);
    expect((await token({ grant_type: 'authorization_code', client_id: 'app', client_secret: 's', redirect_uri: REDIRECT, code: second })).body.error).toBe('invalid_grant');
  });

  it('refreshes an access token with the refresh token', async () => {
    const code = (await authorize(`response_type=code&client_id=app&redirect_uri=${encodeURIComponent(REDIRECT)}`)).searchParams.get('code')!;
    const first = await token({ grant_type: 'authorization_code', client_id: 'app', client_secret: 's', redirect_uri: REDIRECT, code });
    const refreshed = await token({ grant_type: 'refresh_token', client_id: 'app', client_secret: 's', refresh_token: first.body.refresh_token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.access_token).not.toBe(first.body.access_token);
    const projects = await fetch(`${url}/${sandbox.accountId}/projects.json`, { headers: { ...UA, authorization: `Bearer ${refreshed.body.access_token}` } });
    expect(projects.status).toBe(200);
    expect((await token({ grant_type: 'refresh_token', client_id: 'app', client_secret: 's', refresh_token: 'forged' })).body.error).toBe('invalid_grant');
  });

  it('refuses malformed requests with OAuth error codes', async () => {
    const response = await fetch(`${url}/authorization/new?response_type=code&client_id=app&redirect_uri=not-a-url`, { headers: UA, redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Record<string, string>).error).toBe('invalid_request');
    expect((await token({ grant_type: 'password', client_id: 'app', client_secret: 's' })).body.error).toBe('unsupported_grant_type');
    expect((await fetch(`${url}/authorization.json`, { headers: UA })).status).toBe(401);
  });
});
