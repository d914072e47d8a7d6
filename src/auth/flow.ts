import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readCookie, serializeCookie } from './cookies.ts';
import { cookieSecurity, errorResponse, publicOrigin, type AuthDeps } from './deps.ts';
import { LaunchpadError, type LaunchpadAccount } from './launchpad.ts';
import { isAllowedOrigin } from '../http/origin.ts';
import { sealSession, SESSION_TTL_MS, type Session } from './session.ts';

/**
 * The OAuth web-server flow against Launchpad (docs: authentication.md):
 *   GET  /auth/login     302 to Launchpad with a fresh `state`, bound to this browser by a short-lived cookie
 *   GET  /auth/callback  checks `state`, trades the code, picks the account, sets the session cookie
 *   POST /auth/logout    clears the session cookie (same-origin only)
 */

const STATE_COOKIE = 'basecamp_oauth_state';
const STATE_TTL_MS = 10 * 60_000;
const DEFAULT_RETURN_TO = '/graphql';
/** Basecamp 3 and 4 accounts both answer on the bc3 API (docs: authentication.md "Get authorization"). */
const BASECAMP_PRODUCTS = new Set(['bc3', 'bc4']);

interface SavedState {
  state: string;
  redirectUri: string;
  returnTo: string;
  accountId?: string;
  expiresAt: number;
}

/** `?return_to=/path` (local paths only, so the login is no open redirect) and `?account_id=` pick where and which account. */
export function login(deps: AuthDeps, url: URL): Response {
  const accountId = url.searchParams.get('account_id') ?? undefined;
  if (accountId !== undefined && !/^[1-9]\d{0,19}$/.test(accountId)) {
    return errorResponse(400, 'BAD_USER_INPUT', 'account_id must be a numeric Basecamp account id.');
  }
  const redirectUri = deps.redirectUri ?? new URL('/auth/callback', url.origin).href;
  const saved: SavedState = {
    state: randomBytes(24).toString('base64url'),
    redirectUri,
    returnTo: localPath(url.searchParams.get('return_to')) ?? DEFAULT_RETURN_TO,
    ...(accountId !== undefined && { accountId }),
    expiresAt: deps.now() + STATE_TTL_MS,
  };
  const { secure } = cookieSecurity(deps, url);
  const headers = new Headers({ location: deps.launchpad.authorizeUrl(redirectUri, saved.state), 'cache-control': 'no-store' });
  headers.append('set-cookie', serializeCookie(STATE_COOKIE, deps.sealer.seal(STATE_COOKIE, saved), { path: '/auth', maxAge: STATE_TTL_MS / 1000, secure }));
  return new Response(null, { status: 302, headers });
}

export async function callback(deps: AuthDeps, request: Request, url: URL): Promise<Response> {
  const { secure, sessionCookie } = cookieSecurity(deps, url);
  const clearState = serializeCookie(STATE_COOKIE, '', { path: '/auth', maxAge: 0, secure });
  const fail = (status: number, code: string, message: string) => errorResponse(status, code, message, [clearState]);

  const sealed = readCookie(request, STATE_COOKIE);
  const saved = sealed === undefined ? undefined : readSavedState(deps.sealer.open(STATE_COOKIE, sealed));
  const state = url.searchParams.get('state');
  if (!saved || state === null || saved.expiresAt < deps.now() || !sameSecret(state, saved.state)) {
    return fail(400, 'BAD_USER_INPUT', 'This login was not started in this browser, or took over 10 minutes: start again at /auth/login.');
  }
  const denied = url.searchParams.get('error');
  if (denied !== null) return fail(403, 'FORBIDDEN', `Launchpad did not grant access (${denied.slice(0, 40)}).`);
  const code = url.searchParams.get('code');
  if (!code) return fail(400, 'BAD_USER_INPUT', 'The callback has no code: start again at /auth/login.');

  let session: Session;
  try {
    const tokens = await deps.launchpad.exchangeCode(code, saved.redirectUri);
    const accounts = await deps.launchpad.accounts(tokens.accessToken);
    const account = pickAccount(accounts, saved.accountId);
    if (!account) {
      return fail(403, 'FORBIDDEN', saved.accountId ? `This Basecamp login has no access to account ${saved.accountId}.` : 'This Basecamp login has no Basecamp 3 or 4 account.');
    }
    const now = deps.now();
    session = {
      accessToken: tokens.accessToken,
      ...(tokens.refreshToken !== undefined && { refreshToken: tokens.refreshToken }),
      expiresAt: now + tokens.expiresIn * 1000,
      accountId: account.id,
      endsAt: now + SESSION_TTL_MS,
    };
  } catch (error) {
    if (!(error instanceof LaunchpadError)) throw error;
    deps.warn(`OAuth callback: Launchpad ${error.code}${error.status ? ` (${error.status})` : ''}`);
    if (error.code === 'UPSTREAM_UNAVAILABLE' || error.code === 'UPSTREAM_ERROR') return fail(error.code === 'UPSTREAM_ERROR' ? 502 : 503, error.code, error.message);
    return fail(400, 'BAD_USER_INPUT', `Launchpad refused the code (${error.code}): start again at /auth/login.`);
  }
  const headers = new Headers({ location: saved.returnTo, 'cache-control': 'no-store' });
  headers.append('set-cookie', clearState);
  headers.append('set-cookie', serializeCookie(sessionCookie, sealSession(deps.sealer, sessionCookie, session), { path: '/', maxAge: SESSION_TTL_MS / 1000, secure }));
  return new Response(null, { status: 302, headers });
}

/**
 * Only a POST from the server's own pages (or an allowed origin) logs out, so no other site can
 * end a session. The cookie is self-contained: logging out removes it from this browser.
 */
export function logout(deps: AuthDeps, request: Request, url: URL): Response {
  if (request.method !== 'POST') {
    const response = errorResponse(405, 'BAD_USER_INPUT', 'Log out with POST /auth/logout.');
    response.headers.set('allow', 'POST');
    return response;
  }
  if (!isAllowedOrigin(request, [publicOrigin(deps, url), ...deps.allowedOrigins])) {
    return errorResponse(403, 'FORBIDDEN', 'Logout is accepted only from this server\'s own pages.');
  }
  const { secure, sessionCookie } = cookieSecurity(deps, url);
  return new Response(null, {
    status: 204,
    headers: { 'set-cookie': serializeCookie(sessionCookie, '', { path: '/', maxAge: 0, secure }), 'cache-control': 'no-store' },
  });
}

/** The requested account when the login may use it, else the first Basecamp 3/4 account. */
function pickAccount(accounts: LaunchpadAccount[], wanted: string | undefined): LaunchpadAccount | undefined {
  const usable = accounts.filter((account) => BASECAMP_PRODUCTS.has(account.product));
  return wanted === undefined ? usable[0] : usable.find((account) => account.id === wanted);
}

function readSavedState(value: unknown): SavedState | undefined {
  const saved = value as Partial<SavedState> | undefined;
  if (typeof saved?.state !== 'string' || typeof saved.redirectUri !== 'string' || typeof saved.returnTo !== 'string' || typeof saved.expiresAt !== 'number') {
    return undefined;
  }
  return saved as SavedState;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A path on this server (`/x`, not `//host` or `/\host`, which browsers treat as another host). */
function localPath(value: string | null): string | undefined {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  return /^[\x21-\x7e]+$/.test(value) ? value : undefined;
}
