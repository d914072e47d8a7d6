import { ApolloClient, gql, HttpLink, InMemoryCache, type Reference } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { Client, fetchExchange, gql as urqlGql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { startServedStack, type ServedStack } from '../helpers/clients.ts';
import { compileRelay } from '../helpers/relay.ts';

/**
 * A create updates a cached list from its payload alone: the payload carries the parent list (so
 * its `todosCount` and `completedRatio` normalise by `id`) and the new edge (cursor and node), as
 * GitHub's payloads do. Apollo and graphcache append the edge in a few lines of `update` code
 * that need no refetch; Relay does it declaratively with `@appendEdge`.
 */

// A sandbox per test: each creates a to-do in the same list and expects to know the whole list.
let served: ServedStack;
beforeEach(async () => {
  served = await startServedStack();
});
afterEach(() => served.close());

// Two loose to-dos on one page (its groups hold the rest): the whole list is loaded, so appending is where Basecamp puts a new one.
const LIST = SEED.todolists.withGroups;
const LIST_TEXT = `
  query ListWithCounts($id: ID!, $after: String) {
    todolist(id: $id) {
      id
      todosCount
      completedRatio
      todos(first: 2, after: $after) {
        edges {
          cursor
          node {
            id
            title
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;
const CREATE_TEXT = `
  mutation AddTodo($todolistId: ID!, $content: String!) {
    createTodo(input: { todolistId: $todolistId, content: $content }) {
      todo {
        id
      }
      todolist {
        id
        todosCount
        completedRatio
      }
      todoEdge {
        cursor
        node {
          id
          title
        }
      }
    }
  }
`;

/** The list as the server now answers it, whole, for comparing with what a cache made of the payload. */
async function fresh(): Promise<any> {
  const result = await served.stack.graphql(`query($id: ID!) { todolist(id: $id) { id todosCount completedRatio todos(first: 100) { edges { node { id title } } } } }`, {
    variables: { id: LIST },
  });
  expect(result.errors).toBeUndefined();
  return result.data.todolist;
}

/** What a cached list and the server's must agree on (cursors depend on the page size asked for). */
function strip(list: any) {
  return {
    id: list.id,
    todosCount: list.todosCount,
    completedRatio: list.completedRatio,
    todos: list.todos.edges.map((edge: any) => ({ id: edge.node.id, title: edge.node.title })),
  };
}

describe('a create updates cached lists through its payload', () => {
  it('Apollo Client: the count normalises, the edge is appended, nothing is refetched', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: served.endpoint, fetch: served.fetch }),
      cache: new InMemoryCache({ typePolicies: { Todolist: { fields: { todos: relayStylePagination(['completed', 'status']) } } } }),
    });
    const LIST_QUERY = gql(LIST_TEXT);
    const before = ((await client.query({ query: LIST_QUERY, variables: { id: LIST } })).data as any).todolist;
    expect(before.todos.pageInfo.hasNextPage).toBe(false);

    served.stack.resetLog();
    const created = await client.mutate({
      mutation: gql(CREATE_TEXT),
      variables: { todolistId: before.id, content: 'Book the studio for a third day' },
      update(cache, { data }) {
        const { todolist, todoEdge } = (data as any).createTodo;
        cache.modify<any>({
          id: cache.identify(todolist),
          fields: {
            todos(existing: { edges: { cursor: string; node: Reference }[]; pageInfo: object }, { toReference }) {
              const edge = { __typename: 'TodoEdge', cursor: todoEdge.cursor, node: toReference(todoEdge.node) };
              return { ...existing, edges: [...existing.edges, edge], pageInfo: { ...existing.pageInfo, endCursor: todoEdge.cursor } };
            },
          },
        });
      },
    });
    expect(created.error).toBeUndefined();
    // One write upstream; the payload's list and edge come from it, not from a second read of the list.
    expect(served.stack.sandbox.log.filter((entry) => entry.method !== 'GET').map((entry) => `${entry.method} ${entry.path}`)).toEqual([
      `POST /${served.stack.sandbox.accountId}/todolists/${LIST}/todos.json`,
    ]);

    const cached = (client.readQuery({ query: LIST_QUERY, variables: { id: LIST } }) as any).todolist;
    expect(cached.todosCount).toBe(before.todosCount + 1);
    // The payload's cursor is where paging goes on, and past it the server has nothing more: the cached list is whole.
    expect(cached.todos.pageInfo.endCursor).toBe((created.data as any).createTodo.todoEdge.cursor);
    const past = await served.stack.graphql(LIST_TEXT, { variables: { id: LIST, after: cached.todos.pageInfo.endCursor } });
    expect(past.errors).toBeUndefined();
    expect(past.data.todolist.todos).toMatchObject({ edges: [], pageInfo: { hasNextPage: false } });
    expect(cached.todos.edges.map((edge: any) => edge.node.title)).toEqual([...before.todos.edges.map((edge: any) => edge.node.title), 'Book the studio for a third day']);
    expect(served.sent.map((request) => request.operationName)).toEqual(['ListWithCounts', 'AddTodo']);
    // What the cache made of the payload is what the server says now.
    expect(strip(cached)).toEqual(strip(await fresh()));
    client.stop();
  });

  it('urql graphcache: the count normalises, the edge is appended by an updater, nothing is refetched', async () => {
    const LIST_QUERY = urqlGql(LIST_TEXT);
    // The same selection of the list's first page as the query's, so the updater writes where the query reads.
    const LIST_TODOS = urqlGql`
      fragment ListTodos on Todolist {
        id
        todos(first: 2) {
          edges {
            cursor
            node {
              id
              title
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `;
    const client = new Client({
      url: served.endpoint,
      fetch: served.fetch,
      preferGetMethod: false,
      exchanges: [
        cacheExchange({
          resolvers: { Todolist: { todos: relayPagination() } },
          updates: {
            Mutation: {
              // By entity, not by query: the app may have asked for the list by its Basecamp id, the payload names it by global id.
              createTodo(result: any, _args, cache) {
                const { todolist, todoEdge } = result.createTodo;
                const list: any = cache.readFragment(LIST_TODOS, { id: todolist.id });
                if (!list?.todos) return;
                const todos = { ...list.todos, edges: [...list.todos.edges, todoEdge], pageInfo: { ...list.todos.pageInfo, endCursor: todoEdge.cursor } };
                cache.writeFragment(LIST_TODOS, { ...list, todos });
              },
            },
          },
        }),
        fetchExchange,
      ],
    });
    const first = await client.query(LIST_QUERY, { id: LIST }).toPromise();
    expect(first.error).toBeUndefined();
    const before = first.data.todolist;

    const created = await client.mutation(urqlGql(CREATE_TEXT), { todolistId: before.id, content: 'Pack the reflectors' }).toPromise();
    expect(created.error).toBeUndefined();
    const cached = client.readQuery(LIST_QUERY, { id: LIST }, { requestPolicy: 'cache-only' })?.data.todolist;
    expect(cached.todosCount).toBe(before.todosCount + 1);
    expect(cached.todos.edges.map((edge: any) => edge.node.title)).toEqual([...before.todos.edges.map((edge: any) => edge.node.title), 'Pack the reflectors']);
    expect(cached.todos.pageInfo.endCursor).toBe(created.data.createTodo.todoEdge.cursor);
    expect(served.sent.map((request) => request.operationName)).toEqual(['ListWithCounts', 'AddTodo']);
    expect(strip(cached)).toEqual(strip(await fresh()));
  });

  it('Relay: the compiler accepts @appendEdge on the payload edge and the payload list beside the example fragments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-mutation-'));
    try {
      writeFileSync(
        join(dir, 'AddTodo.ts'),
        `import { graphql } from 'relay-runtime';
export const AddTodoMutation = graphql\`
  mutation AddTodoMutation($input: CreateTodoInput!, $connections: [ID!]!) {
    createTodo(input: $input) {
      todolist { id todosCount completedRatio }
      todoEdge @appendEdge(connections: $connections) { cursor node { id ...TodoItem_todo } }
    }
  }
\`;
`,
      );
      const compiled = compileRelay([fileURLToPath(new URL('../../examples/relay', import.meta.url)), dir]);
      expect(compiled.output).not.toMatch(/ERROR/);
      expect(compiled.status).toBe(0);
      expect(compiled.artifacts.has('AddTodoMutation.graphql.ts')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
