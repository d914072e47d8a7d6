import type { Plugin } from 'graphql-yoga';

/** One dependency readiness waits for: resolves when it answers, rejects with the reason. */
export interface ReadinessCheck {
  name: string;
  check(timeoutMs: number): Promise<void>;
}

export interface HealthOptions {
  checks: ReadinessCheck[];
  /** A probe result is reused this long, so a busy load balancer cannot turn /readyz into load. Default 2 000 ms. */
  cacheMs?: number;
  /** Per check. Default 1 500 ms. */
  timeoutMs?: number;
  /** Default `Date.now`. */
  now?: () => number;
}

interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
  at: number;
}

/**
 * `GET /healthz`: the process is alive and serving (200, no dependency consulted).
 * `GET /readyz`: every check answered (200), or 503 with each check's state in JSON. Redis down
 * gives 503 although queries are still answered (from the in-process cache and budget): the
 * process is healthy but not serving as configured, which an operator or a balancer should see.
 * `/health`, yoga's own liveness path, is kept.
 */
export function useHealth({ checks, cacheMs = 2_000, timeoutMs = 1_500, now = Date.now }: HealthOptions): Plugin {
  let last: Readiness | undefined;
  let probing: Promise<Readiness> | undefined;

  const probe = async (): Promise<Readiness> => {
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await withTimeout(check(timeoutMs), timeoutMs);
          return [name, 'ok'] as const;
        } catch (error) {
          return [name, error instanceof Error ? error.message : String(error)] as const;
        }
      }),
    );
    return { ready: results.every(([, state]) => state === 'ok'), checks: Object.fromEntries(results), at: now() };
  };

  const readiness = (): Promise<Readiness> => {
    if (last && now() - last.at < cacheMs) return Promise.resolve(last);
    probing ??= probe().then((result) => {
      last = result;
      probing = undefined;
      return result;
    });
    return probing;
  };

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const json = (status: number, body: unknown) =>
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } }));
      if (url.pathname === '/healthz') {
        json(200, { status: 'ok' });
      } else if (url.pathname === '/readyz') {
        const { ready, checks: states } = await readiness();
        json(ready ? 200 : 503, { status: ready ? 'ready' : 'unready', checks: states });
      }
    },
  };
}

/** Upstream answers at all: any HTTP status below 500 from its origin counts (no token is sent, no budget spent). */
export function upstreamCheck(origin: string): ReadinessCheck {
  return {
    name: 'upstream',
    async check(timeoutMs) {
      let response: Response;
      try {
        response = await fetch(`${origin}/`, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
        throw new Error(`upstream ${origin} unreachable (${cause})`);
      }
      await response.body?.cancel();
      if (response.status >= 500) throw new Error(`upstream ${origin} answered ${response.status}`);
    },
  };
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<void>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
