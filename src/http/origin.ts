import { isLoopbackHost } from '../config.ts';

/**
 * Who may call from a browser, and what they may use. Three separate questions:
 * - CORS: which other origins may READ our answers (`CORS_ORIGINS`, exact matches).
 * - The server's default token: it stands for the operator, so a page from any other origin must
 *   never ride on it, or every site a user visits could read and write their Basecamp.
 * - A session cookie: which pages the browser may send it from (`/auth`, `isAllowedOrigin`).
 */

/** Headers a browser app may send cross-origin: the token, the account, and the CSRF headers. */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'graphql-require-preflight', 'apollo-require-preflight', 'x-apollo-operation-name'];
const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-basecamp-account-id', ...CSRF_HEADERS];

/** What yoga's `cors` option takes, in its function form. */
export interface CorsDecision {
  origin: string[];
  credentials: boolean;
  methods: string[];
  allowedHeaders: string[];
  maxAge: number;
}

/**
 * Yoga's `cors` option as a function of the request. A disallowed (or absent) origin gets `false`,
 * which means no CORS header at all; an allowed one is echoed exactly, never reflected blindly.
 * `*` is served without credentials, so no cookie session crosses to an arbitrary site.
 */
export function corsPolicy(allowed: readonly string[] | undefined): (request: Request) => CorsDecision | false {
  const any = allowed?.includes('*') ?? false;
  const origins = [...(allowed ?? [])];
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !(any || origins.includes(origin))) return false;
    // Given the list, yoga echoes the request's origin when it is listed (with `Vary: Origin`), or
    // the single origin when only one is; `*` echoes any origin, never with credentials.
    return { origin: any ? ['*'] : origins, credentials: !any, methods: ['GET', 'POST'], allowedHeaders: ALLOWED_HEADERS, maxAge: 600 };
  };
}

/**
 * Whether a browser request comes from a page this server may act for with a cookie: its own
 * origin (as the request URL or the public redirect URI names it) or one explicitly allowed.
 *
 * Browsers send `Origin` on every cross-origin request and on same-origin POSTs; a request
 * without it is a same-origin GET or not from a browser script, unless `Sec-Fetch-Site` says it
 * came from another site. `Origin: null` (sandboxed frames, file://) is never allowed.
 */
export function isAllowedOrigin(request: Request, allowed: Iterable<string> = []): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) {
    const site = request.headers.get('sec-fetch-site');
    return site === null || site === 'same-origin' || site === 'none';
  }
  if (origin === new URL(request.url).origin) return true;
  for (const candidate of allowed) if (candidate === origin) return true;
  return false;
}

/**
 * Why the server's default token may not serve this request, or `undefined` when it may.
 *
 * Non-browser clients (no `Origin`, no `Sec-Fetch-Site`) are the operator's own scripts, but for a
 * GET by an untrusted host name (below), which a rebound page sends without either header. A browser
 * request must come from a page of this very server (same host as the request), and that host must
 * be one a hostile page cannot borrow: a loopback name, an IP literal, or an origin listed in
 * `CORS_ORIGINS`. The last rule stops DNS rebinding, where `evil.example` resolves to 127.0.0.1
 * and its pages then look "same-origin" to the browser.
 */
export function defaultTokenRefusal(request: Request, allowed: readonly string[] | undefined): string | undefined {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if (origin === null && site === null && request.method !== 'GET') return undefined;
  const own = new URL(request.url);
  if (origin === null && site === null) {
    // Over plain http a browser sends neither header on a same-origin GET, so a rebound page's
    // GET looks like a script: by a host name a page could borrow, the default token serves POSTs
    // (which browsers always mark with Origin) and listed origins only.
    if (trustedHost(own, allowed)) return undefined;
    return (
      `A GET by the host name ${own.host} may be a rebound web page: the server's default token serves it only by POST, ` +
      `or send your own Authorization: Bearer <Basecamp access token>, or list ${own.origin} in CORS_ORIGINS.`
    );
  }
  if (site !== null && site !== 'same-origin' && site !== 'none') return crossOrigin(origin ?? `a ${site} page`);
  const from = origin ?? own.origin;
  if (hostOf(from) !== own.host) return crossOrigin(from);
  if (trustedHost(own, allowed, from)) return undefined;
  return (
    `The server's default token serves only pages of a trusted host, and ${own.host} is not one: ` +
    `send your own Authorization: Bearer <Basecamp access token>, or list ${from} in CORS_ORIGINS.`
  );
}

/** A loopback name, an IP literal, or an origin listed in `CORS_ORIGINS`: hosts a hostile page cannot borrow. */
function trustedHost(own: URL, allowed: readonly string[] | undefined, from = own.origin): boolean {
  return isLoopbackHost(own.hostname) || isIpLiteral(own.hostname) || (allowed?.includes(from) ?? false);
}

function crossOrigin(from: string): string {
  return (
    `A cross-origin request (from ${from}) must send its own Authorization: Bearer <Basecamp access token>; ` +
    `the server's default token serves only its own pages.`
  );
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined; // `null` (sandboxed iframes, file://) or garbage: never our own page
  }
}

function isIpLiteral(hostname: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
}
