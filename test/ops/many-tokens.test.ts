import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/sandbox/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { sandboxEnv, startServerProcess, type ServerProcess } from '../helpers/server-process.ts';

const TOKENS = 1_000;
const CACHE_MB = 2;
const MiB = 1024 * 1024;
/** The node flags of `npm start` (package.json), read rather than copied so they cannot drift. */
const START_FLAGS = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts.start as string)
  .split(/\s+/)
  .filter((word) => word.startsWith('--'))
  .join(' ');
const DASHBOARD = '{ projects(first: 3) { nodes { name todoset { todolists(first: 5) { nodes { name todosCount } } } } } }';

/** The gateway process's resident set, from the kernel's own count. */
function rssMiB(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

function metric(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  if (line === undefined) throw new Error(`no ${name} in /metrics`);
  return Number(line.split(' ')[1]);
}

/**
 * Memory is bounded by what the cache holds, not by how many people use the gateway: 1,000
 * tokens, each reading a dashboard through the gateway process against the sandbox, leave the
 * cache within BASECAMP_CACHE_MB and the second 500 tokens add no more than noise to the RSS.
 */
describe.skipIf(process.platform !== 'linux')(`${TOKENS.toLocaleString('en')} tokens`, () => {
  const sandbox = createSandbox({ rateLimit: false });
  let listening: { url: string; close(): Promise<void> };
  let gateway: ServerProcess;
  const tokens = Array.from({ length: TOKENS }, (_, i) => {
    const token = `many-tokens-${i}`;
    sandbox.state.tokens.set(token, { label: `many-${i}`, personId: SEED.people.owner });
    return token;
  });

  beforeAll(async () => {
    listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
    gateway = await startServerProcess({
      ...sandboxEnv(sandbox, listening.url),
      BASECAMP_CACHE_MB: String(CACHE_MB),
      BASECAMP_RATE_LIMIT: '1000000/1s',
      LOG_LEVEL: 'warn',
      // The heap flags `npm start` runs with, without which V8 grows its heap freely.
      NODE_OPTIONS: START_FLAGS,
    });
  }, 90_000);

  afterAll(async () => {
    await gateway?.stop();
    await listening?.close();
  });

  /** Each token reads the dashboard once, ten at a time; every answer must be whole. */
  async function readAs(batch: string[]): Promise<void> {
    let next = 0;
    await Promise.all(Array.from({ length: 10 }, async () => {
      while (next < batch.length) {
        const token = batch[next++]!;
        const answer = await gateway.graphql(DASHBOARD, { headers: { authorization: `Bearer ${token}` } });
        expect(answer.status).toBe(200);
        expect(answer.body.errors).toBeUndefined();
        expect(answer.body.data.projects.nodes.length).toBeGreaterThan(0);
      }
    }));
  }

  it('keeps the cache within its budget and RSS flat from the 500th token on', async () => {
    const pid = gateway.child.pid!;
    await readAs(tokens.slice(0, 20)); // code paths warmed up
    const warm = rssMiB(pid);
    await readAs(tokens.slice(20, TOKENS / 2));
    const half = rssMiB(pid);
    await readAs(tokens.slice(TOKENS / 2));
    const all = rssMiB(pid);

    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    console.log(`gateway RSS (through tsx): ${warm.toFixed(1)} MiB warm, ${half.toFixed(1)} after ${TOKENS / 2} tokens, ${all.toFixed(1)} after ${TOKENS}; cache ${(metric(metrics, 'basecamp_cache_bytes') / MiB).toFixed(2)} MiB`);
    expect(metric(metrics, 'basecamp_cache_bytes')).toBeLessThanOrEqual(CACHE_MB * MiB);
    expect(metric(metrics, 'basecamp_cache_evictions_total')).toBeGreaterThan(0); // the budget was reached, and held
    // Per-token state that grew with the number of tokens would show as the second half's growth.
    expect(all - half).toBeLessThan(32);
    expect(all - warm).toBeLessThan(96);
  }, 240_000);
});
