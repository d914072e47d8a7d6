import { graphql } from 'relay-runtime';

/**
 * A to-do as a Relay component would declare it. `@refetchable` makes the compiler write a
 * `node(id:)` query for it, which works because `Todo` implements `Node` with a global `id`.
 */
export const TodoItemFragment = graphql`
  fragment TodoItem_todo on Todo @refetchable(queryName: "TodoItemRefetchQuery") {
    id
    title
    completed
    dueOn
    assignees {
      id
      name
    }
  }
`;
