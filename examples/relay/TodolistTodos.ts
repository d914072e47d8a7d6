import { graphql } from 'relay-runtime';

/**
 * A to-do list's to-dos, paged with `usePaginationFragment`: `@connection` merges the pages
 * under one key, `@refetchable` writes the `node(id:)` query that fetches the next page.
 * Only `first`/`after` exist, so this pages forward.
 */
export const TodolistTodosFragment = graphql`
  fragment TodolistTodos_todolist on Todolist
  @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }, completed: { type: "Boolean" })
  @refetchable(queryName: "TodolistTodosPaginationQuery") {
    id
    name
    todos(first: $count, after: $cursor, completed: $completed) @connection(key: "TodolistTodos_todos", filters: ["completed"]) {
      totalCount
      edges {
        node {
          id
          ...TodoItem_todo
        }
      }
    }
  }
`;
