import type { ClientMetrics } from './metrics.ts';
import type { AccountChanges } from './stores/account-changes-types.ts';
import type { Layer, UpstreamRequest, UpstreamResponse } from './types.ts';

export interface CoalescingOptions {
  metrics: ClientMetrics;
  /** Other processes of the deployment (Redis): they hear of this one's changes, and it of theirs. */
  changes?: AccountChanges;
}

export interface Coalescing {
  layer: Layer;
  /** Ends the sharing of every call to the account in flight now, here and in the other processes: its data changed (a webhook said so). */
  forgetAccount(accountId: string): void;
  /** Stops hearing other processes. */
  close(): void;
}

interface InFlight {
  response: Promise<UpstreamResponse>;
  /** Aborts the shared call; used only once every waiter has given up. */
  controller: AbortController;
  /** Waiters still interested in the answer. */
  waiters: number;
  /** A write to this account settling ends the sharing (reads after a write). */
  accountId: string;
}

/**
 * Identical GETs in flight at the same time (same token, account, URL and headers) share one call
 * below, and its answer or error. Only GETs: a write must reach the upstream once per caller.
 *
 * Abort: the shared call gets its own signal, not any caller's. A caller whose signal aborts is
 * rejected at once with its reason and leaves; the shared call is aborted only when the last
 * waiter has left, so one impatient caller never fails the others. The entry is dropped as soon
 * as the call settles (or is abandoned), so a later GET always makes a fresh call.
 *
 * Reads after a change: once a write to an account has settled (answered or failed, as it may have
 * been applied), or `forgetAccount` heard of a change, no GET joins a call to that account sent
 * before, which may hold the old state; such calls still answer the callers already waiting on them.
 * With `changes`, the other processes do the same on word of it: a write through one process and a
 * read through another (a load balancer) must not meet the old state either.
 *
 * A shared call's waiters are answered in one go, which keeps a busy client's identical queries in
 * lockstep (README, `npm run bench`: each round costs the upstream's latency plus the CPU of all
 * the answers). Answering them one event-loop turn apart was measured and not kept: side by side,
 * the single-object load rose from 0.78 to 0.83 of REST at 20 ms, but a herd of queries spread out
 * in time, and each one that came after a call had settled paid its own revalidation: 100
 * concurrent dashboards under the rate budget took 104 calls instead of 93 (one token) and 212
 * instead of 161 (four). Measured again once answers that arrive after an operation began were
 * fresh for it (freshness.ts): 66 calls instead of 42-63, and 108 instead of 90-103. Calls are
 * the scarce thing.
 */
export function createCoalescing(options: CoalescingOptions): Coalescing {
  const { metrics, changes } = options;
  const inFlight = new Map<string, InFlight>();
  const forgetHere = (accountId: string): void => {
    for (const [key, entry] of inFlight) if (entry.accountId === accountId) inFlight.delete(key);
  };
  const forgetAccount = (accountId: string): void => {
    forgetHere(accountId);
    changes?.publish(accountId);
  };
  const unsubscribe = changes?.subscribe(forgetHere);

  const layer: Layer = (next) => async (request) => {
    if (request.method !== 'GET') {
      try {
        return await next(request);
      } finally {
        forgetAccount(request.credentials.accountId);
      }
    }
    request.signal?.throwIfAborted();

    const key = coalesceKey(request);
    let shared = inFlight.get(key);
    if (shared === undefined) {
      const controller = new AbortController();
      const entry: InFlight = {
        controller,
        waiters: 0,
        accountId: request.credentials.accountId,
        response: (async () => next({ ...request, signal: controller.signal }))(),
      };
      const forget = (): void => {
        if (inFlight.get(key) === entry) inFlight.delete(key);
      };
      // Settling removes the entry; handling both outcomes also keeps an abandoned call's rejection handled.
      entry.response.then(forget, forget);
      inFlight.set(key, entry);
      shared = entry;
    } else {
      metrics.increment('coalesced');
      if (request.ledger) request.ledger.fromCache += 1;
    }
    return join(shared, request.signal, () => {
      if (inFlight.get(key) === shared) inFlight.delete(key);
    });
  };
  return { layer, forgetAccount, close: () => unsubscribe?.() };
}

function join(shared: InFlight, signal: AbortSignal | undefined, abandon: () => void): Promise<UpstreamResponse> {
  shared.waiters += 1;
  if (signal === undefined) return shared.response;

  return new Promise<UpstreamResponse>((resolve, reject) => {
    const leave = (): void => {
      shared.waiters -= 1;
      reject(signal.reason);
      if (shared.waiters === 0) {
        abandon();
        shared.controller.abort(signal.reason);
      }
    };
    signal.addEventListener('abort', leave, { once: true });
    shared.response.then(
      (response) => {
        signal.removeEventListener('abort', leave);
        resolve(response);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}

function coalesceKey(request: UpstreamRequest): string {
  const { tokenHash, accountId } = request.credentials;
  const headers = Object.entries(request.headers)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}:${value}`)
    .join('\n');
  return `${tokenHash}:${accountId}:${request.url}\n${headers}`;
}
