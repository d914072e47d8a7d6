import { print } from 'graphql';
import { graphql } from './generated/gql.ts';

/**
 * A typed client in a dozen lines: the document below is compiled by `npm run codegen`, so the
 * result type is checked against the schema. Run against a running server:
 *   npm start & npx tsx examples/list-projects.ts
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

const endpoint = process.env.GRAPHQL_URL ?? 'http://localhost:4000/graphql';
const response = await fetch(endpoint, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: print(ProjectsWithTodos), variables: { first: 3 } }),
});
const { data, errors } = (await response.json()) as { data?: import('./generated/graphql.ts').ProjectsWithTodosQuery; errors?: unknown[] };
if (errors) console.error(errors);
for (const project of data?.projects?.nodes ?? []) {
  const lists = project.todoset?.todolists?.nodes ?? [];
  console.log(`${project.name}: ${lists.map((list) => `${list.name} (${list.todos?.totalCount ?? '?'} open)`).join(', ') || 'no to-do lists'}`);
}
