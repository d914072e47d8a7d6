import type { SandboxLogEntry } from './log.ts';
import type { Core } from './pipeline.ts';
import { createFaultSet, type FaultRule } from './protocol/faults.ts';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './protocol/rate-limit.ts';
import { Router } from './router.ts';
import { allRoutes } from './routes/index.ts';
import { buildSeed } from './seed/index.ts';
import { listen } from './server.ts';
import type { SandboxState } from './state/index.ts';

export type { FaultRule } from './protocol/faults.ts';
export type { SandboxLogEntry } from './log.ts';
export type { SandboxState } from './state/index.ts';

export interface SandboxOptions {
  /** Default: the seed's account id. */
  accountId?: string;
  /** Added to every response, in ms (default 0). */
  latencyMs?: number;
  /** Per bearer token; default 50 per 10 000 ms; `false` turns limiting off. */
  rateLimit?: RateLimitOptions | false;
  /** Serve the `/__sandbox` admin endpoints (default false). */
  admin?: boolean;
  /** Clock for timestamps written by requests and for rate windows (default `Date.now`). */
  now?: () => number;
  /** Log entries kept, newest last (default 20,000): a long-running sandbox must not grow for ever. */
  logLimit?: number;
}

export interface Sandbox {
  accountId: string;
  /** Bearer tokens by label: `owner` sees everything; `admin`, `member` and `client` see less. */
  tokens: Record<string, string>;
  /** Starts an HTTP server (default 127.0.0.1 on a free port); several may run at once. */
  listen(options?: { port?: number; host?: string }): Promise<{ url: string; close(): Promise<void> }>;
  /** API requests answered, oldest first: at least the last `logLimit` (admin requests are not logged). */
  log: SandboxLogEntry[];
  clearLog(): void;
  faults: { add(rule: FaultRule): void; clear(): void };
  setLatency(ms: number): void;
  /** While inactive, every API request is a 404 with `Reason: Account Inactive`. */
  setAccountActive(active: boolean): void;
  /** The live in-memory state, for tests to inspect (and, with care, to arrange). */
  state: SandboxState;
}

/**
 * Creates an embedded Basecamp simulator seeded with a deterministic account (see `seed/index.ts` for
 * the ids and tokens tests can rely on). Nothing listens until `listen()` is called.
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const now = options.now ?? Date.now;
  const { state } = buildSeed(options.accountId === undefined ? {} : { accountId: options.accountId });
  const faults = createFaultSet();
  let latencyMs = options.latencyMs ?? 0;
  const log: SandboxLogEntry[] = [];
  const tokens: Record<string, string> = {};
  for (const [token, grant] of state.tokens) tokens[grant.label] = token;

  const logLimit = options.logLimit ?? 20_000;
  const record = (entry: SandboxLogEntry): void => {
    // Trimmed a tenth at a time, so a full log does not shift the whole array on every request.
    if (log.length >= logLimit + Math.ceil(logLimit / 10)) log.splice(0, log.length - logLimit);
    log.push(entry);
  };

  const sandbox: Sandbox = {
    accountId: state.account.id,
    tokens,
    log,
    state,
    faults: { add: (rule) => faults.add(rule), clear: () => faults.clear() },
    clearLog: () => {
      log.length = 0;
    },
    setLatency: (ms) => {
      if (!(ms >= 0)) throw new TypeError(`latency must be a non-negative number of ms, got ${String(ms)}`);
      latencyMs = ms;
    },
    setAccountActive: (active) => {
      state.account.active = active;
    },
    listen: (listenOptions) =>
      listen({ core, record, latencyMs: () => latencyMs }, listenOptions),
  };
  const core: Core = {
    state,
    router: new Router(allRoutes()),
    faults,
    rateLimiter: createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT),
    admin: options.admin ? sandbox : undefined,
    launchpad: { codes: new Map(), refreshTokens: new Map(), expiries: new Map(), issued: 0 },
    now,
  };
  return sandbox;
}
