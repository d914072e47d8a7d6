import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { generate } from '@graphql-codegen/cli';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createGateway } from '../../src/gateway.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { serve, serveAsStarted, type Served } from '../helpers/serve.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

/**
 * Persisted operations over real HTTP, in the protocol clients speak: Apollo Client's own
 * persisted-query link for automatic persisted queries, and a manifest written by GraphQL Code
 * Generator's client preset for trusted documents.
 */

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
let stack: Stack;
let apq: Served;
beforeAll(async () => {
  stack = await startStack();
  apq = await serveAsStarted(stack);
});
afterAll(async () => {
  await apq.close();
  await stack.close();
});
beforeEach(() => stack.resetLog());

/** Apollo Client with the persisted-query link, recording every HTTP request it makes. */
function apolloClient(uri: string, options: { useGETForHashedQueries?: boolean } = {}) {
  const sent: { method: string; url: URL; body?: any }[] = [];
  const recording: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    sent.push({ method: init?.method ?? 'GET', url, ...(typeof init?.body === 'string' && { body: JSON.parse(init.body) }) });
    return fetch(input, init);
  };
  const link = ApolloLink.from([new PersistedQueryLink({ sha256, ...options }), new HttpLink({ uri, fetch: recording })]);
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

const PROJECT = gql`
  query ProjectName($id: ID!) {
    project(id: $id) {
      id
      name
    }
  }
`;

describe('automatic persisted queries', () => {
  it("serves Apollo Client's persisted-query link: not found, registered, then by hash alone", async () => {
    const first = apolloClient(`${apq.origin}/graphql`);
    const answer = await first.client.query({ query: PROJECT, variables: { id: SEED.projects.warehouse } });
    expect(answer.data).toEqual({ project: { __typename: 'Project', id: expect.any(String), name: expect.any(String) } });
    // Hash only (refused with PersistedQueryNotFound), then the document with its hash.
    expect(first.sent.map((request) => [request.method, 'query' in request.body, request.body.extensions.persistedQuery.version])).toEqual([
      ['POST', false, 1],
      ['POST', true, 1],
    ]);
    const hash = first.sent[0]!.body.extensions.persistedQuery.sha256Hash as string;
    expect(sha256(first.sent[1]!.body.query)).toBe(hash);

    // Another client (another browser tab) now needs only the hash, over GET as the link sends it.
    const second = apolloClient(`${apq.origin}/graphql`, { useGETForHashedQueries: true });
    const again = await second.client.query({ query: PROJECT, variables: { id: SEED.projects.warehouse } });
    expect(again.data).toEqual(answer.data);
    expect(second.sent).toHaveLength(1);
    expect(second.sent[0]!.method).toBe('GET');
    expect(second.sent[0]!.url.searchParams.get('query')).toBeNull();
    expect(JSON.parse(second.sent[0]!.url.searchParams.get('extensions')!)).toMatchObject({ persistedQuery: { version: 1, sha256Hash: hash } });
    expect(stack.upstreamPaths()).toEqual([`/projects/${SEED.projects.warehouse}.json`, `/projects/${SEED.projects.warehouse}.json`]);
  });

  it('speaks the protocol exactly: PersistedQueryNotFound with HTTP 200, a wrong hash refused', async () => {
    const query = `{ me { name } }`;
    const post = (body: unknown) =>
      fetch(`${apq.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };

    const unknown = await post({ extensions: { persistedQuery } });
    expect(unknown.status).toBe(200);
    expect((await unknown.json()).errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);
    expect(stack.sandbox.log).toEqual([]);

    const mismatch = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ __typename }') } } });
    expect((await mismatch.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_MISMATCH');

    expect((await (await post({ query, extensions: { persistedQuery } })).json()).data.me.name).toEqual(expect.any(String));
    expect((await (await post({ extensions: { persistedQuery } })).json()).data.me.name).toEqual(expect.any(String));

    // A document over 64 KiB (here mostly a comment, which is no token) is answered but not kept.
    const large = `# ${'x'.repeat(70 * 1024)}\n{ me { name } }`;
    const largeHash = { version: 1, sha256Hash: sha256(large) };
    expect((await (await post({ query: large, extensions: { persistedQuery: largeHash } })).json()).data.me.name).toEqual(expect.any(String));
    expect((await (await post({ extensions: { persistedQuery: largeHash } })).json()).errors[0].message).toBe('PersistedQueryNotFound');
  });
});

describe('trusted documents', () => {
  let dir: string;
  let manifest: Record<string, string>;
  let trusted: Served;

  beforeAll(async () => {
    // The manifest exactly as `graphql-codegen` writes it with the client preset's persistedDocuments.
    dir = mkdtempSync(join(tmpdir(), 'trusted-documents-'));
    writeFileSync(join(dir, 'operations.graphql'), 'query Me { me { name } }\nquery ProjectName($id: ID!) { project(id: $id) { name } }\n');
    const schema = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
    const outputs = await generate(
      {
        schema,
        documents: [join(dir, '*.graphql')],
        silent: true,
        generates: { [`${dir}/generated/`]: { preset: 'client', presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } } } },
      },
      false,
    );
    const written = outputs.find((output: { filename: string }) => output.filename.endsWith('persisted-documents.json'));
    writeFileSync(join(dir, 'persisted-documents.json'), written!.content);
    // Loaded the way the server loads it, through GRAPHQL_TRUSTED_DOCUMENTS.
    manifest = loadConfig({ GRAPHQL_TRUSTED_DOCUMENTS: join(dir, 'persisted-documents.json') }).trustedDocuments!;
    trusted = await serve(
      createGateway({ client: stack.client, defaultAccountId: stack.sandbox.accountId, defaultToken: stack.sandbox.tokens.owner!, logLevel: 'silent', trustedDocuments: manifest }),
    );
  }, 90_000);
  afterAll(async () => {
    await trusted?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: unknown) =>
    fetch(`${trusted.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
      (response) => response.json() as Promise<any>,
    );
  const hashOf = (name: string) => Object.entries(manifest).find(([, document]) => document.includes(name))![0];

  it('runs a manifest document by its hash', async () => {
    expect(Object.keys(manifest)).toHaveLength(2);
    const answer = await post({ variables: { id: SEED.projects.warehouse }, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('ProjectName') } } });
    // No errors; extensions.cost is reported for every operation.
    expect(answer).toEqual({ data: { project: { name: expect.any(String) } }, extensions: { cost: expect.objectContaining({ upstreamCalls: 1 }) } });
    expect(stack.upstreamPaths()).toEqual([`/projects/${SEED.projects.warehouse}.json`]);
  });

  it('runs the full text of a manifest document, as a plain client or a link retry sends it', async () => {
    const answer = await post({ query: manifest[hashOf('Me')] });
    expect(answer.data.me.name).toEqual(expect.any(String));
  });

  it('refuses any other document and any unknown hash, with coded errors and zero calls', async () => {
    const other = await post({ query: '{ me { name emailAddress } }' });
    expect(other.data).toBeUndefined();
    expect(other.errors).toEqual([{ message: expect.stringMatching(/^PersistedQueryOnly: this server runs only trusted documents/), extensions: { code: 'PERSISTED_QUERY_ONLY' } }]);

    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ me { emailAddress } }') } } });
    expect(unknown.errors).toEqual([{ message: expect.stringMatching(/^PersistedQueryNotFound: no trusted document has this hash/), extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);

    const neither = await post({ variables: {} });
    expect(neither.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');

    // APQ cannot be used to slip a document in: registering is refused too.
    const register = await post({ query: '{ me { emailAddress } }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ me { emailAddress } }') } } });
    expect(register.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    expect(stack.sandbox.log).toEqual([]);
  });

  it('fails at startup on a manifest that is missing or not one', () => {
    expect(() => loadConfig({ GRAPHQL_TRUSTED_DOCUMENTS: join(dir, 'absent.json') })).toThrow(/^GRAPHQL_TRUSTED_DOCUMENTS: no such file/);
    writeFileSync(join(dir, 'list.json'), '["query { me { name } }"]');
    expect(() => loadConfig({ GRAPHQL_TRUSTED_DOCUMENTS: join(dir, 'list.json') })).toThrow(/^GRAPHQL_TRUSTED_DOCUMENTS: .* must be a JSON object of hashes to documents/);
  });
});
