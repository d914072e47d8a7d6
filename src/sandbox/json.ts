import type { IncomingMessage } from 'node:http';
import { parseJson, stringifyJson } from '../client/json.ts';
import { badRequest, HttpError } from './protocol/errors.ts';

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
    value = parseJson(text);
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
  return stringifyJson(body);
}
