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
  /** `BASECAMP_CACHE_MB` in bytes: the in-process cache's memory bound, all tokens together. */
  cacheMaxBytes: number;
  /** `BASECAMP_MAX_RESPONSE_MB` in bytes: larger upstream bodies are aborted while streaming. */
  maxResponseBytes: number;
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
    cacheMaxBytes: parseMegabytes(env.BASECAMP_CACHE_MB, 'BASECAMP_CACHE_MB', 64),
    maxResponseBytes: parseMegabytes(env.BASECAMP_MAX_RESPONSE_MB, 'BASECAMP_MAX_RESPONSE_MB', 20),
  };
  const accountId = blankToUndefined(env.BASECAMP_ACCOUNT_ID);
  if (accountId !== undefined) config.accountId = parseAccountId(accountId, 'BASECAMP_ACCOUNT_ID');
  const accessToken = blankToUndefined(env.BASECAMP_ACCESS_TOKEN);
  if (accessToken !== undefined) config.accessToken = accessToken;
  const redisUrl = blankToUndefined(env.REDIS_URL);
  if (redisUrl !== undefined) config.redisUrl = parseRedisUrl(redisUrl);
  if (userAgent !== undefined && config.upstream.kind === 'sandbox') requireUserAgent(userAgent);
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

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
