import { describe, expect, it } from 'vitest';
import { authOptions } from '../../src/auth/options.ts';
import { loadConfig, SANDBOX_OAUTH_CLIENT } from '../../src/config.ts';

const REMOTE = { BASECAMP_API_URL: 'https://3.basecampapi.com', BASECAMP_USER_AGENT: 'Acme (ops@acme.test)' };
const APP = { BASECAMP_CLIENT_ID: 'abc123', BASECAMP_CLIENT_SECRET: 'shh' };
const SECRET = { SESSION_SECRET: 'x'.repeat(32) };
const upstream = { baseUrl: 'http://127.0.0.1:4010', userAgent: 'Sandbox (s@example.test)' };

describe('OAuth configuration', () => {
  it('is off with a real upstream until an app is configured, and then needs a session secret', () => {
    expect(loadConfig(REMOTE).oauth).toBeUndefined();
    expect(() => loadConfig({ ...REMOTE, ...APP })).toThrow(/^SESSION_SECRET is required with BASECAMP_CLIENT_ID/);
    expect(loadConfig({ ...REMOTE, ...APP, ...SECRET }).oauth).toEqual({ clientId: 'abc123', clientSecret: 'shh', launchpadUrl: 'https://launchpad.37signals.com', sessionSecret: 'x'.repeat(32) });
  });

  it('names the missing half of the app credentials', () => {
    expect(() => loadConfig({ ...REMOTE, BASECAMP_CLIENT_ID: 'abc' })).toThrow(/^BASECAMP_CLIENT_SECRET is required with BASECAMP_CLIENT_ID/);
    expect(() => loadConfig({ BASECAMP_CLIENT_SECRET: 'shh' })).toThrow(/^BASECAMP_CLIENT_ID is required with BASECAMP_CLIENT_SECRET/);
  });

  it('validates the redirect URI, the Launchpad URL and the secret, naming each variable', () => {
    const base = { ...REMOTE, ...APP, ...SECRET };
    expect(() => loadConfig({ ...base, SESSION_SECRET: 'short' })).toThrow(/^SESSION_SECRET must be at least 32 characters/);
    expect(() => loadConfig({ ...base, BASECAMP_REDIRECT_URI: 'http://graph.example.test/auth/callback' })).toThrow(/^BASECAMP_REDIRECT_URI must use https/);
    expect(() => loadConfig({ ...base, BASECAMP_REDIRECT_URI: 'https://graph.example.test/oauth' })).toThrow(/^BASECAMP_REDIRECT_URI must end in \/auth\/callback/);
    expect(() => loadConfig({ ...base, BASECAMP_REDIRECT_URI: 'callback' })).toThrow(/^BASECAMP_REDIRECT_URI must be an absolute URL/);
    expect(loadConfig({ ...base, BASECAMP_REDIRECT_URI: 'https://graph.example.test/auth/callback' }).oauth?.redirectUri).toBe('https://graph.example.test/auth/callback');
    expect(() => loadConfig({ ...base, BASECAMP_LAUNCHPAD_URL: 'http://launchpad.example.test' })).toThrow(/^BASECAMP_LAUNCHPAD_URL must use https/);
    expect(() => loadConfig({ ...base, BASECAMP_LAUNCHPAD_URL: 'https://launchpad.example.test/authorization' })).toThrow(/^BASECAMP_LAUNCHPAD_URL must be an origin only/);
    expect(loadConfig({ ...base, BASECAMP_LAUNCHPAD_URL: 'http://127.0.0.1:4010' }).oauth?.launchpadUrl).toBe('http://127.0.0.1:4010');
  });

  it('never echoes the client secret or the session secret', () => {
    const messages: string[] = [];
    for (const env of [{ ...REMOTE, BASECAMP_CLIENT_SECRET: 'hunter2-client' }, { ...REMOTE, ...APP, SESSION_SECRET: 'hunter2' }]) {
      try {
        loadConfig(env);
      } catch (error) {
        messages.push((error as Error).message);
      }
    }
    expect(messages).toHaveLength(2);
    for (const message of messages) expect(message).not.toMatch(/hunter2/);
  });

  it('logs in against the sandbox’s own Launchpad with nothing configured, with a per-process key', () => {
    expect(loadConfig({}).oauth).toBeUndefined();
    const first = authOptions(undefined, { sandbox: true, ...upstream })!;
    expect(first).toMatchObject({ ...SANDBOX_OAUTH_CLIENT, launchpadUrl: upstream.baseUrl, userAgent: upstream.userAgent });
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(authOptions(undefined, { sandbox: true, ...upstream })!.sessionSecret).not.toBe(first.sessionSecret);
    expect(authOptions(undefined, { sandbox: false, ...upstream })).toBeUndefined();
    const tuned = loadConfig({ ...SECRET, BASECAMP_REDIRECT_URI: 'http://localhost:4000/auth/callback' }).oauth;
    expect(authOptions(tuned, { sandbox: true, ...upstream })).toMatchObject({ ...SANDBOX_OAUTH_CLIENT, sessionSecret: SECRET.SESSION_SECRET, redirectUri: 'http://localhost:4000/auth/callback' });
  });
});
