import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { filter, firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LIST, startServedStack, TODOLIST_PAGES, type ServedStack } from '../helpers/clients.ts';

/**
 * Apollo Client 4 as a frontend configures it (`InMemoryCache`, `relayStylePagination` on the
 * connection and nothing else: no `keyFields`), against the gateway over HTTP and the sandbox.
 */

let served: ServedStack;
beforeAll(async () => {
  served = await startServedStack();
});
afterAll(() => served.close());
beforeEach(() => {
  served.stack.resetLog();
  served.sent.length = 0;
});

const TODOS = gql(TODOLIST_PAGES);

function apollo() {
  return new ApolloClient({
    link: new HttpLink({ uri: served.endpoint, fetch: served.fetch }),
    // The filters are key arguments, so completed and pending to-dos are separate lists; `after` is not, so pages merge.
    cache: new InMemoryCache({ typePolicies: { Todolist: { fields: { todos: relayStylePagination(['completed', 'status']) } } } }),
  });
}

/** The first four pending to-dos of the list in one page of the gateway's own: what two merged pages must equal. */
async function firstFour(): Promise<string[]> {
  const result = await served.stack.graphql(`query($id: ID!) { todolist(id: $id) { todos(first: 4) { nodes { id } } } }`, { variables: { id: LIST } });
  return result.data.todolist.todos.nodes.map((todo: { id: string }) => todo.id);
}

describe('Apollo Client', () => {
  it('pages with fetchMore: relayStylePagination merges both pages into one cached list', async () => {
    const client = apollo();
    const watched = client.watchQuery({ query: TODOS, variables: { id: LIST } });
    const first = await firstValueFrom(watched.pipe(filter((result) => result.dataState === 'complete')));
    const list = (first.data as any).todolist;
    expect(list.todos.edges).toHaveLength(2);
    expect(list.todos.pageInfo.hasNextPage).toBe(true);
    expect(list.todos.totalCount).toBe(6);
    expect(served.stack.upstreamPaths()).toEqual([`/todolists/${LIST}.json`, `/todolists/${LIST}/todos.json`]);

    served.stack.resetLog();
    await watched.fetchMore({ variables: { after: list.todos.pageInfo.endCursor } });
    // One more request to the gateway, for the next page only; upstream the same Basecamp page, revalidated.
    expect(served.sent).toEqual([
      { method: 'POST', operationName: 'TodolistTodos', variables: { id: LIST } },
      { method: 'POST', operationName: 'TodolistTodos', variables: { id: LIST, after: list.todos.pageInfo.endCursor } },
    ]);
    expect(served.stack.upstreamPaths()).toEqual([`/todolists/${LIST}.json`, `/todolists/${LIST}/todos.json`]);
    expect(served.stack.sandbox.log.map((entry) => entry.status)).toEqual([304, 304]);

    const merged = (watched.getCurrentResult().data as any).todolist.todos;
    expect(merged.edges.map((edge: any) => edge.node.id)).toEqual(await firstFour());
    expect(merged.pageInfo.hasNextPage).toBe(true);
    expect(merged.pageInfo.endCursor).toBe(merged.edges[3].cursor);
    // Read back from the cache alone: the list is stored once, under the arguments that are not `after`.
    const cached = client.readQuery({ query: TODOS, variables: { id: LIST } }) as any;
    expect(cached.todolist.todos.edges).toHaveLength(4);
    expect(served.sent).toHaveLength(2);
    client.stop();
  });

  it('normalises by id without keyFields: a mutation returning the to-do updates it inside the cached list', async () => {
    const client = apollo();
    const { data } = (await client.query({ query: TODOS, variables: { id: LIST } })) as any;
    const todo = data.todolist.todos.edges[1].node;
    const cache = client.cache.extract() as Record<string, any>;
    // Every to-do and the list are entities of their own, keyed by the global id.
    expect(cache[`Todo:${todo.id}`]).toMatchObject({ __typename: 'Todo', id: todo.id, title: todo.title });
    expect(cache[`Todolist:${data.todolist.id}`]).toMatchObject({ __typename: 'Todolist', name: data.todolist.name });

    served.stack.resetLog();
    await client.mutate({
      mutation: gql`
        mutation Rename($id: ID!, $content: String!) {
          updateTodo(input: { id: $id, content: $content }) {
            todo {
              id
              title
            }
          }
        }
      `,
      variables: { id: todo.id, content: 'Proofread the front matter twice' },
    });
    // The update reads the to-do and writes it back whole (Basecamp's PUT replaces).
    expect(served.stack.sandbox.log.map((entry) => entry.method)).toEqual(['GET', 'PUT']);
    expect(served.stack.upstreamPaths()).toEqual([`/todos/${todo.basecampId}.json`, `/todos/${todo.basecampId}.json`]);
    const after = client.readQuery({ query: TODOS, variables: { id: LIST } }) as any;
    expect(after.todolist.todos.edges[1].node).toEqual({ ...todo, title: 'Proofread the front matter twice' });
    // Two requests: the query and the mutation; the list was never fetched again.
    expect(served.sent.map((request) => request.operationName)).toEqual(['TodolistTodos', 'Rename']);
    client.stop();
  });
});
