// The ceiling of any gateway built on graphql-yoga that shares identical reads in flight, for
// `npm run bench`: the coalescing proxy's one shared, revalidated upstream GET (coalescing-proxy.mjs)
// behind a bare yoga server with a one-field schema and yoga's defaults, and nothing else: no
// auth, no limits, no metrics, no logging. What this server costs per query, any gateway on yoga
// costs at least; so its ratios bound what the gateway's can reach on the same machine.
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { request } from 'undici';

const { UPSTREAM_URL: upstreamUrl, UPSTREAM_TOKEN: token, PORT: port } = process.env;
let shared;
let etag;
let todo;

async function revalidate() {
  const response = await request(upstreamUrl, {
    headers: { authorization: `Bearer ${token}`, 'user-agent': 'Basecamp GraphQL bench (bench@example.test)', ...(etag && { 'if-none-match': etag }) },
  });
  const text = await response.body.text();
  if (response.statusCode === 200) {
    todo = JSON.parse(text);
    etag = response.headers.etag;
  } else if (response.statusCode !== 304) {
    throw new Error(`upstream answered ${response.statusCode}`);
  }
  return todo;
}

const schema = createSchema({
  typeDefs: 'type Todo { title: String } type Query { todo(id: ID!): Todo }',
  resolvers: { Query: { todo: () => (shared ??= revalidate().finally(() => (shared = undefined))) } },
});
const yoga = createYoga({ schema, logging: false, graphiql: false });
createServer(yoga).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
