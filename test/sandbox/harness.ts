import { request } from 'node:http';
import { parseJson } from '../../src/client/json.ts';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.ts';

/** A listening sandbox plus a small fetch wrapper that speaks its protocol. */
export interface Harness {
  sandbox: Sandbox;
  /** The origin, `http://127.0.0.1:PORT`. */
  url: string;
  /** `${url}/${accountId}`. */
  api: string;
  /**
   * Fetches `path` below the account (or an absolute URL) as `as` (a token label, default
   * `owner`; `null` sends no Authorization). JSON bodies are sent with the JSON content type.
   */
  call(path: string, init?: CallInit): Promise<Response>;
  close(): Promise<void>;
}

export interface CallInit {
  method?: string;
  as?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
  userAgent?: string | null;
}

export const USER_AGENT = 'Sandbox tests (sandbox-tests@example.com)';

/** Starts a sandbox on 127.0.0.1, port 0. Rate limiting is off unless the options turn it on. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Harness> {
  const sandbox = createSandbox({ rateLimit: false, ...options });
  const server = await sandbox.listen();
  const api = `${server.url}/${sandbox.accountId}`;
  return {
    sandbox,
    url: server.url,
    api,
    call(path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      const as = init.as === undefined ? 'owner' : init.as;
      if (as !== null) headers.Authorization = `Bearer ${sandbox.tokens[as] ?? as}`;
      const userAgent = init.userAgent === undefined ? USER_AGENT : init.userAgent;
      if (userAgent !== null) headers['User-Agent'] = userAgent;
      let body: string | undefined;
      if (init.body !== undefined) {
        body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
        headers['Content-Type'] ??= 'application/json; charset=utf-8';
      }
      const target = path.startsWith('http') ? path : `${api}${path}`;
      return fetch(target, { method: init.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) });
    },
    close: server.close,
  };
}

/** Reads a JSON body losslessly: ids arrive as digit strings, like the seed's. */
export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return parseJson(await response.text()) as T;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request through `node:http`, which sends exactly the headers given (fetch always adds a
 * User-Agent). Rejects when the server resets the connection.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
