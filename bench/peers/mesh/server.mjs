// The bench's peer (issue 12 measures against it): GraphQL Mesh's OpenAPI source handler builds a
// schema from Basecamp's openapi.json at start, served by graphql-yoga as Mesh serves it. No cache,
// no sharing: each query is a call upstream. The bench drives it over the same loopback as ours.
import { createServer } from 'node:http';
import { loadGraphQLSchemaFromOpenAPI } from '@omnigraph/openapi';
import { createYoga } from 'graphql-yoga';

const { OPENAPI_PATH, UPSTREAM_URL, UPSTREAM_TOKEN, USER_AGENT, PORT } = process.env;
const schema = await loadGraphQLSchemaFromOpenAPI('Basecamp', {
  source: OPENAPI_PATH,
  endpoint: UPSTREAM_URL,
  operationHeaders: { authorization: `Bearer ${UPSTREAM_TOKEN}`, 'user-agent': USER_AGENT },
});
const yoga = createYoga({ schema, graphiql: false, logging: false });
createServer(yoga).listen(Number(PORT), '127.0.0.1', () => process.send?.({ listening: true }));
