export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /**
   * CPU time per request, in ms, of the processes `runLoad` was asked to watch (the server under
   * test, the sandbox) and of the load generator itself (`load`): on a shared machine, where
   * its cores go.
   */
  cpuMsPerRequest?: Record<string, number>;
}

export interface LoadOptions {
  /** Operations kept in flight at once. */
  concurrency: number;
  /** How long to keep the load on. */
  durationMs: number;
  /** Hard cap on operations, so a fast target cannot run away. */
  maxRequests?: number;
  /** One operation (an HTTP request, or a REST script); resolves false on a failed answer. */
  run(): Promise<boolean>;
}

/**
 * A closed-loop load generator: `concurrency` workers each start the next operation as soon as
 * the previous one finishes, for `durationMs`. Bounded in time and count; callers target loopback only.
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const maxRequests = options.maxRequests ?? 1_000_000;
  let issued = 0;
  const worker = async () => {
    while (performance.now() < deadline && issued < maxRequests) {
      issued++;
      const t0 = performance.now();
      try {
        if (!(await options.run())) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, errors, seconds, perSecond: latencies.length / seconds, p50: pick(0.5), p99: pick(0.99) };
}
