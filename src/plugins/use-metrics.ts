import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BasecampClient } from '../client/index.ts';
import type { Counter as ClientCounter } from '../client/metrics.ts';
import type { OperationRecord } from './use-operation-log.ts';

export interface MetricsOptions {
  client: BasecampClient;
  /** Whether the shared store (Redis) is in use; absent without Redis. */
  redisUp?: () => boolean;
  /** Distinct operation names kept as labels; later ones count as `other` (names are the caller's choice). Default 200. */
  maxOperationNames?: number;
}

export interface MetricsPlugin extends Plugin {
  /** Counts one GraphQL request (wired to the operation log). */
  observeOperation(record: OperationRecord): void;
  registry: Registry;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The client's own counters, exposed as Prometheus counters read at scrape time. */
const CLIENT_COUNTERS: [ClientCounter, string, string, number?][] = [
  ['notModified', 'basecamp_not_modified_total', 'Upstream 304 answers (revalidated, body served from the cache).'],
  ['cacheHits', 'basecamp_cache_hits_total', '304s answered from the stored body.'],
  ['cacheStores', 'basecamp_cache_stores_total', 'Responses written to the freshness cache.'],
  ['cacheEvictions', 'basecamp_cache_evictions_total', 'Entries dropped to stay within the cache byte budget.'],
  ['bytesIn', 'basecamp_upstream_bytes_total', 'Response body bytes received from upstream.'],
  ['retries', 'basecamp_retries_total', 'Upstream attempts repeated by the retry policy.'],
  ['coalesced', 'basecamp_coalesced_total', 'GETs that joined an identical call already in flight.'],
  ['freshAnswers', 'basecamp_fresh_answers_total', 'GETs answered from the freshness cache with no call (within the window, or answered since their operation began).'],
  ['limiterWaits', 'basecamp_budget_waits_total', 'Attempts the rate budget held back before sending.'],
  ['limiterWaitMs', 'basecamp_budget_wait_seconds_total', 'Time attempts were held back by the rate budget.', 1 / 1000],
  ['limiterRejections', 'basecamp_budget_rejections_total', 'Attempts the rate budget refused (queue full, wait too long).'],
  ['refusedLinks', 'basecamp_refused_links_total', 'Link URLs refused for leaving the upstream origin.'],
];

/**
 * `GET /metrics` in Prometheus text. GraphQL operations by name, type and outcome with a latency
 * histogram; upstream attempts by documented operation and status with theirs (from the client's
 * observation hook, so prom-client stays out of the client); the client's counters read at
 * scrape time; process metrics. One registry per gateway, so tests can run several.
 */
export function useMetrics({ client, redisUp, maxOperationNames = 200 }: MetricsOptions): MetricsPlugin {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const operations = new Counter({ name: 'graphql_operations_total', help: 'GraphQL requests by operation name, type and outcome.', labelNames: ['operation', 'type', 'outcome'], registers: [registry] });
  const operationSeconds = new Histogram({ name: 'graphql_operation_duration_seconds', help: 'GraphQL request duration until the response starts.', labelNames: ['operation', 'type'], buckets: SECONDS, registers: [registry] });
  const operationCalls = new Counter({ name: 'graphql_operation_upstream_calls_total', help: 'Upstream calls spent by GraphQL operations, by operation name.', labelNames: ['operation'], registers: [registry] });
  const upstream = new Counter({ name: 'basecamp_upstream_requests_total', help: 'Upstream attempts by documented operation and status (`error`: no answer).', labelNames: ['operation', 'status'], registers: [registry] });
  const upstreamSeconds = new Histogram({ name: 'basecamp_upstream_request_duration_seconds', help: 'Upstream attempt latency (rate-budget waits excluded), by documented operation.', labelNames: ['operation'], buckets: SECONDS, registers: [registry] });

  const snapshot = () => client.metrics.snapshot();
  for (const [key, name, help, scale = 1] of CLIENT_COUNTERS) {
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(snapshot()[key] * scale);
      },
    });
  }
  // The client's metrics read its cache store, whichever it is (memory, Redis, the fallback).
  new Gauge({ name: 'basecamp_cache_bytes', help: 'Bytes held by the freshness cache.', registers: [registry], collect() { this.set(snapshot().cacheBytes); } });
  new Gauge({ name: 'basecamp_cache_entries', help: 'Responses held by the freshness cache.', registers: [registry], collect() { this.set(snapshot().cacheEntries); } });
  if (redisUp) {
    new Gauge({ name: 'redis_up', help: '1 while Redis is in use; 0 while serving from the in-process fallback.', registers: [registry], collect() { this.set(redisUp() ? 1 : 0); } });
  }

  client.metrics.onObservation(({ operation, status, durationMs }) => {
    upstream.inc({ operation, status: String(status) });
    upstreamSeconds.observe({ operation }, durationMs / 1000);
  });

  const names = new Set<string>();
  const label = (name: string | undefined): string => {
    if (name === undefined) return 'none';
    if (names.has(name)) return name;
    if (names.size >= maxOperationNames || !/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name)) return 'other';
    names.add(name);
    return name;
  };

  return {
    registry,
    observeOperation(record) {
      const operation = label(record.operation);
      const type = record.type ?? 'none';
      operations.inc({ operation, type, outcome: record.outcome });
      operationSeconds.observe({ operation, type }, record.durationMs / 1000);
      if (record.upstreamCalls > 0) operationCalls.inc({ operation }, record.upstreamCalls);
    },
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/metrics' || request.method !== 'GET') return;
      endResponse(new fetchAPI.Response(await registry.metrics(), { status: 200, headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' } }));
    },
  };
}
