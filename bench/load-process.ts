import { Pool } from 'undici';

/**
 * The bench's load generator, in a process of its own so that neither the gateway nor the
 * sandbox pays for it: a closed loop of `connections` workers on one undici pool, for
 * `durationMs`. Argument: a JSON `LoadSpec`; output: one JSON `LoadResult` line on stdout.
 */
export interface LoadSpec {
  /** Absolute URL on loopback. */
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  connections: number;
  durationMs: number;
  /** A 200 whose body contains this text counts as an error (e.g. `"errors"` for GraphQL). */
  failWhen?: string;
}

const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
const url = new URL(spec.url);
const pool = new Pool(url.origin, { connections: spec.connections, keepAliveTimeout: 30_000 });
const path = `${url.pathname}${url.search}`;
const latencies: number[] = [];
let errors = 0;
const started = performance.now();
const cpuAtStart = process.cpuUsage();
const deadline = started + spec.durationMs;

async function worker(): Promise<void> {
  while (performance.now() < deadline) {
    const t0 = performance.now();
    try {
      const response = await pool.request({ path, method: spec.method, headers: spec.headers, body: spec.body ?? null });
      const text = await response.body.text();
      if (response.statusCode !== 200 || (spec.failWhen !== undefined && text.includes(spec.failWhen))) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t0);
  }
}

await Promise.all(Array.from({ length: spec.connections }, worker));
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuAtStart);
await pool.close();
latencies.sort((a, b) => a - b);
const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
process.stdout.write(`${JSON.stringify({ requests: latencies.length, errors, seconds, perSecond: latencies.length / seconds, p50: pick(0.5), p99: pick(0.99), loadCpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
