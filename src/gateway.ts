import { GraphQLError } from 'graphql';
import { createLogger, createYoga, type LogLevel, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import { UpstreamError } from './client/errors.ts';
import { hashToken, type BasecampClient } from './client/index.ts';
import { createLedger } from './client/types.ts';
import type { Context } from './context.ts';
import { useQueryCost, type QueryCostOptions } from './plugins/use-query-cost.ts';
import { maskError } from './resolvers/errors.ts';
import { schema } from './schema/index.ts';

export interface GatewayOptions {
  /** The shared Basecamp client: one cache, one rate budget, one connection pool for all requests. */
  client: BasecampClient;
  /** Account used when a request sends no `X-Basecamp-Account-Id`. */
  defaultAccountId?: string;
  /** Token used when a request sends no `Authorization` (single-user deployments, the sandbox). */
  defaultToken?: string;
  /** Limits for the pre-execution cost check (`QUERY_TOO_EXPENSIVE`). */
  queryCost?: QueryCostOptions;
  /** Default `info`. Upstream errors (a 404, a 422) are answers, logged at `debug` as one line. */
  logLevel?: LogLevel | 'silent';
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
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'Basecamp GraphQL', defaultQuery: EXAMPLE_QUERY },
    // GraphiQL served from this package, not a CDN: it works offline and behind strict proxies.
    // Loaded on the first page view: its 9 MB bundle would otherwise cost every API-only
    // process ~30 MiB of heap and more of RSS.
    renderGraphiQL: async (graphiql) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiql),
    maskedErrors: { maskError },
    logging: upstreamAwareLogger(createLogger(options.logLevel ?? 'info')),
    plugins: [useQueryCost(options.queryCost)],
    context: ({ request }) => createContext(request, options),
  });
}

function createContext(request: Request, options: GatewayOptions): Context {
  const accountId = readAccountId(request, options.defaultAccountId);
  const token = readToken(request, options.defaultToken);
  const ledger = createLedger();
  return {
    accountId,
    ledger,
    basecamp: options.client.session({ token, tokenHash: hashToken(token), accountId }, request.signal, ledger),
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

function readToken(request: Request, fallback: string | undefined): string {
  const header = request.headers.get('authorization');
  if (header !== null && header.trim() !== '') {
    const match = /^Bearer\s+([\x21-\x7e]+)\s*$/i.exec(header.trim());
    if (!match?.[1]) throw unauthenticated('Authorization must be "Bearer <Basecamp access token>".');
    return match[1];
  }
  if (fallback === undefined) throw unauthenticated('Send Authorization: Bearer <Basecamp access token>.');
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
function upstreamAwareLogger(logger: YogaLogger): YogaLogger {
  return {
    ...logger,
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
