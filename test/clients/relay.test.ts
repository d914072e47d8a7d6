import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { compileRelay as compile, operationText } from '../helpers/relay.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

/**
 * The Relay compiler checks the example fragments in examples/relay against the committed
 * `schema.graphql` (no network: the binary ships inside the npm package), and the operations it
 * writes, `@refetchable`'s `node(id:)` query included, then run against the gateway over HTTP.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('Relay compiler', () => {
  let compiled: ReturnType<typeof compile>;
  beforeAll(() => {
    compiled = compile([join(ROOT, 'examples/relay')]);
  });

  it('compiles the example fragments (@connection, @refetchable over node) against schema.graphql', () => {
    expect(compiled.output).not.toMatch(/ERROR/);
    expect(compiled.status).toBe(0);
    expect([...compiled.artifacts.keys()].sort()).toEqual([
      'TodoItemRefetchQuery.graphql.ts',
      'TodoItem_todo.graphql.ts',
      'TodolistPageQuery.graphql.ts',
      'TodolistTodosPaginationQuery.graphql.ts',
      'TodolistTodos_todolist.graphql.ts',
    ]);
    // @refetchable works only through Query.node, so the refetch queries are node(id:) queries.
    expect(operationText(compiled.artifacts.get('TodoItemRefetchQuery.graphql.ts'))).toMatch(/node\(id: \$id\)/);
    expect(operationText(compiled.artifacts.get('TodolistTodosPaginationQuery.graphql.ts'))).toMatch(/node\(id: \$id\)/);
  });

  it('fails on a field the schema does not have, so the check above can fail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relay-src-'));
    try {
      writeFileSync(join(dir, 'Broken.ts'), "import { graphql } from 'relay-runtime';\nexport const f = graphql`fragment Broken_todo on Todo { id dueOnn }`;\n");
      const broken = compile([dir]);
      expect(broken.status).not.toBe(0);
      expect(broken.output).toContain('dueOnn');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('the compiled operations against the gateway', () => {
    let stack: Stack;
    let served: Served;
    beforeAll(async () => {
      stack = await startStack();
      served = await serve(stack.gateway);
    });
    afterAll(async () => {
      await served.close();
      await stack.close();
    });

    async function post(query: string, variables: Record<string, unknown>): Promise<any> {
      const response = await fetch(`${served.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      expect(response.status).toBe(200);
      return response.json();
    }

    it('load a page, then the next one and a to-do through node(id:), as usePaginationFragment and useRefetchableFragment would', async () => {
      const page = await post(operationText(compiled.artifacts.get('TodolistPageQuery.graphql.ts')), { id: SEED.todolists.copy });
      expect(page.errors).toBeUndefined();
      const list = page.data.todolist;
      expect(list.todos.edges).toHaveLength(5);
      expect(list.todos.pageInfo.hasNextPage).toBe(true);

      stack.resetLog();
      const next = await post(operationText(compiled.artifacts.get('TodolistTodosPaginationQuery.graphql.ts')), { id: list.id, count: 5, cursor: list.todos.pageInfo.endCursor });
      expect(next.errors).toBeUndefined();
      expect(next.data.node).toMatchObject({ __typename: 'Todolist', id: list.id });
      const firstIds = list.todos.edges.map((edge: any) => edge.node.id);
      const nextIds = next.data.node.todos.edges.map((edge: any) => edge.node.id);
      expect(nextIds.length).toBeGreaterThan(0);
      expect(nextIds.filter((id: string) => firstIds.includes(id))).toEqual([]);
      expect(stack.upstreamPaths()).toEqual([`/todolists/${SEED.todolists.copy}.json`, `/todolists/${SEED.todolists.copy}/todos.json`]);

      const todo = list.todos.edges[0].node;
      const refetched = await post(operationText(compiled.artifacts.get('TodoItemRefetchQuery.graphql.ts')), { id: todo.id });
      expect(refetched.errors).toBeUndefined();
      expect(refetched.data.node).toMatchObject({ __typename: 'Todo', id: todo.id, title: todo.title });
    });
  });
});
