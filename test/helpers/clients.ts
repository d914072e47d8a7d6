import { SEED } from '../../src/sandbox/seed/index.ts';
import { serve } from './serve.ts';
import { startStack, type Stack } from './stack.ts';

/** What a client library sent to the gateway: one entry per HTTP request. */
export interface Sent {
  method: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

export interface ServedStack {
  stack: Stack;
  /** `http://127.0.0.1:PORT/graphql`: the gateway over real HTTP on loopback. */
  endpoint: string;
  /** A real `fetch` that records each GraphQL request before sending it, for a client's `fetch` option. */
  fetch: typeof fetch;
  sent: Sent[];
  close(): Promise<void>;
}

/**
 * The stack (sandbox, client, gateway) served over HTTP, for client libraries that speak to a URL:
 * `sent` says what the client asked the gateway, `stack.upstreamPaths()` what reached Basecamp.
 */
export async function startServedStack(): Promise<ServedStack> {
  const stack = await startStack();
  const served = await serve(stack.gateway);
  const sent: Sent[] = [];
  const recording: typeof fetch = async (input, init) => {
    const method = init?.method ?? 'GET';
    if (typeof init?.body === 'string') {
      const { operationName, variables } = JSON.parse(init.body);
      sent.push({ method, operationName, variables });
    } else {
      // A GET carries the operation in its query string (GraphQL over HTTP).
      const params = new URL(String(input)).searchParams;
      const variables = params.get('variables');
      sent.push({ method, operationName: params.get('operationName') ?? undefined, variables: variables ? JSON.parse(variables) : undefined });
    }
    return fetch(input, init);
  };
  return {
    stack,
    endpoint: `${served.origin}/graphql`,
    fetch: recording,
    sent,
    async close() {
      await served.close();
      await stack.close();
    },
  };
}

/** A to-do list of six pending to-dos: three pages of two for `TODOLIST_PAGES`. */
export const LIST = SEED.todolists.copy;

/** The paged to-do list every cache client reads, one page of two at a time (`after` moves on). */
export const TODOLIST_PAGES = /* GraphQL */ `
  query TodolistTodos($id: ID!, $after: String) {
    todolist(id: $id) {
      id
      name
      todos(first: 2, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            basecampId
            title
            completed
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
