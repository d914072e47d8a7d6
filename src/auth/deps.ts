import type { Launchpad } from './launchpad.ts';
import type { Sealer } from './seal.ts';
import { sessionCookieName } from './session.ts';

/** What the login flow and the session reader share, built once by `useAuth`. */
export interface AuthDeps {
  launchpad: Launchpad;
  sealer: Sealer;
  now: () => number;
  /** The configured `BASECAMP_REDIRECT_URI`; otherwise derived per request as `<origin>/auth/callback`. */
  redirectUri?: string;
  /** Origins besides the server's own whose pages may use the cookie session. */
  allowedOrigins: readonly string[];
  /** One line per failure, with codes only: never a token, a code or a secret. */
  warn(message: string): void;
}

/** The server's public origin: the redirect URI's when configured (it survives TLS-terminating proxies), else the request's. */
export function publicOrigin(deps: AuthDeps, url: URL): string {
  return deps.redirectUri ? new URL(deps.redirectUri).origin : url.origin;
}

export function cookieSecurity(deps: AuthDeps, url: URL): { secure: boolean; sessionCookie: string } {
  const secure = publicOrigin(deps, url).startsWith('https:');
  return { secure, sessionCookie: sessionCookieName(secure) };
}

/** Error answers of the /auth routes, shaped like GraphQL errors so clients read one format. */
export function errorResponse(status: number, code: string, message: string, setCookies: readonly string[] = []): Response {
  const headers = new Headers({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  for (const cookie of setCookies) headers.append('set-cookie', cookie);
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers });
}
