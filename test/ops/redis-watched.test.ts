import type { ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/sandbox/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { newSecret, openSse, type Subscriber } from '../helpers/live-stack.ts';
import { hasRedisServer, startRedis, stopRedis } from '../helpers/private-redis.ts';
import { freePort, sandboxEnv, startServerProcess, type ServerProcess } from '../helpers/server-process.ts';

// Webhooks and watched projects with Redis away, on a redis-server of this test's own (never the
// shared one at REDIS_URL): the gateway is started before it exists, then it is killed and
// brought back empty.
if (!hasRedisServer) console.log('Redis watched-set test skipped: no redis-server on PATH.');

const PROJECT = `query Project($id: ID!) { project(id: $id) { name todoset { todolists(first: 3) { nodes { name } } } } }`;
const WATCH = `mutation Watch($id: ID!) { watchProject(input: { projectId: $id }) { watching } }`;
const CHANGES = `subscription { recordingChanged { eventId kind } }`;

describe.skipIf(!hasRedisServer)('Watched projects and webhook deliveries while Redis is away', () => {
  const sandbox = createSandbox({ rateLimit: false });
  const secret = newSecret();
  let listening: { url: string; close(): Promise<void> };
  let redisPort: number;
  let redisServer: ChildProcess | undefined;
  let gateway: ServerProcess;
  let subscriber: Subscriber | undefined;

  const restartRedis = async () => {
    redisServer = await startRedis(redisPort);
  };
  const killRedis = async () => {
    await stopRedis(redisServer!);
    redisServer = undefined;
  };
  const waitForReady = async (status: number) => {
    for (let i = 0; i < 100; i++) {
      if ((await fetch(`${gateway.url}/readyz`)).status === status) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`/readyz never answered ${status}`);
  };
  /** One delivery, timed, with the log lines it wrote. */
  const deliver = async (eventId: string, projectId: string) => {
    const root = `${listening.url}/${sandbox.accountId}/buckets/${projectId}`;
    const body = {
      id: eventId,
      kind: 'todo_content_updated',
      created_at: '2026-12-02T10:00:00.000Z',
      recording: { id: '1', type: 'Todo', url: `${root}/todos/1.json`, parent: { id: '2', type: 'Todolist', url: `${root}/todolists/2.json` }, bucket: { id: projectId, name: 'P', type: 'Project' } },
      creator: { id: SEED.people.member, name: 'Someone' },
    };
    const before = gateway.lines.length;
    const started = performance.now();
    const response = await fetch(`${gateway.url}/webhooks/basecamp/${secret}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const ms = performance.now() - started;
    const text = await response.text();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the log line is written as the answer goes out
    const logged = gateway.lines.slice(before).filter((line) => line.includes('webhook delivery'));
    return { status: response.status, contentType: response.headers.get('content-type'), text, ms, logged };
  };

  beforeAll(async () => {
    listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
    redisPort = await freePort();
    gateway = await startServerProcess({
      ...sandboxEnv(sandbox, listening.url),
      BASECAMP_RATE_LIMIT: '10000/10s',
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      // Deliveries are made by the test; Basecamp's own go nowhere.
      BASECAMP_WEBHOOK_URL: 'http://127.0.0.1:9/webhooks/basecamp',
      BASECAMP_WEBHOOK_SECRET: secret,
    });
  }, 90_000);

  afterAll(async () => {
    subscriber?.close();
    await gateway?.stop();
    if (redisServer) await killRedis();
    await listening?.close();
  });

  it('does not wait on a Redis that has never answered: queries and a watch take what they take without it', async () => {
    const timed = async (query: string, id: string) => {
      const started = performance.now();
      const { body } = await gateway.graphql(query, { variables: { id } });
      expect(body.errors).toBeUndefined();
      return performance.now() - started;
    };
    await timed(PROJECT, SEED.projects.warehouse); // first use: modules loaded, connections opened
    const times = [await timed(PROJECT, SEED.projects.warehouse), await timed(PROJECT, SEED.projects.warehouse), await timed(WATCH, SEED.projects.warehouse)];
    // ioredis's offline queue held each Redis command for a reconnect attempt or two: 1.5 to 4 s a query.
    expect(Math.max(...times)).toBeLessThan(500);
  }, 30_000);

  it('answers a delivery with JSON and a log line, not a 500, while its Redis has never answered', async () => {
    const delivered = await deliver('9001', SEED.projects.catalog);
    expect(delivered).toMatchObject({ status: 200, contentType: expect.stringContaining('application/json') });
    expect(JSON.parse(delivered.text)).toMatchObject({ code: 'PROJECT_NOT_WATCHED', message: expect.any(String) });
    expect(delivered.ms).toBeLessThan(1_000);
    expect(delivered.logged).toEqual([expect.stringContaining('webhook delivery: 200 PROJECT_NOT_WATCHED')]);
  });

  it('handles a delivery for a watched project in this process while Redis is down: 202, logged, published to its subscribers', async () => {
    await restartRedis();
    await waitForReady(200);
    const watched = (await gateway.graphql(WATCH, { variables: { id: SEED.projects.hq } })).body;
    expect(watched.errors).toBeUndefined();
    expect(watched.data).toEqual({ watchProject: { watching: true } });
    subscriber = await openSse(`${gateway.url}/graphql`, CHANGES, undefined, undefined);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the subscription is registered

    await killRedis();
    await waitForReady(503);
    const delivered = await deliver('9002', SEED.projects.hq);
    expect(delivered).toMatchObject({ status: 202, contentType: expect.stringContaining('application/json') });
    expect(JSON.parse(delivered.text)).toMatchObject({ code: 'ACCEPTED', projectId: SEED.projects.hq });
    expect(delivered.ms).toBeLessThan(1_000);
    expect(delivered.logged).toEqual([expect.stringContaining('webhook delivery: 202 ACCEPTED')]);
    expect(await subscriber.next()).toEqual({ data: { recordingChanged: { eventId: '9002', kind: 'todo_content_updated' } } });
    expect(gateway.child.exitCode).toBeNull();
  }, 60_000);

  it('watches a project while Redis is down, in this process, and hears its webhooks', async () => {
    const watched = (await gateway.graphql(WATCH, { variables: { id: SEED.projects.catalog } })).body;
    expect(watched.errors).toBeUndefined();
    expect(watched.data).toEqual({ watchProject: { watching: true } });
    const delivered = await deliver('9003', SEED.projects.catalog);
    expect(JSON.parse(delivered.text)).toMatchObject({ code: 'ACCEPTED', projectId: SEED.projects.catalog });
    expect(await subscriber!.next()).toEqual({ data: { recordingChanged: { eventId: '9003', kind: 'todo_content_updated' } } });
    // Queries still answer meanwhile.
    const project = await gateway.graphql(PROJECT, { variables: { id: SEED.projects.catalog } });
    expect(project.body.errors).toBeUndefined();
  }, 30_000);

  it('puts the watched projects back into a Redis that returns empty, for every process to read, and says so', async () => {
    await restartRedis();
    await waitForReady(200);
    const redis = new Redis({ port: redisPort, host: '127.0.0.1' });
    try {
      let watched: string[] = [];
      for (let i = 0; i < 50 && watched.length < 3; i++) {
        watched = await redis.smembers(`bcgql:watched:${sandbox.accountId}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Watched before the outage (put back), and during it (written now).
      expect(watched.sort()).toEqual([SEED.projects.catalog, SEED.projects.hq, SEED.projects.warehouse].sort());
    } finally {
      redis.disconnect();
    }
    expect(gateway.lines.filter((line) => line.includes('Redis came back without the watched projects'))).toEqual([expect.stringContaining('put back the 3 this process knows')]);
  }, 30_000);
});
