import { parseJson } from '../client/json.ts';

/**
 * What a Basecamp webhook delivery tells us (docs: webhooks.md), reduced to what the receiver
 * acts on. Plain JSON values only: events travel between processes through Redis as they are.
 */
export interface RecordingChange {
  /** The Basecamp event id: redeliveries repeat it. */
  eventId: string;
  accountId: string;
  projectId: string;
  /** `todo_completed`, `comment_created`, … */
  kind: string;
  createdAt: string;
  creatorId: string | null;
  recording: {
    id: string;
    /** Basecamp's type string, `Todo`, `Kanban::Card`. */
    type: string;
    /** Account-relative path of its REST URL, `/buckets/1/todos/2.json`. */
    path: string;
    parent: { id: string; type: string; path: string } | null;
  };
  /** The copy made by a `*_copied` event, when it went to a project. */
  copy: { id: string; projectId: string; path: string } | null;
}

export class PayloadError extends Error {
  override name = 'PayloadError';
}

/** Bodies larger than this are refused before parsing; real payloads are a few kilobytes. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

/**
 * Parses and checks a delivery body. Every URL in it must be on the upstream `origin` and under
 * one account, since paths from it become cache invalidations. Throws `PayloadError` saying what
 * is wrong.
 */
export function parseWebhookPayload(text: string, origin: string): RecordingChange {
  let body: unknown;
  try {
    body = parseJson(text);
  } catch {
    throw new PayloadError('The body is not JSON.');
  }
  const event = object(body, 'the body');
  const recording = object(event.recording, 'recording');
  const bucket = object(recording.bucket, 'recording.bucket');
  const { accountId, path } = accountPath(string(recording.url, 'recording.url'), origin, 'recording.url');
  const parent = recording.parent === undefined || recording.parent === null ? null : object(recording.parent, 'recording.parent');
  const parentUrl = parent && accountPath(string(parent.url, 'recording.parent.url'), origin, 'recording.parent.url');
  if (parentUrl && parentUrl.accountId !== accountId) throw new PayloadError('recording.parent.url is in another account.');
  const creator = event.creator === undefined || event.creator === null ? null : object(event.creator, 'creator');
  const kind = string(event.kind, 'kind');
  if (!/^[a-z][a-z0-9_]{0,80}$/.test(kind)) throw new PayloadError('kind must look like `todo_created`.');
  const createdAt = string(event.created_at, 'created_at');
  if (Number.isNaN(Date.parse(createdAt))) throw new PayloadError('created_at must be a timestamp.');
  return {
    eventId: id(event.id, 'id'),
    accountId,
    projectId: id(bucket.id, 'recording.bucket.id'),
    kind,
    createdAt,
    creatorId: creator ? id(creator.id, 'creator.id') : null,
    recording: {
      id: id(recording.id, 'recording.id'),
      type: string(recording.type, 'recording.type'),
      path,
      parent: parent && parentUrl ? { id: id(parent.id, 'recording.parent.id'), type: string(parent.type, 'recording.parent.type'), path: parentUrl.path } : null,
    },
    copy: copyOf(event.copy, origin, accountId),
  };
}

function copyOf(value: unknown, origin: string, accountId: string): RecordingChange['copy'] {
  if (value === undefined || value === null) return null;
  const copy = object(value, 'copy');
  const bucket = copy.bucket === undefined || copy.bucket === null ? null : object(copy.bucket, 'copy.bucket');
  if (typeof copy.url !== 'string' || !bucket) return null;
  const where = accountPath(copy.url, origin, 'copy.url');
  if (where.accountId !== accountId) return null;
  return { id: id(copy.id, 'copy.id'), projectId: id(bucket.id, 'copy.bucket.id'), path: where.path };
}

function accountPath(value: string, origin: string, field: string): { accountId: string; path: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PayloadError(`${field} is not a URL.`);
  }
  if (url.origin !== origin) throw new PayloadError(`${field} is not on the Basecamp upstream.`);
  const match = /^\/(\d{1,20})(\/[^?#]*\.json)$/.exec(url.pathname);
  if (!match?.[1] || !match[2] || match[2].includes('/../') || match[2].includes('/./')) {
    throw new PayloadError(`${field} is not a recording URL of an account.`);
  }
  return { accountId: match[1], path: match[2] };
}

function object(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PayloadError(`${field} must be an object.`);
  return value as Record<string, unknown>;
}

function string(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw new PayloadError(`${field} must be a non-empty string.`);
  return value;
}

/** Ids arrive as strings from `parseJson` (lossless: ids past 2^53 keep every digit). */
function id(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^\d{1,20}$/.test(value)) throw new PayloadError(`${field} must be a Basecamp id.`);
  return value;
}
