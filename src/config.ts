import { readFileSync } from 'node:fs';
import { parseRateLimit } from './client/rate-limit.ts';
import { LOG_LEVELS, type LogLevel } from './log.ts';

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
  /** Browser origins allowed cross-origin (exact `scheme://host[:port]`), or `['*']`. Unset: CORS off. */
  corsOrigins?: string[];
  /** `GRAPHQL_TRUSTED_DOCUMENTS`: the only documents that run, by their hash. */
  trustedDocuments?: Record<string, string>;
  /** Browser logins through Launchpad (`/auth/*`); unset with the sandbox means its own app (`SANDBOX_OAUTH_CLIENT`). */
  oauth?: OAuthConfig;
  /** `LOG_LEVEL`: JSON lines on stdout at this level and above. */
  logLevel: LogLevel;
  /** `SANDBOX_PORT`: where the embedded sandbox listens; 0 picks a free port. */
  sandboxPort: number;
  /** `BASECAMP_FRESH_FOR` in ms: a GET validated this recently is served from the cache with no call. */
  freshForMs: number;
  /** `BASECAMP_WATCHED_FRESH_FOR` in ms: the same for webhook-covered objects of watched projects. */
  watchedFreshForMs: number;
  /** `GRAPHQL_MAX_COST`: worst-case upstream calls above which an operation is refused before it runs. */
  maxCost: number;
  /** `GRAPHQL_MAX_CALLS`: upstream calls one operation may spend. */
  maxCalls: number;
  /** The webhook receiver and `watchProject`; both variables or neither. */
  webhooks?: WebhookConfig;
  /** `SESSION_SECRET`: keys connection cursors (and, with OAuth, the cookies), so processes share them. */
  sessionSecret?: string;
  /** `BASECAMP_CACHE_MB` in bytes: the in-process cache's memory bound, all tokens together. */
  cacheMaxBytes: number;
  /** `BASECAMP_MAX_RESPONSE_MB` in bytes: larger upstream bodies are aborted while streaming. */
  maxResponseBytes: number;
}

export interface WebhookConfig {
  /** Public URL of the receiver, without the secret: `https://example.com/webhooks/basecamp`. */
  url: string;
  /** The receiver's last path segment. */
  secret: string;
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
    upstream: apiUrl ? { kind: 'remote', apiUrl: parseHttpsOrigin('BASECAMP_API_URL', apiUrl, 'https://3.basecampapi.com', ' (the account id is added per request)'), userAgent: requireUserAgent(userAgent) } : { kind: 'sandbox' },
    rateLimit: parseRateBudget(blankToUndefined(env.BASECAMP_RATE_LIMIT) ?? '50/10s'),
    logLevel: parseLogLevel(blankToUndefined(env.LOG_LEVEL)),
    sandboxPort: parsePort(env.SANDBOX_PORT, 'SANDBOX_PORT', 0),
    freshForMs: parseDuration(blankToUndefined(env.BASECAMP_FRESH_FOR) ?? '0s', 'BASECAMP_FRESH_FOR'),
    watchedFreshForMs: parseDuration(blankToUndefined(env.BASECAMP_WATCHED_FRESH_FOR) ?? '5m', 'BASECAMP_WATCHED_FRESH_FOR'),
    maxCost: parseCallCount(env.GRAPHQL_MAX_COST, 'GRAPHQL_MAX_COST', 5000),
    maxCalls: parseCallCount(env.GRAPHQL_MAX_CALLS, 'GRAPHQL_MAX_CALLS', 200),
    cacheMaxBytes: parseMegabytes(env.BASECAMP_CACHE_MB, 'BASECAMP_CACHE_MB', 64),
    maxResponseBytes: parseMegabytes(env.BASECAMP_MAX_RESPONSE_MB, 'BASECAMP_MAX_RESPONSE_MB', 20),
  };
  const accountId = blankToUndefined(env.BASECAMP_ACCOUNT_ID);
  if (accountId !== undefined) config.accountId = parseAccountId(accountId, 'BASECAMP_ACCOUNT_ID');
  const accessToken = blankToUndefined(env.BASECAMP_ACCESS_TOKEN);
  if (accessToken !== undefined) config.accessToken = accessToken;
  const redisUrl = blankToUndefined(env.REDIS_URL);
  if (redisUrl !== undefined) config.redisUrl = parseRedisUrl(redisUrl);
  const corsOrigins = blankToUndefined(env.CORS_ORIGINS);
  if (corsOrigins !== undefined) config.corsOrigins = parseCorsOrigins(corsOrigins);
  const trustedDocuments = blankToUndefined(env.GRAPHQL_TRUSTED_DOCUMENTS);
  if (trustedDocuments !== undefined) config.trustedDocuments = loadTrustedDocuments(trustedDocuments);
  if (userAgent !== undefined && config.upstream.kind === 'sandbox') requireUserAgent(userAgent);
  const oauth = parseOAuth(env, config.upstream.kind);
  if (oauth !== undefined) config.oauth = oauth;
  const webhooks = parseWebhooks(blankToUndefined(env.BASECAMP_WEBHOOK_URL), blankToUndefined(env.BASECAMP_WEBHOOK_SECRET));
  if (webhooks !== undefined) config.webhooks = webhooks;
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

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** `500ms`, `5s`, `1.5m`, `2h` or `0` → milliseconds; the error names the variable. */
export function parseDuration(value: string, name: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  const unit = match?.[2] ?? (match?.[1] !== undefined && Number(match[1]) === 0 ? 'ms' : undefined);
  if (match === null || match[1] === undefined || unit === undefined) {
    throw new ConfigError(`${name} must be a duration such as 500ms, 5s, 5m or 1h (0 turns it off), got "${truncate(value)}".`);
  }
  const ms = Math.round(Number(match[1]) * (DURATION_UNITS[unit] ?? 0));
  if (!Number.isSafeInteger(ms) || ms > 24 * 3_600_000) throw new ConfigError(`${name} must be at most 24h, got "${truncate(value)}".`);
  return ms;
}

/** The budget string, e.g. `50/10s`, as the client reads it; the error names the variable. */
function parseRateBudget(value: string): RateBudget {
  try {
    return parseRateLimit(value);
  } catch (error) {
    throw new ConfigError(`BASECAMP_RATE_LIMIT: ${(error as Error).message}`);
  }
}

/**
 * `CORS_ORIGINS`: exact origins, comma-separated. `*` stands alone, because a wildcard is only
 * ever served without credentials (and so cannot carry a cookie session to another site).
 */
function parseCorsOrigins(value: string): string[] {
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length === 0) throw new ConfigError(`CORS_ORIGINS must list origins such as https://app.example.com, separated by commas, got "${truncate(value)}".`);
  if (entries.includes('*')) {
    if (entries.length > 1) throw new ConfigError('CORS_ORIGINS: "*" allows every origin and must stand alone.');
    return ['*'];
  }
  return entries.map((entry) => {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      // reported below
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== entry.replace(/\/$/, '').toLowerCase()) {
      throw new ConfigError(`CORS_ORIGINS must list origins like https://app.example.com (scheme, host, optional port; no path), got "${truncate(entry)}".`);
    }
    return url.origin;
  });
}

/**
 * `GRAPHQL_TRUSTED_DOCUMENTS`: a persisted-documents manifest as GraphQL Code Generator's client
 * preset writes it (`persistedDocuments: true`): `{ "<hash>": "<document>" }` (sha1 by default,
 * sha256 with `hashAlgorithm: 'sha256'`; clients send it as `extensions.persistedQuery.sha256Hash`).
 */
function loadTrustedDocuments(path: string): Record<string, string> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not readable JSON';
    throw new ConfigError(`GRAPHQL_TRUSTED_DOCUMENTS: ${reason} at "${truncate(path)}".`);
  }
  const entries = manifest !== null && typeof manifest === 'object' && !Array.isArray(manifest) ? Object.entries(manifest) : undefined;
  if (!entries || entries.length === 0 || !entries.every(([hash, document]) => hash.trim() !== '' && typeof document === 'string' && document.trim() !== '')) {
    throw new ConfigError(`GRAPHQL_TRUSTED_DOCUMENTS: "${truncate(path)}" must be a JSON object of hashes to documents, as the codegen client preset writes with persistedDocuments: true.`);
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/** A limit counted in upstream calls: a whole number of at least 1. */
function parseCallCount(value: string | undefined, name: string, fallback: number): number {
  const text = blankToUndefined(value);
  if (text === undefined) return fallback;
  const count = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(count) || count < 1) {
    throw new ConfigError(`${name} must be a whole number of upstream calls, at least 1, got "${truncate(text)}".`);
  }
  return count;
}

/** A size in MiB (fractions allowed, e.g. `0.5`), returned in bytes. */
function parseMegabytes(value: string | undefined, name: string, fallback: number): number {
  const text = blankToUndefined(value);
  if (text === undefined) return fallback * 1024 * 1024;
  const megabytes = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  const bytes = Math.floor(megabytes * 1024 * 1024);
  if (!(bytes >= 1024) || megabytes > 1024 * 1024) {
    throw new ConfigError(`${name} must be a size in MiB such as ${fallback} (at least 0.001), got "${truncate(text)}".`);
  }
  return bytes;
}

function parsePort(value: string | undefined, name = 'PORT', fallback = 4000): number {
  if (blankToUndefined(value) === undefined) return fallback;
  // Decimal digits only: Number() would also read `0x10` as 16 and `1e3` as 1000.
  const port = /^\s*\d+\s*$/.test(value ?? '') ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a whole number from 0 to 65535, got "${truncate(value ?? '')}".`);
  }
  return port;
}

function parseLogLevel(value: string | undefined): LogLevel {
  if (value === undefined) return 'info';
  const level = value.toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${truncate(value)}".`);
  }
  return level as LogLevel;
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
  if (launchpadUrl !== undefined) oauth.launchpadUrl = parseHttpsOrigin('BASECAMP_LAUNCHPAD_URL', launchpadUrl, 'https://launchpad.37signals.com');
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
  const url = parseSecureUrl('BASECAMP_REDIRECT_URI', value, 'https://graph.example.com/auth/callback');
  if (!url.pathname.endsWith('/auth/callback') || url.search || url.hash) {
    throw new ConfigError(`BASECAMP_REDIRECT_URI must end in /auth/callback (this server's callback), got "${truncate(withoutCredentials(value))}".`);
  }
  return url.href;
}

function parseHttpsOrigin(name: string, value: string, example: string, why = ''): string {
  const url = parseSecureUrl(name, value, example);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`${name} must be an origin only${why}, got "${truncate(withoutCredentials(value))}".`);
  }
  return url.origin;
}

/** An absolute URL on https, or on http for a loopback host; each error names the variable. */
function parseSecureUrl(name: string, value: string, example: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an absolute URL such as ${example}, got "${truncate(withoutCredentials(value))}".`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new ConfigError(`${name} must use https:// (http:// is allowed only for loopback hosts), got "${url.origin}".`);
  }
  return url;
}

/**
 * Basecamp POSTs to `${url}/${secret}`, so the URL must be one Basecamp can call (https; http only
 * for a loopback receiver in development) and the secret one safe, unguessable path segment.
 */
function parseWebhooks(url: string | undefined, secret: string | undefined): WebhookConfig | undefined {
  if (url === undefined && secret === undefined) return undefined;
  if (url === undefined) throw new ConfigError('BASECAMP_WEBHOOK_URL must be set with BASECAMP_WEBHOOK_SECRET (the public URL of /webhooks/basecamp).');
  if (secret === undefined) throw new ConfigError('BASECAMP_WEBHOOK_SECRET must be set with BASECAMP_WEBHOOK_URL.');
  const parsed = parseSecureUrl('BASECAMP_WEBHOOK_URL', url, 'https://example.com/webhooks/basecamp');
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new ConfigError('BASECAMP_WEBHOOK_URL must not carry a query, a fragment or credentials.');
  }
  // The secret is never echoed: it would end up in logs.
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(secret)) {
    throw new ConfigError('BASECAMP_WEBHOOK_SECRET must be 16 to 200 characters of letters, digits, "-" and "_".');
  }
  return { url: parsed.href.replace(/\/+$/, ''), secret };
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** A URL as an error may quote it: a `user:password@` in it is never printed. */
function withoutCredentials(value: string): string {
  return value.replace(/\/\/[^/?#]*@/, '//***@');
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
