import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createBasecampClient, type BasecampClient } from '../src/client/index.ts';
import { createMemoryCacheStore } from '../src/client/stores/memory.ts';
import { createGateway } from '../src/gateway.ts';
import { encodeGlobalId } from '../src/resolvers/global-id.ts';
import { addTodo } from '../src/sandbox/factories.ts';
import { createSandbox, type Sandbox } from '../src/sandbox/index.ts';
import { SEED } from '../src/sandbox/seed.ts';
import { load, type LoadResult } from './load.ts';
import { RestByHand } from './rest-by-hand.ts';
import { tour } from './tour.ts';

/**
 * `npm run bench`: what the gateway costs and saves, measured against the embedded sandbox with
 * an upstream latency (BENCH_LATENCY_MS, default 30). A measurement, not a test: it never fails
 * on a number. Prints tables and writes bench/results/latest.json.
 */
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 30);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const USER_AGENT = 'Basecamp GraphQL bench (bench@example.test)';

interface Stack {
  sandbox: Sandbox;
  apiRoot: string;
  client: BasecampClient;
  cacheStore: ReturnType<typeof createMemoryCacheStore>;
  graphqlUrl: string;
  graphql(query: string, variables?: Record<string, unknown>, token?: string): Promise<any>;
  close(): Promise<void>;
}

async function startStack(options: { rateLimit?: { limit: number; windowMs: number } | false; clientBudget?: { limit: number; windowMs: number } } = {}): Promise<Stack> {
  const sandbox = createSandbox({ latencyMs: LATENCY_MS, rateLimit: options.rateLimit ?? false });
  const upstream = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  const cacheStore = createMemoryCacheStore();
  const client = createBasecampClient({
    baseUrl: upstream.url,
    userAgent: USER_AGENT,
    cacheStore,
    rateLimit: options.clientBudget ?? { limit: 1_000_000, windowMs: 1000 },
  });
  const gateway = createGateway({ client, defaultAccountId: sandbox.accountId, defaultToken: sandbox.tokens.owner!, logLevel: 'warn' });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const graphqlUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  return {
    sandbox,
    apiRoot: `${upstream.url}/${sandbox.accountId}`,
    client,
    cacheStore,
    graphqlUrl,
    async graphql(query, variables, token) {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await client.close();
      await upstream.close();
    },
  };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const kib = (bytes: number) => `${round(bytes / 1024)} KiB`;
const mib = (bytes: number) => round(bytes / 1024 / 1024);

function table(title: string, rows: Record<string, unknown>[]): void {
  console.log(`\n${title}`);
  console.table(rows);
}

async function measureTour(stack: Stack) {
  const stops = tour(SEED);
  const cold: Record<string, unknown>[] = [];
  const warm: Record<string, unknown>[] = [];
  const results: Record<string, unknown>[] = [];
  for (const stop of stops) {
    const bound = await stop.lowerBound(new RestByHand(stack.apiRoot, stack.sandbox.tokens.owner!));
    const byHand = new RestByHand(stack.apiRoot, stack.sandbox.tokens.owner!);
    await stop.byHand(byHand);

    const pass = async () => {
      stack.sandbox.clearLog();
      const bytesBefore = stack.client.metrics.snapshot().bytesIn;
      const t0 = performance.now();
      await stop.run((query, variables) => stack.graphql(query, variables));
      const ms = performance.now() - t0;
      const log = stack.sandbox.log;
      return { calls: log.length, notModified: log.filter((entry) => entry.status === 304).length, bytes: stack.client.metrics.snapshot().bytesIn - bytesBefore, ms };
    };
    const first = await pass();
    const second = await pass();
    cold.push({ query: stop.name, 'lower bound': bound, gateway: first.calls, 'REST by hand': byHand.calls, 'gateway ms': round(first.ms, 0) });
    warm.push({ query: stop.name, 'gateway calls': second.calls, '304s': second.notModified, 'gateway bytes': kib(second.bytes), 'REST by hand bytes': kib(byHand.bytes), 'gateway ms': round(second.ms, 0) });
    results.push({ name: stop.name, lowerBound: bound, cold: first, warm: second, byHand: { calls: byHand.calls, bytes: byHand.bytes } });
  }
  table('Upstream calls per query (cold cache)', cold);
  table('The same tour again (warm cache: conditional requests)', warm);
  return results;
}

async function measureLatency(stack: Stack) {
  const token = stack.sandbox.tokens.owner!;
  const todoId = SEED.todos.completed;
  const rest = (path: string) => async () => (await fetch(`${stack.apiRoot}${path}`, { headers: { authorization: `Bearer ${token}`, 'user-agent': USER_AGENT } }).then((r) => r.text().then(() => r.ok)));
  const gql = (query: string, variables?: Record<string, unknown>) => async () => {
    const body = (await stack.graphql(query, variables)) as { errors?: unknown[] };
    return !body.errors;
  };
  const dashboardStop = tour(SEED)[0]!;
  const run = (fn: () => Promise<boolean>) => load({ concurrency: CONCURRENCY, durationMs: LOAD_SECONDS * 1000, run: fn });
  const single = { gateway: await run(gql(`query($id: ID!) { todo(id: $id) { title completed assignees { name } } }`, { id: todoId })), rest: await run(rest(`/todos/${todoId}.json`)) };
  const dashboard = {
    gateway: await run(gql(`{ projects(first: 3) { totalCount nodes { name todoset { todolists(first: 5) { nodes { name todos(first: 20) { totalCount nodes { title completed assignees { name } creator { name } } } } } } } } }`)),
    rest: await run(async () => {
      await dashboardStop.byHand(new RestByHand(stack.apiRoot, token));
      return true;
    }),
  };
  const row = (name: string, pair: { gateway: LoadResult; rest: LoadResult }) => ({
    query: name,
    'gateway req/s': round(pair.gateway.perSecond),
    'REST req/s': round(pair.rest.perSecond),
    'gateway p50 ms': round(pair.gateway.p50),
    'REST p50 ms': round(pair.rest.p50),
    'gateway p99 ms': round(pair.gateway.p99),
    'REST p99 ms': round(pair.rest.p99),
    'p50 ratio': round(pair.gateway.p50 / pair.rest.p50, 2),
    errors: pair.gateway.errors + pair.rest.errors,
  });
  table(`Latency and throughput (${CONCURRENCY} concurrent, ${LOAD_SECONDS} s each, warm cache; REST = the same answer by hand)`, [
    row('single to-do', single),
    row('project dashboard', dashboard),
  ]);
  return { single, dashboard };
}

async function measureRateBudget() {
  // The sandbox enforces 50 requests per 10 s per token, as Basecamp does; so does the client.
  const stack = await startStack({ rateLimit: { limit: 50, windowMs: 10_000 }, clientBudget: { limit: 50, windowMs: 10_000 } });
  const query = `{ projects(first: 3) { nodes { name todoset { todolists(first: 5) { nodes { name todos(first: 20) { nodes { title assignees { name } } } } } } } } }`;
  const scenarios: Record<string, unknown>[] = [];
  const tokens = ['owner', 'admin', 'member', 'client'].map((label) => stack.sandbox.tokens[label]!);
  for (const [name, tokenFor] of [
    ['100 dashboards, one user', () => tokens[0]!],
    ['100 dashboards, four users', (i: number) => tokens[i % 4]!],
  ] as const) {
    stack.sandbox.clearLog();
    const t0 = performance.now();
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => stack.graphql(query, undefined, tokenFor(i))));
    const seconds = (performance.now() - t0) / 1000;
    const log = stack.sandbox.log;
    const calls = log.length;
    // Calls of one account in 10 s windows, plus one chained round trip per nesting level.
    const minimum = Math.max(0, Math.ceil(calls / 50) - 1) * 10 + (4 * LATENCY_MS) / 1000;
    scenarios.push({
      scenario: name,
      'upstream calls': calls,
      '429s upstream': log.filter((entry) => entry.status === 429).length,
      'GraphQL errors': answers.filter((answer) => answer.errors).length,
      'completed in s': round(seconds, 2),
      'theoretical minimum s': round(minimum, 2),
    });
    await new Promise((resolve) => setTimeout(resolve, 10_000)); // let the window drain between scenarios
  }
  await stack.close();
  table('Rate budget under load (sandbox and client both at 50 req / 10 s)', scenarios);
  return scenarios;
}

/** Process memory now; gateway, client and sandbox share this process, so RSS covers all three. */
function memoryNow(stack: Stack) {
  globalThis.gc?.();
  return { rssMiB: mib(process.memoryUsage().rss), heapUsedMiB: mib(process.memoryUsage().heapUsed), cacheBytes: stack.cacheStore.size };
}

async function measureMemory(stack: Stack, afterTour: ReturnType<typeof memoryNow>) {
  // 10,000 distinct to-dos put straight into the sandbox's state (its HTTP writes diff every
  // recording, which is beside the point here), then read once each through the gateway.
  stack.sandbox.setLatency(0);
  const list = stack.sandbox.state.recordings.get(SEED.todolists.copy);
  if (list?.type !== 'Todolist') throw new Error('the seeded list is missing');
  const ids = Array.from({ length: 10_000 }, (_, i) => addTodo(stack.sandbox.state, list, { content: `Bench to-do ${i}`, creatorId: SEED.people.owner }, Date.now()).id);
  const before = stack.client.metrics.snapshot();
  for (let i = 0; i < ids.length; i += 100) {
    const batch = ids.slice(i, i + 100).map((id) => encodeGlobalId('Todo', stack.sandbox.accountId, id));
    const result = await stack.graphql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: batch });
    if (result.errors) throw new Error(JSON.stringify(result.errors[0]));
  }
  const after = stack.client.metrics.snapshot();
  const afterObjects = { ...memoryNow(stack), cacheStores: after.cacheStores - before.cacheStores, evictions: after.cacheEvictions };
  table('Memory (gateway, client and sandbox in one process)', [
    { when: 'after the tour', 'RSS MiB': afterTour.rssMiB, 'heap MiB': afterTour.heapUsedMiB, cache: kib(afterTour.cacheBytes) },
    { when: 'after 10,000 cached objects', 'RSS MiB': afterObjects.rssMiB, 'heap MiB': afterObjects.heapUsedMiB, cache: kib(afterObjects.cacheBytes), 'entries stored': afterObjects.cacheStores, evictions: afterObjects.evictions },
  ]);
  return { afterTour, afterObjects };
}

const machine = { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: round(totalmem() / 1024 ** 3), node: process.version, upstreamLatencyMs: LATENCY_MS };
console.log(`Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}; sandbox latency ${LATENCY_MS} ms per request`);

const stack = await startStack();
const results: Record<string, unknown> = { machine, at: new Date().toISOString() };
try {
  results.tour = await measureTour(stack);
  const afterTour = memoryNow(stack);
  results.latency = await measureLatency(stack);
  results.memory = await measureMemory(stack, afterTour);
} finally {
  await stack.close();
}
results.rateBudget = await measureRateBudget();
results.manyPeople = await (await import('./many-people.ts')).manyPeople(); // issue 10: one account, many people

const out = fileURLToPath(new URL('./results/latest.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${out}`);
