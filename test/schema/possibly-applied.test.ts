import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.resetLog();
  stack.sandbox.faults.clear();
});

const CREATE = `mutation($id: ID!, $content: String!) { createTodo(input: { todolistId: $id, content: $content }) { todo { id } } }`;
const LIST = `query($id: ID!) { todolist(id: $id) { todos(first: 100) { nodes { content } } } }`;
const listPath = `/todolists/${SEED.todolists.copy}/todos.json`;

async function contents(): Promise<string[]> {
  const result = await stack.graphql(LIST, { variables: { id: SEED.todolists.copy } });
  return result.data.todolist.todos.nodes.map((todo: { content: string }) => todo.content);
}

describe('a write that Basecamp may have applied', () => {
  it('reports possiblyApplied when createTodo was applied and then answered 503, and does not repeat it', async () => {
    stack.sandbox.faults.add({ method: 'POST', path: listPath, status: 503, afterApplying: true });
    const result = await stack.graphql(CREATE, { variables: { id: SEED.todolists.copy, content: 'Applied, then 503' } });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/may have been applied/),
      extensions: { code: 'UPSTREAM_ERROR', status: 503, possiblyApplied: true },
    });
    expect(stack.upstreamPaths().filter((path) => path === listPath)).toHaveLength(1);
    // It was applied: retrying blindly would have made a duplicate.
    expect((await contents()).filter((content) => content === 'Applied, then 503')).toHaveLength(1);
  });

  it('reports possiblyApplied when the connection is lost after the write was applied', async () => {
    stack.sandbox.faults.add({ method: 'POST', path: listPath, reset: true, afterApplying: true });
    const result = await stack.graphql(CREATE, { variables: { id: SEED.todolists.copy, content: 'Applied, then reset' } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', possiblyApplied: true } });
    expect(await contents()).toContain('Applied, then reset');
  });

  it('does not flag a write Basecamp refused outright (422), nor a read that failed', async () => {
    stack.sandbox.faults.add({ method: 'POST', path: listPath, status: 422 });
    const refused = await stack.graphql(CREATE, { variables: { id: SEED.todolists.copy, content: 'Refused' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refused.errors?.[0]?.extensions?.possiblyApplied).toBeUndefined();
    expect(await contents()).not.toContain('Refused');

    stack.sandbox.faults.add({ method: 'GET', path: `/todolists/${SEED.todolists.copy}.json`, status: 501 });
    const read = await stack.graphql(`query($id: ID!) { todolist(id: $id) { name } }`, { variables: { id: SEED.todolists.copy } });
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', status: 501 });
    expect(read.errors?.[0]?.extensions?.possiblyApplied).toBeUndefined();
  });
});
