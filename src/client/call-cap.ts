import { UpstreamError } from './errors.ts';
import type { Layer } from './types.ts';

/**
 * Caps what one GraphQL operation may send upstream: once its ledger has let `ledger.limit`
 * attempts through, every further attempt is refused with `QUERY_TOO_EXPENSIVE` before it
 * reaches the rate limiter, so it costs neither a call nor budget. Check and count happen in one
 * synchronous step, so calls started together cannot overshoot. Answers served without a call
 * (fresh cache, a shared in-flight call) never get here and cost nothing.
 */
export function callCapLayer(): Layer {
  return (next) => (request) => {
    const ledger = request.ledger;
    if (ledger?.limit !== undefined) {
      const admitted = ledger.admitted ?? 0;
      if (admitted >= ledger.limit) {
        return Promise.reject(
          new UpstreamError('QUERY_TOO_EXPENSIVE', `The operation has spent the ${ledger.limit} upstream calls one operation may make (GRAPHQL_MAX_CALLS).`, { retryable: false }),
        );
      }
      ledger.admitted = admitted + 1;
    }
    return next(request);
  };
}
