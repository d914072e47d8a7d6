import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServedStack, type ServedStack } from '../helpers/clients.ts';

/**
 * Every example in examples/ runs as a user runs it (`tsx`, its own process, settings from the
 * environment the README documents) against a gateway and sandbox of the test's own. The Relay
 * examples are fragments, compiled and run by test/clients/relay.test.ts.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

let served: ServedStack;
beforeAll(async () => {
  served = await startServedStack();
});
afterAll(() => served.close());
beforeEach(() => served.stack.resetLog());

/** Runs one example with only `env` (and PATH/HOME) set; never throws, so a failure's output can be asserted. */
async function example(file: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `examples/${file}`], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    return { code: typeof error.code === 'number' ? error.code : -1, stdout: error.stdout ?? '', stderr: error.stderr ?? String(error) };
  }
}

const TESTED = ['list-projects.ts'];

it('every example in examples/ has a test here', () => {
  expect(readdirSync(`${ROOT}/examples`).filter((name) => name.endsWith('.ts')).sort()).toEqual(TESTED);
});

describe('examples/list-projects.ts', () => {
  /** The same three projects with their lists and open counts, read from the gateway directly. */
  async function expected(token?: string): Promise<string[]> {
    const result = await served.stack.graphql(
      'query { projects(first: 3) { nodes { name todoset { todolists(first: 5) { nodes { name todos(first: 5) { totalCount } } } } } } }',
      token ? { token } : {},
    );
    expect(result.errors).toBeUndefined();
    return result.data.projects.nodes.map(
      (project: any) =>
        `${project.name}: ${project.todoset?.todolists?.nodes.map((list: any) => `${list.name} (${list.todos?.totalCount ?? '?'} open)`).join(', ') || 'no to-do lists'}`,
    );
  }

  it('reads GRAPHQL_URL and lists projects as the server default token sees them', async () => {
    const { code, stdout, stderr } = await example('list-projects.ts', { GRAPHQL_URL: served.endpoint });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    // The sandbox answered, as its owner (the default token): the example did not read another server.
    expect(served.stack.sandbox.log.length).toBeGreaterThan(0);
    expect(new Set(served.stack.sandbox.log.map((entry) => entry.tokenLabel))).toEqual(new Set(['owner']));
    expect(lines).toEqual(await expected());
    expect(stdout).toMatch(/\(\d+ open\)/);
  });

  it('sends GRAPHQL_TOKEN as the bearer token', async () => {
    const token = served.stack.sandbox.tokens.client!;
    const { code, stdout } = await example('list-projects.ts', { GRAPHQL_URL: served.endpoint, GRAPHQL_TOKEN: token });
    expect(code).toBe(0);
    expect(new Set(served.stack.sandbox.log.map((entry) => entry.tokenLabel))).toEqual(new Set(['client']));
    expect(stdout.trim().split('\n')).toEqual(await expected(token));
  });

  it('prints the errors and exits non-zero when the server refuses', async () => {
    const { code, stdout, stderr } = await example('list-projects.ts', { GRAPHQL_URL: served.endpoint, GRAPHQL_TOKEN: 'not-a-token' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('UNAUTHENTICATED');
  });
});
