import { createSandbox } from './index.ts';
import { SEED } from './seed/index.ts';

/**
 * `npm run sandbox`: the Basecamp sandbox alone, for curl and other clients. Listens on
 * 127.0.0.1 at `--port`, `SANDBOX_PORT` or `PORT` (default 4010) with the admin endpoints on.
 */
async function main(): Promise<void> {
  const port = parsePort(flag('--port') ?? process.env.SANDBOX_PORT ?? process.env.PORT ?? '4010');
  const sandbox = createSandbox({ admin: true });
  const server = await sandbox.listen({ port, host: '127.0.0.1' });
  const base = `${server.url}/${sandbox.accountId}`;
  const lines = [
    `Basecamp sandbox listening on ${server.url}`,
    `  API base     ${base}`,
    `  account      ${sandbox.accountId} (${SEED.accountName})`,
    '  tokens',
    ...Object.entries(sandbox.tokens).map(([label, token]) => `    ${label.padEnd(8)} ${token}`),
    '',
    'Try:',
    `  curl -H "Authorization: Bearer ${sandbox.tokens.owner}" -A "Me (me@example.com)" ${base}/projects.json`,
    `  curl -i -H "Authorization: Bearer ${sandbox.tokens.member}" -A "Me (me@example.com)" ${base}/todolists/${SEED.todolists.large}/todos.json`,
    '',
    `  the list with ${SEED.counts.large.total} to-dos: ${SEED.todolists.large}; the ${SEED.counts.benchmark.total}-to-do list: ${SEED.todolists.benchmark}`,
    `  project with an id past 2^53: ${SEED.projects.warehouse}`,
    '',
    `Admin: ${server.url}/__sandbox/log (GET, DELETE), /__sandbox/faults (POST, DELETE), /__sandbox/latency, /__sandbox/account`,
  ];
  console.log(lines.join('\n'));
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`SANDBOX_PORT/PORT must be a port number (0-65535), got "${value}"`);
  }
  return port;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
