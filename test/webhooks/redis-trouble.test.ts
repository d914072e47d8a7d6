import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventDedup } from '../../src/webhooks/dedup.ts';
import { createRecordingEvents, type RecordingEvents } from '../../src/webhooks/events.ts';
import type { RecordingChange } from '../../src/webhooks/payload.ts';

/**
 * Redis going away and coming back, on a redis-server of this test's own (never the shared one):
 * events keep reaching this process's subscribers, nothing throws, each outage is reported once,
 * and events cross processes again once Redis is back.
 */
const hasRedisServer = await new Promise<boolean>((resolve) => {
  const probe = spawn('redis-server', ['--version']);
  probe.on('error', () => resolve(false));
  probe.on('exit', (code) => resolve(code === 0));
});
if (!hasRedisServer) console.log('Skipping the Redis outage tests: no redis-server on PATH.');

let port: number;
let server: ChildProcess | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: found } = probe.address() as { port: number };
      probe.close(() => resolve(found));
    });
  });
}

async function startRedis(): Promise<void> {
  server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => 50 });
  client.on('error', () => undefined);
  await until(async () => (await client.ping().catch(() => undefined)) === 'PONG');
  client.disconnect();
}

async function stopRedis(): Promise<void> {
  const running = server;
  server = undefined;
  if (!running || running.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    running.once('exit', () => resolve());
    running.kill('SIGKILL');
  });
}

async function until(probe: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function change(eventId: string): RecordingChange {
  return {
    eventId,
    accountId: '1',
    projectId: '2',
    kind: 'todo_completed',
    createdAt: '2026-12-02T10:00:00.000Z',
    creatorId: null,
    recording: { id: '3', type: 'Todo', path: '/buckets/2/todos/3.json', parent: null },
    copy: null,
  };
}

function collect(events: RecordingEvents): { seen: string[]; stop(): void } {
  const seen: string[] = [];
  const iterator = events.subscribe();
  void (async () => {
    for await (const received of { [Symbol.asyncIterator]: () => iterator }) seen.push(received.eventId);
  })();
  return { seen, stop: () => void iterator.return?.() };
}

describe.runIf(hasRedisServer)('Redis trouble', () => {
  const clients: Redis[] = [];
  const connect = () => {
    const client = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1, retryStrategy: () => 100 });
    client.on('error', () => undefined);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    port = await freePort();
    await startRedis();
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await stopRedis();
  });

  it('keeps local subscribers served while Redis is down, reports it once, and crosses processes again when it is back', async () => {
    const reports: string[] = [];
    const a = createRecordingEvents({ keyPrefix: 'trouble:', redis: { publisher: connect(), subscriber: connect() }, onRedisError: (message) => reports.push(message) });
    const b = createRecordingEvents({ keyPrefix: 'trouble:', redis: { publisher: connect(), subscriber: connect() } });
    const localA = collect(a);
    const remoteB = collect(b);
    await new Promise((resolve) => setTimeout(resolve, 200)); // B's SUBSCRIBE reaches Redis

    a.publish(change('1'));
    await until(() => remoteB.seen.includes('1'));
    expect(localA.seen).toEqual(['1']);

    await stopRedis();
    a.publish(change('2'));
    a.publish(change('3'));
    await until(() => localA.seen.includes('3'));
    await until(() => reports.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reports).toHaveLength(1);
    expect(remoteB.seen).toEqual(['1']);

    await startRedis();
    // ioredis reconnects and resubscribes on its own; publish until B hears again.
    let n = 10;
    await until(() => {
      a.publish(change(String(n++)));
      return remoteB.seen.length > 1;
    });
    expect(localA.seen.slice(0, 3)).toEqual(['1', '2', '3']);
    localA.stop();
    remoteB.stop();
    await a.close();
    await b.close();
  });

  it('de-duplicates in memory while Redis is down', async () => {
    const reports: string[] = [];
    const dedup = createEventDedup({ redis: connect(), keyPrefix: 'trouble:', onRedisError: (message) => reports.push(message) });
    expect(await dedup.firstSeen('1', '500')).toBe(true);
    await stopRedis();
    expect(await dedup.firstSeen('1', '501')).toBe(true);
    expect(await dedup.firstSeen('1', '501')).toBe(false);
    expect(await dedup.firstSeen('1', '500')).toBe(false);
    expect(reports).toHaveLength(1);
    await startRedis();
  });

  it('hears other processes once Redis answers, when it was down as this process started', async () => {
    await stopRedis();
    const reports: string[] = [];
    const late = createRecordingEvents({ keyPrefix: 'trouble:', redis: { publisher: connect(), subscriber: connect() }, onRedisError: (message) => reports.push(message) });
    const heard = collect(late);
    await until(() => reports.length > 0); // its SUBSCRIBE failed

    await startRedis();
    const other = createRecordingEvents({ keyPrefix: 'trouble:', redis: { publisher: connect(), subscriber: connect() } });
    let n = 100;
    await until(() => {
      other.publish(change(String(n++)));
      return heard.seen.length > 0;
    });
    heard.stop();
    await late.close();
    await other.close();
  });
});
