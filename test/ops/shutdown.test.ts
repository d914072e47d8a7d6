import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { sandboxEnv, startServerProcess, type ServerProcess } from '../helpers/server-process.ts';

const SLOW_MS = 1_500;

/** For one describe block: a sandbox on loopback and a gateway process over it (`env` on top), each test's to stop. */
function gatewayOverSandbox(env: Record<string, string> = {}) {
  const started = { sandbox: createSandbox({ rateLimit: false }) } as { sandbox: Sandbox; gateway: ServerProcess; listening?: { close(): Promise<void> } };
  beforeAll(async () => {
    const listening = await started.sandbox.listen({ port: 0, host: '127.0.0.1' });
    started.listening = listening;
    started.gateway = await startServerProcess({ ...sandboxEnv(started.sandbox, listening.url), ...env });
  }, 90_000);
  afterAll(async () => {
    await started.gateway?.stop();
    await started.listening?.close();
  });
  return started;
}

describe('SIGTERM', () => {
  const started = gatewayOverSandbox();

  it('lets a slow query in flight finish with its full answer, refuses new connections, and exits 0', async () => {
    const { sandbox, gateway } = started;
    sandbox.setLatency(SLOW_MS);
    const slow = gateway.graphql(`query Slow($id: ID!) { project(id: $id) { name } }`, { variables: { id: SEED.projects.catalog } });
    // The query is in the gateway, waiting on the upstream, when the signal comes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    gateway.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(`${gateway.url}/healthz`)).rejects.toThrow();

    const answer = await slow;
    expect(answer.status).toBe(200);
    // The full answer: its data and the cost extension every operation reports (one upstream call).
    expect(answer.body).toEqual({ data: { project: { name: expect.any(String) } }, extensions: { cost: expect.objectContaining({ upstreamCalls: 1 }) } });
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    expect(gateway.lines.some((line) => line.includes('shutting down'))).toBe(true);
    expect(gateway.lines.some((line) => /"msg":"graphql".*"operation":"Slow".*"outcome":"ok"/.test(line))).toBe(true);
  }, 60_000);
});

describe('SIGTERM with a subscription open', () => {
  const started = gatewayOverSandbox({
    BASECAMP_WEBHOOK_URL: 'http://127.0.0.1:9/webhooks/basecamp',
    BASECAMP_WEBHOOK_SECRET: 'shutdown-test-secret-0123',
  });

  it('completes the stream at once instead of holding the shutdown to its deadline and cutting it', async () => {
    const { gateway } = started;
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { recordingChanged { kind } }' }),
    });
    expect(response.status).toBe(200);
    const body = response.text();
    await new Promise((resolve) => setTimeout(resolve, 300));
    gateway.child.kill('SIGTERM');
    // The whole stream, ended by the server with the protocol's `complete` event, not by a cut.
    expect(await body).toMatch(/event: complete/);
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    expect(gateway.lines.some((line) => line.includes('shutdown deadline reached'))).toBe(false);
  }, 60_000);
});
