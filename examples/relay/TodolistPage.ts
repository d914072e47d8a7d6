import { graphql } from 'relay-runtime';

/** The page's query: one to-do list by id (global or Basecamp's own) with its first to-dos. */
export const TodolistPageQuery = graphql`
  query TodolistPageQuery($id: ID!) {
    todolist(id: $id) {
      ...TodolistTodos_todolist @arguments(count: 5)
    }
  }
`;
