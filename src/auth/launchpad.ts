import { request, type Dispatcher } from 'undici';
import { parseJson } from '../client/json.ts';

/**
 * The three Launchpad calls of the web-server flow (docs: authentication.md). Parameters go in a
 * form body, never the URL, so no proxy log holds the secret or the code. Both the standard
 * (`response_type`, `grant_type`) and the legacy (`type`) names are sent: Launchpad accepts either.
 */
export interface LaunchpadOptions {
  /** Origin of Launchpad: `https://launchpad.37signals.com`, or the sandbox's. */
  url: string;
  clientId: string;
  clientSecret: string;
  userAgent: string;
  dispatcher?: Dispatcher;
  /** Whole-call budget, in ms. Default 10 000. */
  timeoutMs?: number;
}

export interface TokenSet {
  accessToken: string;
  /** Absent when Launchpad keeps the current one (a refresh may omit it). */
  refreshToken?: string;
  /** Lifetime of the access token in seconds, as Launchpad states it (two weeks). */
  expiresIn: number;
}

export interface LaunchpadAccount {
  product: string;
  id: string;
  name: string;
}

/**
 * `code` is Launchpad's OAuth error (`invalid_grant` when a code or refresh token is no good), or
 * `UPSTREAM_UNAVAILABLE`/`UPSTREAM_ERROR` when Launchpad could not be asked or answered nonsense.
 * Messages never contain a token, a code or the secret.
 */
export class LaunchpadError extends Error {
  override name = 'LaunchpadError';
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface Launchpad {
  authorizeUrl(redirectUri: string, state: string): string;
  exchangeCode(code: string, redirectUri: string): Promise<TokenSet>;
  refresh(refreshToken: string): Promise<TokenSet>;
  /** The accounts the token may use (`GET /authorization.json`). */
  accounts(accessToken: string): Promise<LaunchpadAccount[]>;
}

export function createLaunchpad(options: LaunchpadOptions): Launchpad {
  const { url, clientId, clientSecret, userAgent, dispatcher, timeoutMs = 10_000 } = options;

  async function call(method: 'GET' | 'POST', path: string, init: { form?: Record<string, string>; token?: string }): Promise<unknown> {
    const headers: Record<string, string> = { 'user-agent': userAgent, accept: 'application/json' };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    let status: number;
    let text: string;
    try {
      const response = await request(new URL(path, url), {
        method,
        headers,
        ...(init.form && { body: new URLSearchParams(init.form).toString() }),
        ...(dispatcher && { dispatcher }),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch {
      throw new LaunchpadError('UPSTREAM_UNAVAILABLE', `Launchpad (${url}) did not answer.`);
    }
    let body: unknown;
    try {
      body = parseJson(text);
    } catch {
      body = undefined;
    }
    if (status >= 200 && status < 300 && body !== undefined) return body;
    const oauthError = typeof (body as { error?: unknown })?.error === 'string' ? (body as { error: string }).error : undefined;
    if (status >= 400 && status < 500) {
      throw new LaunchpadError(oauthError ?? (status === 401 ? 'invalid_token' : 'invalid_request'), `Launchpad refused the request (${status}${oauthError ? ` ${oauthError}` : ''}).`, status);
    }
    throw new LaunchpadError('UPSTREAM_ERROR', `Launchpad answered ${status} without a usable body.`, status);
  }

  const tokenSet = (body: unknown): TokenSet => {
    const { access_token, refresh_token, expires_in } = (body ?? {}) as Record<string, unknown>;
    if (typeof access_token !== 'string' || access_token === '') throw new LaunchpadError('UPSTREAM_ERROR', 'Launchpad answered without an access token.');
    return {
      accessToken: access_token,
      ...(typeof refresh_token === 'string' && refresh_token !== '' && { refreshToken: refresh_token }),
      // Basecamp's tokens live two weeks (docs: authentication.md); assume so when unstated.
      expiresIn: typeof expires_in === 'number' && expires_in > 0 ? expires_in : 14 * 24 * 3600,
    };
  };

  return {
    authorizeUrl(redirectUri, state) {
      const target = new URL('/authorization/new', url);
      const params = { response_type: 'code', type: 'web_server', client_id: clientId, redirect_uri: redirectUri, state };
      for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
      return target.href;
    },
    async exchangeCode(code, redirectUri) {
      const form = { grant_type: 'authorization_code', type: 'web_server', client_id: clientId, client_secret: clientSecret, redirect_uri: redirectUri, code };
      return tokenSet(await call('POST', '/authorization/token', { form }));
    },
    async refresh(refreshToken) {
      const form = { grant_type: 'refresh_token', type: 'refresh', client_id: clientId, client_secret: clientSecret, refresh_token: refreshToken };
      return tokenSet(await call('POST', '/authorization/token', { form }));
    },
    async accounts(accessToken) {
      const body = (await call('GET', '/authorization.json', { token: accessToken })) as { accounts?: unknown };
      if (!Array.isArray(body.accounts)) throw new LaunchpadError('UPSTREAM_ERROR', 'Launchpad answered /authorization.json without accounts.');
      return body.accounts.flatMap((account: Record<string, unknown>) =>
        typeof account?.id === 'string' || typeof account?.id === 'number'
          ? [{ product: String(account.product ?? ''), id: String(account.id), name: String(account.name ?? '') }]
          : [],
      );
    },
  };
}
