import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Sandbox } from '../../src/sandbox/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Every stdout line so far (JSON log lines). */
  lines: string[];
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** POSTs one GraphQL operation over HTTP. */
  graphql<T = any>(query: string, options?: { variables?: Record<string, unknown>; headers?: Record<string, string> }): Promise<{ status: number; body: { data?: T; errors?: any[] } }>;
  stop(): Promise<void>;
}

/**
 * `src/server.ts` as its own process, as an operator runs it (through tsx, so a test needs no
 * build step and never races another test's build), with `env` on top of a clean environment.
 * Resolves once `/healthz` answers.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts.filter((line) => line !== ''));
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited at startup (${child.exitCode}): ${stderr}\n${lines.join('\n')}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not up within 60 s: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return {
    child,
    url,
    lines,
    stderr: () => stderr,
    exited,
    async graphql(query, { variables, headers = {} } = {}) {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: response.status, body: await response.json() };
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** What points a gateway process at an in-process sandbox listening on `url`, as its owner. */
export function sandboxEnv(sandbox: Sandbox, url: string): Record<string, string> {
  return {
    BASECAMP_API_URL: url,
    BASECAMP_USER_AGENT: 'Ops tests (ops@example.test)',
    BASECAMP_ACCOUNT_ID: sandbox.accountId,
    BASECAMP_ACCESS_TOKEN: sandbox.tokens.owner!,
  };
}
