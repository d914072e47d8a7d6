import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from './log.ts';

export interface GracefulShutdownOptions {
  server: Server;
  logger: Logger;
  /** In-flight requests get this long to finish; the rest are cut. Default 10 000 ms. */
  deadlineMs?: number;
  /** Closes what the requests used (pools, sandbox, Redis), once they are done. */
  release: () => Promise<unknown>;
  /**
   * Ends the responses that never end by themselves (subscription streams), as soon as the signal
   * comes: otherwise each would hold the shutdown to its deadline and then be cut off mid-stream.
   */
  endStreams?: () => Promise<unknown>;
}

/**
 * Stop accepting, let in-flight requests finish (up to the deadline), then release resources.
 * Keep-alive sockets are told `Connection: close` on their last response and closed once idle,
 * so a client pooling connections is not left holding a socket that vanishes mid-request.
 * Returns the function to call on a signal; it resolves when everything is closed.
 */
export function gracefulShutdown({ server, logger, deadlineMs = 10_000, release, endStreams }: GracefulShutdownOptions): (signal: string) => Promise<void> {
  const active = new Set<ServerResponse>();
  let stopping = false;

  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    active.add(response);
    if (stopping) closeAfter(response);
    response.once('close', () => {
      active.delete(response);
      if (stopping) server.closeIdleConnections();
    });
  });

  let done: Promise<void> | undefined;
  return (signal) => {
    done ??= (async () => {
      stopping = true;
      const started = Date.now();
      logger.info('shutting down: no new connections, finishing requests in flight', { signal, inFlight: active.size, deadlineMs });
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const response of active) closeAfter(response);
      server.closeIdleConnections();
      await endStreams?.().catch((error: unknown) => logger.warn('ending subscription streams failed', { error }));
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'deadline'>((resolve) => {
        timer = setTimeout(() => resolve('deadline'), deadlineMs);
      });
      if ((await Promise.race([closed, deadline])) === 'deadline') {
        logger.warn('shutdown deadline reached: cutting the requests still in flight', { inFlight: active.size });
        server.closeAllConnections();
        await closed;
      }
      clearTimeout(timer);
      await release();
      logger.info('shut down', { ms: Date.now() - started });
    })();
    return done;
  };
}

/** The response still to be written ends its connection (merged into yoga's `writeHead`). */
function closeAfter(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('connection', 'close');
}
