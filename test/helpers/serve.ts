import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { createGateway } from '../../src/gateway.ts';
import { answerClientErrors, nodeListener } from '../../src/http/listener.ts';
import { startStack, type Stack } from './stack.ts';

export interface Served {
  /** `http://127.0.0.1:PORT`: the gateway's own origin. */
  origin: string;
  close(): Promise<void>;
}

/** Serves a fetch handler (the gateway) over real HTTP on loopback, on a free port. */
export async function serve(handler: Parameters<typeof createServer>[1], configure?: (server: Server) => void): Promise<Served> {
  const server = createServer(handler);
  configure?.(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The gateway configured as `npm start` runs it (the owner's token as the default token, CSRF
 * prevention, strict body types, no CORS), over the stack's sandbox, served on loopback.
 */
export function serveAsStarted(stack: Stack): Promise<Served> {
  return serve(nodeListener(createGateway({ client: stack.client, defaultAccountId: stack.sandbox.accountId, defaultToken: stack.sandbox.tokens.owner!, logLevel: 'silent' })), answerClientErrors);
}

/**
 * For one test file: a stack and the gateway served on it as `npm start` serves it, started
 * before the file's tests and closed after them.
 */
export function servedAsStartedForFile(): { stack: Stack; served: Served } {
  const handle = {} as { stack: Stack; served: Served };
  beforeAll(async () => {
    handle.stack = await startStack();
    handle.served = await serveAsStarted(handle.stack);
  });
  afterAll(async () => {
    await handle.served?.close();
    await handle.stack?.close();
  });
  return handle;
}
