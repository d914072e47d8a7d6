import { getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/gateway.ts';
import { encodeGlobalId } from '../../src/resolvers/global-id.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { schema } from '../../src/schema/index.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

const SECRET = 'a deployment secret of at least 32 characters';

const TODOS = `query($id: ID!, $after: String, $completed: Boolean) {
  node(id: $id) { ... on Todolist { todos(first: 20, after: $after, completed: $completed) { edges { cursor node { basecampId } } pageInfo { hasNextPage endCursor } } } }
}`;
const PROJECTS = 'query($after: String, $status: RecordingStatus) { projects(first: 1, after: $after, status: $status) { nodes { basecampId } pageInfo { endCursor } } }';

/** POSTs one operation to a gateway of our own over the stack's client. */
async function run(gateway: ReturnType<typeof createGateway>, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await gateway.fetch('http://gateway.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return response.json();
}

describe('connections page forward only', () => {
  it('offer first/after and never before/last, on every connection field', () => {
    let connections = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!getNamedType(field.type).name.endsWith('Connection')) continue;
        connections++;
        const args = field.args.map((arg) => arg.name);
        expect(args, `${type.name}.${field.name}`).toEqual(expect.arrayContaining(['first', 'after']));
        expect(args, `${type.name}.${field.name}`).not.toEqual(expect.arrayContaining(['before']));
        expect(args, `${type.name}.${field.name}`).not.toEqual(expect.arrayContaining(['last']));
      }
    }
    expect(connections).toBeGreaterThan(40);
    // What the contract lists stays, for Relay clients.
    expect(Object.keys((schema.getType('PageInfo') as any).getFields())).toEqual(expect.arrayContaining(['hasNextPage', 'endCursor', 'hasPreviousPage', 'startCursor']));
  });
});

describe('cursors', () => {
  const list = () => encodeGlobalId('Todolist', stack.sandbox.accountId, SEED.todolists.large);

  it('walk a whole list following Basecamp\'s Link pages, and say nothing of the upstream', async () => {
    const seen: string[] = [];
    const cursors: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const result: any = await stack.graphql(TODOS, { variables: { id: list(), after } });
      expect(result.errors).toBeUndefined();
      const todos = result.data.node.todos;
      seen.push(...todos.edges.map((edge: any) => edge.node.basecampId));
      cursors.push(...todos.edges.map((edge: any) => edge.cursor));
      if (!todos.pageInfo.hasNextPage) break;
      after = todos.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(128); // the pending ones
    expect(new Set(seen).size).toBe(128);
    // Every page read is one Basecamp linked to (geared: 15, 30, 50, 33), never one built by hand.
    const pages = new Set(stack.upstreamPaths().filter((path) => path.includes('/todos.json')));
    expect([...pages].sort()).toEqual([
      `/todolists/${SEED.todolists.large}/todos.json`,
      `/todolists/${SEED.todolists.large}/todos.json?page=2`,
      `/todolists/${SEED.todolists.large}/todos.json?page=3`,
      `/todolists/${SEED.todolists.large}/todos.json?page=4`,
    ]);
    const port = new URL(stack.apiRoot).port;
    for (const cursor of cursors) {
      const bytes = Buffer.from(cursor, 'base64url').toString('latin1');
      for (const secret of [port, stack.sandbox.accountId, SEED.todolists.large, 'todos', 'page', '127.0.0.1']) expect(bytes).not.toContain(secret);
    }
  });

  it('bind the list\'s filters: a cursor of the pending to-dos is refused for the completed ones, before any call for them', async () => {
    const first: any = await stack.graphql(TODOS, { variables: { id: list() } });
    stack.resetLog();
    const result: any = await stack.graphql(TODOS, { variables: { id: list(), after: first.data.node.todos.pageInfo.endCursor, completed: true } });
    expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('not a cursor of this list'), extensions: { code: 'BAD_USER_INPUT' } })]);
    expect(stack.upstreamPaths().filter((path) => path.includes('/todos.json'))).toEqual([]);
  });

  it('are refused with zero upstream calls when tampered with, taken from another list, or forged in the old base64-URL shape', async () => {
    const projects: any = await stack.graphql(PROJECTS);
    const cursor: string = projects.data.projects.pageInfo.endCursor;
    const raw = Buffer.from(cursor, 'base64url');
    raw[raw.length >> 1]! ^= 0x01;
    const old = (url: string) => Buffer.from(JSON.stringify([url, 0])).toString('base64url');
    const refused: [string, string][] = [
      [PROJECTS, raw.toString('base64url')],
      [PROJECTS, old(`${stack.apiRoot}/projects.json?page=2`)],
      [PROJECTS, old(`${stack.apiRoot}/projects.json?status=archived&page=2&x=1`)],
      ['query($after: String) { people(first: 1, after: $after) { nodes { name } } }', cursor],
    ];
    // The same list with another filter refuses it too.
    const archived = 'query($after: String) { projects(first: 1, after: $after, status: ARCHIVED) { nodes { name } } }';
    refused.push([archived, cursor]);
    for (const [query, after] of refused) {
      stack.resetLog();
      const result = await stack.graphql(query, { variables: { after } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(stack.upstreamPaths()).toEqual([]);
    }
  });

  it('serve every process that shares SESSION_SECRET, and no other', async () => {
    const options = { client: stack.client, defaultAccountId: stack.sandbox.accountId, defaultToken: stack.sandbox.tokens.owner!, logLevel: 'silent' as const };
    const one = createGateway({ ...options, cursorSecret: SECRET });
    const two = createGateway({ ...options, cursorSecret: SECRET });
    const other = createGateway({ ...options, cursorSecret: `${SECRET}, but another` });
    const fromOne = await run(one, PROJECTS);
    const onTwo = await run(two, PROJECTS, { after: fromOne.data.projects.pageInfo.endCursor });
    expect(onTwo.errors).toBeUndefined();
    expect(onTwo.data.projects.nodes).not.toEqual(fromOne.data.projects.nodes);
    stack.resetLog();
    const onOther = await run(other, PROJECTS, { after: fromOne.data.projects.pageInfo.endCursor });
    expect(onOther.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(stack.upstreamPaths()).toEqual([]);
  });
});
