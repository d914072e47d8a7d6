// The ceiling of any gateway built on graphql-yoga that shares identical reads in flight, for
// `npm run bench`: the coalescing proxy's one shared, revalidated upstream GET
// (shared-revalidation.mjs) behind a bare yoga server with a one-field schema and yoga's
// defaults, and nothing else: no auth, no limits, no metrics, no logging. What this server costs
// per query, any gateway on yoga costs at least; so its ratios bound what the gateway's can reach
// on the same machine.
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { sharedRevalidation } from './shared-revalidation.mjs';

const { UPSTREAM_URL: upstreamUrl, UPSTREAM_TOKEN: token, PORT: port } = process.env;
const upstream = sharedRevalidation(upstreamUrl, token);
const schema = createSchema({
  typeDefs: 'type Todo { title: String } type Query { todo(id: ID!): Todo }',
  resolvers: { Query: { todo: () => upstream.read() } },
});
createServer(createYoga({ schema, logging: false, graphiql: false })).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
