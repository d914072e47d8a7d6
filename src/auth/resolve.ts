import { createHash } from 'node:crypto';
import { readCookie, serializeCookie } from './cookies.ts';
import { cookieSecurity, publicOrigin, type AuthDeps } from './deps.ts';
import { LaunchpadError, type TokenSet } from './launchpad.ts';
import { isAllowedOrigin } from '../http/origin.ts';
import { openSession, REFRESH_MARGIN_MS, sealSession, type Session, type SessionOutcome } from './session.ts';

/** How long a refresh's answer serves requests still carrying the cookie it replaced. */
const RECENT_REFRESH_MS = 60_000;

export interface Resolved {
  outcome: SessionOutcome;
  /** A replacement (refreshed) or deleting cookie to send with the response. */
  setCookie?: string;
}

/**
 * Reads a GraphQL request's session cookie: `undefined` without one. A token within
 * `REFRESH_MARGIN_MS` of expiry is refreshed first (one Launchpad call however many requests
 * carry the same session at once) and the new cookie goes out with the response. When Launchpad
 * cannot be reached, a token that has not yet expired is still used.
 */
export function createSessionResolver(deps: AuthDeps): (request: Request, url: URL) => Promise<Resolved | undefined> {
  const refreshing = new Map<string, Promise<TokenSet>>();
  // Requests sent before the browser stored the new cookie still carry the old one: they reuse the answer.
  const recent = new Map<string, { tokens: TokenSet; until: number }>();

  const refreshOnce = (refreshToken: string): Promise<TokenSet> => {
    const key = createHash('sha256').update(refreshToken).digest('base64url');
    const now = deps.now();
    for (const [stale, entry] of recent) if (entry.until <= now) recent.delete(stale);
    const known = recent.get(key);
    if (known) return Promise.resolve(known.tokens);
    let pending = refreshing.get(key);
    if (!pending) {
      pending = deps.launchpad.refresh(refreshToken).finally(() => refreshing.delete(key));
      pending.then((tokens) => recent.set(key, { tokens, until: deps.now() + RECENT_REFRESH_MS }), () => undefined);
      refreshing.set(key, pending);
    }
    return pending;
  };

  return async (request, url) => {
    const { secure, sessionCookie } = cookieSecurity(deps, url);
    const sealed = readCookie(request, sessionCookie);
    if (sealed === undefined || sealed === '') return undefined;
    const clear = serializeCookie(sessionCookie, '', { path: '/', maxAge: 0, secure });
    const refuse = (code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'UPSTREAM_UNAVAILABLE', status: number, message: string, setCookie?: string): Resolved => ({
      outcome: { kind: 'refused', code, status, message },
      ...(setCookie !== undefined && { setCookie }),
    });

    // SameSite=Lax keeps other sites' POSTs cookie-free, but a sibling origin of the same site (another port, a subdomain) still sends it.
    if (!isAllowedOrigin(request, [publicOrigin(deps, url), ...deps.allowedOrigins])) {
      return refuse('FORBIDDEN', 403, 'The session cookie serves only this server\'s own pages and the allowed origins; send Authorization: Bearer from elsewhere.');
    }
    const session = openSession(deps.sealer, sessionCookie, sealed);
    const now = deps.now();
    if (!session) return refuse('UNAUTHENTICATED', 401, 'The session cookie is not valid: log in again at /auth/login.', clear);
    if (session.endsAt <= now) return refuse('UNAUTHENTICATED', 401, 'The session has ended: log in again at /auth/login.', clear);
    if (now < session.expiresAt - REFRESH_MARGIN_MS) return { outcome: usable(session) };
    if (session.refreshToken === undefined) {
      if (now < session.expiresAt) return { outcome: usable(session) };
      return refuse('UNAUTHENTICATED', 401, 'The session\'s token has expired: log in again at /auth/login.', clear);
    }
    try {
      const tokens = await refreshOnce(session.refreshToken);
      const refreshed: Session = {
        ...session,
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken ?? session.refreshToken,
        expiresAt: deps.now() + tokens.expiresIn * 1000,
      };
      const maxAge = (session.endsAt - deps.now()) / 1000;
      return { outcome: usable(refreshed), setCookie: serializeCookie(sessionCookie, sealSession(deps.sealer, sessionCookie, refreshed), { path: '/', maxAge, secure }) };
    } catch (error) {
      if (!(error instanceof LaunchpadError)) throw error;
      deps.warn(`OAuth refresh: Launchpad ${error.code}${error.status ? ` (${error.status})` : ''}`);
      const launchpadDown = error.code === 'UPSTREAM_UNAVAILABLE' || error.code === 'UPSTREAM_ERROR';
      if (launchpadDown && now < session.expiresAt) return { outcome: usable(session) };
      if (launchpadDown) return refuse('UPSTREAM_UNAVAILABLE', 503, 'The session\'s token has expired and Launchpad could not renew it; try again shortly.');
      return refuse('UNAUTHENTICATED', 401, 'Launchpad no longer renews this session: log in again at /auth/login.', clear);
    }
  };
}

function usable(session: Session): SessionOutcome {
  return { kind: 'session', token: session.accessToken, accountId: session.accountId };
}
