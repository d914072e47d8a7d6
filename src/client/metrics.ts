/**
 * Plain in-process counters for the client layers: read by tests and, later, a `/metrics`
 * endpoint. Counting never throws and never allocates per call beyond one status key.
 */

/** A JSON-able copy of every counter. */
export interface MetricsSnapshot {
  /** Upstream responses by HTTP status, e.g. `{ "200": 12, "304": 40 }`. */
  requestsByStatus: Record<string, number>;
  /** 304s answered from the cache store. */
  cacheHits: number;
  /** 304s seen by the cache layer, served from the store or not. */
  notModified: number;
  /** Responses written to the cache store. */
  cacheStores: number;
  /** Entries the cache store dropped to stay within its byte budget. */
  cacheEvictions: number;
  /** Attempts repeated by the retry layer. */
  retries: number;
  /** GETs that joined an identical call already in flight instead of making their own. */
  coalesced: number;
  /** GETs answered from the store with no call: validated within the window, or answered since their operation began. */
  freshAnswers: number;
  /** Attempts the rate limiter held back before sending. */
  limiterWaits: number;
  /** Total milliseconds those attempts were held back. */
  limiterWaitMs: number;
  /** Attempts the rate limiter refused (queue full, wait too long). */
  limiterRejections: number;
  /** Response body bytes received from upstream. */
  bytesIn: number;
  /** `Link` URLs refused because they left the upstream's origin or scheme. */
  refusedLinks: number;
  /** Gauge: bytes the cache store holds now (the memory store's budget counts these). */
  cacheBytes: number;
  /** Gauge: entries the cache store holds now, when it knows (0 otherwise). */
  cacheEntries: number;
}

/** The plain numeric counters, i.e. everything but `requestsByStatus` and the gauges. */
export type Counter = Exclude<keyof MetricsSnapshot, 'requestsByStatus' | 'cacheBytes' | 'cacheEntries'>;

/** What the cache gauges read: a `CacheStore`'s `size` and `entries`. */
export interface CacheGauge {
  readonly size: number;
  readonly entries?: number;
}

export interface ClientMetrics {
  /** Adds `by` (default 1) to one counter, e.g. `metrics.increment('limiterWaitMs', 250)`. */
  increment(counter: Counter, by?: number): void;
  /** Counts one upstream response by status. */
  countStatus(status: number): void;
  snapshot(): MetricsSnapshot;
  /** Reports one upstream attempt to the listeners (the observe layer calls it). */
  observe(observation: UpstreamObservation): void;
  /** Listens to every upstream attempt, e.g. for latency histograms; returns the unsubscribe. */
  onObservation(listener: (observation: UpstreamObservation) => void): () => void;
  /** Makes `cacheBytes` and `cacheEntries` read this store. */
  watchCache(store: CacheGauge): void;
}

/** One attempt as the wire saw it, timed without the rate limiter's wait. */
export interface UpstreamObservation {
  /** The documented operation (`GetTodo`), or `unknown` for an undocumented path. */
  operation: string;
  method: string;
  /** HTTP status, or `error` when no answer came (network, timeout, cancelled). */
  status: number | 'error';
  durationMs: number;
}

export function createMetrics(): ClientMetrics {
  const counters: Record<Counter, number> = {
    cacheHits: 0,
    notModified: 0,
    cacheStores: 0,
    cacheEvictions: 0,
    retries: 0,
    coalesced: 0,
    freshAnswers: 0,
    limiterWaits: 0,
    limiterWaitMs: 0,
    limiterRejections: 0,
    bytesIn: 0,
    refusedLinks: 0,
  };
  const requestsByStatus: Record<string, number> = {};
  const listeners = new Set<(observation: UpstreamObservation) => void>();
  let cache: CacheGauge | undefined;

  return {
    increment(counter, by = 1) {
      counters[counter] += by;
    },
    countStatus(status) {
      const key = String(status);
      requestsByStatus[key] = (requestsByStatus[key] ?? 0) + 1;
    },
    snapshot() {
      return { requestsByStatus: { ...requestsByStatus }, ...counters, cacheBytes: cache?.size ?? 0, cacheEntries: cache?.entries ?? 0 };
    },
    watchCache(store) {
      cache = store;
    },
    observe(observation) {
      for (const listener of listeners) {
        try {
          listener(observation);
        } catch {
          // a listener's failure is never the call's
        }
      }
    },
    onObservation(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
