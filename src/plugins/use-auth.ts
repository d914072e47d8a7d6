import type { Plugin } from 'graphql-yoga';
import type { AuthDeps } from '../auth/deps.ts';
import { callback, login, logout } from '../auth/flow.ts';
import { createLaunchpad } from '../auth/launchpad.ts';
import type { AuthOptions } from '../auth/options.ts';
import { createSessionResolver } from '../auth/resolve.ts';
import { createSealer } from '../auth/seal.ts';
import { recordSessionOutcome } from '../auth/session.ts';

/**
 * Browser logins through Launchpad (OAuth 2, docs: authentication.md). Answers `/auth/login`,
 * `/auth/callback` and `/auth/logout` itself; on GraphQL requests that carry the session cookie
 * and no `Authorization` header, it decrypts the cookie, refreshes a token close to expiry and
 * leaves the outcome for `createContext` (`sessionCredentials`), adding any new cookie to the
 * response. Tokens never leave the server: the browser holds them only encrypted.
 */
export function useAuth(options: AuthOptions): Plugin {
  let graphqlEndpoint = '/graphql';
  let warn: (message: string) => void = () => undefined;
  const deps: AuthDeps = {
    launchpad: createLaunchpad({
      url: options.launchpadUrl,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      userAgent: options.userAgent,
      ...(options.dispatcher && { dispatcher: options.dispatcher }),
    }),
    sealer: createSealer(options.sessionSecret),
    now: options.now ?? Date.now,
    ...(options.redirectUri !== undefined && { redirectUri: options.redirectUri }),
    allowedOrigins: options.allowedOrigins ?? [],
    warn: (message) => warn(message),
  };
  const resolveSession = createSessionResolver(deps);
  const pendingCookies = new WeakMap<Request, string>();

  return {
    onYogaInit({ yoga }) {
      graphqlEndpoint = yoga.graphqlEndpoint;
      warn = (message) => yoga.logger.warn(message);
    },
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === '/auth/login' && request.method === 'GET') return endResponse(login(deps, url));
      if (url.pathname === '/auth/callback' && request.method === 'GET') return endResponse(await callback(deps, request, url));
      if (url.pathname === '/auth/logout') return endResponse(logout(deps, request, url));
      if (url.pathname !== graphqlEndpoint || request.headers.get('authorization')?.trim()) return; // a bearer token wins
      const resolved = await resolveSession(request, url);
      if (!resolved) return;
      recordSessionOutcome(request, resolved.outcome);
      if (resolved.setCookie) pendingCookies.set(request, resolved.setCookie);
    },
    onResponse({ request, response }) {
      const cookie = pendingCookies.get(request);
      if (cookie) response.headers.append('set-cookie', cookie);
    },
  };
}
