import { GraphQLError } from 'graphql';
import { createYoga, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import type { AuthOptions } from './auth/options.ts';
import { sessionCredentials } from './auth/session.ts';
import { UpstreamError } from './client/errors.ts';
import { hashToken, type BasecampClient } from './client/index.ts';
import { createLedger, type Credentials } from './client/types.ts';
import type { Context } from './context.ts';
import { createCursorCodec, type CursorCodec } from './cursor.ts';
import { corsPolicy, defaultTokenRefusal } from './http/origin.ts';
import { usePersistedDocuments } from './plugins/use-persisted-documents.ts';
import { useAuth } from './plugins/use-auth.ts';
import { createLogger, yogaLogger, type Logger, type LogLevel } from './log.ts';
import { useBudgetExtension } from './plugins/use-budget-extension.ts';
import { useCostExtension } from './plugins/use-cost-extension.ts';
import { useCompression } from './plugins/use-compression.ts';
import { useExecutor } from './plugins/use-executor.ts';
import { renderGraphiQLPage, useGraphiQLAssets } from './plugins/use-graphiql-assets.ts';
import { usePageSafety } from './plugins/use-page-safety.ts';
import { upstreamCheck, useHealth, type ReadinessCheck } from './plugins/use-health.ts';
import { useMetrics, type MetricsOptions } from './plugins/use-metrics.ts';
import { useOperationLog } from './plugins/use-operation-log.ts';
import { DEFAULT_MAX_CALLS, useQueryCost, type QueryCostOptions } from './plugins/use-query-cost.ts';
import { useRequestPolicy } from './plugins/use-request-policy.ts';
import { useStaticLimits, type StaticLimits } from './plugins/use-static-limits.ts';
import { useVoyager, VOYAGER_PATH } from './plugins/use-voyager.ts';
import { MAX_UPLOAD_BYTES } from './resolvers/files.ts';
import { useWebhooks } from './plugins/use-webhooks.ts';
import { maskError } from './resolvers/errors.ts';
import { schema } from './schema/index.ts';
import { reportUnknownEnumValues } from './schema/enums.ts';
import type { Live } from './webhooks/index.ts';

export interface GatewayOptions {
  /** The shared Basecamp client: one cache, one rate budget, one connection pool for all requests. */
  client: BasecampClient;
  /** Account used when a request sends no `X-Basecamp-Account-Id`. */
  defaultAccountId?: string;
  /** Token used when a request sends no `Authorization` (single-user deployments, the sandbox). */
  defaultToken?: string;
  /** Limits in upstream calls: the pre-execution price and each operation's spending (`QUERY_TOO_EXPENSIVE`). */
  queryCost?: QueryCostOptions;
  /** Browser logins through Launchpad (`/auth/*`) and the cookie session; off when absent. */
  auth?: AuthOptions;
  /** JSON lines on stdout; default a logger at `logLevel`. */
  logger?: Logger;
  /** Default `warn` (tests stay quiet; `server.ts` passes `LOG_LEVEL`). Upstream errors (a 404, a 422) are answers, logged at `debug`. */
  logLevel?: LogLevel;
  /** What `/readyz` waits for. Default: the upstream origin answering. */
  readiness?: ReadinessCheck[];
  /** Extra gauges for `/metrics` (Redis in use, cache bytes). */
  metrics?: Omit<MetricsOptions, 'client'>;
  /** `CORS_ORIGINS`: browser origins allowed to call cross-origin (`['*']`: any, without credentials). Unset: CORS off. */
  corsOrigins?: readonly string[];
  /** `GRAPHQL_TRUSTED_DOCUMENTS`: when set, only these documents (by hash or exact text) run; otherwise APQ. */
  trustedDocuments?: Record<string, string>;
  /** Depth, aliases, directives and tokens (README "Static limits"). */
  staticLimits?: Partial<StaticLimits>;
  /** Webhook receiver, `watchProject` and subscriptions (src/webhooks). */
  live?: Live;
  /** Keys connection cursors (`SESSION_SECRET`); unset: a random key, so cursors end with the process. */
  cursorSecret?: string;
}

export const EXAMPLE_QUERY = `# Projects, their to-do lists and to-dos, with the people on them: one query, few REST calls.
{
  projects(first: 3) {
    totalCount
    nodes {
      name
      todoset {
        todolists(first: 5) {
          nodes {
            name
            todos(first: 20) {
              totalCount
              pageInfo { hasNextPage endCursor }
              nodes { title completed assignees { name } creator { name } }
            }
          }
        }
      }
    }
  }
}
`;

/** The GraphQL endpoint as a fetch handler: used by `server.ts` and, socket-free, by tests. */
export function createGateway(options: GatewayOptions): YogaServerInstance<Record<string, never>, Context> {
  const logger = options.logger ?? createLogger(options.logLevel ?? 'warn');
  // Once per (enum, value): a new Basecamp value is worth adding to the schema, not worth a line per field.
  reportUnknownEnumValues((enumName, value) => logger.warn('Basecamp sent a value the schema does not know yet; answered OTHER', { enum: enumName, value }));
  const metrics = useMetrics({ client: options.client, ...options.metrics });
  const cursors = createCursorCodec(options.cursorSecret);
  const credentialsOf = credentialReader(options);
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: {
      title: 'Basecamp GraphQL',
      defaultQuery: EXAMPLE_QUERY,
      // A token typed into the headers editor stays in the tab, never in localStorage.
      shouldPersistHeaders: false,
      // GraphiQL subscribes over GET (SSE), which needs a CSRF header like any GET.
      additionalHeaders: { 'x-graphql-yoga-csrf': 'graphiql' },
    },
    // GraphiQL served from this package, not a CDN (it works offline and behind strict proxies),
    // as a small page and hashed, cached, pre-compressed assets; its header links the map of the graph.
    renderGraphiQL: (graphiql) => renderGraphiQLPage(graphiql, [{ href: VOYAGER_PATH, label: 'Map of the graph (Voyager)' }]),
    maskedErrors: { maskError },
    logging: upstreamAwareLogger(yogaLogger(logger), logger.level),
    cors: corsPolicy(options.corsOrigins),
    // Body caps are useRequestPolicy's: yoga's own streams every body through a counter, even one
    // whose Content-Length already says it fits.
    maxRequestBodySize: false,
    plugins: [
      useExecutor(),
      useCompression(),
      useGraphiQLAssets(),
      useVoyager({ endpoint: '/graphql', title: 'Basecamp GraphQL: map of the graph', graphiql: '/graphql' }),
      useHealth({ checks: options.readiness ?? [upstreamCheck(options.client.origin)] }),
      metrics,
      useOperationLog({ logger, onOperation: metrics.observeOperation }),
      // Basecamp's deliveries: no browser, no CSRF header, answered before any GraphQL plugin.
      useWebhooks(options.live?.receive),
      // The cost and budget extensions before every refusal, so a refused operation still reports
      // them (the budget's hook waits for its read, so it goes first). A response that never
      // reached execution (refused by its price or by validation, before any context was built)
      // reads the budget with the credentials the context would have had.
      useBudgetExtension({ budgetOf: (request) => options.client.budget(credentialsOf(request)) }),
      useCostExtension(),
      // The whole body of a multipart request, files included; JSON bodies have a far smaller cap.
      useRequestPolicy({ maxBodyBytes: MAX_UPLOAD_BYTES + 1024 * 1024 }),
      ...(options.auth ? [useAuth(options.auth)] : []),
      usePersistedDocuments({ ...(options.trustedDocuments && { trusted: options.trustedDocuments }) }),
      useStaticLimits(options.staticLimits),
      useQueryCost(options.queryCost),
      // Last, so it marks the answers other plugins replace (a coded 404) as well.
      usePageSafety(),
    ],
    context: ({ request }) => createContext(request, options, credentialsOf(request), cursors),
  });
}

function createContext(request: Request, options: GatewayOptions, credentials: Credentials, cursors: CursorCodec): Context {
  const ledger = createLedger(options.queryCost?.maxCalls ?? DEFAULT_MAX_CALLS);
  return {
    accountId: credentials.accountId,
    ledger,
    cursors,
    basecamp: options.client.session(credentials, request.signal, ledger),
    ...(options.live && { live: options.live }),
  };
}

/**
 * Who a request calls Basecamp as; throws the coded GraphQLError a client sees when it cannot
 * tell. The server's default token is hashed once: single-user deployments send no other.
 */
function credentialReader(options: GatewayOptions): (request: Request) => Credentials {
  const defaultHash = options.defaultToken === undefined ? undefined : hashToken(options.defaultToken);
  return (request) => {
    // A bearer header wins, then the browser's session cookie, then the server's default token,
    // which never serves another origin's page (src/http/origin.ts).
    const session = sessionCredentials(request);
    const accountId = readAccountId(request, session?.accountId ?? options.defaultAccountId);
    const refusal = session || options.defaultToken === undefined ? undefined : defaultTokenRefusal(request, options.corsOrigins);
    const token = readToken(request, session?.token ?? (refusal ? undefined : options.defaultToken), refusal);
    return { token, tokenHash: token === options.defaultToken && defaultHash !== undefined ? defaultHash : hashToken(token), accountId };
  };
}

function readAccountId(request: Request, fallback: string | undefined): string {
  const header = request.headers.get('x-basecamp-account-id')?.trim();
  if (header !== undefined && header !== '') {
    if (!/^[1-9]\d{0,19}$/.test(header)) throw badInput('X-Basecamp-Account-Id must be a numeric Basecamp account id.');
    return header;
  }
  if (fallback === undefined) {
    throw badInput('No Basecamp account: send X-Basecamp-Account-Id or configure BASECAMP_ACCOUNT_ID.');
  }
  return fallback;
}

function readToken(request: Request, fallback: string | undefined, refusal?: string): string {
  const header = request.headers.get('authorization');
  if (header !== null && header.trim() !== '') {
    const match = /^Bearer\s+([\x21-\x7e]+)\s*$/i.exec(header.trim());
    if (!match?.[1]) throw unauthenticated('Authorization must be "Bearer <Basecamp access token>".');
    return match[1];
  }
  if (fallback === undefined) throw unauthenticated(refusal ?? 'Send Authorization: Bearer <Basecamp access token>.');
  return fallback;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Yoga logs every error it maps as unexpected. An `UpstreamError` is Basecamp's answer, already
 * coded for the client, so it gets one debug line (no stack, and never a token) instead.
 */
function upstreamAwareLogger(logger: YogaLogger, level: LogLevel): YogaLogger {
  // Yoga logs a few debug lines per request; below `debug` they cost nothing, not even their arguments' sorting.
  const quiet = () => {};
  return {
    ...logger,
    ...(level !== 'debug' && { debug: quiet }),
    error: (...args: unknown[]) => {
      const upstream = args.map((arg) => (arg instanceof GraphQLError ? arg.originalError : arg)).find((arg) => arg instanceof UpstreamError);
      if (upstream instanceof UpstreamError) {
        logger.debug(`upstream ${upstream.code}${upstream.status ? ` ${upstream.status}` : ''}${upstream.requestId ? ` (request ${upstream.requestId})` : ''}: ${upstream.message}`);
      } else {
        logger.error(...args);
      }
    },
  };
}
