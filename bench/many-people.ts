import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createBasecampClient } from '../src/client/index.ts';
import { parseJson } from '../src/client/json.ts';
import { createGateway } from '../src/gateway.ts';
import { createSandbox, type Sandbox } from '../src/sandbox/index.ts';
import { SEED } from '../src/sandbox/seed/index.ts';
import { createLive } from '../src/webhooks/index.ts';

/**
 * "One account, many people": 20 people of one account (20 tokens from the sandbox's Launchpad)
 * each load the same to-do list dashboard every 2 s, while someone else renames a to-do on it
 * through REST every 5 s. The sandbox enforces 50 requests per 10 s per token and the gateway's
 * client 50 per 10 s per account, as Basecamp does; webhooks are delivered over HTTP.
 *
 * Three runs: BASECAMP_FRESH_FOR=0 (revalidate every read), =5s, and the project watched
 * (FRESH_FOR=0, WATCHED_FRESH_FOR=5m, served from the cache until a webhook invalidates).
 * Staleness is, per write, the time from the write to the first dashboard answer that shows it;
 * "stale after webhook" counts answers started more than 2 s after the webhook arrived that
 * still showed an older version.
 *
 * Env: BENCH_MANY_SECONDS (default 60), BENCH_MANY_PEOPLE (20), BENCH_LATENCY_MS (30).
 * Alone: `npx tsx bench/many-people.ts`.
 */
const SECONDS = Number(process.env.BENCH_MANY_SECONDS ?? 60);
const PEOPLE = Number(process.env.BENCH_MANY_PEOPLE ?? 20);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 30);
const LOAD_EVERY_MS = 2_000;
const WRITE_EVERY_MS = 5_000;
const USER_AGENT = 'Basecamp GraphQL bench (bench@example.test)';
const PROJECT = SEED.projects.hq;
const DASHBOARD = `query($id: ID!) { todolist(id: $id) { name completedRatio todos(first: 20) { nodes { basecampId title completed assignees { name } } } } }`;

interface Scenario {
  name: string;
  freshForMs: number;
  watched: boolean;
}

export interface ManyPeopleRow {
  scenario: string;
  dashboards: number;
  errors: number;
  upstreamCalls: number;
  callsPerDashboard: number;
  upstream429s: number;
  p50ms: number;
  p99ms: number;
  writes: number;
  stalenessP50ms: number | null;
  stalenessMaxMs: number | null;
  staleAfterWebhook: number;
}

const SCENARIOS: Scenario[] = [
  { name: 'FRESH_FOR=0', freshForMs: 0, watched: false },
  { name: 'FRESH_FOR=5s', freshForMs: 5_000, watched: false },
  { name: 'watched', freshForMs: 0, watched: true },
];

export async function manyPeople(): Promise<ManyPeopleRow[]> {
  const rows: ManyPeopleRow[] = [];
  for (const scenario of SCENARIOS) rows.push(await run(scenario));
  console.log(`\nOne account, many people (${PEOPLE} tokens, a dashboard every ${LOAD_EVERY_MS / 1000} s each for ${SECONDS} s, a write every ${WRITE_EVERY_MS / 1000} s; 50 req / 10 s)`);
  console.table(rows);
  return rows;
}

async function run(scenario: Scenario): Promise<ManyPeopleRow> {
  const sandbox = createSandbox({ latencyMs: LATENCY_MS, rateLimit: { limit: 50, windowMs: 10_000 } });
  const upstream = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  const client = createBasecampClient({
    baseUrl: upstream.url,
    userAgent: USER_AGENT,
    rateLimit: { limit: 50, windowMs: 10_000 },
    freshForMs: scenario.freshForMs,
    watchedFreshForMs: 5 * 60_000,
  });
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const live = createLive({ client, webhooks: { url: `${base}/webhooks/basecamp`, secret: randomBytes(18).toString('base64url') }, log: () => undefined });
  const gateway = createGateway({ client, live, defaultAccountId: sandbox.accountId, logLevel: 'silent' });
  server.on('request', gateway);

  const graphql = async (query: string, variables: Record<string, unknown>, token: string) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };
  const rest = async (method: string, path: string, token: string, body?: unknown) => {
    const response = await fetch(`${upstream.url}/${sandbox.accountId}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'user-agent': USER_AGENT, 'content-type': 'application/json; charset=utf-8' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return parseJson(await response.text()) as any;
  };

  const tokens = await launchpadTokens(sandbox, upstream.url, PEOPLE);
  const writerToken = sandbox.tokens.admin!;
  const todoset = await rest('GET', `/projects/${PROJECT}.json`, writerToken).then((project) => project.dock.find((tool: any) => tool.name === 'todoset').id as string);
  const lists = (await rest('GET', `/todosets/${todoset}/todolists.json`, writerToken)) as any[];
  let list: any;
  let todos: any[] = [];
  for (list of lists) {
    todos = (await rest('GET', `/todolists/${list.id}/todos.json`, writerToken)) as any[];
    if (todos.length > 0) break;
  }
  const target = todos[0].id as string;
  const titleOf = (version: number) => `Bench to-do, version ${version}`;
  await rest('PUT', `/buckets/${PROJECT}/todos/${target}.json`, writerToken, { content: titleOf(0) });

  // The webhook's arrival, per version, as an SSE subscriber of the gateway hears it.
  const arrivals = new Map<number, number>();
  const watcher = new AbortController();
  if (scenario.watched) {
    const watched = await graphql(`mutation($id: ID!) { watchProject(input: { projectId: $id }) { watching } }`, { id: PROJECT }, writerToken);
    if (watched.errors) throw new Error(`watchProject: ${JSON.stringify(watched.errors[0])}`);
    void listen(`${base}/graphql`, writerToken, watcher.signal, (title) => {
      const version = Number(/version (\d+)$/.exec(title)?.[1]);
      if (Number.isInteger(version) && !arrivals.has(version)) arrivals.set(version, performance.now());
    });
  }
  // Sandbox latency is for the measured period only; the set-up above is not counted.
  await new Promise((resolve) => setTimeout(resolve, 200));
  sandbox.clearLog();

  const writes = new Map<number, number>();
  const firstSeen = new Map<number, number>();
  const latencies: number[] = [];
  let dashboards = 0;
  let errors = 0;
  let staleAfterWebhook = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;

  const person = async (token: string, offset: number) => {
    await sleep(offset);
    for (let next = performance.now(); performance.now() < deadline; ) {
      const t0 = performance.now();
      const result = await graphql(DASHBOARD, { id: list.id }, token).catch(() => ({ errors: ['network'] }) as { data?: any; errors?: unknown[] });
      const t1 = performance.now();
      latencies.push(t1 - t0);
      dashboards++;
      const title: string | undefined = result.data?.todolist?.todos?.nodes?.find((todo: any) => todo.basecampId === target)?.title;
      if (result.errors || title === undefined) {
        errors++;
      } else {
        const version = Number(/version (\d+)$/.exec(title)?.[1] ?? -1);
        for (const [written] of writes) if (written <= version && !firstSeen.has(written)) firstSeen.set(written, t1);
        // Stale after the webhook: a newer version's webhook had arrived more than 2 s before this read began.
        for (const [newer, arrived] of arrivals) if (newer > version && t0 - arrived > 2_000) {
          staleAfterWebhook++;
          break;
        }
      }
      next += LOAD_EVERY_MS;
      await sleep(Math.max(0, next - performance.now()));
    }
  };
  const writer = async () => {
    for (let version = 1; ; version++) {
      await sleep(WRITE_EVERY_MS);
      if (performance.now() > deadline - WRITE_EVERY_MS / 2) return version - 1;
      writes.set(version, performance.now());
      await rest('PUT', `/buckets/${PROJECT}/todos/${target}.json`, writerToken, { content: titleOf(version) });
    }
  };
  const [written] = await Promise.all([writer(), ...tokens.map((token, i) => person(token, (i * LOAD_EVERY_MS) / tokens.length))]);

  const log = sandbox.log;
  const reads = log.filter((entry) => entry.method === 'GET');
  const staleness = [...writes].map(([version, at]) => (firstSeen.get(version) ?? Number.NaN) - at).filter(Number.isFinite).sort((a, b) => a - b);
  watcher.abort();
  await live.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await client.close();
  await upstream.close();
  latencies.sort((a, b) => a - b);
  return {
    scenario: scenario.name,
    dashboards,
    errors,
    upstreamCalls: reads.length,
    callsPerDashboard: round(reads.length / Math.max(1, dashboards), 2),
    upstream429s: log.filter((entry) => entry.status === 429).length,
    p50ms: round(percentile(latencies, 0.5)),
    p99ms: round(percentile(latencies, 0.99)),
    writes: written,
    stalenessP50ms: staleness.length ? round(percentile(staleness, 0.5)) : null,
    stalenessMaxMs: staleness.length ? round(staleness.at(-1)!) : null,
    staleAfterWebhook,
  };
}

/** Distinct bearer tokens of people of one account, through the sandbox's OAuth (Launchpad) flow. */
async function launchpadTokens(sandbox: Sandbox, origin: string, count: number): Promise<string[]> {
  const labels = ['owner', 'admin', 'member'];
  const redirect = 'http://127.0.0.1/callback';
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const approve = await fetch(`${origin}/authorization/new?response_type=code&client_id=bench&redirect_uri=${encodeURIComponent(redirect)}&as=${labels[i % labels.length]}`, { redirect: 'manual' });
    const code = new URL(approve.headers.get('location') ?? '').searchParams.get('code');
    const exchange = await fetch(`${origin}/authorization/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'bench', client_secret: 'bench', code: code ?? '', redirect_uri: redirect }),
    });
    const body = (await exchange.json()) as { access_token?: string };
    if (!body.access_token) throw new Error(`Launchpad gave no token (${exchange.status}) for the ${sandbox.accountId} account`);
    tokens.push(body.access_token);
  }
  return tokens;
}

/** Reads `recordingChanged` over SSE and reports each changed recording's title. */
async function listen(endpoint: string, token: string, signal: AbortSignal, onTitle: (title: string) => void): Promise<void> {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `subscription { recordingChanged { recording { title } } }` }),
      signal,
    });
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
        const data = /^data: ?(.*)$/m.exec(buffer.slice(0, end))?.[1];
        buffer = buffer.slice(end + 2);
        const title = data ? JSON.parse(data)?.data?.recordingChanged?.recording?.title : undefined;
        if (typeof title === 'string') onTitle(title);
      }
    }
  } catch {
    // aborted at the end of the run
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;
function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await manyPeople();
