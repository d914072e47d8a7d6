import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useRequestPolicy } from '../../src/plugins/use-request-policy.ts';
import { serve, type Served } from '../helpers/serve.ts';

// The gateway turns yoga's own body cap off and caps bodies here; a multipart body must be
// refused as yoga refused it, whether its Content-Length says so or it streams in chunked.
describe('useRequestPolicy body caps', () => {
  let served: Served;
  beforeAll(async () => {
    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
      maxRequestBodySize: false,
      plugins: [useRequestPolicy({ maxJsonBytes: 512, maxBodyBytes: 2048 })],
    });
    served = await serve(yoga);
  });
  afterAll(() => served.close());

  const multipart = (padding: number) => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: '{ ok }', variables: {} }));
    form.set('map', '{}');
    form.set('padding', 'x'.repeat(padding));
    return form;
  };
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${served.origin}/graphql`, { method: 'POST', headers: { 'x-graphql-yoga-csrf': '1', ...headers }, body, duplex: 'half' } as RequestInit);
  const chunked = async (body: BodyInit) => {
    const encoded = new Response(body); // one encoding: its boundary is in both the type and the bytes
    const type = encoded.headers.get('content-type')!;
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 256) controller.enqueue(bytes.subarray(at, at + 256));
        controller.close();
      },
    });
    return post(stream, { 'content-type': type });
  };

  it('runs bodies within the caps, sized or chunked', async () => {
    expect(await (await post(multipart(100))).json()).toEqual({ data: { ok: true } });
    expect(await (await chunked(multipart(100))).json()).toEqual({ data: { ok: true } });
    expect(await (await post(JSON.stringify({ query: '{ ok }' }), { 'content-type': 'application/json' })).json()).toEqual({ data: { ok: true } });
  });

  it('refuses a multipart body over maxBodyBytes as yoga did, sized or chunked alike', async () => {
    const sized = await post(multipart(4096));
    expect(sized.status).toBe(413);
    expect((await sized.json()).errors[0]).toMatchObject({ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } });
    // Mid-stream too: the multipart reader passes the cap's own refusal on (yoga's called it bad multipart data, 400).
    const streamed = await chunked(multipart(4096));
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).errors[0]).toMatchObject({ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } });
  });

  it('refuses a JSON body over maxJsonBytes with its own message', async () => {
    const response = await post(JSON.stringify({ query: '{ ok }', variables: { padding: 'x'.repeat(1024) } }), { 'content-type': 'application/json' });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].message).toMatch(/larger than 512 bytes/);
  });
});
