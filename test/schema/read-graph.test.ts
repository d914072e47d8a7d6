import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { expectMatchesRest, leafSelection, restGet } from '../helpers/rest.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

/** Each type of the slice, read through the graph, equals the sandbox's REST JSON field for field. */
describe('every field of the skeleton types matches REST', () => {
  const cases: [typeName: string, root: string, id: () => string, path: (id: string) => string][] = [
    ['Project', 'project', () => SEED.projects.catalog, (id) => `/projects/${id}.json`],
    ['Person', 'person', () => SEED.people.photographer, (id) => `/people/${id}.json`],
    ['Todoset', 'todoset', () => SEED.todosets.catalog, (id) => `/todosets/${id}.json`],
    ['Todolist', 'todolist', () => SEED.todolists.withGroups, (id) => `/todolists/${id}.json`],
    ['TodolistGroup', 'todolistGroup', () => SEED.groups.first, (id) => `/todolists/${id}.json`],
    ['Todo', 'todo', () => SEED.todos.completed, (id) => `/todos/${id}.json`],
  ];
  for (const [typeName, root, id, path] of cases) {
    it(`${typeName}`, async () => {
      const result = await stack.graphql(`query($id: ID!) { item: ${root}(id: $id) ${leafSelection(typeName)} }`, { variables: { id: id() } });
      expect(result.errors).toBeUndefined();
      const rest = await restGet(stack, path(id()));
      // `todosCount` is the graph's own: the total of `completed_ratio`, which mutation payloads carry.
      if (typeName === 'Todolist' || typeName === 'TodolistGroup') rest.todos_count = Number(rest.completed_ratio.split('/')[1]);
      // The docs spell it `app_todoslists_url`; the graph's field is the spec's spelling.
      if (typeName === 'Todoset') rest.app_todolists_url = rest.app_todoslists_url;
      expectMatchesRest(result.data.item, rest);
    });
  }

  it('the to-do family answers `descriptionAttachments` from the `description_attachments` Basecamp sends beside each rich text', async () => {
    const result = await stack.graphql(
      `query($todo: ID!, $list: ID!, $group: ID!) {
        todo(id: $todo) { descriptionAttachments { sgid filename } }
        todolist(id: $list) { descriptionAttachments { sgid filename } }
        todolistGroup(id: $group) { descriptionAttachments { sgid filename } }
      }`,
      { variables: { todo: SEED.todos.completed, list: SEED.todolists.withGroups, group: SEED.groups.first } },
    );
    expect(result.errors).toBeUndefined();
    const rest = await Promise.all([`/todos/${SEED.todos.completed}.json`, `/todolists/${SEED.todolists.withGroups}.json`, `/todolists/${SEED.groups.first}.json`].map((path) => restGet(stack, path)));
    const fromRest = rest.map((body) => (body.description_attachments as { sgid: string; filename: string }[]).map(({ sgid, filename }) => ({ sgid, filename })));
    expect(fromRest.every(Array.isArray)).toBe(true);
    expect([result.data.todo, result.data.todolist, result.data.todolistGroup].map((item) => item.descriptionAttachments)).toEqual(fromRest);
  });

  it('Todoset.appTodolistsUrl reads the key as Basecamp\'s docs spell it (`app_todoslists_url`) as well as the spec\'s', async () => {
    const rest = await restGet(stack, `/todosets/${SEED.todosets.catalog}.json`);
    expect(rest.app_todoslists_url).toMatch(/\/todolists$/);
    const result = await stack.graphql('query($id: ID!) { todoset(id: $id) { appTodolistsUrl } }', { variables: { id: SEED.todosets.catalog } });
    expect(result.data.todoset.appTodolistsUrl).toBe(rest.app_todoslists_url);
  });
});

describe('to-do lists and their groups, which Basecamp reads with one GET', () => {
  it('each lookup takes its own kind and refuses the other, naming the field to use', async () => {
    const result = await stack.graphql(`query($list: ID!, $group: ID!) {
      list: todolist(id: $list) { __typename basecampId } group: todolistGroup(id: $group) { __typename basecampId }
      groupAsList: todolist(id: $group) { basecampId } listAsGroup: todolistGroup(id: $list) { basecampId }
    }`, { variables: { list: SEED.todolists.withGroups, group: SEED.groups.first } });
    expect(result.data).toEqual({
      list: { __typename: 'Todolist', basecampId: SEED.todolists.withGroups },
      group: { __typename: 'TodolistGroup', basecampId: SEED.groups.first },
      groupAsList: null,
      listAsGroup: null,
    });
    const byPath = Object.fromEntries((result.errors ?? []).map((error: any) => [error.path[0], error]));
    expect(byPath.groupAsList).toMatchObject({ message: expect.stringContaining('todolistGroup(id:)'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(byPath.listAsGroup).toMatchObject({ message: expect.stringContaining('todolist(id:)'), extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('the dock', () => {
  it('lists enabled tools in dock order, disabled ones last', async () => {
    const result = await stack.graphql(`query($id: ID!) { project(id: $id) { dock { name enabled position } } }`, { variables: { id: SEED.projects.warehouse } });
    const dock = result.data.project.dock as { enabled: boolean; position: number | null }[];
    const positions = dock.filter((tool) => tool.enabled).map((tool) => tool.position);
    expect(positions).toEqual([...positions].sort((a, b) => a! - b!));
    expect(dock.findIndex((tool) => !tool.enabled)).toBeGreaterThan(positions.length - 1);
    expect(dock.some((tool) => !tool.enabled)).toBe(true);
  });
});
