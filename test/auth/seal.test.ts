import { describe, expect, it } from 'vitest';
import { createSealer } from '../../src/auth/seal.ts';

const sealer = createSealer('a-session-secret-of-at-least-32-chars');

describe('cookie sealing (AES-256-GCM)', () => {
  it('opens what it sealed, and never shows the plaintext', () => {
    const sealed = sealer.seal('basecamp_session', { a: 'access-token-value', n: 1 });
    expect(sealed).toMatch(/^v1\.[\w-]+$/);
    expect(sealed).not.toContain('access-token-value');
    expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toContain('access-token-value');
    expect(sealer.open('basecamp_session', sealed)).toEqual({ a: 'access-token-value', n: 1 });
    expect(sealer.seal('basecamp_session', { n: 1 })).not.toBe(sealer.seal('basecamp_session', { n: 1 })); // fresh IV each time
  });

  it('refuses a value sealed with another key, for another purpose, tampered with or truncated', () => {
    const sealed = sealer.seal('basecamp_session', { n: 1 });
    expect(createSealer('another-session-secret-of-32-chars!!').open('basecamp_session', sealed)).toBeUndefined();
    expect(sealer.open('basecamp_oauth_state', sealed)).toBeUndefined();
    const body = Buffer.from(sealed.slice(3), 'base64url');
    for (const index of [0, 12, body.length - 1]) {
      const flipped = Buffer.from(body);
      flipped[index]! ^= 1;
      expect(sealer.open('basecamp_session', `v1.${flipped.toString('base64url')}`)).toBeUndefined();
    }
    expect(sealer.open('basecamp_session', sealed.slice(0, -4))).toBeUndefined();
    expect(sealer.open('basecamp_session', 'v1.')).toBeUndefined();
    expect(sealer.open('basecamp_session', 'v2.' + sealed.slice(3))).toBeUndefined();
  });
});
