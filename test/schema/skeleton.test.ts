import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseJson } from '../../src/client/json.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { restGet } from '../helpers/rest.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

/** The acceptance query: projects → to-do set → lists → to-dos → people. */
const DASHBOARD = `{
  projects(first: 3) {
    totalCount
    nodes {
      basecampId
      name
      todoset {
        todolists(first: 5) {
          nodes {
            basecampId
            name
            todos(first: 20) {
              totalCount
              pageInfo { hasNextPage endCursor }
              nodes { title completed assignees { name } creator { name } }
            }
          }
        }
      }
    }
  }
}`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

/** Reads a whole collection straight from the sandbox over REST, following Link headers. */
async function restList(path: string): Promise<{ items: any[]; totalCount: number | null }> {
  const items: any[] = [];
  let url: string | undefined = `${stack.apiRoot}${path}`;
  let totalCount: number | null = null;
  while (url) {
    const response: Response = await fetch(url, { headers: { authorization: `Bearer ${stack.sandbox.tokens.owner}`, 'user-agent': 'tests (t@example.test)' } });
    expect(response.status).toBe(200);
    items.push(...(parseJson(await response.text()) as any[]));
    totalCount = response.headers.has('x-total-count') ? Number(response.headers.get('x-total-count')) : null;
    url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  }
  return { items, totalCount };
}

describe('the walking skeleton', () => {
  it('answers the dashboard query with the sandbox\'s data and the fewest upstream calls', async () => {
    const result = await stack.graphql(DASHBOARD);
    expect(result.errors).toBeUndefined();
    const projects = await restList('/projects.json');
    expect(result.data.projects.totalCount).toBe(projects.totalCount);
    expect(result.data.projects.nodes.map((p: any) => p.name)).toEqual(projects.items.slice(0, 3).map((p) => p.name));

    // Lower bound: 1 projects page; per project 1 to-do set + 1 lists page; per list 1 page, or 2
    // when its first page (15, geared) is shorter than the 20 asked for. People are embedded: 0.
    let expectedCalls = 1;
    for (const project of result.data.projects.nodes) {
      expectedCalls += 2;
      for (const list of project.todoset.todolists.nodes) {
        const todos = await restList(`/todolists/${list.basecampId}/todos.json`);
        expect(list.todos.totalCount).toBe(todos.totalCount);
        expect(list.todos.nodes.map((t: any) => t.title)).toEqual(todos.items.slice(0, 20).map((t) => t.title));
        expect(list.todos.nodes.map((t: any) => t.assignees.map((a: any) => a.name))).toEqual(
          todos.items.slice(0, 20).map((t) => t.assignees.map((a: any) => a.name)),
        );
        expect(list.todos.pageInfo.hasNextPage).toBe(todos.items.length > 20);
        expectedCalls += todos.items.length > 15 ? 2 : 1;
      }
    }
    stack.resetLog();
    await stack.graphql(DASHBOARD);
    expect(stack.upstreamPaths()).toHaveLength(expectedCalls);
  });

  it('revalidates the second time: every call is conditional and answered 304', async () => {
    const first = await stack.graphql(DASHBOARD);
    stack.resetLog();
    const second = await stack.graphql(DASHBOARD);
    // The same answer; only extensions (what it cost, the budget left) differ between the two.
    expect({ data: second.data, errors: second.errors }).toEqual({ data: first.data, errors: first.errors });
    expect(stack.sandbox.log.length).toBeGreaterThan(0);
    for (const entry of stack.sandbox.log) {
      expect(entry.ifNoneMatch ?? entry.ifModifiedSince).toBeTruthy();
      expect(entry.status).toBe(304);
    }
  });

  it('pages a 100+ item list with first/after: every to-do exactly once, in order', async () => {
    const lists = await stack.graphql(`{ projects(first: 10) { nodes { todoset { todolists(first: 50) { nodes { basecampId todos(first: 0) { totalCount } } } } } } }`);
    const big = lists.data.projects.nodes
      .flatMap((p: any) => p.todoset?.todolists.nodes ?? [])
      .find((l: any) => l.todos.totalCount > 100);
    expect(big, 'the sandbox seeds a list with over 100 to-dos').toBeDefined();
    const expected = (await restList(`/todolists/${big.basecampId}/todos.json`)).items.map((t) => t.id);

    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page: any = await stack.graphql(
        `query($id: ID!, $after: String) { todolist(id: $id) { todos(first: 35, after: $after) { pageInfo { hasNextPage endCursor } nodes { basecampId } } } }`,
        { variables: { id: big.basecampId, after } },
      );
      expect(page.errors).toBeUndefined();
      seen.push(...page.data.todolist.todos.nodes.map((t: any) => t.basecampId));
      if (!page.data.todolist.todos.pageInfo.hasNextPage) break;
      after = page.data.todolist.todos.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('resolves node, nodes and typed lookups from a global id or a plain Basecamp id, one call per object', async () => {
    const list = await stack.graphql(`{ projects(first: 1) { nodes { id basecampId todoset { todolists(first: 1) { nodes { todos(first: 2) { nodes { id basecampId title } } } } } } } }`);
    const project = list.data.projects.nodes[0];
    const [todo, other] = project.todoset.todolists.nodes[0].todos.nodes;
    stack.resetLog();
    const result = await stack.graphql(
      `query($g: ID!, $plain: ID!, $ids: [ID!]!) {
        node(id: $g) { id ... on Todo { title } }
        todo(id: $plain) { id title parent { ... on Todolist { name } } }
        again: todo(id: $g) { title }
        nodes(ids: $ids) { id __typename }
      }`,
      { variables: { g: todo.id, plain: todo.basecampId, ids: [other.id, project.id] } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.node).toEqual({ id: todo.id, title: todo.title });
    expect(result.data.todo.id).toBe(todo.id);
    expect(result.data.again.title).toBe(todo.title);
    expect(result.data.nodes).toEqual([
      { id: other.id, __typename: 'Todo' },
      { id: project.id, __typename: 'Project' },
    ]);
    // One GET per distinct object: the to-do (asked three ways), its list, the other to-do, the project.
    const paths = stack.upstreamPaths();
    expect(paths).toHaveLength(4);
    expect(paths).toEqual(
      expect.arrayContaining([`/todos/${todo.basecampId}.json`, `/todos/${other.basecampId}.json`, `/projects/${project.basecampId}.json`, expect.stringMatching(/^\/todolists\/\d+\.json$/)]),
    );
  });

  it('keeps ids beyond 2^53 exact', async () => {
    const result = await stack.graphql(`{ projects(first: 50) { nodes { id basecampId } } }`);
    const ids: string[] = result.data.projects.nodes.map((p: any) => p.basecampId);
    const huge = ids.find((id) => BigInt(id) > BigInt(Number.MAX_SAFE_INTEGER));
    expect(huge, 'the sandbox seeds a project with an id beyond 2^53').toBeDefined();
    const again = await stack.graphql(`query($id: ID!) { project(id: $id) { basecampId } }`, { variables: { id: huge } });
    expect(again.data.project.basecampId).toBe(huge);
  });

  it('answers a missing object with null and NOT_FOUND at its path while its siblings resolve', async () => {
    const result = await stack.graphql(`{ missing: todo(id: "1") { title } me { name } }`);
    expect(result.data).toEqual({ missing: null, me: { name: expect.any(String) } });
    expect(result.errors).toEqual([expect.objectContaining({ path: ['missing'], extensions: expect.objectContaining({ code: 'NOT_FOUND', requestId: expect.any(String) }) })]);
  });

  it('maps a bad token to UNAUTHENTICATED and a malformed Authorization header before any upstream call', async () => {
    const bad = await stack.graphql(`{ me { name } }`, { token: 'not-a-real-token' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    stack.resetLog();
    const malformed = await stack.graphql(`{ me { name } }`, { headers: { authorization: 'Basic abc' } });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('reports an inactive account as ACCOUNT_INACTIVE', async () => {
    stack.sandbox.setAccountActive(false);
    try {
      const result = await stack.graphql(`{ me { name } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('ACCOUNT_INACTIVE');
    } finally {
      stack.sandbox.setAccountActive(true);
    }
  });

  it('refuses a fan-out that is too expensive before any upstream call', async () => {
    const result = await stack.graphql(
      `{ projects(first: 100) { nodes { todoset { todolists(first: 100) { nodes { todos(first: 100) { nodes { title } } } } } } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_EXPENSIVE');
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('rejects a malformed account header with BAD_USER_INPUT', async () => {
    const result = await stack.graphql(`{ me { name } }`, { headers: { 'x-basecamp-account-id': 'abc' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.upstreamPaths()).toEqual([]);
  });
});

describe('embedded links', () => {
  it('answers bucket { name } and parent { title } from the embedded stubs, with no extra call', async () => {
    const todoId = SEED.todos.pending;
    const rest = await restGet(stack, `/todos/${todoId}.json`);
    stack.resetLog();
    const result = await stack.graphql(`query($id: ID!) { todo(id: $id) { bucket { id basecampId name } parent { title url } } }`, {
      variables: { id: todoId },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.todo.bucket).toMatchObject({ basecampId: rest.bucket.id, name: rest.bucket.name });
    expect(result.data.todo.parent).toEqual({ title: rest.parent.title, url: rest.parent.url });
    expect(stack.upstreamPaths()).toEqual([`/todos/${todoId}.json`]);
  });

  it('loads the full object when more than the stub is asked for, and never lets a stub stand in for it later', async () => {
    const todoId = SEED.todos.pending;
    const rest = await restGet(stack, `/todos/${todoId}.json`);
    stack.resetLog();
    const result = await stack.graphql(
      `query($id: ID!, $project: ID!) { todo(id: $id) { bucket { name } parent { ... on Todolist { name todosUrl } } } project(id: $project) { name status createdAt } }`,
      { variables: { id: todoId, project: rest.bucket.id } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.project).toMatchObject({ name: rest.bucket.name, status: 'ACTIVE', createdAt: expect.any(String) });
    expect(result.data.todo.parent.todosUrl).toEqual(expect.stringContaining('/todos.json'));
    expect(stack.upstreamPaths().sort()).toEqual([`/projects/${rest.bucket.id}.json`, `/todolists/${rest.parent.id}.json`, `/todos/${todoId}.json`].sort());
  });

  it('keeps a stub out of every family\'s loader: a comment\'s parent message stays whole elsewhere in the query', async () => {
    const commentId = SEED.messages.comments.onMessage;
    const rest = await restGet(stack, `/comments/${commentId}.json`);
    // Fields run in document order: the stub answers `first` before `second` asks for more.
    const result = await stack.graphql(
      `query($id: ID!) { first: comment(id: $id) { parent { title } } second: comment(id: $id) { parent { ... on Message { subject content } } } }`,
      { variables: { id: commentId } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.first.parent.title).toBe(rest.parent.title);
    expect(result.data.second.parent).toEqual({ subject: rest.parent.title, content: expect.any(String) });
  });

  it('never lets a bucket stub answer for the full project later in the same query', async () => {
    const todoId = SEED.todos.pending;
    const result = await stack.graphql(`query($id: ID!) { first: todo(id: $id) { bucket { name } } second: todo(id: $id) { bucket { name status createdAt } } }`, {
      variables: { id: todoId },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.second.bucket).toEqual({ name: result.data.first.bucket.name, status: 'ACTIVE', createdAt: expect.any(String) });
  });
});
