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
  /** `BASECAMP_FRESH_FOR` in ms: a GET validated this recently is served from the cache with no call. */
  freshForMs: number;
  /** `BASECAMP_WATCHED_FRESH_FOR` in ms: the same for webhook-covered objects of watched projects. */
  watchedFreshForMs: number;
  /** The webhook receiver and `watchProject`; both variables or neither. */
  webhooks?: WebhookConfig;
}

export interface WebhookConfig {
  /** Public URL of the receiver, without the secret: `https://example.com/webhooks/basecamp`. */
  url: string;
  /** The receiver's last path segment. */
  secret: string;
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
    freshForMs: parseDuration(blankToUndefined(env.BASECAMP_FRESH_FOR) ?? '0s', 'BASECAMP_FRESH_FOR'),
    watchedFreshForMs: parseDuration(blankToUndefined(env.BASECAMP_WATCHED_FRESH_FOR) ?? '5m', 'BASECAMP_WATCHED_FRESH_FOR'),
  };
  const accountId = blankToUndefined(env.BASECAMP_ACCOUNT_ID);
  if (accountId !== undefined) config.accountId = parseAccountId(accountId, 'BASECAMP_ACCOUNT_ID');
  const accessToken = blankToUndefined(env.BASECAMP_ACCESS_TOKEN);
  if (accessToken !== undefined) config.accessToken = accessToken;
  const redisUrl = blankToUndefined(env.REDIS_URL);
  if (redisUrl !== undefined) config.redisUrl = parseRedisUrl(redisUrl);
  if (userAgent !== undefined && config.upstream.kind === 'sandbox') requireUserAgent(userAgent);
  const webhooks = parseWebhooks(blankToUndefined(env.BASECAMP_WEBHOOK_URL), blankToUndefined(env.BASECAMP_WEBHOOK_SECRET));
  if (webhooks !== undefined) config.webhooks = webhooks;
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

/**
 * Basecamp POSTs to `${url}/${secret}`, so the URL must be one Basecamp can call (https; http only
 * for a loopback receiver in development) and the secret one safe, unguessable path segment.
 */
function parseWebhooks(url: string | undefined, secret: string | undefined): WebhookConfig | undefined {
  if (url === undefined && secret === undefined) return undefined;
  if (url === undefined) throw new ConfigError('BASECAMP_WEBHOOK_URL must be set with BASECAMP_WEBHOOK_SECRET (the public URL of /webhooks/basecamp).');
  if (secret === undefined) throw new ConfigError('BASECAMP_WEBHOOK_SECRET must be set with BASECAMP_WEBHOOK_URL.');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`BASECAMP_WEBHOOK_URL must be an absolute URL such as https://example.com/webhooks/basecamp, got "${truncate(url)}".`);
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname))) {
    throw new ConfigError(`BASECAMP_WEBHOOK_URL must use https:// (http:// is allowed only for loopback hosts), got "${parsed.origin}".`);
  }
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

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
