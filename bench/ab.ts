import { encodeGlobalId } from '../src/resolvers/global-id.ts';
import { SEED } from '../src/sandbox/seed/index.ts';
import { gatewayCommand, rssMiB, runLoad, startGatewayProcess, startSandboxProcess, type GatewayProcess } from './processes.ts';
import { tour } from './tour.ts';

/**
 * `tsx bench/ab.ts [name=command ...]`: gateway variants side by side against one sandbox, for
 * changes whose effect is smaller than the machine's noise. Each round runs every variant's warm
 * single-object load back to back with direct REST, so ratios compare like with like; then each
 * variant's RSS after warm-up, after BENCH_OBJECTS cached objects and after BENCH_TOKENS tokens.
 * Without arguments: `npm start`'s command alone. A variant's command is `node …args` or
 * `ENV=value node …args`.
 */
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const OBJECTS = Number(process.env.BENCH_OBJECTS ?? 10_000);
const TOKENS = Number(process.env.BENCH_TOKENS ?? 1000);
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 20_000);
const MEMORY = process.env.BENCH_MEMORY !== '0';
const LATENCIES = (process.env.BENCH_LATENCIES ?? `${LATENCY_MS},0`).split(',').map(Number);
const USER_AGENT = 'Basecamp GraphQL bench (bench@example.test)';

interface Variant { name: string; env: Record<string, string>; command: string[] }
const variants: Variant[] = process.argv.slice(2).map((arg) => {
  const [name, ...rest] = arg.split('=');
  const words = rest.join('=').trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Z_]+=/.test(words[0])) {
    const [key, ...value] = words.shift()!.split('=');
    env[key!] = value.join('=');
  }
  if (words[0] === 'node') words[0] = process.execPath;
  return { name: name!, env, command: words };
});
if (variants.length === 0) variants.push({ name: 'start', env: {}, command: gatewayCommand() });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const sandbox = await startSandboxProcess(LATENCY_MS);
const gateways: GatewayProcess[] = [];
try {
  for (const variant of variants) gateways.push(await startGatewayProcess(sandbox, variant.env, variant.command));
  const apiRoot = `${sandbox.url}/${sandbox.accountId}`;
  const graphql = async (url: string, query: string, variables?: unknown, token?: string) =>
    (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) }, body: JSON.stringify({ query, variables }) })).json() as Promise<any>;
  for (const gateway of gateways) for (const stop of tour(SEED)) await stop.run((query, variables) => graphql(gateway.graphqlUrl, query, variables));
  // As bench/index.ts measures its idle target: 5 s after the tour, before any load.
  await sleep(5000);
  const afterTour = gateways.map((gateway) => rssMiB(gateway.pid));

  const todoId = SEED.todos.completed;
  const single = (url: string) => ({ url, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query($id: ID!) { todo(id: $id) { title } }', variables: { id: todoId } }), failWhen: '"errors"' });
  const rest = { url: `${apiRoot}/todos/${todoId}.json`, method: 'GET' as const, headers: { authorization: `Bearer ${sandbox.tokens.owner!}`, 'user-agent': USER_AGENT } };
  const rows: Record<string, unknown>[] = [];
  for (const latency of LATENCIES) {
    await sandbox.command('latency', { ms: latency });
    for (const gateway of gateways) await runLoad({ ...single(gateway.graphqlUrl), connections: CONNECTIONS, durationMs: 1500 });
    for (let r = 0; r < ROUNDS; r++) {
      const direct = await runLoad({ ...rest, connections: CONNECTIONS, durationMs: SECONDS * 1000 });
      for (const [i, gateway] of gateways.entries()) {
        await sandbox.command('clearLog');
        const result = await runLoad({ ...single(gateway.graphqlUrl), connections: CONNECTIONS, durationMs: SECONDS * 1000 }, { gateway: gateway.pid });
        const cpu = result.cpuMsPerRequest!.gateway!;
        const upstream = await sandbox.command<{ calls: number; notModified: number }>('logSummary');
        rows.push({ latency, round: r + 1, variant: variants[i]!.name, 'req/s': round(result.perSecond), 'REST req/s': round(direct.perSecond), ratio: round(result.perSecond / direct.perSecond, 3), 'p50 ms': round(result.p50, 2), 'REST p50': round(direct.p50, 2), errors: result.errors, 'CPU ms/req': round(cpu, 3), '304s/req': round(upstream.notModified / result.requests, 2), 'RSS MiB': rssMiB(gateway.pid) });
      }
    }
  }
  console.table(rows);
  const summary = variants.map((variant, i) => {
    const mine = rows.filter((row) => row.variant === variant.name);
    const mean = (latency: number, key: string) => round(mine.filter((row) => row.latency === latency).reduce((sum, row) => sum + (row[key] as number), 0) / ROUNDS, 3);
    return { variant: variant.name, 'CPU ms/req': round(mine.reduce((sum, row) => sum + (row['CPU ms/req'] as number), 0) / mine.length, 3), [`ratio ${LATENCY_MS} ms`]: mean(LATENCY_MS, 'ratio'), [`p50 ${LATENCY_MS} ms`]: mean(LATENCY_MS, 'p50 ms'), 'REST p50': mean(LATENCY_MS, 'REST p50'), 'ratio 0 ms': mean(0, 'ratio'), pid: gateways[i]!.pid };
  });
  console.table(summary);

  if (MEMORY) {
    await sleep(4000);
    const memory = gateways.map((gateway, i) => ({ variant: variants[i]!.name, 'idle after the tour': afterTour[i], 'idle after load': rssMiB(gateway.pid) } as Record<string, unknown>));
    const ids = await sandbox.command<string[]>('addTodos', { count: OBJECTS });
    for (const [i, gateway] of gateways.entries()) {
      for (let batch = 0; batch < ids.length; batch += 100) {
        const result = await graphql(gateway.graphqlUrl, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(batch, batch + 100).map((id) => encodeGlobalId('Todo', sandbox.accountId, id)) });
        if (result.errors) throw new Error(JSON.stringify(result.errors[0]));
      }
      await sleep(3000);
      memory[i]![`3 s after ${OBJECTS} objects`] = rssMiB(gateway.pid);
    }
    // As in bench/index.ts: what the objects hold shows once V8 has handed the burst's heap back.
    await sleep(SETTLE_MS);
    for (const [i, gateway] of gateways.entries()) memory[i]![`holding ${OBJECTS} objects`] = rssMiB(gateway.pid);
    const tokens = await sandbox.command<string[]>('addTokens', { count: TOKENS });
    const dashboard = '{ projects(first: 3) { nodes { name todoset { todolists(first: 5) { nodes { name todos(first: 20) { nodes { title assignees { name } } } } } } } } }';
    for (const [i, gateway] of gateways.entries()) {
      let next = 0;
      await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
        while (next < tokens.length) await graphql(gateway.graphqlUrl, dashboard, undefined, tokens[next++]);
      }));
      await sleep(3000);
      memory[i]![`after ${TOKENS} tokens`] = rssMiB(gateway.pid);
    }
    console.table(memory);
  }
} finally {
  for (const gateway of gateways) await gateway.close();
  await sandbox.close();
}
