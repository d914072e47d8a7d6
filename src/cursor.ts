import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Where an item sits upstream: the URL of the page it came from (a `Link` Basecamp sent) and its index there. */
export interface Position {
  page: string;
  index: number;
}

/**
 * Seals and opens connection cursors. A cursor carries the upstream page URL that Basecamp's own
 * `Link` header gave (pages are never built by hand), so it must be opaque and unforgeable:
 * encrypted and authenticated with AES-256-GCM, with the list's identity (its first page URL:
 * account, path and every filter) as associated data. A cursor of another list or filter, or one
 * changed by a single bit, does not open.
 *
 * The nonce is an HMAC of list and position rather than random: the same item always gets the same
 * cursor (stable for client caches), and two different positions never share a nonce however many
 * cursors a process mints (random 96-bit nonces would be bounded at about 2^32 per key).
 */
export interface CursorCodec {
  seal(list: string, position: Position): string;
  /** The position, or `undefined` for anything this codec did not seal for this very list. */
  open(list: string, cursor: string): Position | undefined;
}

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/**
 * `secret` is `SESSION_SECRET` when set, so every process of a deployment reads the others'
 * cursors; without it, a random key per process (cursors then end with the process).
 */
export function createCursorCodec(secret: string = randomBytes(32).toString('base64url')): CursorCodec {
  const key = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'basecamp-graphql', info, 32));
  const encryptionKey = key('cursor encryption v1');
  const nonceKey = key('cursor nonce v1');
  return {
    seal(list, position) {
      const plain = Buffer.from(JSON.stringify([position.page, position.index]), 'utf8');
      const nonce = createHmac('sha256', nonceKey).update(`${list.length}:${list}`).update(plain).digest().subarray(0, NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, nonce);
      cipher.setAAD(Buffer.from(list, 'utf8'));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url');
    },
    open(list, cursor) {
      if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) return undefined;
      const raw = Buffer.from(cursor, 'base64url');
      if (raw.length <= NONCE_BYTES + TAG_BYTES) return undefined;
      let value: unknown;
      try {
        const decipher = createDecipheriv('aes-256-gcm', encryptionKey, raw.subarray(0, NONCE_BYTES), { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(list, 'utf8'));
        decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
        const plain = Buffer.concat([decipher.update(raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
        value = JSON.parse(plain.toString('utf8'));
      } catch {
        return undefined;
      }
      if (!Array.isArray(value) || value.length !== 2) return undefined;
      const [page, index] = value as unknown[];
      if (typeof page !== 'string' || !Number.isSafeInteger(index) || (index as number) < 0) return undefined;
      return { page, index: index as number };
    },
  };
}
