import { UpstreamError } from './errors.ts';
import { notSent } from './rate-limit.ts';
import type { Clock, Layer, UpstreamRequest, UpstreamResponse } from './types.ts';

export interface RejectedTokensOptions {
  clock: Clock;
  /** How long a token Basecamp answered 401 is refused without asking again. Default 60 000 ms. */
  rememberMs?: number;
  /** Most tokens remembered either way (rejected, or known good); the oldest are forgotten first. Default 10 000. */
  maxTokens?: number;
}

export interface RejectedTokens {
  /** Above the rate limiter: a token rejected moments ago fails here, without waiting or spending. */
  refuse: Layer;
  /**
   * Just above the wire, below the rate limiter: a token's first call finds out whether Basecamp
   * takes it while its other calls wait (their slots are given back if it does not).
   */
  probe: Layer;
}

/**
 * Stops calls with a token Basecamp has just rejected: a stranger's bad token must not spend an
 * account's budget, nor queue ahead of its people. Two layers share what is learnt:
 *
 * - A 401 marks the token's hash as rejected for `rememberMs`; until then every call with it fails
 *   at once with `UNAUTHENTICATED` (`refuse`), costing no upstream call and no budget. A new token
 *   (a refreshed one) has a new hash, so it is never caught by this.
 * - A token not yet known good sends one call at a time until an answer other than 401 arrives
 *   (`probe`), so a burst of requests with a bad token costs one call, not one per request. The
 *   others wait in their places in the rate limiter's queue, and the slots of those refused are
 *   given back. A known-good token (the usual case) passes straight through.
 * - Keyed by the token's hash (never the token), per process.
 */
export function createRejectedTokens(options: RejectedTokensOptions): RejectedTokens {
  const { clock, rememberMs = 60_000, maxTokens = 10_000 } = options;
  /** Token hash → epoch ms until which it is refused; insertion order is expiry order. */
  const rejected = new Map<string, number>();
  /** Token hashes Basecamp accepted, least recently used first. */
  const accepted = new Map<string, true>();
  /** Token hash → the first call of a token not yet known good, settled once it is answered. */
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

  const refuse: Layer = (next) => async (request) => {
    if (isRejected(request.credentials.tokenHash)) throw refusal();
    return next(request);
  };

  const probe: Layer = (next) => async (request: UpstreamRequest): Promise<UpstreamResponse> => {
    const hash = request.credentials.tokenHash;
    for (;;) {
      // Nothing was sent: the rate limiter gives this attempt's slot back.
      if (isRejected(hash)) throw notSent(refusal());
      if (accepted.has(hash)) break;
      const pending = probes.get(hash);
      if (pending === undefined) break;
      await waitFor(pending, request.signal).catch((reason: unknown) => {
        // The caller left while waiting; nothing was sent.
        throw typeof reason === 'object' && reason !== null ? notSent(reason) : reason;
      });
    }
    const known = accepted.has(hash);
    if (known) {
      accepted.delete(hash);
      accepted.set(hash, true);
    }
    // Without an answer (a network failure) nothing is learnt: the next call asks.
    const call = next(request).then((response) => {
      if (!known || response.status === 401) learn(hash, response.status);
      return response;
    });
    if (!known) {
      // This call finds out whether the token is good; the token's other calls wait for it.
      const settled = call.then(
        () => undefined,
        () => undefined,
      );
      probes.set(hash, settled);
      void settled.then(() => {
        if (probes.get(hash) === settled) probes.delete(hash);
      });
    }
    return call;
  };

  return { refuse, probe };
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
