import { afterEach, describe, expect, it } from 'vitest';
import type { BasecampClientOptions } from '../../src/client/index.ts';
import { createLedger, type CallLedger } from '../../src/client/types.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { restGet } from '../helpers/rest.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

/** One project's board: lists, their to-dos, and a comment count per to-do. */
const BOARD = `query($id: ID!) { project(id: $id) { name todoset { todolists(first: 10) { nodes { name todos(first: 50) { nodes { basecampId content comments(first: 5) { totalCount } } } } } } } }`;
const board = (stack: Stack, token?: string) => stack.graphql(BOARD, { variables: { id: SEED.projects.boardPrep }, ...(token ? { token } : {}) });
const todosOf = (result: any): { basecampId: string; content: string }[] => result.data.project.todoset.todolists.nodes.flatMap((list: any) => list.todos.nodes);

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

async function start(client: Partial<BasecampClientOptions>): Promise<Stack> {
  stack = await startStack({ client });
  return stack;
}

/** Writes straight to the sandbox, as another Basecamp user would (nothing passes through our client). */
async function restPut(stack: Stack, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${stack.apiRoot}${path}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${stack.sandbox.tokens.owner}`, 'user-agent': 'Another Basecamp user (tests@example.test)', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, `PUT ${path}`).toBe(200);
}

describe('BASECAMP_FRESH_FOR', () => {
  it('answers a repeated board from the cache with no upstream call, and says so in the ledger', async () => {
    const stack = await start({ freshForMs: 5_000 });
    const cold = await board(stack);
    expect(cold.errors).toBeUndefined();
    const coldCalls = stack.upstreamPaths().length;
    expect(coldCalls).toBeGreaterThan(3);

    stack.resetLog();
    const warm = await board(stack);
    expect({ data: warm.data, errors: warm.errors }).toEqual({ data: cold.data, errors: cold.errors });
    expect(stack.upstreamPaths()).toEqual([]);
    // extensions.cost: every call the cold board made is now an answer from the cache.
    expect((cold as any).extensions.cost).toMatchObject({ upstreamCalls: coldCalls, fromCache: 0 });
    expect((warm as any).extensions.cost).toMatchObject({ upstreamCalls: 0, notModified: 0, fromCache: coldCalls });
    expect(stack.client.metrics.snapshot().requestsByStatus['304'] ?? 0).toBe(0);
  });

  it('counts answers from the cache in the operation ledger', async () => {
    const stack = await start({ freshForMs: 5_000 });
    const session = (ledger: CallLedger) =>
      stack.client.session({ token: stack.sandbox.tokens.owner!, tokenHash: 'owner', accountId: stack.sandbox.accountId }, undefined, ledger);
    const first = createLedger();
    await session(first).get(`/todolists/${SEED.todolists.withGroups}/todos.json`);
    expect(first).toEqual({ upstreamCalls: 1, notModified: 0, fromCache: 0 });
    const second = createLedger();
    await session(second).get(`/todolists/${SEED.todolists.withGroups}/todos.json`);
    expect(second).toEqual({ upstreamCalls: 0, notModified: 0, fromCache: 1 });
  });

  it('keeps answers per token: another token still revalidates', async () => {
    const stack = await start({ freshForMs: 5_000 });
    await board(stack);
    stack.resetLog();
    const admin = await board(stack, stack.sandbox.tokens.admin);
    expect(admin.errors).toBeUndefined();
    expect(stack.upstreamPaths().length).toBeGreaterThan(3);
  });

  it('lets many concurrent and back-to-back identical boards share one upstream call per GET', async () => {
    const stack = await start({ freshForMs: 5_000 });
    await board(stack);
    const cold = stack.upstreamPaths().length;
    await stack.close();

    const shared = await start({ freshForMs: 5_000 });
    const results = await Promise.all(Array.from({ length: 30 }, () => board(shared)));
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    expect(shared.upstreamPaths()).toHaveLength(cold);
    for (let i = 0; i < 5; i++) await board(shared);
    expect(shared.upstreamPaths()).toHaveLength(cold);
  });

  it('with 0s revalidates every GET, as before', async () => {
    const stack = await start({ freshForMs: 0 });
    await board(stack);
    const coldCalls = stack.upstreamPaths().length;
    stack.resetLog();
    await board(stack);
    expect(stack.upstreamPaths().length).toBe(coldCalls);
    expect(stack.sandbox.log.every((entry) => entry.status === 304)).toBe(true);
  });

  it('shows a mutation in the next read, at once, for the writer and for every other token', async () => {
    const stack = await start({ freshForMs: 60_000 });
    await board(stack);
    await board(stack, stack.sandbox.tokens.admin);
    const [todo] = todosOf(await board(stack));

    const renamed = await stack.graphql(`mutation($id: ID!) { updateTodo(input: { id: $id, content: "Renamed through the graph" }) { todo { content } } }`, {
      variables: { id: todo!.basecampId },
    });
    expect(renamed.errors).toBeUndefined();
    stack.resetLog();
    const after = await board(stack);
    expect(todosOf(after).find((t) => t.basecampId === todo!.basecampId)?.content).toBe('Renamed through the graph');
    // Only what the write touched went upstream: the list holding the to-do (and the project), not the whole board.
    expect(stack.upstreamPaths().length).toBeGreaterThan(0);
    expect(stack.upstreamPaths().length).toBeLessThan(6);

    const other = await board(stack, stack.sandbox.tokens.admin);
    expect(todosOf(other).find((t) => t.basecampId === todo!.basecampId)?.content).toBe('Renamed through the graph');
  });

  it('shows a new comment in the counts of a board read before it', async () => {
    const stack = await start({ freshForMs: 60_000 });
    const BOARD_COUNTS = `query($id: ID!) { project(id: $id) { todoset { todolists(first: 10) { nodes { todos(first: 50) { nodes { basecampId commentsCount comments(first: 5) { totalCount } } } } } } } }`;
    const read = async () =>
      (await stack.graphql(BOARD_COUNTS, { variables: { id: SEED.projects.boardPrep } })).data.project.todoset.todolists.nodes.flatMap((list: any) => list.todos.nodes);
    const [target] = await read();
    const created = await stack.graphql(`mutation($id: ID!) { createComment(input: { recordingId: $id, content: "<div>Seen?</div>" }) { comment { id } } }`, {
      variables: { id: target.basecampId },
    });
    expect(created.errors).toBeUndefined();
    const after = (await read()).find((todo: any) => todo.basecampId === target.basecampId);
    expect(after).toMatchObject({ commentsCount: target.commentsCount + 1, comments: { totalCount: target.comments.totalCount + 1 } });
  });

  it('shows a completion and a trashing through the graph in the lists that held the to-do', async () => {
    const stack = await start({ freshForMs: 60_000 });
    const list = `query($id: ID!) { todolist(id: $id) { todos(first: 100) { nodes { basecampId completed } } } }`;
    const before = await stack.graphql(list, { variables: { id: SEED.todolists.withGroups } });
    const target = before.data.todolist.todos.nodes.find((t: any) => !t.completed).basecampId;

    await stack.graphql(`mutation($id: ID!) { completeTodo(input: { id: $id }) { todo { completed } } }`, { variables: { id: target } });
    const afterCompletion = await stack.graphql(list, { variables: { id: SEED.todolists.withGroups } });
    expect(afterCompletion.data.todolist.todos.nodes.map((t: any) => t.basecampId)).not.toContain(target); // the pending list drops it

    await stack.graphql(`mutation($id: ID!) { uncompleteTodo(input: { id: $id }) { todo { completed } } }`, { variables: { id: target } });
    await stack.graphql(list, { variables: { id: SEED.todolists.withGroups } });
    await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { basecampId } }`, { variables: { id: target } });
    const afterTrash = await stack.graphql(list, { variables: { id: SEED.todolists.withGroups } });
    expect(afterTrash.data.todolist.todos.nodes.map((t: any) => t.basecampId)).not.toContain(target);
  });

  it('shows a renamed list and project in the copies their to-dos embed (parent title, bucket name)', async () => {
    const stack = await start({ freshForMs: 60_000 });
    const list = SEED.todolists.withGroups;
    const first = await stack.graphql(`query($id: ID!) { todolist(id: $id) { todos(first: 1) { nodes { basecampId } } } }`, { variables: { id: list } });
    const todoId = first.data.todolist.todos.nodes[0].basecampId as string;
    const read = async () => (await stack.graphql(`query($id: ID!) { todo(id: $id) { parent { title } bucket { name } } }`, { variables: { id: todoId } })).data.todo;
    const before = await read();
    const project = (await stack.graphql(`query($id: ID!) { todolist(id: $id) { bucket { basecampId } } }`, { variables: { id: list } })).data.todolist.bucket.basecampId as string;

    expect((await stack.graphql(`mutation($id: ID!) { updateTodolist(input: { id: $id, name: "Renamed list" }) { todolist { name } } }`, { variables: { id: list } })).errors).toBeUndefined();
    expect(await read()).toEqual({ parent: { title: 'Renamed list' }, bucket: before.bucket });

    expect((await stack.graphql(`mutation($id: ID!) { updateProject(input: { id: $id, name: "Renamed project" }) { project { name } } }`, { variables: { id: project } })).errors).toBeUndefined();
    expect(await read()).toEqual({ parent: { title: 'Renamed list' }, bucket: { name: 'Renamed project' } });
  });

  it('forces every token to revalidate after invalidate(prefix), and only under that prefix', async () => {
    const stack = await start({ freshForMs: 60_000 });
    await board(stack);
    await board(stack, stack.sandbox.tokens.admin);
    const [todo] = todosOf(await board(stack));

    // Another Basecamp user renames it: nothing tells us, so the window still answers the old name.
    await restPut(stack, `/todos/${todo!.basecampId}.json`, { content: 'Renamed by someone else' });
    stack.resetLog();
    expect(todosOf(await board(stack)).find((t) => t.basecampId === todo!.basecampId)?.content).toBe(todo!.content);
    expect(stack.upstreamPaths()).toEqual([]);

    // As a webhook would: the list holding it, in the `/buckets/{project}/…` form payloads carry.
    const rest = await restGet<{ parent: { id: string } }>(stack, `/todos/${todo!.basecampId}.json`);
    await stack.client.invalidate(stack.sandbox.accountId, [`/buckets/${SEED.projects.boardPrep}/todolists/${rest.parent.id}`]);

    for (const token of [stack.sandbox.tokens.owner!, stack.sandbox.tokens.admin!]) {
      stack.resetLog();
      const after = await board(stack, token);
      expect(todosOf(after).find((t) => t.basecampId === todo!.basecampId)?.content).toBe('Renamed by someone else');
      expect(stack.upstreamPaths()).toEqual([expect.stringMatching(/^\/todolists\/\d+\/todos\.json$/)]);
    }
  });
});

describe('BASECAMP_WATCHED_FRESH_FOR', () => {
  it('serves covered objects of a watched project without a call, and people and the project as FRESH_FOR says', async () => {
    const stack = await start({ freshForMs: 0, watchedFreshForMs: 60_000 });
    await board(stack);
    stack.resetLog();
    await board(stack);
    const unwatched = stack.upstreamPaths();
    expect(unwatched.length).toBeGreaterThan(3); // nothing watched: every GET revalidates

    await stack.client.watch(stack.sandbox.accountId, SEED.projects.boardPrep, true);
    expect(await stack.client.isWatched(stack.sandbox.accountId, SEED.projects.boardPrep)).toBe(true);
    stack.resetLog();
    await board(stack); // watching starts stale: everything revalidates once
    expect(stack.upstreamPaths().length).toBe(unwatched.length);

    stack.resetLog();
    await board(stack);
    // Only the project itself follows FRESH_FOR (0s); its to-do set, lists, to-dos and comments are watched.
    expect(stack.upstreamPaths()).toEqual([`/projects/${SEED.projects.boardPrep}.json`]);

    // Another Basecamp user edits a to-do; the webhook's payload reaches invalidateRecording.
    const [todo] = todosOf(await board(stack));
    await restPut(stack, `/todos/${todo!.basecampId}.json`, { content: 'Edited elsewhere' });
    const recording = await restGet<{ parent: { id: string } }>(stack, `/todos/${todo!.basecampId}.json`);
    await stack.client.invalidateRecording(stack.sandbox.accountId, recording, 'todo_changed');
    await new Promise((resolve) => setTimeout(resolve, 2)); // past the mark's millisecond
    stack.resetLog();
    const changed = await board(stack);
    expect(todosOf(changed).find((t) => t.basecampId === todo!.basecampId)?.content).toBe('Edited elsewhere');
    expect(stack.upstreamPaths()).toEqual([`/projects/${SEED.projects.boardPrep}.json`, `/todolists/${recording.parent.id}/todos.json`]);

    await stack.client.watch(stack.sandbox.accountId, SEED.projects.boardPrep, false);
    stack.resetLog();
    await board(stack);
    expect(stack.upstreamPaths().length).toBe(unwatched.length);
  });
});
