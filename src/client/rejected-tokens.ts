import { UpstreamError } from './errors.ts';
import type { Clock, Layer, UpstreamRequest, UpstreamResponse } from './types.ts';

export interface RejectedTokensOptions {
  clock: Clock;
  /** How long a token Basecamp answered 401 is refused without asking again. Default 60 000 ms. */
  rememberMs?: number;
  /** Most tokens remembered either way (rejected, or known good); the oldest are forgotten first. Default 10 000. */
  maxTokens?: number;
}

/**
 * Stops calls with a token Basecamp has just rejected, before they reach the rate limiter: a
 * stranger's bad token must not spend an account's budget, nor queue ahead of its people.
 *
 * - A 401 marks the token's hash as rejected for `rememberMs`; until then every call with it fails
 *   at once with `UNAUTHENTICATED`, costing no upstream call and no budget. A new token (a refreshed
 *   one) has a new hash, so it is never caught by this.
 * - A token not yet known good sends one call at a time until an answer other than 401 arrives, so
 *   a burst of requests with a bad token costs one call, not one per request. A known-good token
 *   (the usual case) passes straight through.
 * - Keyed by the token's hash (never the token), per process.
 */
export function rejectedTokensLayer(options: RejectedTokensOptions): Layer {
  const { clock, rememberMs = 60_000, maxTokens = 10_000 } = options;
  /** Token hash → epoch ms until which it is refused; insertion order is expiry order. */
  const rejected = new Map<string, number>();
  /** Token hashes Basecamp accepted, least recently used first. */
  const accepted = new Map<string, true>();
  /** Token hash → the first call of a token not yet known good, while it is in flight. */
  const probes = new Map<string, Promise<unknown>>();

  const isRejected = (hash: string): boolean => {
    const until = rejected.get(hash);
    if (until === undefined) return false;
    if (until > clock.now()) return true;
    rejected.delete(hash);
    return false;
  };

  const learn = (hash: string, status: number): void => {
    if (status === 401) {
      accepted.delete(hash);
      rejected.delete(hash);
      rejected.set(hash, clock.now() + rememberMs);
      // Every entry lives as long, so the first ones are the first to expire.
      for (const [key, until] of rejected) {
        if (until > clock.now()) break;
        rejected.delete(key);
      }
      trim(rejected, maxTokens);
    } else {
      rejected.delete(hash);
      accepted.delete(hash);
      accepted.set(hash, true);
      trim(accepted, maxTokens);
    }
  };

  return (next) => async (request: UpstreamRequest): Promise<UpstreamResponse> => {
    const hash = request.credentials.tokenHash;
    for (;;) {
      if (isRejected(hash)) throw refusal();
      if (accepted.has(hash)) break;
      const probe = probes.get(hash);
      if (probe === undefined) break;
      await waitFor(probe, request.signal);
    }
    if (accepted.has(hash)) {
      accepted.delete(hash);
      accepted.set(hash, true);
      const response = await next(request);
      if (response.status === 401) learn(hash, 401);
      return response;
    }
    // This call finds out whether the token is good; the token's other calls wait for it.
    // Without an answer (a network failure, a refusal below) nothing is learnt: the next call asks.
    const call = next(request).then((response) => {
      learn(hash, response.status);
      return response;
    });
    const settled = call.then(
      () => undefined,
      () => undefined,
    );
    probes.set(hash, settled);
    void settled.then(() => {
      if (probes.get(hash) === settled) probes.delete(hash);
    });
    return call;
  };
}

function refusal(): UpstreamError {
  return new UpstreamError('UNAUTHENTICATED', 'Basecamp rejected this access token moments ago (401): it is missing, expired or revoked. Not asked again.', {
    status: 401,
    retryable: false,
  });
}

/** Drops the oldest entries beyond `max` (a `Map` iterates in insertion order). */
function trim(map: Map<string, unknown>, max: number): void {
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}

/** Resolves when `promise` settles, or rejects with the signal's reason if it aborts first. */
function waitFor(promise: Promise<unknown>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise.then(() => undefined);
  signal.throwIfAborted();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}
