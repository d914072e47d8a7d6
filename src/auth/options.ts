import type { Dispatcher } from 'undici';
import { SANDBOX_OAUTH_CLIENT, type OAuthConfig } from '../config.ts';
import { randomSecret } from './seal.ts';

/** What browser logins through Launchpad need (`useAuth`). */
export interface AuthOptions {
  clientId: string;
  clientSecret: string;
  /** Launchpad's origin: `https://launchpad.37signals.com`, or the sandbox's. */
  launchpadUrl: string;
  /** Registered with the app at Launchpad. Default: `<the request's origin>/auth/callback`. */
  redirectUri?: string;
  /** Key material for the cookie encryption (`SESSION_SECRET`, at least 32 characters). */
  sessionSecret: string;
  /** Sent to Launchpad, which like the API wants `AppName (contact)`. */
  userAgent: string;
  /** Origins besides the server's own whose pages may use the cookie session (the CORS allow-list). */
  allowedOrigins?: readonly string[];
  dispatcher?: Dispatcher;
  /** Default `Date.now`. */
  now?: () => number;
}

/**
 * The gateway's OAuth options from the configuration. With the embedded sandbox, OAuth is on
 * even when nothing is configured: the sandbox's Launchpad accepts the sandbox app, and the
 * cookie key is random per process.
 */
export function authOptions(oauth: OAuthConfig | undefined, upstream: { sandbox: boolean; baseUrl: string; userAgent: string; allowedOrigins?: readonly string[] }): AuthOptions | undefined {
  const settings = oauth ?? (upstream.sandbox ? { ...SANDBOX_OAUTH_CLIENT } : undefined);
  if (!settings) return undefined;
  return {
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    launchpadUrl: settings.launchpadUrl ?? upstream.baseUrl,
    ...(settings.redirectUri !== undefined && { redirectUri: settings.redirectUri }),
    sessionSecret: settings.sessionSecret ?? randomSecret(),
    userAgent: upstream.userAgent,
    // CORS_ORIGINS: the pages, besides the server's own, whose requests a session cookie may serve.
    ...(upstream.allowedOrigins && { allowedOrigins: upstream.allowedOrigins.filter((origin) => origin !== '*') }),
  };
}
