import { createHash } from 'node:crypto';

/**
 * URL builders bound to one listening origin and account. API URLs live on the sandbox's own
 * origin (so clients can follow them); app URLs sit under `/app` on the same origin, mirroring
 * Basecamp's separate app host, and are never served.
 */
export interface Urls {
  origin: string;
  /** `${origin}/${accountId}` — the API root. */
  api: string;
  /** `${origin}/app/${accountId}` — the in-app root. */
  app: string;
  /** API URL of something inside a project: `${api}/buckets/${bucketId}/${path}.json`. */
  bucketApi(bucketId: string, path: string): string;
  /** App URL of something inside a project: `${app}/buckets/${bucketId}/${path}`. */
  bucketApp(bucketId: string, path: string): string;
  /** A bookmark URL keyed by a signed global id, as Basecamp does. */
  bookmark(kind: string, id: string): string;
}

/** Builds the URL helpers for one origin (`http://127.0.0.1:PORT`) and account id. */
export function createUrls(origin: string, accountId: string): Urls {
  const api = `${origin}/${accountId}`;
  const app = `${origin}/app/${accountId}`;
  return {
    origin,
    api,
    app,
    bucketApi: (bucketId, path) => `${api}/buckets/${bucketId}/${path}.json`,
    bucketApp: (bucketId, path) => `${app}/buckets/${bucketId}/${path}`,
    bookmark: (kind, id) => `${api}/my/bookmarks/${signedGlobalId(kind, id, 'readable')}.json`,
  };
}

/**
 * A deterministic stand-in for Rails' signed global ids (`attachable_sgid`, bookmark keys):
 * base64 of the global id, `--`, and a digest. Opaque to clients, decodable by the sandbox.
 */
export function signedGlobalId(kind: string, id: string, purpose = 'attachable'): string {
  const key = `${kind}/${id}/${purpose}`;
  const cached = sgids.get(key);
  if (cached !== undefined) return cached;
  const sgid = computeSignedGlobalId(kind, id, purpose);
  sgids.set(key, sgid);
  return sgid;
}

// sgids are pure functions of their inputs and hashing dominates rendering large pages
const sgids = new Map<string, string>();

function computeSignedGlobalId(kind: string, id: string, purpose: string): string {
  const payload = Buffer.from(JSON.stringify({ gid: `gid://bc3/${kind}/${id}`, pur: purpose })).toString('base64');
  const digest = createHash('sha1').update(`sandbox:${payload}`).digest('hex');
  return `${payload}--${digest}`;
}

/** Reverses `signedGlobalId`; undefined when the value is not one of ours or was tampered with. */
export function parseSignedGlobalId(sgid: string): { kind: string; id: string } | undefined {
  const [payload, digest] = sgid.split('--');
  if (!payload || !digest) return undefined;
  if (createHash('sha1').update(`sandbox:${payload}`).digest('hex') !== digest) return undefined;
  try {
    const { gid } = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { gid?: unknown };
    const match = typeof gid === 'string' ? /^gid:\/\/bc3\/([^/]+)\/(\d+)$/.exec(gid) : null;
    return match?.[1] && match[2] ? { kind: match[1], id: match[2] } : undefined;
  } catch {
    return undefined;
  }
}

/** An opaque, stable avatar key per person (Basecamp signs these too). */
export function avatarKey(personId: string): string {
  let key = avatarKeys.get(personId);
  if (key === undefined) {
    key = createHash('sha1').update(`avatar:${personId}`).digest('base64url').slice(0, 20);
    avatarKeys.set(personId, key);
  }
  return key;
}

const avatarKeys = new Map<string, string>();
