import { createHash } from 'node:crypto';
import { header, type Incoming } from '../incoming.ts';

export interface Freshness {
  etag: string;
  /** HTTP date. */
  lastModified: string;
  /** True when the request's validators match: answer 304 with no body. */
  notModified: boolean;
}

/** A weak ETag over the serialised body, so any change a write makes to a read changes it. */
export function weakEtag(serialisedBody: string): string {
  return `W/"${createHash('sha1').update(serialisedBody).digest('hex')}"`;
}

/**
 * Validators for a GET 200 and whether the request already has it (docs README, "Using HTTP
 * caching"). `If-None-Match` wins over `If-Modified-Since` when both are sent (RFC 9110 13.2.2);
 * weak comparison, so `W/"x"` and `"x"` match.
 */
export function freshness(incoming: Incoming, serialisedBody: string, lastModifiedMs: number): Freshness {
  const etag = weakEtag(serialisedBody);
  const lastModifiedSeconds = Math.floor(lastModifiedMs / 1000);
  const lastModified = new Date(lastModifiedSeconds * 1000).toUTCString();
  const ifNoneMatch = header(incoming, 'if-none-match');
  const ifModifiedSince = header(incoming, 'if-modified-since');
  let notModified = false;
  if (ifNoneMatch !== undefined) {
    const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
    notModified = ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  } else if (ifModifiedSince !== undefined) {
    const since = Date.parse(ifModifiedSince);
    notModified = !Number.isNaN(since) && lastModifiedSeconds * 1000 <= since;
  }
  return { etag, lastModified, notModified };
}

/** The newest `updated_at` anywhere in a rendered body, in epoch ms (0 when none). */
export function newestUpdatedAt(body: unknown): number {
  let newest = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'updated_at' && typeof child === 'string') newest = Math.max(newest, Date.parse(child) || 0);
        else visit(child);
      }
    }
  };
  visit(body);
  return newest;
}
