import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/resolvers/global-id.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

const gid = (typename: string, id: string) => encodeGlobalId(typename, stack.sandbox.accountId, id);

describe('node and nodes take global ids', () => {
  it('node refuses a plain id with BAD_USER_INPUT that names a typed field, before any call', async () => {
    const result = await stack.graphql('query($id: ID!) { node(id: $id) { id } }', { variables: { id: SEED.todos.pending } });
    expect(result.data).toEqual({ node: null });
    expect(result.errors).toEqual([
      expect.objectContaining({ path: ['node'], message: expect.stringContaining('`todo(id:)`'), extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('node refuses the id of an unknown type with BAD_USER_INPUT', async () => {
    const result = await stack.graphql('query($id: ID!) { node(id: $id) { id } }', { variables: { id: gid('Spaceship', '1') } });
    expect(result.errors).toEqual([expect.objectContaining({ path: ['node'], extensions: { code: 'BAD_USER_INPUT' } })]);
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('nodes answers per item: bad ids are null with their own coded error, the rest and the siblings resolve', async () => {
    const ids = [gid('Todo', SEED.todos.pending), '!!', gid('Spaceship', '1'), SEED.todos.completed, gid('Todo', SEED.todos.completed)];
    const result = await stack.graphql('query($ids: [ID!]!) { me { name } nodes(ids: $ids) { id ... on Todo { basecampId } } }', { variables: { ids } });
    expect(result.data?.me).toEqual({ name: 'Maren Okafor' });
    expect(result.data?.nodes).toEqual([
      { id: ids[0], basecampId: SEED.todos.pending },
      null,
      null,
      null,
      { id: ids[4], basecampId: SEED.todos.completed },
    ]);
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['nodes', 1], 'BAD_USER_INPUT'],
      [['nodes', 2], 'BAD_USER_INPUT'],
      [['nodes', 3], 'BAD_USER_INPUT'],
    ]);
    // Beside `me`, only the two good ids went upstream.
    expect(stack.upstreamPaths().sort()).toEqual(['/my/profile.json', `/todos/${SEED.todos.completed}.json`, `/todos/${SEED.todos.pending}.json`].sort());
  });

  it('nodes answers an id that cannot be read with null and its upstream code, beside one that can', async () => {
    const ids = [gid('Todo', '1'), gid('Project', SEED.projects.hq)];
    const result = await stack.graphql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { variables: { ids } });
    expect(result.data?.nodes).toEqual([null, { id: ids[1] }]);
    expect(result.errors).toEqual([expect.objectContaining({ path: ['nodes', 0], extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
  });
});

describe('typed id arguments take a global id or a plain Basecamp id', () => {
  it('on a root field', async () => {
    for (const id of [SEED.todos.pending, gid('Todo', SEED.todos.pending)]) {
      stack.resetLog();
      const result = await stack.graphql('query($id: ID!) { todo(id: $id) { basecampId } }', { variables: { id } });
      expect({ data: result.data, errors: result.errors }).toEqual({ data: { todo: { basecampId: SEED.todos.pending } }, errors: undefined });
      expect((result as any).extensions.cost).toMatchObject({ upstreamCalls: 1 });
      expect(stack.upstreamPaths()).toEqual([`/todos/${SEED.todos.pending}.json`]);
    }
  });

  it('in a mutation input', async () => {
    for (const todolistId of [SEED.todolists.withGroups, gid('Todolist', SEED.todolists.withGroups)]) {
      stack.resetLog();
      const result = await stack.graphql('mutation($input: CreateTodoInput!) { createTodo(input: $input) { todo { content } } }', {
        variables: { input: { todolistId, content: `Label the crates (${todolistId.length})` } },
      });
      expect(result.errors).toBeUndefined();
      expect(stack.upstreamPaths()).toEqual([`/todolists/${SEED.todolists.withGroups}/todos.json`]);
    }
  });

  it('but not the id of another type', async () => {
    const result = await stack.graphql('query($id: ID!) { todo(id: $id) { basecampId } }', { variables: { id: gid('Project', SEED.projects.hq) } });
    expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('got the id of a Project'), extensions: { code: 'BAD_USER_INPUT' } })]);
    expect(stack.upstreamPaths()).toEqual([]);
  });
});
