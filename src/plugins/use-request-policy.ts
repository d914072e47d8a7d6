import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import { createGraphQLError, isAsyncIterable, type FetchAPI, type Plugin } from 'graphql-yoga';
import { parseMultipart } from '../http/multipart.ts';
import { CSRF_HEADERS } from '../http/origin.ts';

export interface RequestPolicyOptions {
  /** Largest `application/json` body, in bytes. Default 2 MiB: a document plus generous variables. */
  maxJsonBytes?: number;
  /**
   * Largest body of any other request (a multipart upload, files included), refused as yoga's
   * `maxRequestBodySize` refuses it (413 `REQUEST_ENTITY_TOO_LARGE`); the gateway turns yoga's
   * own cap off and sets this instead. Default: no cap of its own.
   */
  maxBodyBytes?: number;
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
 * - JSON bodies are capped at `maxJsonBytes`, others at `maxBodyBytes`: a body whose
 *   Content-Length says too much is refused at once; one without (chunked) is counted while it
 *   streams, so a huge document is refused before it is parsed. A body with a Content-Length
 *   within the cap goes as it is: Node's HTTP parser never reads past that length, and the
 *   counting stream (a TransformStream, a pipeline and a second Request) cost about a tenth of the
 *   gateway's own work on a small query.
 * - Methods other than GET and POST get yoga's coded 405, not the CSRF error meant for simple requests.
 * - A path nothing serves is a 404 with a coded JSON body, not yoga's empty one.
 * - An answer no accepted media type can carry (a subscription over plain JSON POST, `Accept: text/html`)
 *   is 406 with a coded JSON error saying what to accept; yoga's own 406 has an empty body.
 */
export function useRequestPolicy({ maxJsonBytes = 2 * 1024 * 1024, maxBodyBytes = Number.POSITIVE_INFINITY }: RequestPolicyOptions = {}): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: CSRF_HEADERS });
  return {
    onRequestParse(payload) {
      const { request, requestParser, setRequestParser, fetchAPI } = payload;
      const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
      if (request.method === 'POST' && type !== 'application/json' && type !== 'multipart/form-data') {
        throw coded(`Unsupported Content-Type${type ? ` "${type}"` : ' (none)'}. ${WHAT_TO_SEND}`, 415);
      }
      if (request.method !== 'GET' && request.method !== 'POST') return;
      try {
        csrf.onRequestParse?.(payload as never);
      } catch {
        throw coded(`This request needs a CSRF header (${CSRF_HEADERS.join(', ')}), which a browser adds only after a CORS preflight. ${WHAT_TO_SEND}`, 400);
      }
      const json = type === 'application/json';
      // Multipart bodies are read by our own checked reader (../http/multipart.ts), not yoga's.
      const parse = request.method === 'POST' && !json ? parseMultipart : requestParser;
      if (parse && parse !== requestParser) setRequestParser(parse);
      const limit = json ? maxJsonBytes : maxBodyBytes;
      const refusal = json ? () => tooLarge(maxJsonBytes) : bodyTooLarge;
      const length = request.headers.get('content-length');
      if (length !== null) {
        if (json && Number(length) > limit) throw refusal();
        // What yoga's own cap answered: only one non-negative integer is a Content-Length.
        if (!/^\d+$/.test(length)) throw invalidLength();
        if (Number(length) > limit) throw refusal();
        return;
      }
      if (parse && request.body && limit !== Number.POSITIVE_INFINITY) {
        setRequestParser((original) => parse(capped(original, limit, refusal, fetchAPI)));
      }
    },
    // A path nothing here serves gets yoga's empty 404: it says what it is, as every refusal does.
    onResponse({ response, setResponse, fetchAPI }) {
      if (response.status === 404 && !response.headers.has('content-type')) {
        const body = JSON.stringify({ errors: [{ message: 'Nothing is served at this path; GraphQL is at /graphql.', extensions: { code: 'NOT_FOUND' } }] });
        setResponse(new fetchAPI.Response(body, { status: 404, headers: { 'content-type': 'application/json; charset=utf-8' } }));
      }
    },
    // Yoga's result processors run first; when none matched `Accept`, this one answers instead of an empty 406.
    onResultProcess({ result, resultProcessor, acceptableMediaTypes, setResultProcessor }) {
      if (resultProcessor) return;
      const stream = isAsyncIterable(result);
      // Nobody will read the events: end the subscription now rather than leave it registered.
      if (stream) Promise.resolve(result[Symbol.asyncIterator]().return?.()).catch(() => undefined);
      const types = [...new Set(acceptableMediaTypes)];
      const message = stream
        ? `This operation answers with a stream of events, which needs Accept: ${types.join(' or ')} (for subscriptions, Server-Sent Events over POST).`
        : `None of the Accept header's media types can carry the answer; accept ${types.join(' or ')}.`;
      setResultProcessor((_result, fetchAPI) => notAcceptable(fetchAPI, message, types), 'application/json');
    },
  };
}

function notAcceptable(fetchAPI: FetchAPI, message: string, types: string[]): Response {
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  return new fetchAPI.Response(body, { status: 406, headers: { 'content-type': 'application/json; charset=utf-8', accept: types.join(', ') } });
}

/** The same request with a body that errors once more than `limit` bytes have streamed in. */
function capped(request: Request, limit: number, refusal: () => GraphQLError, fetchAPI: FetchAPI): Request {
  let read = 0;
  // A native stream needs the native TransformStream, a ponyfilled one the ponyfill (as yoga's own cap does).
  const Transform = request.body instanceof ReadableStream ? TransformStream : fetchAPI.TransformStream;
  const body = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        // The rest of the body is never read, so the connection cannot carry another request.
        if (read > limit) controller.error(closing(refusal()));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit);
}

/** The same refusal, answered with `Connection: close`. */
function closing(error: GraphQLError): GraphQLError {
  const http = (error.extensions.http ?? {}) as { status?: number; headers?: Record<string, string> };
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { ...http, headers: { ...http.headers, connection: 'close' } } } });
}

function tooLarge(limit: number): GraphQLError {
  return coded(`The request body is larger than ${limit} bytes, the limit for application/json; send a smaller document or fewer variables.`, 413);
}

/** yoga's `maxRequestBodySize` answers, word for word, for the bodies that are not JSON. */
function bodyTooLarge(): GraphQLError {
  return createGraphQLError('Request body too large', { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });
}

function invalidLength(): GraphQLError {
  return createGraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });
}

function coded(message: string, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status } } });
}
