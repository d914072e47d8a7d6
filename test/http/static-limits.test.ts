import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_STATIC_LIMITS } from '../../src/plugins/use-static-limits.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { serveAsStarted, type Served } from '../helpers/serve.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

/**
 * Documents whose shape alone is unacceptable are refused before execution: coded
 * `QUERY_TOO_EXPENSIVE` with the limit named, zero upstream calls, and the server keeps
 * answering everyone else meanwhile. Over real HTTP, since body size is part of the story.
 */

let stack: Stack;
let served: Served;
beforeAll(async () => {
  stack = await startStack();
  served = await serveAsStarted(stack);
});
afterAll(async () => {
  await served.close();
  await stack.close();
});
beforeEach(() => stack.resetLog());

async function post(query: string) {
  const response = await fetch(`${served.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

/** Sends `hostile` and, while it is in flight, a small query that must be answered normally. */
async function refusedAlongsideSmallQuery(hostile: string) {
  const [refused, small] = await Promise.all([post(hostile), post(`{ project(id: "${SEED.projects.warehouse}") { name } }`)]);
  expect(small.body.data.project.name).toEqual(expect.any(String));
  // The small query is the only one that went upstream.
  expect(stack.upstreamPaths()).toEqual([`/projects/${SEED.projects.warehouse}.json`]);
  return refused;
}

describe('static limits', () => {
  it('refuses 2,000 aliases of project(id:) with zero calls', async () => {
    const aliases = Array.from({ length: 2_000 }, (_, i) => `p${i}: project(id: "${SEED.projects.warehouse}") { name }`).join(' ');
    const refused = await refusedAlongsideSmallQuery(`{ ${aliases} }`);
    expect(refused.body.data).toBeUndefined();
    // 22,000 tokens: the token cap trips first, while the parser is still reading.
    expect(refused.body.errors).toEqual([
      { message: `Query refused: Token limit of ${DEFAULT_STATIC_LIMITS.maxTokens} exceeded. See the README's "Static limits".`, extensions: { code: 'QUERY_TOO_EXPENSIVE', limit: 'maxTokens' } },
    ]);
  });

  it('refuses one alias more than the limit, counted through fragments', async () => {
    const aliases = Array.from({ length: DEFAULT_STATIC_LIMITS.maxAliases }, (_, i) => `p${i}: project(id: "${SEED.projects.warehouse}") { name }`).join(' ');
    const refused = await refusedAlongsideSmallQuery(`{ ...F me { n: name } } fragment F on Query { ${aliases} }`);
    expect(refused.body.errors).toEqual([
      {
        message: `Query refused: Aliases limit of ${DEFAULT_STATIC_LIMITS.maxAliases} exceeded, found ${DEFAULT_STATIC_LIMITS.maxAliases + 1}. See the README's "Static limits".`,
        extensions: { code: 'QUERY_TOO_EXPENSIVE', limit: 'maxAliases' },
      },
    ]);
  });

  it('refuses a 1 MB document after its first tokens, with zero calls', async () => {
    const filler = ' name'.repeat(200_000); // 1,000,000 characters of one selection set
    const document = `{ me {${filler} } }`;
    expect(document.length).toBeGreaterThan(1_000_000);
    const refused = await refusedAlongsideSmallQuery(document);
    expect(refused.body.errors?.[0]).toEqual({
      message: `Query refused: Token limit of ${DEFAULT_STATIC_LIMITS.maxTokens} exceeded. See the README's "Static limits".`,
      extensions: { code: 'QUERY_TOO_EXPENSIVE', limit: 'maxTokens' },
    });
  });

  it('refuses deep nesting, counting fields through fragments', async () => {
    // Person → progress → nodes → creator (a Person again): three levels a turn, fragments flattened.
    let selection = 'name';
    for (let i = 0; i < 6; i++) selection = `... on Person { progress(first: 1) { nodes { creator { ${selection} } } } }`;
    const refused = await refusedAlongsideSmallQuery(`{ me { ${selection} } }`);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(new RegExp(`^Query refused: Query depth limit of ${DEFAULT_STATIC_LIMITS.maxDepth} exceeded, found \\d+\\.`)),
      extensions: { code: 'QUERY_TOO_EXPENSIVE', limit: 'maxDepth' },
    });
  });

  it('refuses a flood of directives', async () => {
    const directives = ' @include(if: true)'.repeat(DEFAULT_STATIC_LIMITS.maxDirectives + 1);
    const refused = await refusedAlongsideSmallQuery(`{ me { name${directives} } }`);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_EXPENSIVE', limit: 'maxDirectives' });
  });

  it('runs the GraphiQL example and an introspection query within the limits', async () => {
    const { EXAMPLE_QUERY } = await import('../../src/gateway.ts');
    const example = await post(EXAMPLE_QUERY);
    expect(example.body.errors).toBeUndefined();
    const { getIntrospectionQuery } = await import('graphql');
    const introspection = await post(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }));
    expect(introspection.body.errors).toBeUndefined();
    expect(introspection.body.data.__schema.types.length).toBeGreaterThan(100);
  });

  it('caps a JSON body at 2 MiB while it streams, before parsing it', async () => {
    const huge = JSON.stringify({ query: '{ me { name } }', variables: { padding: 'x'.repeat(3 * 1024 * 1024) } });
    const sized = await fetch(`${served.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge });
    expect(sized.status).toBe(413);
    expect((await sized.json()).errors[0]).toMatchObject({ message: expect.stringMatching(/larger than 2097152 bytes/), extensions: { code: 'BAD_USER_INPUT' } });

    // Chunked: no Content-Length to trust, so the cap counts the bytes as they arrive.
    const bytes = new TextEncoder().encode(huge);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.subarray(at, at + 64 * 1024));
        controller.close();
      },
    });
    const chunked = await fetch(`${served.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(stack.sandbox.log).toEqual([]);
  });
});
