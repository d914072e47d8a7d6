import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('SESSION_SECRET keys the cursors', () => {
  const secret = 'x'.repeat(32);

  it('is read with any upstream, OAuth on or off, so every process of a deployment shares cursors', () => {
    expect(loadConfig({ SESSION_SECRET: secret }).sessionSecret).toBe(secret);
    expect(loadConfig({ SESSION_SECRET: secret, BASECAMP_API_URL: 'https://3.basecampapi.com', BASECAMP_USER_AGENT: 'App (me@example.com)' }).sessionSecret).toBe(secret);
    expect(loadConfig({}).sessionSecret).toBeUndefined();
  });

  it('is refused when shorter than 32 characters, naming the variable', () => {
    expect(() => loadConfig({ SESSION_SECRET: 'short', BASECAMP_API_URL: 'https://3.basecampapi.com', BASECAMP_USER_AGENT: 'App (me@example.com)' })).toThrow(/^SESSION_SECRET must be at least 32/);
  });
});
