/**
 * The shapes every client layer speaks. A layer is `(next: Send) => Send`; responses are fully
 * buffered because Basecamp answers with small JSON documents.
 */

import type { OperationId } from './operations.generated.ts';
import type { HttpMethod } from './primitives.ts';
import type { CacheEntry } from './stores/types.ts';

export type { BasecampId, HttpMethod } from './primitives.ts';

/** What the client knows about one documented operation (a row of `operations.generated.ts`). */
export interface Operation {
  operationId: OperationId;
  method: HttpMethod;
  /** Account-relative template, e.g. `/todos/{todoId}.json`. */
  path: string;
  /** Safe to repeat after a failure (every GET, PUT and DELETE; POSTs the behaviour model flags). */
  idempotent: boolean;
  /** Attempts the behaviour model allows, the first included. */
  maxAttempts: number;
}

/** Who a call is made for. The token itself never leaves the transport except as a header. */
export interface Credentials {
  token: string;
  /** Stable, non-reversible digest of the token: the key for caches, coalescing and budgets. */
  tokenHash: string;
  accountId: string;
}

export interface UpstreamRequest {
  method: HttpMethod;
  /** Absolute URL, already checked to be on the upstream's origin. */
  url: string;
  /** Extra request headers (lower-case names), e.g. `if-none-match` added by the cache layer. */
  headers: Record<string, string>;
  /**
   * JSON body for writes, serialised by the transport; or a file upload: raw bytes sent as they
   * are with `headers['content-type']`, or a `FormData` sent as multipart.
   */
  body?: unknown;
  credentials: Credentials;
  /** Whether a failed attempt may be repeated (GET/PUT/DELETE, and POSTs the behaviour model marks idempotent). */
  idempotent: boolean;
  /**
   * The documented operation this call is, handed down by the caller that named it (retry
   * budget, metrics label); absent for a call the table does not document.
   */
  operation?: Operation;
  /** Aborts this call (the GraphQL request's signal). */
  signal?: AbortSignal;
  /** The GraphQL operation's tally that this call counts in (`extensions.cost`). */
  ledger?: CallLedger;
  /**
   * When the GraphQL operation began (the client's clock). A stored answer that arrived after that
   * instant came from a call this request could have joined in flight, so the freshness layer
   * serves it whatever the window: a herd of identical queries pays each GET about once.
   */
  freshSince?: number;
  /**
   * The stored entry for this URL as the freshness layer just read it (null: nothing stored), so the
   * cache layer below does not read, and parse, it a second time. Absent when nobody read it.
   */
  stored?: CacheEntry | null;
}

/**
 * What one GraphQL operation spent upstream, counted by the layers as it happens: every attempt
 * that reached Basecamp, the 304s among them, and the answers that cost this operation no call
 * (a fresh stored copy, or a call another operation already had in flight).
 */
export interface CallLedger {
  upstreamCalls: number;
  notModified: number;
  fromCache: number;
  /** Most attempts the operation may send upstream (`GRAPHQL_MAX_CALLS`); enforced by `call-cap.ts`. */
  limit?: number;
  /** Attempts let through by the cap so far, counted as they leave (before the rate limiter). */
  admitted?: number;
}

export function createLedger(limit?: number): CallLedger {
  return { upstreamCalls: 0, notModified: 0, fromCache: 0, ...(limit !== undefined ? { limit, admitted: 0 } : {}) };
}

export interface UpstreamResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON (integers under id keys and beyond 2^53 as strings), or undefined when empty. */
  body: unknown;
  /** Size of the body on the wire, for metrics. */
  bytes: number;
  /** The URL that answered. */
  url: string;
}

export type Send = (request: UpstreamRequest) => Promise<UpstreamResponse>;
export type Layer = (next: Send) => Send;

/** One page of a paginated collection. */
export interface Page<T> {
  items: T[];
  /** The URL this page was fetched from (cursors remember it). */
  url: string;
  /** The upstream's `Link: rel="next"` URL, only when it is on the upstream's own origin. */
  nextUrl?: string;
  /** A `rel="next"` URL on another origin, not followed: the list goes on, but not here. */
  refusedNextUrl?: string;
  /** `X-Total-Count`, when sent. */
  totalCount?: number;
}

/** Time, injected so policies are testable without waiting (STYLE 2.7). */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
