import type { IncomingMessage } from 'node:http';
import { isLosslessNumber, LosslessNumber, parse, stringify } from 'lossless-json';
import { badRequest, HttpError } from './protocol/errors.ts';

/*
 * The sandbox plays Basecamp, so it keeps its own JSON rules instead of importing the gateway
 * client's: were the two to share one codec, a bug in it would be agreed on by both sides and no
 * test could see it. The rules are Basecamp's: ids are JSON numbers on the wire, digit strings in
 * the state (so ids past 2^53 survive).
 */

/** Request bodies beyond this are refused with 413; Basecamp payloads are small JSON. */
export const MAX_BODY_BYTES = 1_000_000;

/** Buffers a request body as UTF-8 text; 413 past `MAX_BODY_BYTES`. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    else chunks.push(buffer);
  }
  if (tooLarge) throw new HttpError(413, 'Request body is too large');
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A write body as an object, ids under id keys as digit strings (lossless, so ids past 2^53
 * survive). Empty bodies are `{}`; anything but a JSON object is a 400.
 */
export function parseBody(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = idsAsStrings(parse(text), '');
  } catch {
    throw badRequest('The request body is not valid JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('The request body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/** Serialises a response body with ids as bare JSON numbers, however large. */
export function serialise(body: unknown): string {
  return stringify(idsAsNumbers(body, '')) ?? 'null';
}

/**
 * Keys whose values are ids: `id`, `*_id`, `*_ids`, `*_id_was` (an event's former parent), and
 * the request keys that hold id lists without the suffix (people in `subscriptions`/`unsubscriptions` and `grant`/`revoke`, to-do
 * lists in `tracked`/`untracked`; docs: subscriptions.md, people.md, hill_charts.md).
 */
function holdsIds(key: string): boolean {
  return key === 'id' || key.endsWith('_id') || key.endsWith('_ids') || key.endsWith('_id_was') || UNSUFFIXED_ID_KEYS.has(key);
}

const UNSUFFIXED_ID_KEYS: ReadonlySet<string> = new Set(['subscriptions', 'unsubscriptions', 'grant', 'revoke', 'tracked', 'untracked']);

const INTEGER = /^-?\d+$/;

/** Parsed numbers → ids as digit strings, integers past 2^53 as strings too, others as numbers. */
function idsAsStrings(value: unknown, key: string): unknown {
  if (isLosslessNumber(value)) {
    const text = value.toString();
    if (INTEGER.test(text) && (holdsIds(key) || !Number.isSafeInteger(Number(text)))) return text;
    return value.valueOf() as number;
  }
  if (Array.isArray(value)) return value.map((item) => idsAsStrings(item, key));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) defineOwn(out, k, idsAsStrings(v, k));
    return out;
  }
  return value;
}

/** Digit strings under id keys → bare JSON numbers, however large; `undefined` keys dropped. */
function idsAsNumbers(value: unknown, key: string): unknown {
  if (typeof value === 'string' && holdsIds(key) && INTEGER.test(value)) return new LosslessNumber(value);
  if (typeof value === 'bigint') return new LosslessNumber(value.toString());
  if (Array.isArray(value)) return value.map((item) => idsAsNumbers(item, key));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) defineOwn(out, k, idsAsNumbers(v, k));
    return out;
  }
  return value;
}

/** Request keys are untrusted: `__proto__` must become an own property, not the prototype. */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
