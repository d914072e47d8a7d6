import type { ClientMetrics } from './metrics.ts';
import type { CacheEntry, CacheStore } from './stores/types.ts';
import type { Credentials, Layer, UpstreamRequest, UpstreamResponse } from './types.ts';

export interface CacheLayerOptions {
  store: CacheStore;
  metrics: ClientMetrics;
  /** Epoch milliseconds for `storedAt`. Default `Date.now`. */
  now?: () => number;
}

/**
 * The store key. The token's hash comes first so a stored response is only ever replayed to the
 * token that received it (CONTRACT "Upstream behaviour"), and the account next because one token
 * can reach several accounts.
 */
export function cacheKey(credentials: Credentials, url: string): string {
  return `${credentials.tokenHash}:${credentials.accountId}:${url}`;
}

/** Drops what this token has stored for `url`; a write to a URL makes its stored GET stale. */
export function invalidate(store: CacheStore, credentials: Credentials, url: string): Promise<void> {
  return store.delete(cacheKey(credentials, url));
}

/**
 * ETag/Last-Modified replay (docs README "Using HTTP caching"). Every GET that reaches this layer
 * goes upstream (the freshness layer above answers the fresh ones):
 * with a stored entry it carries `If-None-Match` / `If-Modified-Since`, and a 304 is answered with
 * the stored status and body plus the fresh response's headers (e.g. its `X-Request-Id`).
 *
 * - A 200 with `ETag` or `Last-Modified` is stored; a 404 or 410 drops the entry.
 * - A PUT, POST or DELETE drops this token's entry for the same URL, whatever the outcome.
 * - A request with `cache-control: no-store`, or with its own conditional headers, bypasses the
 *   cache: a 304 the caller asked for is the caller's to handle.
 */
export function cacheLayer(options: CacheLayerOptions): Layer {
  const { store, metrics, now = Date.now } = options;

  return (next) => async (request) => {
    if (request.method !== 'GET') {
      try {
        return await next(request);
      } finally {
        await invalidate(store, request.credentials, request.url);
      }
    }
    if (bypasses(request)) return next(request);

    const key = cacheKey(request.credentials, request.url);
    const stored = request.stored === undefined ? await store.get(key) : (request.stored ?? undefined);
    // Validated as of sending: a change that lands while the call is in flight may be missed.
    const sentAt = now();
    const response = await next(stored ? withValidators(request, stored) : request);

    if (response.status === 304) {
      metrics.increment('notModified');
      if (stored === undefined) return response;
      metrics.increment('cacheHits');
      const replay = { ...response, status: stored.status, body: stored.body, headers: { ...stored.headers, ...response.headers } };
      // A 304 may carry new validators; keep them so the next revalidation uses them. Either way
      // the entry is now validated (the freshness layer reads `validatedAt` and `storedAt`).
      const storedAt = now();
      await store.set(key, hasValidator(response) ? toEntry({ ...replay, bytes: stored.bytes }, storedAt, sentAt) : { ...stored, validatedAt: sentAt, storedAt });
      return replay;
    }
    if (response.status === 200 && hasValidator(response)) {
      await store.set(key, toEntry(response, now(), sentAt));
      metrics.increment('cacheStores');
    } else if (stored !== undefined && (response.status === 404 || response.status === 410)) {
      await store.delete(key);
    }
    return response;
  };
}

function bypasses(request: UpstreamRequest): boolean {
  const { headers } = request;
  return (
    /\bno-store\b/i.test(headers['cache-control'] ?? '') ||
    headers['if-none-match'] !== undefined ||
    headers['if-modified-since'] !== undefined
  );
}

function withValidators(request: UpstreamRequest, entry: CacheEntry): UpstreamRequest {
  const headers = { ...request.headers };
  if (entry.etag !== undefined) headers['if-none-match'] = entry.etag;
  if (entry.lastModified !== undefined) headers['if-modified-since'] = entry.lastModified;
  return { ...request, headers };
}

function validators(response: UpstreamResponse): { etag?: string; lastModified?: string } {
  const found: { etag?: string; lastModified?: string } = {};
  if (response.headers.etag) found.etag = response.headers.etag;
  if (response.headers['last-modified']) found.lastModified = response.headers['last-modified'];
  return found;
}

function hasValidator(response: UpstreamResponse): boolean {
  const { etag, lastModified } = validators(response);
  return etag !== undefined || lastModified !== undefined;
}

/**
 * Headers of one exchange rather than of the stored body: hop-by-hop ones, and those a 304 brings
 * afresh (`date`, `x-request-id`) or that answer nothing once replayed (`x-runtime`). Not stored,
 * they are about a third of a small entry; what readers use (`link`, `x-total-count`,
 * `content-type`, the validators) stays.
 */
const EXCHANGE_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-connection', 'date', 'age', 'x-request-id', 'x-runtime', 'server-timing', 'set-cookie', 'content-length']);

function storedHeaders(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name in headers) if (!EXCHANGE_HEADERS.has(name)) kept[name] = headers[name]!;
  return kept;
}

function toEntry(response: UpstreamResponse, storedAt: number, validatedAt: number): CacheEntry {
  return {
    ...validators(response),
    status: response.status,
    headers: storedHeaders(response.headers),
    body: response.body,
    bytes: response.bytes,
    storedAt,
    validatedAt,
  };
}
