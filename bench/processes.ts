import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SDK_DIR } from '../scripts/generators/sdk.ts';
import type { LoadResult } from './load.ts';
import type { LoadSpec } from './load-process.ts';

/**
 * The bench's three processes: the gateway as `npm start` runs it, the sandbox, and a load
 * generator per run. Each is measured from outside (`/proc/<pid>/status`), so a figure is what
 * that process alone costs.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = ['--import', 'tsx'];

/**
 * The gateway's command line: `npm start`'s own command, run with `node` directly so the pid
 * is the server's (`node X` as it is; `tsx X` as `node --import tsx X`). A `node dist/…` start
 * whose file is missing is built first with `npm run build`. `BENCH_GATEWAY_COMMAND` overrides it.
 */
export function gatewayCommand(): string[] {
  const override = process.env.BENCH_GATEWAY_COMMAND?.trim();
  if (override) return override.split(/\s+/);
  const scripts = (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [runner, ...args] = (scripts.start ?? 'tsx src/server.ts').trim().split(/\s+/);
  if (runner === 'tsx') return [process.execPath, ...TSX, ...args];
  if (runner !== 'node') throw new Error(`bench: cannot run "npm start" (${scripts.start}) without npm; set BENCH_GATEWAY_COMMAND`);
  const entry = args.find((arg) => !arg.startsWith('-'));
  if (entry && !existsSync(`${ROOT}/${entry}`) && scripts.build) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  return [process.execPath, ...args];
}

/** Resident set size of a process, in MiB (Linux `/proc`). */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round((Number(match[1]) / 1024) * 10) / 10 : Number.NaN;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface SandboxProcess {
  pid: number;
  url: string;
  accountId: string;
  tokens: Record<string, string>;
  command<T = unknown>(cmd: string, args?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function startSandboxProcess(latencyMs: number): Promise<SandboxProcess> {
  const child = spawn(process.execPath, [...TSX, 'bench/sandbox-process.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, BENCH_SANDBOX_LATENCY_MS: String(latencyMs) },
  });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 0;
  const ready = new Promise<{ url: string; accountId: string; tokens: Record<string, string> }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench sandbox exited (${code})`)));
    child.on('message', (message: any) => {
      if (message.ready) return resolve(message);
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error));
      else waiter?.resolve(message.result);
    });
  });
  const info = await ready;
  return {
    pid: child.pid!,
    ...info,
    command: <T>(cmd: string, args: Record<string, unknown> = {}) =>
      new Promise<T>((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, cmd, ...args });
      }),
    close: async () => {
      child.disconnect();
      await stop(child);
    },
  };
}

export interface GatewayProcess {
  pid: number;
  graphqlUrl: string;
  /** Milliseconds from spawn to the first answered query. */
  startupMs: number;
  close(): Promise<void>;
}

/** Starts the gateway against `upstream`, with the bench's env on top of a clean one (no REDIS_URL). */
export async function startGatewayProcess(upstream: SandboxProcess, env: Record<string, string> = {}, commandLine: string[] = gatewayCommand()): Promise<GatewayProcess> {
  const port = await freePort();
  const [command, ...args] = commandLine;
  const { REDIS_URL: _redis, ...inherited } = process.env;
  const started = performance.now();
  const child = spawn(command!, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...inherited,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      BASECAMP_API_URL: upstream.url,
      BASECAMP_USER_AGENT: 'Basecamp GraphQL bench (bench@example.test)',
      BASECAMP_ACCOUNT_ID: upstream.accountId,
      BASECAMP_ACCESS_TOKEN: upstream.tokens.owner!,
      BASECAMP_RATE_LIMIT: '1000000/1s',
      BASECAMP_FRESH_FOR: '0s',
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gateway exited (${child.exitCode}) before it answered`);
    try {
      const response = await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { pid: child.pid!, graphqlUrl, startupMs: performance.now() - started, close: () => stop(child) };
}

/** A peer server for comparison: a script that listens on PORT and says so over IPC. */
export interface PeerProcess {
  pid: number;
  url: string;
  close(): Promise<void>;
}

async function startPeer(script: string, env: Record<string, string>, cwd = ROOT): Promise<PeerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, ...env, PORT: String(port) },
  });
  // A peer's own chatter (Mesh warns about BigInt serialisation) stays out of the bench's tables;
  // its last words are kept for the error when it fails to start. Its failed requests show as errors.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before it listened${output.trim() ? `:\n${output.trim()}` : ''}`)));
  });
  return { pid: child.pid!, url: `http://127.0.0.1:${port}/graphql`, close: () => stop(child) };
}

/**
 * A bound on the warm single-object ratio, in a process of its own in front of one upstream URL:
 * `coalescing-proxy.mjs`, the ceiling for a gateway that shares identical reads in flight, or
 * `yoga-ceiling.mjs`, the same shared read behind a bare graphql-yoga server.
 */
export function startBound(script: 'coalescing-proxy' | 'yoga-ceiling', upstreamUrl: string, token: string): Promise<PeerProcess> {
  return startPeer(`bench/${script}.mjs`, { UPSTREAM_URL: upstreamUrl, UPSTREAM_TOKEN: token });
}

const MESH_DIR = `${ROOT}/bench/peers/mesh`;
const OPENAPI = fileURLToPath(new URL('openapi.json', SDK_DIR));

/**
 * GraphQL Mesh (`bench/peers/mesh`), issue 12's peer, in front of the sandbox; or why not. It needs
 * the official spec from ../shared, so a fresh clone skips it; its packages are installed into
 * its own folder on first use, from its own lockfile, and never into the project's.
 */
export async function startMeshProcess(upstream: SandboxProcess, userAgent: string): Promise<PeerProcess | { missing: string }> {
  if (!existsSync(OPENAPI)) return { missing: `no ${OPENAPI} (Mesh is built from the official spec in ../shared)` };
  if (!existsSync(`${MESH_DIR}/node_modules`)) {
    try {
      execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: MESH_DIR, stdio: 'inherit' });
    } catch (error) {
      return { missing: `could not install bench/peers/mesh: ${(error as Error).message}` };
    }
  }
  try {
    return await startPeer('server.mjs', {
      OPENAPI_PATH: OPENAPI,
      UPSTREAM_URL: upstream.url,
      UPSTREAM_TOKEN: upstream.tokens.owner!,
      USER_AGENT: userAgent,
    }, MESH_DIR);
  } catch (error) {
    // A spec Mesh cannot build from must not cost the rest of the bench.
    return { missing: `Mesh did not start: ${(error as Error).message}` };
  }
}

/** User + system CPU time of a process so far, in ms (Linux `/proc`, 100 ticks per second). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * One load run in a process of its own. `watch` names processes (`{ gateway: pid, sandbox: pid }`)
 * whose CPU time per request the result reports beside the load generator's own.
 */
export function runLoad(spec: LoadSpec, watch: Record<string, number> = {}): Promise<LoadResult> {
  const before = Object.entries(watch).map(([name, pid]) => [name, pid, cpuMs(pid)] as const);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX, 'bench/load-process.ts', JSON.stringify(spec)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`load process exited (${code})`));
      const { loadCpuMs, ...result } = JSON.parse(out) as LoadResult & { loadCpuMs: number };
      const perRequest = (ms: number) => Math.round((ms / Math.max(1, result.requests)) * 1000) / 1000;
      const cpuMsPerRequest = Object.fromEntries(before.map(([name, pid, ms]) => [name, perRequest(cpuMs(pid) - ms)]));
      resolve({ ...result, cpuMsPerRequest: { ...cpuMsPerRequest, load: perRequest(loadCpuMs) } });
    });
  });
}
