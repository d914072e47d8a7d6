import { createHash } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { cacheLayer } from './cache.ts';
import { callCapLayer } from './call-cap.ts';
import { systemClock } from './clock.ts';
import { createCoalescing } from './coalesce.ts';
import { errorsLayer, UpstreamError } from './errors.ts';
import { createFreshness, type Freshness } from './freshness.ts';
import { createMetrics, type ClientMetrics } from './metrics.ts';
import { observeLayer } from './observe.ts';
import { findOperation, operation, operationPath, type OperationId, type OperationParams, type OperationResponse } from './operations.ts';
import { toPage } from './pagination.ts';
import { createRateLimiter, rateLimitLayer, readBudget } from './rate-limit.ts';
import { createRejectedTokens } from './rejected-tokens.ts';
import { retryLayer } from './retry.ts';
import type { AccountChanges } from './stores/account-changes-types.ts';
import { createMemoryFreshnessStore } from './stores/freshness-memory.ts';
import type { FreshnessStore } from './stores/freshness-types.ts';
import { createMemoryCacheStore } from './stores/memory.ts';
import type { CacheStore, RateLimitStore } from './stores/types.ts';
import { createAgent, transport, type Dispatcher } from './transport.ts';
import type { CallLedger, Clock, Credentials, HttpMethod, Operation, Page, Send, UpstreamRequest, UpstreamResponse } from './types.ts';

export interface BasecampClientOptions {
  /** Upstream origin, e.g. `https://3.basecampapi.com`. `http://` only for loopback hosts. */
  baseUrl: string;
  /** `AppName (contact)`, sent on every request. */
  userAgent: string;
  /** Budget per account and per token. Default 50 per 10 s (CONTRACT.md `BASECAMP_RATE_LIMIT`). */
  rateLimit?: { limit: number; windowMs: number };
  /** Default: a keep-alive undici `Agent`, closed by `close()`. An injected one is the caller's to close. */
  dispatcher?: Dispatcher;
  /** Default: in-memory LRU of `cacheMaxBytes`. */
  cacheStore?: CacheStore;
  /** Budget of the default in-memory cache store, in bytes. Default 64 MiB. */
  cacheMaxBytes?: number;
  /** Largest upstream body read; a larger one is aborted while streaming. Default 20 MiB. */
  maxResponseBytes?: number;
  /** Default: in-memory (one process). */
  rateLimitStore?: RateLimitStore;
  /** Default: the system clock. */
  clock?: Clock;
  /** Per attempt, in ms. Default 30 000. */
  timeoutMs?: number;
  /** Attempts per call, the first included; 1 disables retries. Default 3, and never more than the operation's own budget. */
  maxAttempts?: number;
  /** A GET validated this many ms ago or less is answered from the cache with no call. Default 0 (always revalidate). */
  freshForMs?: number;
  /** The same for webhook-covered objects of a watched project. Default 5 minutes. */
  watchedFreshForMs?: number;
  /** Freshness marks and the watched set. Default: in-memory (one process). */
  freshnessStore?: FreshnessStore;
  /** Where the client's operator warnings go (the freshness store failing, then answering again). Default `console.warn`. */
  warn?: (message: string) => void;
  /** Word of changed accounts shared with the deployment's other processes. Default: none (one process). */
  accountChanges?: AccountChanges;
}

/** The process-wide client: connection pool, stores, budgets and metrics. */
export interface BasecampClient {
  /** A view bound to one GraphQL request's credentials and abort signal. */
  session(credentials: Credentials, signal?: AbortSignal, ledger?: CallLedger): BasecampSession;
  /** The caller's rate budget (account and token), read without spending any. */
  budget(credentials: Credentials): Promise<BudgetFigures>;
  metrics: ClientMetrics;
  /** The upstream origin that URLs must stay on. */
  origin: string;
  /** Account-relative path prefixes made stale for every token (see `Freshness.invalidate`). */
  invalidate: Freshness['invalidate'];
  /** What a change to a recording (e.g. a webhook payload's `recording`) makes stale, for every token. */
  invalidateRecording: Freshness['invalidateRecording'];
  /** Adds or removes a project from the watched set (its covered objects stay fresh for `watchedFreshForMs`). */
  watch: Freshness['watch'];
  isWatched: Freshness['isWatched'];
  close(): Promise<void>;
}

/** Query parameters; a list repeats its name (`assignee_ids[]=1&assignee_ids[]=2`); undefined ones are left out. */
export type Query = Record<string, string | readonly string[] | undefined>;

/** What a call by operation id sends besides its path parameters. */
export interface CallOptions {
  query?: Query;
  /** A JSON body; or a file: raw bytes sent with `contentType`, or a multipart `FormData`. Never retried. */
  body?: unknown;
  /** The content type of a raw-bytes body. */
  contentType?: string;
}

/** What a caller may still spend upstream, as `rateLimit` and `extensions.cost.budget` show it. */
export interface BudgetFigures {
  /** Calls allowed per window, per account (and per token). */
  limit: number;
  /** Calls that could start now: the tighter of the account's and the token's room. */
  remaining: number;
  /** ISO 8601 instant when the full budget is back if nothing more is sent. */
  resetAt: string;
}

/** Every method throws `UpstreamError` and nothing else. */
export interface BasecampSession {
  accountId: string;
  /** `${baseUrl}/${accountId}${path}`, with the defined query parameters appended. */
  url(path: string, query?: Query): string;
  /**
   * Calls a documented operation by id: its method and path template come from the table
   * (`operations.generated.ts`), its retry rules travel with the request. Answers with the body,
   * typed as the operation's Wire type (undefined for an empty answer).
   */
  call<Id extends OperationId>(operationId: Id, params: OperationParams<Id>, options?: CallOptions): Promise<OperationResponse<Id>>;
  /**
   * `pathOrUrl` is an account-relative path starting with `/`, or an absolute URL (a `Link`, a
   * cursor, an embedded `url`) that must be on the upstream origin and under `/{accountId}/`.
   * Anything else is refused with BAD_USER_INPUT before any request is made.
   */
  get<T = unknown>(pathOrUrl: string, query?: Query): Promise<T>;
  /**
   * One page of a collection: items, `Link: rel="next"` (same origin only), `X-Total-Count`.
   * `operationId` names the collection's operation, so a next-page URL keeps its first page's rules.
   */
  page<T = unknown>(pathOrUrl: string, query?: Query, operationId?: OperationId): Promise<Page<T>>;
  /** How many more attempts this operation may send upstream (`CallLedger.limit`); undefined when unlimited. */
  callsLeft?(): number | undefined;
  /** This caller's rate budget, read without spending any. */
  budget(): Promise<BudgetFigures>;
  /**
   * Begins a new operation on this session (a subscription's next event): from now on only answers
   * that arrive after this moment are fresh for it beyond the window (`UpstreamRequest.freshSince`),
   * and it may spend the whole call cap again (`CallLedger.limit`).
   */
  startOver?(): void;
}

/** SHA-256 hex of a token: the `Credentials.tokenHash` that keys caches, coalescing and budgets. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Builds the client. Throws an `Error` naming the problem when `baseUrl` is not https (http is
 * allowed for loopback hosts only), or `userAgent`, `timeoutMs` or `maxAttempts` is unusable.
 */
export function createBasecampClient(options: BasecampClientOptions): BasecampClient {
  const base = parseBaseUrl(options.baseUrl);
  const userAgent = validateUserAgent(options.userAgent);
  const maxAttempts = positiveInteger(options.maxAttempts ?? 3, 'maxAttempts');
  const timeoutMs = positiveInteger(options.timeoutMs ?? 30_000, 'timeoutMs');
  const clock = options.clock ?? systemClock;
  const metrics = createMetrics();
  const dispatcher = options.dispatcher ?? createAgent();
  const budget = options.rateLimit ?? { limit: 50, windowMs: 10_000 };

  const errors = errorsLayer({ clock });
  const coalescing = createCoalescing({ metrics, ...(options.accountChanges && { changes: options.accountChanges }) });
  const cacheStore = options.cacheStore ?? createMemoryCacheStore({
    ...(options.cacheMaxBytes !== undefined && { maxBytes: positiveInteger(options.cacheMaxBytes, 'cacheMaxBytes') }),
    onEvict: () => metrics.increment('cacheEvictions'),
  });
  metrics.watchCache(cacheStore);
  const cache = cacheLayer({ store: cacheStore, metrics, now: () => clock.now() });
  const freshness = createFreshness({
    cacheStore,
    store: options.freshnessStore ?? createMemoryFreshnessStore(),
    now: () => clock.now(),
    freshForMs: options.freshForMs ?? 0,
    watchedFreshForMs: options.watchedFreshForMs ?? 5 * 60_000,
    metrics,
    ...(options.warn && { log: options.warn }),
  });
  const retry = retryLayer({
    clock,
    metrics,
    // The behaviour model gives some operations fewer attempts than the client-wide cap.
    maxAttempts: (request) => Math.min(maxAttempts, request.operation?.maxAttempts ?? maxAttempts),
  });
  const limiter = createRateLimiter({ ...budget, ...(options.rateLimitStore ? { store: options.rateLimitStore } : {}) });
  const rateLimit = rateLimitLayer({ limiter, clock, metrics });
  const { refuse: rejected, probe } = createRejectedTokens({ clock });
  const budgetOf = async (credentials: Credentials): Promise<BudgetFigures> => {
    try {
      const { limit, remaining, resetAt } = await readBudget(limiter, credentials, clock.now());
      return { limit, remaining, resetAt: new Date(resetAt).toISOString() };
    } catch (error) {
      // A shared store that is down: say so in the contract's terms.
      throw new UpstreamError('UPSTREAM_UNAVAILABLE', 'The rate budget could not be read.', { cause: error });
    }
  };
  const wire = transport({
    dispatcher,
    userAgent,
    timeoutMs,
    metrics,
    ...(options.maxResponseBytes !== undefined && { maxResponseBytes: positiveInteger(options.maxResponseBytes, 'maxResponseBytes') }),
  });
  const observe = observeLayer({ metrics, clock, operationOf: (request) => request.operation?.operationId });
  const callCap = callCapLayer();

  // The order is the architecture (STYLE 1.4); read it outside-in:
  const send: Send =
    errors(       // a non-2xx that survived everything below becomes an UpstreamError in the contract's codes
    coalescing.layer( // identical GETs in flight for the same token and account share one call
    freshness.layer( // a GET validated within its window is answered from the store; writes mark what they change
    cache(        // adds If-None-Match / If-Modified-Since; a 304 is answered from this token's stored body
    retry(        // 429 waits Retry-After; 5xx and network failures back off, on idempotent calls only
    rejected(     // a token Basecamp just answered 401 fails here, before any budget or call is spent
    callCap(      // an operation past its GRAPHQL_MAX_CALLS attempts is refused before spending budget
    rateLimit(    // every attempt, retries included, spends its account's and its token's budget
    probe(        // a token not yet known good sends one call until Basecamp has answered it
    observe(      // times each attempt by operation and status, for the gateway's /metrics
    wire)))))))))); // undici: auth, User-Agent and JSON headers; lossless JSON with ids as strings

  return {
    metrics,
    origin: base.origin,
    // A change Basecamp reports also ends the sharing of calls sent before it.
    invalidate: async (accountId, pathPrefixes) => {
      coalescing.forgetAccount(accountId);
      await freshness.invalidate(accountId, pathPrefixes);
    },
    invalidateRecording: async (accountId, recording, kind) => {
      coalescing.forgetAccount(accountId);
      await freshness.invalidateRecording(accountId, recording, kind);
    },
    watch: freshness.watch,
    isWatched: freshness.isWatched,
    close: async () => {
      coalescing.close(); // an injected `accountChanges`, like a dispatcher, is the caller's to close
      if (options.dispatcher === undefined) await dispatcher.close();
    },
    session(credentials, signal, ledger) {
      // Each call a query has in flight listens on its request's signal until it settles, so one
      // wide query legitimately holds more than Node's leak-warning threshold of 10 (the call cap bounds them).
      if (signal) setMaxListeners(0, signal);
      return createSession({ credentials, signal, ledger, base, send, metrics, clock, budget: () => budgetOf(credentials) });
    },
    budget: budgetOf,
  };
}

interface Base {
  origin: string;
  /** Path prefix before the account id, without a trailing slash (usually ''). */
  path: string;
}

interface SessionDeps {
  credentials: Credentials;
  signal: AbortSignal | undefined;
  ledger: CallLedger | undefined;
  base: Base;
  send: Send;
  metrics: ClientMetrics;
  clock: Clock;
  budget: () => Promise<BudgetFigures>;
}

function createSession({ credentials, signal, ledger, base, send, metrics, clock, budget }: SessionDeps): BasecampSession {
  const { accountId } = credentials;
  // The operation began now: answers arriving from here on are fresh for it (freshness.ts).
  let freshSince = clock.now();
  const accountRoot = `${base.origin}${base.path}/${accountId}`;

  /**
   * `known` is the operation the caller named. Writes always name theirs (`call`); only a read by
   * bare path or URL (an embedded `url`, a download) is looked up in the table, once, here, so no
   * layer below parses URLs back.
   */
  const call = async (
    method: HttpMethod,
    target: string | { operation: Operation; params: Readonly<Record<string, string>> },
    query: Query | undefined,
    body?: unknown,
    headers: Record<string, string> = {},
    known?: Operation,
  ): Promise<UpstreamResponse> => {
    try {
      if (!/^\d+$/.test(accountId)) {
        throw new UpstreamError('BAD_USER_INPUT', 'A Basecamp account id is a number.', { retryable: false });
      }
      const pathOrUrl = typeof target === 'string' ? target : operationPathOrRefuse(target.operation, target.params);
      const url = resolveTarget(pathOrUrl, query, accountRoot, base, accountId);
      const relative = accountRelative(url, base, accountId) ?? '';
      const op = typeof target === 'string' ? (known ?? findOperation(method, relative)) : target.operation;
      const request: UpstreamRequest = {
        method,
        url: url.href,
        headers,
        credentials,
        // A file body is never sent twice; a POST the behaviour model does not call idempotent is not repeated.
        idempotent: !(body instanceof Uint8Array || body instanceof FormData) && (op?.idempotent ?? method !== 'POST'),
        ...(op ? { operation: op } : {}),
        ...(body !== undefined ? { body } : {}),
        ...(signal ? { signal } : {}),
        ...(ledger ? { ledger } : {}),
        freshSince,
      };
      return await send(request);
    } catch (error) {
      throw asUpstreamError(error, signal, credentials.token);
    }
  };

  return {
    accountId,
    url: (path, query) => {
      if (!path.startsWith('/')) throw refused(`An account path starts with "/", got "${clip(path)}".`);
      return withQuery(new URL(`${accountRoot}${path}`), query).href;
    },
    call: async (operationId, params, options = {}) => {
      const op = operation(operationId);
      const headers: Record<string, string> = options.contentType ? { 'content-type': options.contentType } : {};
      const response = await call(op.method, { operation: op, params: params as Readonly<Record<string, string>> }, options.query, options.body, headers);
      return response.body as never;
    },
    get: async <T>(pathOrUrl: string, query?: Query) => (await call('GET', pathOrUrl, query)).body as T,
    page: async <T>(pathOrUrl: string, query?: Query, operationId?: OperationId) => {
      const response = await call('GET', pathOrUrl, query, undefined, {}, operationId === undefined ? undefined : operation(operationId));
      try {
        return toPage<T>(response, { origin: base.origin, onRefusedLink: () => metrics.increment('refusedLinks') });
      } catch (error) {
        throw asUpstreamError(error, signal, credentials.token);
      }
    },
    callsLeft: () => (ledger?.limit === undefined ? undefined : Math.max(0, ledger.limit - (ledger.admitted ?? 0))),
    budget,
    startOver: () => {
      freshSince = clock.now();
      // So does the operation's cap on calls (GRAPHQL_MAX_CALLS): each event gets the whole of it.
      if (ledger?.admitted !== undefined) ledger.admitted = 0;
    },
  };
}

/**
 * The only way a URL is built or accepted. Relative paths are joined to the account root; both
 * forms must, once normalised (`..`, `%2e%2e`), still sit under `/{accountId}/` on the upstream
 * origin — otherwise the bearer token would travel somewhere the caller chose.
 */
function resolveTarget(pathOrUrl: string, query: Query | undefined, accountRoot: string, base: Base, accountId: string): URL {
  let url: URL;
  if (pathOrUrl.startsWith('/') && !pathOrUrl.startsWith('//')) {
    url = new URL(`${accountRoot}${pathOrUrl}`);
  } else {
    try {
      url = new URL(pathOrUrl);
    } catch {
      throw refused(`"${clip(pathOrUrl)}" is neither an account-relative path nor an absolute URL.`);
    }
    if (url.origin !== base.origin) throw refused(`${url.origin} is not the Basecamp upstream (${base.origin}); the URL was not fetched.`);
  }
  if (url.username || url.password || accountRelative(url, base, accountId) === undefined) {
    throw refused(`"${clip(url.pathname)}" is outside Basecamp account ${accountId}; the URL was not fetched.`);
  }
  url.hash = '';
  return withQuery(url, query);
}

/** `/projects.json` for `https://3.basecampapi.com/999/projects.json` in account 999; else undefined. */
function accountRelative(url: URL, base: Base, accountId: string): string | undefined {
  if (url.origin !== base.origin) return undefined;
  const prefix = `${base.path}/${accountId}/`;
  return url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length - 1) : undefined;
}

function withQuery(url: URL, query: Query | undefined): URL {
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (typeof value === 'string') url.searchParams.set(name, value);
    else for (const item of value) url.searchParams.append(name, item);
  }
  return url;
}

/** The path of a call by operation id; a missing parameter is the caller's input problem. */
function operationPathOrRefuse(op: Operation, params: Readonly<Record<string, string>>): string {
  try {
    return operationPath(op, params);
  } catch (error) {
    throw refused(error instanceof Error ? error.message : String(error));
  }
}

function refused(message: string): UpstreamError {
  return new UpstreamError('BAD_USER_INPUT', message, { retryable: false });
}

/**
 * Keeps the promise that only `UpstreamError` leaves the client (aborts and internal slips
 * included). An unexpected error is kept as `cause` for the logs unless its text holds the token.
 */
function asUpstreamError(error: unknown, signal: AbortSignal | undefined, token: string): UpstreamError {
  if (error instanceof UpstreamError) return error;
  if (signal?.aborted) {
    return new UpstreamError('UPSTREAM_UNAVAILABLE', 'The Basecamp request was cancelled by its caller.', { retryable: false });
  }
  const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  const safe = token === '' || !text.includes(token);
  return new UpstreamError('UPSTREAM_ERROR', 'The Basecamp client failed unexpectedly.', { retryable: false, ...(safe ? { cause: error } : {}) });
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

function parseBaseUrl(value: string): Base {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Basecamp baseUrl must be an absolute URL such as https://3.basecampapi.com, got "${clip(value)}".`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) {
    throw new Error(`Basecamp baseUrl must use https:// (http:// only for loopback hosts such as 127.0.0.1), got "${url.origin}".`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error('Basecamp baseUrl must not carry credentials, a query or a fragment.');
  }
  return { origin: url.origin, path: url.pathname.replace(/\/+$/, '') };
}

function validateUserAgent(value: string): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || /[\r\n]/.test(trimmed)) {
    throw new Error('Basecamp userAgent must be one line naming the app and a contact, like "AppName (you@example.com)".');
  }
  return trimmed;
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`Basecamp client ${name} must be a positive whole number, got ${value}.`);
  return value;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
