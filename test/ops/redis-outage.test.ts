import type { ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/sandbox/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { hasRedisServer, startRedis, stopRedis } from '../helpers/private-redis.ts';
import { freePort, sandboxEnv, startServerProcess, type ServerProcess } from '../helpers/server-process.ts';

// A redis-server of this test's own, on its own port, stopped and started at will: the shared
// one at REDIS_URL is never touched.
if (!hasRedisServer) console.log('Redis outage test skipped: no redis-server on PATH.');

const PROJECT = `query Project($id: ID!) { project(id: $id) { name todoset { todolists(first: 3) { nodes { name } } } } }`;
const CREATE_TODO = `mutation Create($id: ID!) { createTodo(input: { todolistId: $id, content: "Written while Redis is away" }) { todo { id content } } }`;

describe.skipIf(!hasRedisServer)('Redis going away and coming back', () => {
  const sandbox = createSandbox({ rateLimit: false });
  let listening: { url: string; close(): Promise<void> };
  let redisPort: number;
  let redisServer: ChildProcess | undefined;
  let gateway: ServerProcess;

  const restartRedis = async () => {
    redisServer = await startRedis(redisPort);
  };
  const killRedis = async () => {
    await stopRedis(redisServer!);
    redisServer = undefined;
  };
  const gatewayKeys = async (): Promise<string[]> => {
    const redis = new Redis({ port: redisPort, host: '127.0.0.1' });
    try {
      return await redis.keys('bcgql:*');
    } finally {
      redis.disconnect();
    }
  };
  /** A bounded load: `count` queries, four at a time; every one must come back with data. */
  const load = async (count: number) => {
    const answers: { status: number; body: any }[] = [];
    for (let i = 0; i < count; i += 4) {
      answers.push(...(await Promise.all([0, 1, 2, 3].map(() => gateway.graphql(PROJECT, { variables: { id: SEED.projects.catalog } })))));
    }
    return answers;
  };
  const readiness = async () => {
    const response = await fetch(`${gateway.url}/readyz`);
    return { status: response.status, body: (await response.json()) as { checks: Record<string, string> } };
  };
  const waitForReady = async (status: number) => {
    for (let i = 0; i < 100; i++) {
      if ((await readiness()).status === status) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`/readyz never answered ${status}`);
  };

  beforeAll(async () => {
    listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
    redisPort = await freePort();
    // Started before its Redis exists: it must come up degraded, not fail.
    gateway = await startServerProcess({
      ...sandboxEnv(sandbox, listening.url),
      BASECAMP_RATE_LIMIT: '10000/10s',
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    });
  }, 90_000);

  afterAll(async () => {
    await gateway?.stop();
    if (redisServer) await killRedis();
    await listening?.close();
  });

  it('starts without its Redis, serves from memory, and says so on /readyz', async () => {
    const answers = await load(8);
    expect(answers.every((answer) => answer.status === 200 && answer.body.data?.project?.name && !answer.body.errors)).toBe(true);
    const ready = await readiness();
    expect(ready.status).toBe(503);
    expect(ready.body.checks).toMatchObject({ upstream: 'ok', redis: expect.stringMatching(/not connected/) });
    expect(gateway.lines.filter((line) => line.includes('Redis is not answering at startup'))).toHaveLength(1);
  });

  it('takes Redis into use once it answers', async () => {
    await restartRedis();
    await waitForReady(200);
    expect(await load(8)).toSatisfy((answers: any[]) => answers.every((answer) => answer.status === 200 && !answer.body.errors));
    expect((await gatewayKeys()).some((key) => key.startsWith('bcgql:cache:'))).toBe(true);
    expect(gateway.lines.filter((line) => line.includes('Redis is reachable again'))).toHaveLength(1);
  }, 30_000);

  it('answers every query and a mutation while Redis is killed, then uses it again when it is back', async () => {
    const during = load(40);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await killRedis();
    const answers = [...(await during), ...(await load(20))];
    expect(answers.filter((answer) => answer.status !== 200 || answer.body.errors || !answer.body.data?.project)).toEqual([]);

    // The crash of issue 12: one mutation with Redis down.
    const created = await gateway.graphql(CREATE_TODO, { variables: { id: SEED.todolists.large } });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.createTodo.todo.content).toBe('Written while Redis is away');

    expect(gateway.child.exitCode).toBeNull();
    // /readyz reuses its last probe for 2 s (use-health.ts), and the load above finishes well
    // within that (about 0.5 s): the probe taken just before the kill may still be the answer, so
    // wait for a fresh one, which must see Redis gone.
    await waitForReady(503);
    expect((await readiness()).body.checks).toMatchObject({ upstream: 'ok', redis: expect.stringMatching(/not connected/) });
    expect(gateway.lines.filter((line) => line.includes('Redis is unreachable'))).toHaveLength(1);

    // Back, empty (no persistence): the gateway's keys reappear in it. Its heartbeat (who shares
    // the rate budget) is written as soon as Redis answers.
    await restartRedis();
    await waitForReady(200);
    const dataKeys = async () => (await gatewayKeys()).filter((key) => key !== 'bcgql:rl:processes');
    expect(await dataKeys()).toEqual([]);
    const after = await load(8);
    expect(after.every((answer) => answer.status === 200 && !answer.body.errors)).toBe(true);
    expect((await dataKeys()).some((key) => key.startsWith('bcgql:'))).toBe(true);
    expect(await gatewayKeys()).toContain('bcgql:rl:processes');
    expect(gateway.lines.filter((line) => line.includes('Redis is reachable again'))).toHaveLength(2);

    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(/^redis_up 1$/m);
    expect(gateway.stderr()).toBe('');
  }, 60_000);
});
