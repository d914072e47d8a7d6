import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import type { FetchAPI, Plugin } from 'graphql-yoga';
import { CSRF_HEADERS } from '../http/origin.ts';

export interface RequestPolicyOptions {
  /** Largest `application/json` body, in bytes. Default 2 MiB: a document plus generous variables. */
  maxJsonBytes?: number;
}

const WHAT_TO_SEND =
  'Send POST with Content-Type: application/json and a body {"query": "...", "variables": {...}}, ' +
  `or a GraphQL multipart request (multipart/form-data, for files) with one of the headers ${CSRF_HEADERS.join(', ')}.`;

/**
 * Which requests reach GraphQL at all, checked before a body is read:
 * - POST bodies are `application/json` or GraphQL multipart. Form posts, `text/plain` and
 *   `application/graphql` are what a hostile page can send without a CORS preflight, and nothing
 *   a GraphQL client needs, so they get 415 with a body that says what to send.
 * - GET and multipart (the remaining "simple" requests) need a CSRF header, which a page can only
 *   add after a preflight that CORS refuses (yoga's CSRF prevention plugin, with a coded error).
 * - JSON bodies are capped while they stream, so a huge document is refused before it is parsed.
 */
export function useRequestPolicy({ maxJsonBytes = 2 * 1024 * 1024 }: RequestPolicyOptions = {}): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: CSRF_HEADERS });
  return {
    onRequestParse(payload) {
      const { request, requestParser, setRequestParser, fetchAPI } = payload;
      const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
      if (request.method === 'POST' && type !== 'application/json' && type !== 'multipart/form-data') {
        throw coded(`Unsupported Content-Type${type ? ` "${type}"` : ' (none)'}. ${WHAT_TO_SEND}`, 415);
      }
      try {
        csrf.onRequestParse?.(payload as never);
      } catch {
        throw coded(`This request needs a CSRF header (${CSRF_HEADERS.join(', ')}), which a browser adds only after a CORS preflight. ${WHAT_TO_SEND}`, 400);
      }
      if (type !== 'application/json') return;
      const length = request.headers.get('content-length');
      if (length !== null && Number(length) > maxJsonBytes) throw tooLarge(maxJsonBytes);
      if (requestParser && request.body) {
        const parse = requestParser;
        setRequestParser((original) => parse(capped(original, maxJsonBytes, fetchAPI)));
      }
    },
  };
}

/** The same request with a body that errors once more than `limit` bytes have streamed in. */
function capped(request: Request, limit: number, fetchAPI: FetchAPI): Request {
  let read = 0;
  // A native stream needs the native TransformStream, a ponyfilled one the ponyfill (as yoga's own cap does).
  const Transform = request.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
  const body = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(tooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit);
}

function tooLarge(limit: number): GraphQLError {
  return coded(`The request body is larger than ${limit} bytes, the limit for application/json; send a smaller document or fewer variables.`, 413);
}

function coded(message: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status } } });
}
