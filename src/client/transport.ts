import { Agent, request, type Dispatcher } from 'undici';
import { UpstreamError } from './errors.ts';
import { parseJson, stringifyJson } from './json.ts';
import type { ClientMetrics } from './metrics.ts';
import type { Send, UpstreamRequest, UpstreamResponse } from './types.ts';

export type { Dispatcher };

export interface AgentOptions {
  /** Sockets per upstream origin. Default 16. */
  connections?: number;
  /** Idle keep-alive, in ms. Default 10 000. */
  keepAliveTimeoutMs?: number;
}

/** The default connection pool: keep-alive, and a bounded number of sockets per origin. */
export function createAgent(options: AgentOptions = {}): Dispatcher {
  const { connections = 16, keepAliveTimeoutMs = 10_000 } = options;
  return new Agent({ connections, keepAliveTimeout: keepAliveTimeoutMs, keepAliveMaxTimeout: 60_000 });
}

export interface TransportOptions {
  /** Connection pool; `index.ts` passes a keep-alive `Agent`, tests a `MockAgent`. */
  dispatcher: Dispatcher;
  /** `AppName (contact)`; Basecamp answers 400 without one (docs README "Identifying your application"). */
  userAgent: string;
  /** Whole-call budget (headers and body), in ms. Default 30 000. */
  timeoutMs?: number;
  /** Counts every upstream answer by status, and the bytes received. */
  metrics?: ClientMetrics;
}

/**
 * The innermost layer and the only code that touches undici. Sends one attempt with the bearer
 * token, the User-Agent and JSON headers, buffers the answer and parses it losslessly (ids as strings).
 *
 * Resolves with every HTTP status, errors included: classifying them is `errorsLayer`'s job.
 * Throws `UpstreamError`:
 * - `UPSTREAM_UNAVAILABLE`, retryable, on network failure or timeout;
 * - `UPSTREAM_UNAVAILABLE`, not retryable, when the request's own signal aborted it;
 * - `UPSTREAM_ERROR` when a 2xx body is not valid JSON.
 * No error it throws mentions the token or the request headers.
 */
export function transport(options: TransportOptions): Send {
  const { dispatcher, userAgent, timeoutMs = 30_000, metrics } = options;

  return async (upstream: UpstreamRequest): Promise<UpstreamResponse> => {
    const headers: Record<string, string> = {
      ...upstream.headers,
      authorization: `Bearer ${upstream.credentials.token}`,
      'user-agent': userAgent,
      accept: 'application/json',
    };
    const isWrite = upstream.method === 'POST' || upstream.method === 'PUT';
    const file = upstream.body instanceof Uint8Array || upstream.body instanceof FormData ? upstream.body : undefined;
    // Basecamp answers 415 to a write without this exact content type (docs README "JSON only");
    // file uploads carry the file's own type (docs "Attachments"), a form its multipart boundary.
    if (isWrite && !file) headers['content-type'] = 'application/json; charset=utf-8';
    if (file instanceof Uint8Array) headers['content-type'] ??= 'application/octet-stream';
    let body: string | Uint8Array | undefined = file instanceof Uint8Array ? file : isWrite && upstream.body !== undefined ? stringifyJson(upstream.body) : undefined;
    if (file instanceof FormData) {
      // Encoded here, with its boundary: Node's global FormData and this undici's are different classes.
      const encoded = new Response(file);
      headers['content-type'] = encoded.headers.get('content-type') ?? 'multipart/form-data';
      body = new Uint8Array(await encoded.arrayBuffer());
    }

    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = upstream.signal ? AbortSignal.any([upstream.signal, timeout]) : timeout;

    let status: number;
    let responseHeaders: Record<string, string>;
    let raw: Buffer;
    try {
      const response = await request(upstream.url, { dispatcher, method: upstream.method, headers, body, signal });
      status = response.statusCode;
      responseHeaders = flattenHeaders(response.headers);
      raw = Buffer.from(await response.body.arrayBuffer());
    } catch (error) {
      throw unavailable(error, upstream, timeout, timeoutMs);
    }
    metrics?.countStatus(status);
    metrics?.increment('bytesIn', raw.length);
    if (upstream.ledger) {
      upstream.ledger.upstreamCalls += 1;
      if (status === 304) upstream.ledger.notModified += 1;
    }

    return { status, headers: responseHeaders, body: decodeBody(raw, status, responseHeaders), bytes: raw.length, url: upstream.url };
  };
}

function decodeBody(raw: Buffer, status: number, headers: Record<string, string>): unknown {
  const text = raw.toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return parseJson(text);
  } catch {
    // An error page (HTML from a proxy, say) still gets classified by its status; a success
    // whose body we cannot read is the upstream's fault, never ours to crash on.
    if (status < 200 || status >= 300) return undefined;
    const requestId = headers['x-request-id'];
    throw new UpstreamError('UPSTREAM_ERROR', `Basecamp sent malformed JSON with status ${status}.`, {
      status,
      retryable: false,
      ...(requestId ? { requestId } : {}),
    });
  }
}

function unavailable(error: unknown, upstream: UpstreamRequest, timeout: AbortSignal, timeoutMs: number): UpstreamError {
  if (upstream.signal?.aborted) {
    return new UpstreamError('UPSTREAM_UNAVAILABLE', 'The Basecamp request was cancelled by its caller.', { retryable: false });
  }
  // Only the error's code goes into the message: undici messages are safe today, but the
  // token must not be one refactor away from an error string.
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'network error';
  // A write that may have reached Basecamp before the line went quiet must not look like one that
  // surely failed: the caller has to check before repeating it.
  const mayHaveArrived = timeout.aborted || !NEVER_SENT.has(code);
  const possiblyApplied = upstream.method !== 'GET' && !upstream.idempotent && mayHaveArrived;
  const reason = timeout.aborted ? `Basecamp did not answer within ${timeoutMs} ms` : `Basecamp is unreachable (${code})`;
  return new UpstreamError(
    'UPSTREAM_UNAVAILABLE',
    possiblyApplied ? `${reason}; the write may have been applied, so check before repeating it.` : `${reason}.`,
    { retryable: true, ...(possiblyApplied ? { possiblyApplied } : {}) },
  );
}

/** Connection failures that happen before any byte of the request leaves. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
