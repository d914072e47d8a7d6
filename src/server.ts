import { createServer } from 'node:http';
import type { Redis } from 'ioredis';
import { createBasecampClient } from './client/index.ts';
import { createRedisCacheStore, createRedisRateLimitStore } from './client/stores/redis.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createGateway } from './gateway.ts';

/** Identifies us to the embedded sandbox, which, like Basecamp, refuses requests without one. */
const SANDBOX_USER_AGENT = 'Basecamp GraphQL sandbox (http://localhost)';

interface Upstream {
  baseUrl: string;
  userAgent: string;
  defaultAccountId?: string;
  defaultToken?: string;
  close(): Promise<void>;
}

async function startUpstream(config: Config): Promise<Upstream> {
  if (config.upstream.kind === 'remote') {
    return {
      baseUrl: config.upstream.apiUrl,
      userAgent: config.upstream.userAgent,
      ...(config.accountId !== undefined && { defaultAccountId: config.accountId }),
      ...(config.accessToken !== undefined && { defaultToken: config.accessToken }),
      close: async () => {},
    };
  }
  // Imported only when embedded: a gateway in front of Basecamp never loads the simulator.
  const { createSandbox } = await import('./sandbox/index.ts');
  const sandbox = createSandbox();
  const listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  return {
    baseUrl: listening.url,
    userAgent: SANDBOX_USER_AGENT,
    defaultAccountId: config.accountId ?? sandbox.accountId,
    // The sandbox's owner sees everything, so GraphiQL works without a token.
    defaultToken: config.accessToken ?? sandbox.tokens.owner,
    close: listening.close,
  };
}

/** Connects before serving, so a wrong REDIS_URL fails at startup rather than on the first query. */
async function connectRedis(url: string): Promise<Redis> {
  // Loaded only when configured: a Redis-less process does not pay for the client.
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  redis.on('error', () => undefined); // ioredis reconnects on its own; commands report failures
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch {
    redis.disconnect();
    throw new ConfigError('REDIS_URL: no Redis answered there.');
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const upstream = await startUpstream(config);
  const redis = config.redisUrl ? await connectRedis(config.redisUrl) : undefined;
  const client = createBasecampClient({
    baseUrl: upstream.baseUrl,
    userAgent: upstream.userAgent,
    rateLimit: config.rateLimit,
    cacheMaxBytes: config.cacheMaxBytes,
    maxResponseBytes: config.maxResponseBytes,
    // With Redis, every process shares one freshness cache and one rate budget per account and token.
    ...(redis && { cacheStore: createRedisCacheStore({ redis }), rateLimitStore: createRedisRateLimitStore({ redis }) }),
  });
  const gateway = createGateway({
    client,
    ...(upstream.defaultAccountId !== undefined && { defaultAccountId: upstream.defaultAccountId }),
    ...(upstream.defaultToken !== undefined && { defaultToken: upstream.defaultToken }),
  });
  const server = createServer(gateway);
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${config.port} on ${config.host} is in use: set PORT to another one.` : `Server error: ${error.message}`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const where = config.upstream.kind === 'sandbox' ? `the embedded Basecamp sandbox at ${upstream.baseUrl}` : upstream.baseUrl;
    console.log(`GraphQL on http://${host === '127.0.0.1' ? 'localhost' : host}:${config.port}/graphql (GraphiQL in a browser), upstream: ${where}`);
  });

  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    void Promise.allSettled([client.close(), upstream.close(), redis?.quit()]).then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error instanceof Error ? `Startup failed: ${error.message}` : error);
  process.exit(1);
});
