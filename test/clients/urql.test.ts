import { Client, fetchExchange, gql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIST, startServedStack, TODOLIST_PAGES, type ServedStack } from '../helpers/clients.ts';

/**
 * urql 6 with graphcache as a frontend configures it: `relayPagination()` on the connection and
 * no `keys` at all (graphcache embeds `…Connection`, `…Edge` and `PageInfo` by their names, and
 * keys everything else by `id`; it warns about any object it cannot key).
 * urql sends short queries as GET, which the gateway runs only with a CSRF header (a browser
 * sends one cross-origin only after a CORS preflight); the README says so.
 */

let served: ServedStack;
beforeAll(async () => {
  served = await startServedStack();
});
afterAll(() => served.close());
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  served.stack.resetLog();
  served.sent.length = 0;
  // graphcache warns (in development) about every entity it cannot key: there must be none.
  warn = vi.spyOn(console, 'warn');
});
afterEach(() => {
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

const TODOS = gql(TODOLIST_PAGES);

function urql() {
  return new Client({
    url: served.endpoint,
    fetch: served.fetch,
    fetchOptions: { headers: { 'graphql-require-preflight': '1' } },
    exchanges: [
      cacheExchange({
        resolvers: { Todolist: { todos: relayPagination() } },
      }),
      fetchExchange,
    ],
  });
}

describe('urql graphcache', () => {
  it('fetches two pages and relayPagination answers them as one list, from the cache afterwards', async () => {
    const client = urql();
    const first = await client.query(TODOS, { id: LIST }).toPromise();
    expect(first.error).toBeUndefined();
    const page = first.data.todolist.todos;
    expect(page.edges).toHaveLength(2);
    expect(page.totalCount).toBe(6);

    const second = await client.query(TODOS, { id: LIST, after: page.pageInfo.endCursor }).toPromise();
    expect(second.error).toBeUndefined();
    const merged = second.data.todolist.todos;
    expect(merged.edges).toHaveLength(4);
    expect(merged.pageInfo).toMatchObject({ hasNextPage: true, endCursor: merged.edges[3].cursor });

    // Two requests to the gateway, one per page; upstream the list and its Basecamp page each time (revalidated the second).
    expect(served.sent).toEqual([
      { method: 'GET', operationName: 'TodolistTodos', variables: { id: LIST } },
      { method: 'GET', operationName: 'TodolistTodos', variables: { id: LIST, after: page.pageInfo.endCursor } },
    ]);
    expect(served.stack.upstreamPaths().filter((path) => path.includes('/todos.json'))).toEqual([`/todolists/${LIST}/todos.json`, `/todolists/${LIST}/todos.json`]);
    const expected = await served.stack.graphql(`query($id: ID!) { todolist(id: $id) { todos(first: 4) { nodes { id } } } }`, { variables: { id: LIST } });
    expect(merged.edges.map((edge: any) => edge.node.id)).toEqual(expected.data.todolist.todos.nodes.map((todo: any) => todo.id));

    // The first page's query now reads both pages from the cache, with no request.
    const cached = client.readQuery(TODOS, { id: LIST });
    expect(cached?.data.todolist.todos.edges).toHaveLength(4);
    expect(served.sent).toHaveLength(2);
  });

  it('normalises by id: a mutation returning the to-do updates it inside the cached list', async () => {
    const client = urql();
    const { data } = await client.query(TODOS, { id: LIST }).toPromise();
    const todo = data.todolist.todos.edges[0].node;
    const renamed = await client
      .mutation(
        gql`
          mutation Rename($id: ID!, $content: String!) {
            updateTodo(input: { id: $id, content: $content }) {
              todo {
                id
                title
              }
            }
          }
        `,
        { id: todo.id, content: 'Agree the tone-of-voice notes with the editor' },
      )
      .toPromise();
    expect(renamed.error).toBeUndefined();
    const cached = client.readQuery(TODOS, { id: LIST }, { requestPolicy: 'cache-only' });
    expect(cached?.data.todolist.todos.edges[0].node).toEqual({ id: todo.id, basecampId: todo.basecampId, title: 'Agree the tone-of-voice notes with the editor', completed: false });
    expect(served.sent.map((request) => request.operationName)).toEqual(['TodolistTodos', 'Rename']);
  });
});
