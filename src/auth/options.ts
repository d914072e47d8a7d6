import { SANDBOX_OAUTH_CLIENT, type OAuthConfig } from '../config.ts';
import type { AuthOptions } from '../plugins/use-auth.ts';
import { randomSecret } from './seal.ts';

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
