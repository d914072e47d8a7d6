import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption for cookie values (AES-256-GCM). A sealed value is
 * `v1.<base64url(iv ‖ ciphertext ‖ tag)>`; the cookie's purpose (its name) is bound in as
 * associated data, so a state cookie can never be replayed as a session cookie.
 */
export interface Sealer {
  seal(purpose: string, value: unknown): string;
  /** The value, or `undefined` when the text was tampered with, truncated or sealed with another key. */
  open(purpose: string, text: string): unknown;
}

const VERSION = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** `secret` is `SESSION_SECRET` (at least 32 characters); the AES key is derived from it with HKDF-SHA256. */
export function createSealer(secret: string): Sealer {
  const key = Buffer.from(hkdfSync('sha256', secret, 'basecamp-graphql', 'cookie encryption v1', 32));
  return {
    seal(purpose, value) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(purpose));
      const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
      return VERSION + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
    },
    open(purpose, text) {
      if (!text.startsWith(VERSION)) return undefined;
      const raw = Buffer.from(text.slice(VERSION.length), 'base64url');
      if (raw.length < IV_BYTES + TAG_BYTES + 2) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(purpose));
        decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
        const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
        return JSON.parse(plain.toString('utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
  };
}

/** For the sandbox only: a key that lives as long as the process (sessions end on restart). */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}
