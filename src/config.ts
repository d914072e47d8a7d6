import { parseRateLimit } from './client/rate-limit.ts';

/**
 * Environment → typed, validated configuration. Every problem is reported at startup as one
 * sentence that names the variable (see CONTRACT.md "Configuration").
 */

export interface RateBudget {
  limit: number;
  windowMs: number;
}

export type Upstream =
  | { kind: 'sandbox' }
  | { kind: 'remote'; apiUrl: string; userAgent: string };

export interface Config {
  port: number;
  host: string;
  upstream: Upstream;
  /** The default account; a request may pick another with `X-Basecamp-Account-Id`. */
  accountId?: string;
  /** Server-side token for single-user deployments; a request's own bearer token wins. */
  accessToken?: string;
  rateLimit: RateBudget;
  redisUrl?: string;
  /** Browser logins through Launchpad (`/auth/*`); unset with the sandbox means its own app (`SANDBOX_OAUTH_CLIENT`). */
  oauth?: OAuthConfig;
  /** `SESSION_SECRET`: keys connection cursors (and, with OAuth, the cookies), so processes share them. */
  sessionSecret?: string;
}

export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Default: `<the request's origin>/auth/callback`. */
  redirectUri?: string;
  /** Unset only with the sandbox, whose own Launchpad is then used. */
  launchpadUrl?: string;
  /** Unset only with the sandbox: a random key per process (sessions end on restart). */
  sessionSecret?: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Reads the contract's variables from `env`. Throws `ConfigError` naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const apiUrl = blankToUndefined(env.BASECAMP_API_URL);
  const userAgent = blankToUndefined(env.BASECAMP_USER_AGENT);
  const config: Config = {
    port: parsePort(env.PORT),
    host: blankToUndefined(env.HOST) ?? '127.0.0.1',
    upstream: apiUrl ? { kind: 'remote', apiUrl: parseApiUrl(apiUrl), userAgent: requireUserAgent(userAgent) } : { kind: 'sandbox' },
    rateLimit: parseRateBudget(blankToUndefined(env.BASECAMP_RATE_LIMIT) ?? '50/10s'),
  };
  const accountId = blankToUndefined(env.BASECAMP_ACCOUNT_ID);
  if (accountId !== undefined) config.accountId = parseAccountId(accountId, 'BASECAMP_ACCOUNT_ID');
  const accessToken = blankToUndefined(env.BASECAMP_ACCESS_TOKEN);
  if (accessToken !== undefined) config.accessToken = accessToken;
  const redisUrl = blankToUndefined(env.REDIS_URL);
  if (redisUrl !== undefined) config.redisUrl = parseRedisUrl(redisUrl);
  if (userAgent !== undefined && config.upstream.kind === 'sandbox') requireUserAgent(userAgent);
  const oauth = parseOAuth(env, config.upstream.kind);
  if (oauth !== undefined) config.oauth = oauth;
  const sessionSecret = blankToUndefined(env.SESSION_SECRET);
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be at least 32 characters; generate one with `openssl rand -base64 32`.');
  }
  if (sessionSecret !== undefined) config.sessionSecret = sessionSecret;
  return config;
}

/** Basecamp account ids are positive integers; kept as strings. */
export function parseAccountId(value: string, source: string): string {
  if (!/^[1-9]\d{0,19}$/.test(value)) {
    throw new ConfigError(`${source} must be a numeric Basecamp account id, got "${truncate(value)}".`);
  }
  return value;
}

/** The budget string, e.g. `50/10s`, as the client reads it; the error names the variable. */
function parseRateBudget(value: string): RateBudget {
  try {
    return parseRateLimit(value);
  } catch (error) {
    throw new ConfigError(`BASECAMP_RATE_LIMIT: ${(error as Error).message}`);
  }
}

function parsePort(value: string | undefined): number {
  if (blankToUndefined(value) === undefined) return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${truncate(value ?? '')}".`);
  }
  return port;
}

function parseApiUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`BASECAMP_API_URL must be an absolute URL such as https://3.basecampapi.com, got "${truncate(value)}".`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new ConfigError(`BASECAMP_API_URL must use https:// (http:// is allowed only for loopback hosts), got "${url.origin}".`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`BASECAMP_API_URL must be an origin only (the account id is added per request), got "${truncate(value)}".`);
  }
  return url.origin;
}

function requireUserAgent(value: string | undefined): string {
  if (value === undefined) {
    throw new ConfigError('BASECAMP_USER_AGENT is required with a real upstream: Basecamp answers 400 without it. Use "AppName (you@example.com)".');
  }
  if (!/^[^()\r\n]+\([^()\r\n]+\)\s*$/.test(value)) {
    throw new ConfigError(`BASECAMP_USER_AGENT must name the app and a contact, like "AppName (you@example.com)", got "${truncate(value)}".`);
  }
  return value.trim();
}

function parseRedisUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'redis:' || url.protocol === 'rediss:') return value;
  } catch {
    // fall through to the one error below
  }
  throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL.');
}

/** The app registered with the sandbox's Launchpad, which accepts any client, so `npm start` can log in. */
export const SANDBOX_OAUTH_CLIENT = { clientId: 'basecamp-graphql-sandbox', clientSecret: 'sandbox-secret' } as const;

const OAUTH_TUNING = ['BASECAMP_REDIRECT_URI', 'BASECAMP_LAUNCHPAD_URL', 'SESSION_SECRET'] as const;

/**
 * OAuth is on when `BASECAMP_CLIENT_ID` and `BASECAMP_CLIENT_SECRET` are set (both or neither),
 * and always with the sandbox. A real upstream needs `SESSION_SECRET` to encrypt the cookies.
 */
function parseOAuth(env: NodeJS.ProcessEnv, upstream: Upstream['kind']): OAuthConfig | undefined {
  const clientId = blankToUndefined(env.BASECAMP_CLIENT_ID);
  const clientSecret = blankToUndefined(env.BASECAMP_CLIENT_SECRET);
  if ((clientId === undefined) !== (clientSecret === undefined)) {
    throw new ConfigError(`${clientId === undefined ? 'BASECAMP_CLIENT_ID' : 'BASECAMP_CLIENT_SECRET'} is required with ${clientId === undefined ? 'BASECAMP_CLIENT_SECRET' : 'BASECAMP_CLIENT_ID'}: both come from your app at launchpad.37signals.com/integrations.`);
  }
  if (clientId === undefined && upstream === 'remote') return undefined;
  if (clientId === undefined && OAUTH_TUNING.every((name) => blankToUndefined(env[name]) === undefined)) return undefined; // server.ts: the sandbox's app
  const oauth: OAuthConfig = { clientId: clientId ?? SANDBOX_OAUTH_CLIENT.clientId, clientSecret: clientSecret ?? SANDBOX_OAUTH_CLIENT.clientSecret };
  const redirectUri = blankToUndefined(env.BASECAMP_REDIRECT_URI);
  if (redirectUri !== undefined) oauth.redirectUri = parseRedirectUri(redirectUri);
  const launchpadUrl = blankToUndefined(env.BASECAMP_LAUNCHPAD_URL);
  if (launchpadUrl !== undefined) oauth.launchpadUrl = parseHttpsOrigin('BASECAMP_LAUNCHPAD_URL', launchpadUrl);
  else if (upstream === 'remote') oauth.launchpadUrl = 'https://launchpad.37signals.com';
  const sessionSecret = blankToUndefined(env.SESSION_SECRET);
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be at least 32 characters; generate one with `openssl rand -base64 32`.');
  }
  if (sessionSecret === undefined && upstream === 'remote') {
    throw new ConfigError('SESSION_SECRET is required with BASECAMP_CLIENT_ID: it encrypts the session cookies. Generate one with `openssl rand -base64 32`.');
  }
  if (sessionSecret !== undefined) oauth.sessionSecret = sessionSecret;
  return oauth;
}

function parseRedirectUri(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`BASECAMP_REDIRECT_URI must be an absolute URL such as https://graph.example.com/auth/callback, got "${truncate(value)}".`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new ConfigError(`BASECAMP_REDIRECT_URI must use https:// (http:// is allowed only for loopback hosts), got "${url.origin}".`);
  }
  if (!url.pathname.endsWith('/auth/callback') || url.search || url.hash) {
    throw new ConfigError(`BASECAMP_REDIRECT_URI must end in /auth/callback (this server's callback), got "${truncate(value)}".`);
  }
  return url.href;
}

function parseHttpsOrigin(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an absolute URL such as https://launchpad.37signals.com, got "${truncate(value)}".`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new ConfigError(`${name} must use https:// (http:// is allowed only for loopback hosts), got "${url.origin}".`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`${name} must be an origin only, got "${truncate(value)}".`);
  }
  return url.origin;
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
