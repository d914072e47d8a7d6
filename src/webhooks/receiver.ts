import { createHash, timingSafeEqual } from 'node:crypto';
import type { EventDedup } from './dedup.ts';
import type { RecordingEvents } from './events.ts';
import { changedRecording, editPrefixes, landingPrefixes } from './invalidation.ts';
import { MAX_PAYLOAD_BYTES, parseWebhookPayload, PayloadError, type RecordingChange } from './payload.ts';

/** What the receiver needs from the Basecamp client; the client knows nothing about webhooks. */
export interface CacheControl {
  /** Marks everything under these account-relative path prefixes stale, for every token. */
  invalidate(accountId: string, pathPrefixes: string[]): Promise<unknown>;
  /** Marks what a change (`kind`) to this recording JSON (`url`, `parent`, `bucket`) makes stale, for every token. */
  invalidateRecording(accountId: string, recording: unknown, kind?: string): Promise<unknown>;
  isWatched(accountId: string, projectId: string): boolean | Promise<boolean>;
}

export interface WebhookReceiverOptions {
  secret: string;
  /** The upstream origin: URLs in payloads must be on it. */
  origin: string;
  cache: CacheControl;
  dedup: EventDedup;
  events: RecordingEvents;
  /** Work still running after this is left to finish on its own; Basecamp wants an answer fast. Default 500 ms. */
  answerWithinMs?: number;
  log?: (level: 'debug' | 'info' | 'warn', message: string, fields?: Record<string, string | number>) => void;
}

/**
 * Every answer is JSON with a `code`. Basecamp only reads the status: 2xx means delivered, anything
 * else is retried up to 10 times and then switches the webhook off. So an event we choose to ignore
 * (a project nobody watches, a redelivery) still gets a 2xx.
 */
export type ReceiverCode = 'ACCEPTED' | 'DUPLICATE_EVENT' | 'PROJECT_NOT_WATCHED' | 'NOT_FOUND' | 'METHOD_NOT_ALLOWED' | 'PAYLOAD_TOO_LARGE' | 'BAD_WEBHOOK_PAYLOAD';

export function createWebhookReceiver(options: WebhookReceiverOptions): (request: Request, secret: string) => Promise<Response> {
  const expected = digest(options.secret);
  const answerWithinMs = options.answerWithinMs ?? 500;
  const log = options.log ?? (() => undefined);

  /**
   * Invalidates, then publishes, so a subscriber that reads on hearing of a change reads it fresh.
   * A slow freshness store holds neither the answer nor the subscribers back past `answerWithinMs`.
   */
  async function act(change: RecordingChange): Promise<void> {
    const work = (async () => {
      const edit = editPrefixes(change);
      if (edit) await options.cache.invalidate(change.accountId, edit);
      else await options.cache.invalidateRecording(change.accountId, changedRecording(change), change.kind);
      const landing = landingPrefixes(change);
      if (landing.length > 0) await options.cache.invalidate(change.accountId, landing);
    })().catch((error: unknown) => log('warn', `webhook invalidation failed: ${(error as Error).message}`));
    await Promise.race([work, delay(answerWithinMs)]);
    options.events.publish(change);
  }

  // One line per delivery, so an operator can tell that webhooks arrive and what became of them.
  return async (request, secret) => {
    const { status, code, message, headers, extra } = await receive(request, secret);
    log('info', `webhook delivery: ${status} ${code}`, { status, code, ...(extra.kind && { kind: extra.kind }), ...(extra.projectId && { projectId: extra.projectId }) });
    return new Response(JSON.stringify({ code, message, ...extra }), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
  };

  async function receive(request: Request, secret: string): Promise<Answer> {
    // Compared in constant time, by digest so lengths do not leak either.
    if (!timingSafeEqual(digest(secret), expected)) return answer(404, 'NOT_FOUND', 'No webhook receiver here.');
    if (request.method !== 'POST') return answer(405, 'METHOD_NOT_ALLOWED', 'Basecamp delivers webhooks with POST.', { allow: 'POST' });
    const declared = Number(request.headers.get('content-length') ?? 0);
    if (declared > MAX_PAYLOAD_BYTES) return answer(413, 'PAYLOAD_TOO_LARGE', `A webhook payload is at most ${MAX_PAYLOAD_BYTES} bytes.`);
    const text = await readCapped(request, MAX_PAYLOAD_BYTES);
    if (text === undefined) return answer(413, 'PAYLOAD_TOO_LARGE', `A webhook payload is at most ${MAX_PAYLOAD_BYTES} bytes.`, { connection: 'close' });

    let change: RecordingChange;
    try {
      change = parseWebhookPayload(text, options.origin);
    } catch (error) {
      if (error instanceof PayloadError) return answer(400, 'BAD_WEBHOOK_PAYLOAD', error.message);
      throw error;
    }
    const where = { eventId: change.eventId, accountId: change.accountId, projectId: change.projectId };
    if (!(await options.cache.isWatched(change.accountId, change.projectId))) {
      log('debug', `webhook ${change.kind} for unwatched project ${change.projectId} (account ${change.accountId}) ignored`);
      return answer(200, 'PROJECT_NOT_WATCHED', 'No one watches this project here; nothing was invalidated.', {}, where);
    }
    if (!(await options.dedup.firstSeen(change.accountId, change.eventId))) {
      return answer(200, 'DUPLICATE_EVENT', 'This event was already handled.', {}, where);
    }
    await act(change);
    return answer(202, 'ACCEPTED', `${change.kind}: invalidated and published.`, {}, { ...where, kind: change.kind });
  }
}

/** What the receiver answers: the JSON body's `code`, `message` and `extra` keys, with the status and headers. */
interface Answer {
  status: number;
  code: ReceiverCode;
  message: string;
  headers: Record<string, string>;
  extra: Record<string, string>;
}

function answer(status: number, code: ReceiverCode, message: string, headers: Record<string, string> = {}, extra: Record<string, string> = {}): Answer {
  return { status, code, message, headers, extra };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * The body as text, or undefined once more than `maxBytes` have arrived: a chunked body (no
 * Content-Length) is read no further than that, so a huge one never sits in memory.
 */
async function readCapped(request: Request, maxBytes: number): Promise<string | undefined> {
  if (request.body === null) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
