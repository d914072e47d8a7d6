import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Incoming } from './incoming.ts';
import { readBody, serialise } from './json.ts';
import type { SandboxLogEntry } from './log.ts';
import { HttpError } from './protocol/errors.ts';
import { newRequestId } from './protocol/request-id.ts';
import { dispatch, type Core, type Outgoing } from './pipeline.ts';

/** What the HTTP layer needs besides the pipeline: where to log and how long to stall. */
export interface ServerHooks {
  core: Core;
  record(entry: SandboxLogEntry): void;
  latencyMs(): number;
}

export interface Listening {
  /** `http://127.0.0.1:PORT`: the origin; the API lives under `${url}/${accountId}/…`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the sandbox with plain `node:http`. Port 0 picks a free port. Every response carries
 * `X-Request-Id`; latency is added before answering; a `reset` fault destroys the socket.
 */
export async function listen(hooks: ServerHooks, options: { port?: number; host?: string } = {}): Promise<Listening> {
  const host = options.host ?? '127.0.0.1';
  let origin = '';
  const server = createServer((req, res) => {
    serve(hooks, origin, req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8', 'X-Request-Id': newRequestId() });
        res.end(serialise({ error: 'Internal server error' }));
      }
      console.error('sandbox: unhandled error', error);
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(hooks: ServerHooks, origin: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = newRequestId();
  const at = hooks.core.now();
  const url = new URL(req.url ?? '/', origin);
  const incoming: Incoming = {
    method: (req.method ?? 'GET').toUpperCase(),
    rawPath: req.url ?? '/',
    pathname: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    bodyText: '',
  };
  let outcome: ReturnType<typeof dispatch>;
  try {
    incoming.bodyText = await readBody(req);
    outcome = dispatch(hooks.core, incoming, origin);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const reply = error.toReply();
    const response: Outgoing = { status: reply.status, headers: { ...reply.headers }, body: serialise(reply.body) };
    outcome = { kind: 'respond', response, logged: true };
  }
  const latency = hooks.latencyMs();
  if (latency > 0) await sleep(latency);
  const entry = (status: number): SandboxLogEntry => ({
    method: incoming.method,
    path: incoming.rawPath,
    status,
    ...tokenLabel(hooks.core, incoming),
    ...optionalHeader('ifNoneMatch', req.headers['if-none-match']),
    ...optionalHeader('ifModifiedSince', req.headers['if-modified-since']),
    ...optionalHeader('userAgent', req.headers['user-agent']),
    at,
  });
  if (outcome.kind === 'reset') {
    hooks.record(entry(0));
    req.socket.destroy();
    return;
  }
  const { response } = outcome;
  if (outcome.logged) hooks.record({ ...entry(response.status), ...(response.body ? { bytes: Buffer.byteLength(response.body) } : {}) });
  res.writeHead(response.status, { ...response.headers, 'X-Request-Id': requestId });
  res.end(response.body);
}

/** The label of a known bearer token, even when the request was answered before auth ran. */
function tokenLabel(core: Core, incoming: Incoming): { tokenLabel?: string } {
  if (incoming.grant) return { tokenLabel: incoming.grant.label };
  const token = /^Bearer\s+(\S+)/i.exec(String(incoming.headers.authorization ?? ''))?.[1];
  const grant = token === undefined ? undefined : core.state.tokens.get(token);
  return grant ? { tokenLabel: grant.label } : {};
}

function optionalHeader<K extends string>(key: K, value: string | string[] | undefined): Partial<Record<K, string>> {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? {} : ({ [key]: first } as Record<K, string>);
}
