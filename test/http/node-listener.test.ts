import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { servedAsStartedForFile } from '../helpers/serve.ts';

const file = servedAsStartedForFile();

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP/1.1 request (fetch would fix a bad Host or a header's case for us). */
function send(options: { headers: Record<string, string>; body?: string | Buffer | string[]; agent?: Agent; path?: string }): Promise<Answer> {
  const { port } = new URL(file.served.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: options.path ?? '/graphql', headers: options.headers, ...(options.agent && { agent: options.agent }) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (Array.isArray(options.body)) for (const chunk of options.body) req.write(chunk);
    else if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const QUERY = JSON.stringify({ query: '{ me { name } }' });

describe('what Node hands the gateway', () => {
  it('answers a Host that makes no URL with a coded 400, not a 500 with a stack trace', async () => {
    for (const host of ['a b', 'localhost:99999', '[zz]', '%']) {
      const answer = await send({ headers: { host, 'content-type': 'application/json' }, body: QUERY });
      expect(answer.status, host).toBe(400);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: expect.stringContaining('Host'), extensions: { code: 'BAD_REQUEST' } }] });
    }
  });

  it('takes a Content-Type in any case, as media types are case-insensitive', async () => {
    for (const type of ['APPLICATION/JSON', 'Application/Json', 'application/JSON; charset=utf-8']) {
      const answer = await send({ headers: { 'content-type': type }, body: QUERY });
      expect(answer.status, type).toBe(200);
      expect(JSON.parse(answer.body).data.me.name).toEqual(expect.any(String));
    }
  });

  it('closes the connection after refusing a chunked body over the cap, so the next request goes on a new one', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const big = Array.from({ length: 3 }, () => `${' '.repeat(1024 * 1024)}`);
      const refused = await send({ agent, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: ['{"query":"{ me { name } }",', ...big, '"x":1}'] });
      expect(refused.status).toBe(413);
      expect(refused.headers.connection).toBe('close');
      const next = await send({ agent, headers: { 'content-type': 'application/json' }, body: QUERY });
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('answers what Node\'s own parser refuses with the same coded JSON body', async () => {
    const big = await send({ headers: { 'content-type': 'application/json', 'x-padding': 'x'.repeat(20 * 1024) }, body: QUERY });
    expect(big.status).toBe(431);
    expect(JSON.parse(big.body)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });

    const { port } = new URL(file.served.origin);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Length: ten\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
  });
});
