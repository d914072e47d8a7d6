import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createBasecampClient, type BasecampClient } from '../../src/client/index.ts';
import { startUpstream, json, type Upstream } from './support/loopback.ts';

const USER_AGENT = 'Gateway tests (tests@example.test)';
const MiB = 1024 * 1024;
const credentials = { token: 'tok', tokenHash: 'hash', accountId: '999' };

let upstream: Upstream | undefined;
let client: BasecampClient | undefined;
afterEach(async () => {
  await client?.close();
  await upstream?.close();
  client = upstream = undefined;
});

/**
 * Streams `total` bytes of a JSON array generated on the fly (never held in memory), honouring
 * back-pressure; resolves with the bytes the socket accepted before it went away.
 */
function streamJson(res: ServerResponse, total: number): Promise<number> {
  const item = Buffer.from('{"id":9007199254740993,"title":"padding padding padding padding"},'.repeat(1000));
  let sent = 0;
  return new Promise((resolve) => {
    res.on('close', () => resolve(sent));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('[');
    const pump = () => {
      while (sent < total && !res.destroyed) {
        sent += item.length;
        if (!res.write(item)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end('{}]');
    };
    pump();
  });
}

describe('upstream body cap', () => {
  it('aborts a 300 MB body while streaming, with UPSTREAM_ERROR naming the cap, and carries on', async () => {
    let streamed: Promise<number> | undefined;
    upstream = await startUpstream((request, res) => {
      if (request.url.endsWith('/huge.json')) streamed = streamJson(res, 300 * MiB);
      else json(res, 200, { id: 1 }, { etag: '"small"' });
    });
    client = createBasecampClient({ baseUrl: upstream.url, userAgent: USER_AGENT, maxAttempts: 1 });
    const session = client.session(credentials);
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;

    const error = await session.get('/huge.json').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UPSTREAM_ERROR', status: 200, retryable: false });
    expect((error as Error).message).toMatch(/larger than the 20 MiB cap \(BASECAMP_MAX_RESPONSE_MB\)/);
    // The sender was cut off near the cap, not after 300 MB.
    expect(await streamed).toBeLessThan(64 * MiB);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * MiB);
    // The process, the pool and the client are fine.
    await expect(session.get('/small.json')).resolves.toEqual({ id: '1' });
  });

  it('honours a small cap, refuses a declared Content-Length past it unread, and passes bodies under it', async () => {
    upstream = await startUpstream((request, res) => {
      if (request.url.endsWith('/declared.json')) json(res, 200, { pad: 'x'.repeat(5000) }, { 'content-length': '5010' });
      else if (request.url.endsWith('/chunked.json')) void streamJson(res, 5000);
      else json(res, 200, { pad: 'x'.repeat(500) });
    });
    client = createBasecampClient({ baseUrl: upstream.url, userAgent: USER_AGENT, maxAttempts: 1, maxResponseBytes: 1024 });
    const session = client.session(credentials);
    await expect(session.get('/declared.json')).rejects.toMatchObject({ code: 'UPSTREAM_ERROR', message: expect.stringMatching(/0\.001 MiB cap/) });
    await expect(session.get('/chunked.json')).rejects.toMatchObject({ code: 'UPSTREAM_ERROR', message: expect.stringMatching(/cap/) });
    await expect(session.get('/fits.json')).resolves.toMatchObject({ pad: expect.any(String) });
    expect(client.metrics.snapshot().requestsByStatus).toEqual({ '200': 3 });
  });
});
