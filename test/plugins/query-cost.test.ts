import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../../src/gateway.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

const MESH_QUERY = `{
  all: projects(first: 50) { totalCount nodes { name } }
  first5: projects(first: 5) { nodes { todoset { todolists(first: 50) { nodes { name todos(first: 100) { totalCount nodes { title } } } } } } }
}`;

/** A document of nested spreads that expands to 2^30 (about 10^9) paths. */
function fragmentBomb(levels = 30): string {
  const fragments = ['fragment F0 on Recording { title }'];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Recording { a: parent { ...F${i - 1} } b: parent { ...F${i - 1} } }`);
  return `{ todo(id: "${SEED.todos.pending}") { ...F${levels} } }\n${fragments.join('\n')}`;
}

/** `extensions.cost.budget`: the caller's figures on the stack's budget (100,000 calls per 1 s), read when the answer was made. */
function expectBudget(budget: unknown, startedAt: number): void {
  expect(budget).toEqual({ limit: 100_000, remaining: expect.any(Number), resetAt: expect.any(String) });
  const { remaining, resetAt } = budget as { remaining: number; resetAt: string };
  expect(Number.isInteger(remaining) && remaining >= 0 && remaining <= 100_000).toBe(true);
  expect(new Date(resetAt).toISOString()).toBe(resetAt);
  // Now when nothing is in the window, else within one window of now.
  expect(Date.parse(resetAt)).toBeGreaterThanOrEqual(startedAt);
  expect(Date.parse(resetAt)).toBeLessThanOrEqual(Date.now() + 1_000);
}

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

describe('the price in upstream calls', () => {
  it('answers the issue\'s Mesh query, reporting the calls the sandbox received', async () => {
    const result = await stack.graphql(MESH_QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.data.all.totalCount).toBe(5);
    expect(result.data.first5.nodes).toHaveLength(5);
    const calls = stack.upstreamPaths();
    // 1 project list (the second alias shares it) + 5 to-do sets + 5 list pages + 21 to-do pages
    expect(calls).toHaveLength(32);
    const cost = (result as any).extensions.cost;
    expect(cost.upstreamCalls).toBe(calls.length);
    // 3 + 1 pages of projects, then per project 1 to-do set + 3 pages of lists + 50 × 4 pages of to-dos
    expect(cost.estimated).toBe(1024);
    expect(cost.fromCache).toBe(1);
  });

  const queries: [string, string][] = [
    ['the GraphiQL example', EXAMPLE_QUERY],
    ['a lookup by id with embedded people', `{ todo(id: "${SEED.todos.pending}") { title creator { name } assignees { name } } }`],
    ['links answered from stubs', `{ todo(id: "${SEED.todos.pending}") { bucket { name } parent { title } } }`],
    ['links that load', `{ todo(id: "${SEED.todos.pending}") { bucket { createdAt } parent { ... on Todolist { name todos(first: 3) { nodes { title } } } } } }`],
    ['aliases of one project', `{ a: project(id: "${SEED.projects.hq}") { name } b: project(id: "${SEED.projects.catalog}") { name todoset { name } } }`],
    ['a long list paged', `{ todolist(id: "${SEED.todolists.large}") { todos(first: 100) { nodes { title } } } }`],
    ['node by id', `{ node(id: "${SEED.projects.hq}") { id } }`],
    ['a refused query', `query($n: Int = 100) { projects(first: $n) { nodes { todoset { todolists(first: $n) { nodes { todos(first: $n) { nodes { title } } } } } } } }`],
  ];

  it.each(queries)('reports upstreamCalls equal to the sandbox\'s log, within the estimate: %s', async (_name, query) => {
    stack.resetLog();
    const startedAt = Date.now();
    const result = await stack.graphql(query);
    const cost = (result as any).extensions.cost;
    expect(cost.upstreamCalls).toBe(stack.upstreamPaths().length);
    expect(cost.estimated).toBeGreaterThanOrEqual(cost.upstreamCalls);
    expect(cost).toEqual({
      estimated: expect.any(Number),
      upstreamCalls: expect.any(Number),
      notModified: expect.any(Number),
      fromCache: expect.any(Number),
      budget: expect.any(Object),
    });
    expectBudget(cost.budget, startedAt);
  });

  it('reports cost on a response refused before execution', async () => {
    const startedAt = Date.now();
    const result = await stack.graphql('{ nope }');
    expect(result.errors?.[0]?.message).toMatch(/nope/);
    expect((result as any).extensions.cost).toEqual({ estimated: 0, upstreamCalls: 0, notModified: 0, fromCache: 0, budget: expect.any(Object) });
    expectBudget((result as any).extensions.cost.budget, startedAt);
  });
});

describe('refused before any call', () => {
  const refusals: [string, string, Record<string, unknown>?][] = [
    ['2,000 aliases of project(id:)', `{ ${Array.from({ length: 2000 }, (_, i) => `p${i}: project(id: "${SEED.projects.hq}") { name }`).join(' ')} }`],
    ['nodes(ids:) with 1,000 ids', `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 1000 }, () => SEED.projects.hq) }],
    ['first: $n with the default $n: Int = 100', `query($n: Int = 100) { projects(first: $n) { nodes { todoset { todolists(first: $n) { nodes { todos(first: $n) { nodes { title } } } } } } } }`],
    ['a fragment bomb of 10^9 paths', fragmentBomb()],
  ];

  it.each(refusals)('%s: QUERY_TOO_EXPENSIVE, while a small query beside it is answered', async (_name, query, variables) => {
    const [refused, small] = await Promise.all([
      stack.graphql(query, variables ? { variables } : {}),
      stack.graphql(`{ project(id: "${SEED.projects.catalog}") { name } }`),
    ]);
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_EXPENSIVE');
    expect(refused.data ?? null).toBeNull();
    expect((refused as any).extensions.cost.upstreamCalls).toBe(0);
    expect(small.errors).toBeUndefined();
    expect(small.data.project.name).toBeTruthy();
    expect(stack.upstreamPaths()).toEqual([`/projects/${SEED.projects.catalog}.json`]);
  });

  it('prices the same document anew for other variables', async () => {
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    const refused = await stack.graphql(query, { variables: { ids: Array.from({ length: 1000 }, () => SEED.projects.hq) } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_EXPENSIVE');
    const globalId = (await stack.graphql(`{ project(id: "${SEED.projects.hq}") { id } }`)).data.project.id;
    const accepted = await stack.graphql(query, { variables: { ids: [globalId] } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.nodes).toEqual([{ id: globalId }]);
  });

  it('reads the list length from a literal too, and accepts a list within the limit', async () => {
    const globalId = (await stack.graphql(`{ project(id: "${SEED.projects.hq}") { id } }`)).data.project.id;
    stack.resetLog();
    const ids = Array.from({ length: 201 }, () => `"${globalId}"`);
    const refused = await stack.graphql(`{ nodes(ids: [${ids.join(',')}]) { id } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_EXPENSIVE');
    const accepted = await stack.graphql(`{ nodes(ids: [${ids.slice(1).join(',')}]) { id } }`);
    expect(accepted.errors).toBeUndefined();
    // 200 copies of one id: the loader asks once
    expect(stack.upstreamPaths()).toEqual([`/projects/${SEED.projects.hq}.json`]);
  });
});

describe('the cap on calls spent', () => {
  let capped: Stack;
  beforeAll(async () => {
    capped = await startStack({ gateway: { queryCost: { maxCalls: 4 } } });
  });
  afterAll(() => capped.close());

  it('fails the field that would pass GRAPHQL_MAX_CALLS, by name, before its call; its siblings resolve', async () => {
    capped.resetLog();
    const result = await capped.graphql(`{ projects(first: 5) { nodes { name todoset { name } } } }`);
    const nodes = result.data.projects.nodes as { name: string; todoset: { name: string } | null }[];
    expect(nodes.map((node) => node.name).every(Boolean)).toBe(true);
    expect(nodes.filter((node) => node.todoset !== null)).toHaveLength(3);
    expect(result.errors).toHaveLength(2);
    for (const error of result.errors!) {
      expect(error.extensions?.code).toBe('QUERY_TOO_EXPENSIVE');
      expect(error.extensions?.field).toMatch(/^projects\.nodes\.\d\.todoset$/);
      expect(error.message).toContain(`\`${error.extensions?.field}\``);
      expect(error.path?.at(-1)).toBe('todoset');
    }
    expect(capped.upstreamPaths()).toHaveLength(4);
    expect((result as any).extensions.cost.upstreamCalls).toBe(4);
  });

  it('fails a to-do window that the list\'s completed_ratio says cannot fit, before any of its pages', async () => {
    capped.resetLog();
    // 128 pending to-dos: first: 100 needs 4 pages; after the list itself, 3 calls are left
    const result = await capped.graphql(`{ todolist(id: "${SEED.todolists.large}") { name todos(first: 100) { nodes { title } } } }`);
    expect(result.data.todolist.name).toBeTruthy();
    expect(result.data.todolist.todos).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', field: 'todolist.todos' });
    expect(capped.upstreamPaths()).toEqual([`/todolists/${SEED.todolists.large}.json`]);
    const fits = await capped.graphql(`{ todolist(id: "${SEED.todolists.large}") { todos(first: 40) { nodes { title } } } }`);
    expect(fits.errors).toBeUndefined();
    expect(fits.data.todolist.todos.nodes).toHaveLength(40);
  });

  it('gives the next operation its own allowance', async () => {
    capped.resetLog();
    const result = await capped.graphql(`{ a: project(id: "${SEED.projects.hq}") { name } b: project(id: "${SEED.projects.catalog}") { name } }`);
    expect(result.errors).toBeUndefined();
    expect((result as any).extensions.cost.upstreamCalls).toBe(capped.upstreamPaths().length);
  });
});
