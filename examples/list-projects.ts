import { print } from 'graphql';
import { graphql } from './generated/gql.ts';

/**
 * A typed client in a dozen lines: the document below is compiled by `npm run codegen`, so the
 * result type is checked against the schema. Run against a running server:
 *   npm start & npx tsx examples/list-projects.ts
 * Settings (README, "Examples"): GRAPHQL_URL, the endpoint; GRAPHQL_TOKEN, a Basecamp access token
 * sent as the bearer token (unset: the server's default token).
 */
const ProjectsWithTodos = graphql(`
  query ProjectsWithTodos($first: Int!) {
    projects(first: $first) {
      totalCount
      nodes {
        id
        name
        todoset {
          todolists(first: 5) {
            nodes {
              name
              todos(first: 5) {
                totalCount
                nodes { title completed assignees { name } }
              }
            }
          }
        }
      }
    }
  }
`);

const endpoint = process.env.GRAPHQL_URL || 'http://localhost:4000/graphql';
const token = process.env.GRAPHQL_TOKEN;
const response = await fetch(endpoint, {
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
  body: JSON.stringify({ query: print(ProjectsWithTodos), variables: { first: 3 } }),
});
const { data, errors } = (await response.json()) as { data?: import('./generated/graphql.ts').ProjectsWithTodosQuery; errors?: unknown[] };
// Partial data still prints; the exit status says something went wrong.
if (errors) {
  console.error(JSON.stringify(errors, null, 2));
  process.exitCode = 1;
}
for (const project of data?.projects?.nodes ?? []) {
  const lists = project.todoset?.todolists?.nodes ?? [];
  console.log(`${project.name}: ${lists.map((list) => `${list.name} (${list.todos?.totalCount ?? '?'} open)`).join(', ') || 'no to-do lists'}`);
}
