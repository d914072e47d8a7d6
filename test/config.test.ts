import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('serves the sandbox on 127.0.0.1:4000 with a 50/10s budget when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({ port: 4000, host: '127.0.0.1', upstream: { kind: 'sandbox' }, rateLimit: { limit: 50, windowMs: 10_000 }, freshForMs: 0, watchedFreshForMs: 300_000, maxCost: 5000, maxCalls: 200 });
  });

  it('logs at info and lets the embedded sandbox pick a free port unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ logLevel: 'info', sandboxPort: 0 });
    expect(loadConfig({ LOG_LEVEL: 'WARN', SANDBOX_PORT: '4010' })).toMatchObject({ logLevel: 'warn', sandboxPort: 4010 });
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/^LOG_LEVEL must be one of debug, info, warn, error, silent/);
    expect(() => loadConfig({ SANDBOX_PORT: '70000' })).toThrow(/^SANDBOX_PORT must be/);
  });

  it('reads the cache bound and the upstream body cap in MiB, 64 and 20 by default', () => {
    expect(loadConfig({})).toMatchObject({ cacheMaxBytes: 64 * 1024 * 1024, maxResponseBytes: 20 * 1024 * 1024 });
    expect(loadConfig({ BASECAMP_CACHE_MB: '8', BASECAMP_MAX_RESPONSE_MB: '0.5' })).toMatchObject({ cacheMaxBytes: 8 * 1024 * 1024, maxResponseBytes: 512 * 1024 });
    expect(() => loadConfig({ BASECAMP_CACHE_MB: '64MB' })).toThrow(/^BASECAMP_CACHE_MB must be a size in MiB/);
    expect(() => loadConfig({ BASECAMP_CACHE_MB: '0' })).toThrow(/^BASECAMP_CACHE_MB/);
    expect(() => loadConfig({ BASECAMP_MAX_RESPONSE_MB: '-1' })).toThrow(/^BASECAMP_MAX_RESPONSE_MB must be/);
  });

  it('talks to a real upstream only with a User-Agent that names the app and a contact', () => {
    expect(() => loadConfig({ BASECAMP_API_URL: 'https://3.basecampapi.com' })).toThrow(/BASECAMP_USER_AGENT is required/);
    expect(() => loadConfig({ BASECAMP_API_URL: 'https://3.basecampapi.com', BASECAMP_USER_AGENT: 'curl' })).toThrow(/AppName \(you@example.com\)/);
    expect(loadConfig({ BASECAMP_API_URL: 'https://3.basecampapi.com/', BASECAMP_USER_AGENT: 'Acme (ops@acme.test)', BASECAMP_ACCOUNT_ID: '999999999' })).toMatchObject({
      upstream: { kind: 'remote', apiUrl: 'https://3.basecampapi.com', userAgent: 'Acme (ops@acme.test)' },
      accountId: '999999999',
    });
  });

  it('refuses http:// upstreams unless the host is loopback', () => {
    const ua = { BASECAMP_USER_AGENT: 'Acme (ops@acme.test)' };
    expect(() => loadConfig({ ...ua, BASECAMP_API_URL: 'http://basecamp.example' })).toThrow(/BASECAMP_API_URL must use https:\/\//);
    expect(loadConfig({ ...ua, BASECAMP_API_URL: 'http://127.0.0.1:4010' }).upstream).toMatchObject({ apiUrl: 'http://127.0.0.1:4010' });
    expect(loadConfig({ ...ua, BASECAMP_API_URL: 'http://localhost:4010' }).upstream).toMatchObject({ apiUrl: 'http://localhost:4010' });
    expect(() => loadConfig({ ...ua, BASECAMP_API_URL: 'not a url' })).toThrow(/absolute URL/);
    expect(() => loadConfig({ ...ua, BASECAMP_API_URL: 'https://3.basecampapi.com/999/' })).toThrow(/origin only/);
  });

  it('names the variable in every error', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^PORT must be/);
    expect(() => loadConfig({ BASECAMP_ACCOUNT_ID: '12ab' })).toThrow(/^BASECAMP_ACCOUNT_ID must be/);
    expect(() => loadConfig({ BASECAMP_RATE_LIMIT: 'fast' })).toThrow(/^BASECAMP_RATE_LIMIT: .*"fast"/);
    expect(() => loadConfig({ REDIS_URL: 'http://secret@host' })).toThrow(/^REDIS_URL must be/);
  });

  it('reads ports as decimal digits only', () => {
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
    for (const port of ['0x10', '1e3', '80.0', '+80']) expect(() => loadConfig({ PORT: port }), port).toThrow(/^PORT must be a whole number/);
    expect(() => loadConfig({ SANDBOX_PORT: '0x10' })).toThrow(/^SANDBOX_PORT must be/);
  });

  it('refuses a CORS_ORIGINS that lists nothing, rather than silently turning CORS off', () => {
    expect(() => loadConfig({ CORS_ORIGINS: ',,,' })).toThrow(/^CORS_ORIGINS must list origins/);
  });

  it('never echoes a password given in an upstream or Launchpad URL', () => {
    const ua = { BASECAMP_USER_AGENT: 'Acme (ops@acme.test)' };
    for (const env of [
      { ...ua, BASECAMP_API_URL: 'https://user:hunter2@3.basecampapi.com' },
      { ...ua, BASECAMP_API_URL: 'https://user:hunter2@3.basecampapi.com/some path' },
      { BASECAMP_LAUNCHPAD_URL: 'https://user:hunter2@launchpad.37signals.com' },
    ]) {
      expect(() => loadConfig(env)).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
    }
  });

  it('never echoes a Redis URL, which may hold a password', () => {
    expect(() => loadConfig({ REDIS_URL: 'mysql://user:hunter2@db' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
  });

  it('takes the webhook receiver URL and secret together, https (http only on loopback), never echoing the secret', () => {
    const secret = 'k3y_0f-the-receiver-123';
    expect(loadConfig({ BASECAMP_WEBHOOK_URL: 'https://gql.example.com/webhooks/basecamp/', BASECAMP_WEBHOOK_SECRET: secret }).webhooks).toEqual({ url: 'https://gql.example.com/webhooks/basecamp', secret });
    expect(loadConfig({ BASECAMP_WEBHOOK_URL: 'http://127.0.0.1:4000/webhooks/basecamp', BASECAMP_WEBHOOK_SECRET: secret }).webhooks?.url).toBe('http://127.0.0.1:4000/webhooks/basecamp');
    expect(() => loadConfig({ BASECAMP_WEBHOOK_URL: 'http://gql.example.com/webhooks/basecamp', BASECAMP_WEBHOOK_SECRET: secret })).toThrow(/BASECAMP_WEBHOOK_URL must use https:\/\//);
    expect(() => loadConfig({ BASECAMP_WEBHOOK_URL: 'https://gql.example.com/webhooks/basecamp' })).toThrow(/BASECAMP_WEBHOOK_SECRET must be set/);
    expect(() => loadConfig({ BASECAMP_WEBHOOK_SECRET: secret })).toThrow(/BASECAMP_WEBHOOK_URL must be set/);
    expect(() => loadConfig({ BASECAMP_WEBHOOK_URL: 'https://gql.example.com/hooks', BASECAMP_WEBHOOK_SECRET: 'short/secret' })).toThrow(/BASECAMP_WEBHOOK_SECRET must be 16 to 200/);
    try {
      loadConfig({ BASECAMP_WEBHOOK_URL: 'nope', BASECAMP_WEBHOOK_SECRET: secret });
    } catch (error) {
      expect((error as Error).message).not.toContain(secret);
    }
  });

  it('reads the rate budget as requests per window', () => {
    expect(loadConfig({ BASECAMP_RATE_LIMIT: '5/500ms' }).rateLimit).toEqual({ limit: 5, windowMs: 500 });
    expect(() => loadConfig({ BASECAMP_RATE_LIMIT: '0/10s' })).toThrow(/^BASECAMP_RATE_LIMIT/);
  });
});
