import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authOptions } from './auth/options.ts';
import { createBasecampClient } from './client/index.ts';
import { createRedisAccountChanges } from './client/stores/account-changes-redis.ts';
import { createFallbackCacheStore, createFallbackRateLimitStore } from './client/stores/fallback.ts';
import { createRedisFreshnessStore } from './client/stores/freshness-redis.ts';
import { createRedisCacheStore, createRedisRateLimitStore } from './client/stores/redis.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createGateway } from './gateway.ts';
import { answerClientErrors, nodeListener } from './http/listener.ts';
import { createLogger, type Logger } from './log.ts';
import { upstreamCheck } from './plugins/use-health.ts';
import { connectRedis, heartbeat, sharedClock } from './redis-link.ts';
import { gracefulShutdown } from './shutdown.ts';
import { createLive, pubSubClients } from './webhooks/index.ts';

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
  const listening = await sandbox.listen({ port: config.sandboxPort, host: '127.0.0.1' }).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(error.code === 'EADDRINUSE' ? `SANDBOX_PORT ${config.sandboxPort} is in use: set SANDBOX_PORT to another port, or leave it unset for a free one.` : `SANDBOX_PORT: ${error.message}`);
  });
  return {
    baseUrl: listening.url,
    userAgent: SANDBOX_USER_AGENT,
    defaultAccountId: config.accountId ?? sandbox.accountId,
    // The sandbox's owner sees everything, so GraphiQL works without a token.
    defaultToken: config.accessToken ?? sandbox.tokens.owner,
    close: listening.close,
  };
}

async function main(logger: Logger, config: Config): Promise<void> {
  const upstream = await startUpstream(config);
  // Redis down at startup or later never stops the server: the stores fall back to in-process
  // ones and switch back when it answers (see redis-link.ts); /readyz says 503 meanwhile.
  const link = config.redisUrl ? await connectRedis({ url: config.redisUrl, logger }) : undefined;
  const cacheStore = link && createFallbackCacheStore({ primary: createRedisCacheStore({ redis: link.redis }), available: link });
  const accountChanges = link && createRedisAccountChanges({ redis: link.redis, onError: (message) => logger.warn(message) });
  // Processes compare times they each wrote to Redis (freshness marks, validations, budget windows): all read Redis's clock.
  const clock = link && (await sharedClock(link, logger));
  // How many processes share the budget: each one's share of it while Redis is unreachable.
  const beating = link && clock && (await heartbeat(link, clock));
  const client = createBasecampClient({
    ...(clock && { clock }),
    baseUrl: upstream.baseUrl,
    userAgent: upstream.userAgent,
    rateLimit: config.rateLimit,
    freshForMs: config.freshForMs,
    watchedFreshForMs: config.watchedFreshForMs,
    ...(link && { freshnessStore: createRedisFreshnessStore({ redis: link.redis, available: link, warn: (message) => logger.warn(message) }) }),
    // A freshness store that fails (Redis down) is reported in the JSON log, not on stderr.
    warn: (message) => logger.warn(message),
    cacheMaxBytes: config.cacheMaxBytes,
    maxResponseBytes: config.maxResponseBytes,
    // With Redis, every process shares one freshness cache and one rate budget per account and token.
    ...(link && { cacheStore, rateLimitStore: createFallbackRateLimitStore({ primary: createRedisRateLimitStore({ redis: link.redis }), available: link, processes: () => beating?.peers.count }) }),
    // A write through one process ends the other processes' sharing of reads sent before it.
    ...(accountChanges && { accountChanges }),
  });
  // Webhook receiver, watchProject and subscriptions; with Redis, events reach every process.
  // Its warnings (Redis pub/sub or de-duplication unavailable) are JSON lines like every other, not stderr.
  const live = createLive({
    client,
    log: (level, message, fields) => logger[level](message, fields),
    ...(config.webhooks && { webhooks: config.webhooks }),
    ...(link && { redis: pubSubClients(link.redis) }),
  });
  const auth = authOptions(config.oauth, { sandbox: config.upstream.kind === 'sandbox', baseUrl: upstream.baseUrl, userAgent: upstream.userAgent, ...(config.corsOrigins && { allowedOrigins: config.corsOrigins }) });
  const gateway = createGateway({
    client,
    ...(auth && { auth }),
    logger,
    live,
    ...(config.sessionSecret !== undefined && { cursorSecret: config.sessionSecret }),
    ...(upstream.defaultAccountId !== undefined && { defaultAccountId: upstream.defaultAccountId }),
    ...(upstream.defaultToken !== undefined && { defaultToken: upstream.defaultToken }),
    readiness: [upstreamCheck(client.origin), ...(link ? [{ name: 'redis', check: (timeoutMs: number) => link.ping(timeoutMs) }] : [])],
    ...(link && { metrics: { redisUp: () => link.up } }),
    ...(config.corsOrigins && { corsOrigins: config.corsOrigins }),
    ...(config.trustedDocuments && { trustedDocuments: config.trustedDocuments }),
    queryCost: { maxCost: config.maxCost, maxCalls: config.maxCalls },
  });
  const server = createServer(nodeListener(gateway));
  answerClientErrors(server);
  server.on('error', (error: NodeJS.ErrnoException) => {
    const sandboxToo = error.code === 'EADDRINUSE' && config.upstream.kind === 'sandbox' && config.port !== 0 && config.sandboxPort === config.port;
    logger.error(sandboxToo ? `PORT and SANDBOX_PORT are both ${config.port}: give them different ports.` : listenFailure(error, config.port, config.host));
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    // The port bound, which PORT=0 leaves to the system.
    const port = (server.address() as AddressInfo).port;
    const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/graphql`;
    const where = config.upstream.kind === 'sandbox' ? `the embedded Basecamp sandbox at ${upstream.baseUrl}` : upstream.baseUrl;
    logger.info(`GraphQL on ${url} (GraphiQL in a browser), upstream: ${where}`, { url, upstream: upstream.baseUrl, startupMs: Math.round(performance.now()) });
    if (auth) logger.info(`Log in with Basecamp: ${url.replace(/\/graphql$/, '/auth/login')}`);
  });

  const shutdown = gracefulShutdown({
    server,
    logger,
    endStreams: () => live.close(),
    release: () => Promise.allSettled([gateway.dispose(), live.close(), client.close(), accountChanges?.close(), upstream.close(), beating?.stop().then(() => link?.close())]),
  });
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('second signal: exiting now', { signal });
      process.exit(1);
    }
    stopping = true;
    void shutdown(signal).then(() => process.exit(0));
  };
  let stopping = false;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

const bootLogger = createLogger('info');
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  bootLogger.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : `Startup failed: ${(error as Error).message}`);
  process.exit(1);
}
const logger = createLogger(config.logLevel);
// A rejected promise nobody awaited (a store call, a socket) is logged, not fatal: one failed
// dependency must not take every in-flight request down with the process.
process.on('unhandledRejection', (reason) => logger.error('unhandled rejection (the server keeps running)', { error: reason }));

main(logger, config).catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : `Startup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

/** Why the server could not listen, naming the variable to change. */
function listenFailure(error: NodeJS.ErrnoException, port: number, host: string): string {
  if (error.code === 'EADDRINUSE') return `Port ${port} on ${host} is in use: set PORT to another one.`;
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') return `HOST "${host}" is not a name this machine resolves: set HOST to an address such as 127.0.0.1 or 0.0.0.0.`;
  if (error.code === 'EADDRNOTAVAIL') return `HOST ${host} is not an address of this machine: set HOST to one of its addresses, 127.0.0.1 or 0.0.0.0.`;
  if (error.code === 'EACCES') return `Port ${port} needs privileges this process lacks: set PORT to 1024 or above.`;
  return `Server error: ${error.message}`;
}
