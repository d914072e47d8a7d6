import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { createBasecampClient, type BasecampClient, type BasecampClientOptions } from '../../src/client/index.ts';
import { createRedisFreshnessStore } from '../../src/client/stores/freshness-redis.ts';
import { createRedisCacheStore } from '../../src/client/stores/redis.ts';
import { createGateway } from '../../src/gateway.ts';
import { nodeListener } from '../../src/http/listener.ts';
import type { Sandbox } from '../../src/sandbox/index.ts';
import { createLive, pubSubClients, type Live } from '../../src/webhooks/index.ts';

export const USER_AGENT = 'Basecamp GraphQL tests (tests@example.test)';

/** One gateway process, listening on loopback so the sandbox can deliver webhooks to it. */
export interface LiveGateway {
  url: string;
  client: BasecampClient;
  live: Live;
  secret: string;
  graphql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: any[] }>;
  /** Subscribes over SSE; `next()` waits for the next event's `data`. */
  subscribe(query: string, variables?: Record<string, unknown>, token?: string): Promise<Subscriber>;
  close(): Promise<void>;
}

export interface Subscriber {
  next(timeoutMs?: number): Promise<any>;
  /** Events received and not yet taken by `next()`. */
  pending(): number;
  close(): void;
}

export interface GatewayOptions {
  sandbox: Sandbox;
  sandboxUrl: string;
  /** Shared by every gateway of a test: the receiver path's last segment. */
  secret: string;
  client?: Partial<BasecampClientOptions>;
  /** With Redis: cache, freshness marks, de-duplication and events go through it under `keyPrefix`. */
  redis?: { url: string; keyPrefix: string };
  webhooks?: boolean;
}

export function newSecret(): string {
  return randomBytes(18).toString('base64url');
}

export async function startLiveGateway(options: GatewayOptions): Promise<LiveGateway> {
  const { sandbox, secret } = options;
  const redis = options.redis ? new Redis(options.redis.url, { maxRetriesPerRequest: 1 }) : undefined;
  redis?.on('error', () => undefined);
  const client = createBasecampClient({
    baseUrl: options.sandboxUrl,
    userAgent: USER_AGENT,
    rateLimit: { limit: 100_000, windowMs: 1_000 },
    ...(redis && options.redis && {
      cacheStore: createRedisCacheStore({ redis, prefix: options.redis.keyPrefix }),
      freshnessStore: createRedisFreshnessStore({ redis, prefix: options.redis.keyPrefix }),
    }),
    ...options.client,
  });
  // The receiver's URL holds the port, so the server listens before the gateway exists.
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const live = createLive({
    client,
    ...(options.webhooks !== false && { webhooks: { url: `${url}/webhooks/basecamp`, secret } }),
    ...(redis && options.redis && { redis: pubSubClients(redis), keyPrefix: options.redis.keyPrefix }),
    log: () => undefined,
  });
  const gateway = createGateway({ client, live, defaultAccountId: sandbox.accountId, defaultToken: sandbox.tokens.owner!, logLevel: 'silent' });
  server.on('request', nodeListener(gateway));
  const subscribers = new Set<Subscriber>();

  return {
    url,
    client,
    live,
    secret,
    async graphql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as Promise<any>;
    },
    async subscribe(query, variables, token) {
      const subscriber = await openSse(`${url}/graphql`, query, variables, token);
      subscribers.add(subscriber);
      return subscriber;
    },
    async close() {
      for (const subscriber of subscribers) subscriber.close();
      await live.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await client.close();
      if (redis) {
        if (options.redis) await deleteKeys(redis, options.redis.keyPrefix);
        redis.disconnect();
      }
    },
  };
}

/** Leaves the shared Redis as it was: only this test's prefix, never FLUSHALL. */
async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

/** A GraphQL subscription over SSE, as a browser's fetch would open it (graphql-yoga's own transport). */
export async function openSse(endpoint: string, query: string, variables: Record<string, unknown> | undefined, token: string | undefined): Promise<Subscriber> {
  const controller = new AbortController();
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`SSE subscription answered ${response.status}: ${await response.text()}`);
  const events: any[] = [];
  const waiters: ((event: any) => void)[] = [];
  const deliver = (event: any) => {
    const waiter = waiters.shift();
    if (waiter) waiter(event);
    else events.push(event);
  };
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n');
          if (/^event: ?next$/m.test(block) && data) deliver(JSON.parse(data));
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    next: (timeoutMs = 5_000) =>
      events.length > 0
        ? Promise.resolve(events.shift())
        : new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
              waiters.splice(waiters.indexOf(waiter), 1);
              reject(new Error(`no SSE event within ${timeoutMs} ms`));
            }, timeoutMs);
            const waiter = (event: any) => {
              clearTimeout(timer);
              resolve(event);
            };
            waiters.push(waiter);
          }),
    pending: () => events.length,
    close: () => controller.abort(),
  };
}
