import { createBasecampClient, type BasecampClient, type BasecampClientOptions } from '../../src/client/index.ts';
import { createGateway, type GatewayOptions } from '../../src/gateway.ts';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.ts';

export interface Stack {
  sandbox: Sandbox;
  client: BasecampClient;
  gateway: ReturnType<typeof createGateway>;
  /** `http://127.0.0.1:PORT/{accountId}`: prefix for direct REST calls to the sandbox. */
  apiRoot: string;
  /** Runs one operation through `gateway.fetch` (no socket); `token` overrides the sandbox owner's. */
  graphql<T = any>(query: string, options?: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> }): Promise<GraphQLResult<T>>;
  /** The paths (with query) the sandbox answered since the last `resetLog()`. */
  upstreamPaths(): string[];
  resetLog(): void;
  close(): Promise<void>;
}

export interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: { cost?: { estimated: number; upstreamCalls: number; notModified: number; fromCache: number } } & Record<string, any>;
}

/**
 * The real stack on loopback: the embedded sandbox over HTTP, the real client, the gateway.
 * The budgets are generous by default so suites are not throttled; tests of the limiter set them.
 */
export async function startStack(
  options: { sandbox?: SandboxOptions; client?: Partial<BasecampClientOptions>; gateway?: Partial<GatewayOptions> } = {},
): Promise<Stack> {
  const sandbox = createSandbox({ rateLimit: false, ...options.sandbox });
  const listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  const client = createBasecampClient({
    baseUrl: listening.url,
    userAgent: 'Basecamp GraphQL tests (tests@example.test)',
    rateLimit: { limit: 100_000, windowMs: 1_000 },
    ...options.client,
  });
  const gateway = createGateway({ client, defaultAccountId: sandbox.accountId, defaultToken: sandbox.tokens.owner!, ...options.gateway });
  const accountPrefix = `/${sandbox.accountId}`;
  return {
    sandbox,
    client,
    gateway,
    apiRoot: `${listening.url}${accountPrefix}`,
    async graphql(query, { variables, token, headers = {} } = {}) {
      const response = await gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    upstreamPaths: () => sandbox.log.map((entry) => (entry.path.startsWith(accountPrefix) ? entry.path.slice(accountPrefix.length) : entry.path)),
    resetLog: () => sandbox.clearLog(),
    async close() {
      await client.close();
      await listening.close();
    },
  };
}
