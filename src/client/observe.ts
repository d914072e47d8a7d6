import type { ClientMetrics } from './metrics.ts';
import type { Clock, Send, UpstreamRequest } from './types.ts';

export interface ObserveOptions {
  metrics: ClientMetrics;
  clock: Clock;
  /** The documented operation's id for a request, when it has one. */
  operationOf: (request: UpstreamRequest) => string | undefined;
}

/**
 * Times every attempt that reaches the wire and reports it by operation and status, so latency
 * histograms live outside the client (the gateway's `/metrics`) and the client needs no metrics
 * library. Placed inside the rate limiter: a budget wait is not upstream latency.
 */
export function observeLayer({ metrics, clock, operationOf }: ObserveOptions) {
  return (next: Send): Send =>
    async (request) => {
      const started = clock.now();
      let status: number | 'error' = 'error';
      try {
        const response = await next(request);
        status = response.status;
        return response;
      } finally {
        metrics.observe({ operation: operationOf(request) ?? 'unknown', method: request.method, status, durationMs: clock.now() - started });
      }
    };
}
