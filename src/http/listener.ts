import { STATUS_CODES, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';

/**
 * The gateway as Node's request listener, with what must happen before yoga turns the request
 * into a fetch `Request`:
 * - a `Host` that makes no URL (`a b`, `localhost:99999`) is a 400 with a coded JSON body; yoga's
 *   adapter would fail building the URL and answer 500 with a plain-text stack trace;
 * - the media type of `Content-Type` is lowercased (`APPLICATION/JSON`): media types are
 *   case-insensitive, yoga's body parsers match them case-sensitively. Parameters (a multipart
 *   boundary) keep their case.
 */
export function nodeListener(gateway: RequestListener): RequestListener {
  return (request, response) => {
    if (!hasValidUrl(request)) return refuse(response, 'The Host header does not name a host, so the request has no URL.');
    const type = request.headers['content-type'];
    if (type !== undefined) request.headers['content-type'] = type.replace(/^[^;]*/, (media) => media.trim().toLowerCase());
    gateway(request, response);
  };
}

function hasValidUrl(request: IncomingMessage): boolean {
  try {
    new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    return true;
  } catch {
    return false;
  }
}

function refuse(response: ServerResponse, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  response.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' }).end(body);
}

/**
 * Requests Node's own parser refuses before any listener runs (headers over its limit: 431; a
 * malformed request line or Content-Length: 400; too slow: 408) get the coded JSON body every
 * other refusal has, where Node sends an empty one.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const message = { 431: 'The request headers are too large.', 408: 'The request took too long to arrive.' }[status as 431 | 408] ?? 'The request is not valid HTTP/1.1.';
    const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
}
