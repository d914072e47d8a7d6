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
  /** Largest body read, in bytes; a larger one is aborted while streaming. Default 20 MiB. */
  maxResponseBytes?: number;
}

/**
 * The innermost layer and the only code that touches undici. Sends one attempt with the bearer
 * token, the User-Agent and JSON headers, buffers the answer and parses it losslessly (ids as strings).
 *
 * Resolves with every HTTP status, errors included: classifying them is `errorsLayer`'s job.
 * Throws `UpstreamError`:
 * - `UPSTREAM_UNAVAILABLE`, retryable, on network failure or timeout;
 * - `UPSTREAM_UNAVAILABLE`, not retryable, when the request's own signal aborted it;
 * - `UPSTREAM_ERROR` when a 2xx body is not valid JSON, or a body is larger than `maxResponseBytes`
 *   (read no further than the cap, the connection dropped: memory stays bounded whatever arrives).
 * No error it throws mentions the token or the request headers.
 */
export function transport(options: TransportOptions): Send {
  const { dispatcher, userAgent, timeoutMs = 30_000, metrics, maxResponseBytes = 20 * 1024 * 1024 } = options;

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

    const call = abortable(upstream.signal, timeoutMs);
    const signal = call.signal;

    let status: number;
    let responseHeaders: Record<string, string>;
    let raw: Buffer | number;
    try {
      const response = await request(upstream.url, { dispatcher, method: upstream.method, headers, body, signal });
      status = response.statusCode;
      responseHeaders = flattenHeaders(response.headers);
      raw = await readCapped(response.body, maxResponseBytes, Number(responseHeaders['content-length'] ?? 0));
    } catch (error) {
      throw unavailable(error, upstream, call.timedOut(), timeoutMs);
    } finally {
      call.done();
    }
    metrics?.countStatus(status);
    metrics?.increment('bytesIn', typeof raw === 'number' ? raw : raw.length);
    if (upstream.ledger) {
      upstream.ledger.upstreamCalls += 1;
      if (status === 304) upstream.ledger.notModified += 1;
    }
    if (typeof raw === 'number') throw tooLarge(upstream, status, responseHeaders, maxResponseBytes);

    return { status, headers: responseHeaders, body: decodeBody(raw, status, responseHeaders), bytes: raw.length, url: upstream.url };
  };
}

/**
 * The body, read chunk by chunk; or, once it passes `cap` (or declares more in Content-Length),
 * the bytes read so far, with the rest refused by destroying the stream, which closes the socket.
 */
async function readCapped(body: Dispatcher.ResponseData['body'], cap: number, declared: number): Promise<Buffer | number> {
  const refuse = (read: number): number => {
    // undici reports the abort as an 'error' event; unheard, it would take the process down.
    body.on('error', () => undefined);
    body.destroy();
    return read;
  };
  if (declared > cap) return refuse(0);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > cap) return refuse(length);
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
}

function tooLarge(upstream: UpstreamRequest, status: number, headers: Record<string, string>, cap: number): UpstreamError {
  // The write was answered, so it reached Basecamp: a non-idempotent one must not be repeated blindly.
  const possiblyApplied = upstream.method !== 'GET' && !upstream.idempotent;
  const requestId = headers['x-request-id'];
  return new UpstreamError(
    'UPSTREAM_ERROR',
    `Basecamp's answer (status ${status}) is larger than the ${formatMiB(cap)} MiB cap (BASECAMP_MAX_RESPONSE_MB); it was not read.` +
      (possiblyApplied ? ' The write may have been applied, so check before repeating it.' : ''),
    { status, retryable: false, ...(requestId ? { requestId } : {}), ...(possiblyApplied ? { possiblyApplied } : {}) },
  );
}

function formatMiB(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 1000) / 1000);
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

/**
 * One signal for one call: the caller's abort or the timeout, whichever comes first. Not
 * `AbortSignal.any([signal, AbortSignal.timeout()])`: on Node 20 that keeps every composite signal
 * (and its timer) alive until the timeout fires, i.e. 30 s of garbage per call under load
 * (nodejs/node#54614). `done()` clears the timer and the listener as soon as the call ends.
 */
function abortable(caller: AbortSignal | undefined, timeoutMs: number): { signal: AbortSignal; timedOut(): boolean; done(): void } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const onAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

function unavailable(error: unknown, upstream: UpstreamRequest, timedOut: boolean, timeoutMs: number): UpstreamError {
  if (upstream.signal?.aborted) {
    return new UpstreamError('UPSTREAM_UNAVAILABLE', 'The Basecamp request was cancelled by its caller.', { retryable: false });
  }
  // Only the error's code goes into the message: undici messages are safe today, but the
  // token must not be one refactor away from an error string.
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'network error';
  // A write that may have reached Basecamp before the line went quiet must not look like one that
  // surely failed: the caller has to check before repeating it.
  const mayHaveArrived = timedOut || !NEVER_SENT.has(code);
  const possiblyApplied = upstream.method !== 'GET' && !upstream.idempotent && mayHaveArrived;
  const reason = timedOut ? `Basecamp did not answer within ${timeoutMs} ms` : `Basecamp is unreachable (${code})`;
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
