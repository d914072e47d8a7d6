import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

const TODO_FIELDS = 'id basecampId content description dueOn startsOn completed assignees { basecampId } status';

describe('to-do mutations', () => {
  it('runs create → read → update → read → complete → trash → read against the sandbox', async () => {
    const created = await stack.graphql(
      `mutation($input: CreateTodoInput!) { createTodo(input: $input) { todo { ${TODO_FIELDS} } } }`,
      {
        variables: {
          input: {
            todolistId: SEED.todolists.withGroups,
            content: 'Order the new shelf labels',
            description: '<div>Matte, not glossy.</div>',
            assigneeIds: [SEED.people.warehouse],
            dueOn: '2026-12-15',
          },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const todo = created.data.createTodo.todo;
    expect(todo).toMatchObject({ content: 'Order the new shelf labels', dueOn: '2026-12-15', completed: false, assignees: [{ basecampId: SEED.people.warehouse }] });
    expect(stack.upstreamPaths()).toEqual([`/todolists/${SEED.todolists.withGroups}/todos.json`]);

    const read = await stack.graphql(`query($id: ID!) { node(id: $id) { ... on Todo { ${TODO_FIELDS} } } }`, { variables: { id: todo.id } });
    expect(read.data.node).toEqual(todo);

    // Only the content changes; the assignee, description and due date survive the PUT.
    const updated = await stack.graphql(`mutation($id: ID!) { updateTodo(input: { id: $id, content: "Order matte shelf labels" }) { todo { ${TODO_FIELDS} } } }`, {
      variables: { id: todo.id },
    });
    expect(updated.data.updateTodo.todo).toEqual({ ...todo, content: 'Order matte shelf labels' });

    const cleared = await stack.graphql(`mutation($id: ID!) { updateTodo(input: { id: $id, dueOn: null, assigneeIds: null }) { todo { dueOn assignees { basecampId } } } }`, {
      variables: { id: todo.id },
    });
    expect(cleared.data.updateTodo.todo).toEqual({ dueOn: null, assignees: [] });

    const completed = await stack.graphql(`mutation($id: ID!) { completeTodo(input: { id: $id }) { todo { completed } } }`, { variables: { id: todo.id } });
    expect(completed.data.completeTodo.todo.completed).toBe(true);
    const reopened = await stack.graphql(`mutation($id: ID!) { uncompleteTodo(input: { id: $id }) { todo { completed } } }`, { variables: { id: todo.id } });
    expect(reopened.data.uncompleteTodo.todo.completed).toBe(false);

    const trashed = await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { deletedId basecampId } }`, { variables: { id: todo.id } });
    expect(trashed.data.trashRecording).toEqual({ deletedId: todo.id, basecampId: todo.basecampId });

    const gone = await stack.graphql(`query($id: ID!) { todo(id: $id) { content } }`, { variables: { id: todo.id } });
    expect(gone.data.todo).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const restored = await stack.graphql(`mutation($id: ID!) { unarchiveRecording(input: { id: $id }) { recording { __typename ... on Todo { content status } } } }`, {
      variables: { id: todo.id },
    });
    expect(restored.data.unarchiveRecording.recording).toEqual({ __typename: 'Todo', content: 'Order matte shelf labels', status: 'ACTIVE' });
  });

  it('shows a write in the next read of a list the same token had cached', async () => {
    const list = `query($id: ID!) { todolist(id: $id) { todos(first: 100) { totalCount nodes { content } } } }`;
    const before = await stack.graphql(list, { variables: { id: SEED.todolists.copy } });
    await stack.graphql(`mutation($id: ID!) { createTodo(input: { todolistId: $id, content: "Proofread the index" }) { todo { id } } }`, {
      variables: { id: SEED.todolists.copy },
    });
    const after = await stack.graphql(list, { variables: { id: SEED.todolists.copy } });
    expect(after.data.todolist.todos.totalCount).toBe(before.data.todolist.todos.totalCount + 1);
    expect(after.data.todolist.todos.nodes.map((t: any) => t.content)).toContain('Proofread the index');
  });

  it('rejects input Basecamp would refuse before any upstream call, naming the field', async () => {
    const blank = await stack.graphql(`mutation($id: ID!) { createTodo(input: { todolistId: $id, content: "  " }) { todo { id } } }`, {
      variables: { id: SEED.todolists.copy },
    });
    expect(blank.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'content' } });
    const backwards = await stack.graphql(
      `mutation($id: ID!) { createTodo(input: { todolistId: $id, content: "x", startsOn: "2026-05-02", dueOn: "2026-05-01" }) { todo { id } } }`,
      { variables: { id: SEED.todolists.copy } },
    );
    expect(backwards.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'startsOn' } });
    const badDate = await stack.graphql(`mutation($id: ID!) { createTodo(input: { todolistId: $id, content: "x", dueOn: "2026-02-30" }) { todo { id } } }`, {
      variables: { id: SEED.todolists.copy },
    });
    expect(badDate.errors?.[0]?.message).toMatch(/calendar date/);
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('passes Basecamp\'s own 422 message through as BAD_USER_INPUT with the upstream request id', async () => {
    // Only Basecamp knows who is in the account: an unknown assignee is its 422, not ours.
    const result = await stack.graphql(`mutation($id: ID!) { createTodo(input: { todolistId: $id, content: "x", assigneeIds: ["1"] }) { todo { id } } }`, {
      variables: { id: SEED.todolists.copy },
    });
    expect(result.data.createTodo).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining('not in this account'),
      extensions: { code: 'BAD_USER_INPUT', status: 422, requestId: expect.any(String) },
    });
    expect(stack.upstreamPaths()).toEqual([`/todolists/${SEED.todolists.copy}/todos.json`]);
  });

  it('creates a project, renames it without touching its description, and trashes it', async () => {
    const created = await stack.graphql(`mutation { createProject(input: { name: "Holiday windows", description: "Street-facing displays." }) { project { id name description todoset { name } } } }`);
    expect(created.errors).toBeUndefined();
    const project = created.data.createProject.project;
    expect(project).toMatchObject({ name: 'Holiday windows', description: 'Street-facing displays.', todoset: { name: expect.any(String) } });
    const renamed = await stack.graphql(`mutation($id: ID!) { updateProject(input: { id: $id, name: "Holiday windows 2026" }) { project { name description } } }`, {
      variables: { id: project.id },
    });
    expect(renamed.data.updateProject.project).toEqual({ name: 'Holiday windows 2026', description: 'Street-facing displays.' });
    const trashed = await stack.graphql(`mutation($id: ID!) { trashProject(input: { id: $id }) { deletedId } }`, { variables: { id: project.id } });
    expect(trashed.data.trashProject.deletedId).toBe(project.id);
    const listed = await stack.graphql(`{ projects(status: TRASHED, first: 50) { nodes { id } } }`);
    expect(listed.data.projects.nodes.map((p: any) => p.id)).toContain(project.id);
  });

  it('patches one of a project\'s dates, sending the other as it is, and refuses to clear them instead of ignoring the null', async () => {
    const created = await stack.graphql(`mutation { createProject(input: { name: "Dated" }) { project { id } } }`);
    const id = created.data.createProject.project.id;
    const update = (fields: string) => stack.graphql(`mutation($id: ID!) { updateProject(input: { id: $id, ${fields} }) { project { startDate endDate } } }`, { variables: { id } });
    const lonely = await update('endDate: "2027-02-28"');
    expect(lonely.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'startDate' } });
    expect((await update('startDate: "2027-01-01", endDate: "2027-01-31"')).data.updateProject.project).toEqual({ startDate: '2027-01-01', endDate: '2027-01-31' });
    // The sandbox, like Basecamp, takes both dates or neither: the answer shows both were sent.
    expect((await update('endDate: "2027-02-28"')).data.updateProject.project).toEqual({ startDate: '2027-01-01', endDate: '2027-02-28' });
    const backwards = await update('startDate: "2027-03-01"');
    expect(backwards.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'startDate' } });
    stack.resetLog();
    const cleared = await update('startDate: null, endDate: null');
    expect(cleared.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'startDate' } });
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('creates a list and a group, renames the list, and adds a to-do to the group', async () => {
    const list = await stack.graphql(`mutation($set: ID!) { createTodolist(input: { todosetId: $set, name: "Launch day" }) { todolist { id basecampId name } } }`, {
      variables: { set: SEED.todosets.hq },
    });
    const listId = list.data.createTodolist.todolist.id;
    const group = await stack.graphql(`mutation($id: ID!) { createTodolistGroup(input: { todolistId: $id, name: "Morning" }) { todolistGroup { id name } } }`, {
      variables: { id: listId },
    });
    expect(group.errors).toBeUndefined();
    const renamed = await stack.graphql(`mutation($id: ID!) { updateTodolist(input: { id: $id, name: "Launch day plan" }) { todolist { name } } }`, { variables: { id: listId } });
    expect(renamed.data.updateTodolist.todolist.name).toBe('Launch day plan');
    const todo = await stack.graphql(`mutation($id: ID!) { createTodo(input: { todolistId: $id, content: "Unlock the doors" }) { todo { parent { __typename ... on TodolistGroup { name } } } } }`, {
      variables: { id: group.data.createTodolistGroup.todolistGroup.id },
    });
    expect(todo.data.createTodo.todo.parent).toEqual({ __typename: 'TodolistGroup', name: 'Morning' });

    // A group renamed comes back under the id it was created with, so a client cache updates it.
    const groupId = group.data.createTodolistGroup.todolistGroup.id;
    const regrouped = await stack.graphql(`mutation($id: ID!) { updateTodolistGroup(input: { id: $id, name: "Early morning" }) { todolistGroup { __typename id name } todolist { id } } }`, { variables: { id: groupId } });
    expect(regrouped.errors).toBeUndefined();
    expect(regrouped.data.updateTodolistGroup).toEqual({ todolistGroup: { __typename: 'TodolistGroup', id: groupId, name: 'Early morning' }, todolist: { id: listId } });
    stack.resetLog();
    // A list's plain Basecamp id passes the id check; reading it shows it is no group, before any write.
    const notAGroup = await stack.graphql(`mutation($id: ID!) { updateTodolistGroup(input: { id: $id, name: "x" }) { todolistGroup { id } } }`, { variables: { id: list.data.createTodolist.todolist.basecampId } });
    expect(notAGroup.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    expect(stack.sandbox.log.filter((entry) => entry.method === 'PUT')).toEqual([]);
  });

  it('keeps a new list from the project\'s clients when told, and shares it as its to-do set is by default', async () => {
    const create = (name: string, visibleToClients?: boolean) =>
      stack.graphql(`mutation($input: CreateTodolistInput!) { createTodolist(input: $input) { todolist { id visibleToClients } } }`, {
        variables: { input: { todosetId: SEED.todosets.bakery, name, ...(visibleToClients === undefined ? {} : { visibleToClients }) } },
      });
    const hidden = await create('Oven maintenance log', false);
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data.createTodolist.todolist.visibleToClients).toBe(false);
    expect(stack.upstreamPaths()).toEqual([`/todosets/${SEED.todosets.bakery}/todolists.json`]);
    const shared = await create('Tasting menu sign-off');
    expect(shared.data.createTodolist.todolist.visibleToClients).toBe(true);

    const asClient = (id: string) => stack.graphql(`query($id: ID!) { todolist(id: $id) { name } }`, { variables: { id }, token: stack.sandbox.tokens.client });
    expect((await asClient(hidden.data.createTodolist.todolist.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await asClient(shared.data.createTodolist.todolist.id)).data.todolist).toEqual({ name: 'Tasting menu sign-off' });
  });
});

describe('status changes through composite global ids', () => {
  it('archives and restores an inbox reply by the global id that carries its forward', async () => {
    const chat = SEED.chat;
    const reply = await stack.graphql(`query($id: ID!, $in: ID!) { inboxReply(id: $id, forwardId: $in) { id basecampId status } }`, {
      variables: { id: chat.inboxReplies.first, in: chat.forwards.withReplies },
    });
    const { id, basecampId } = reply.data.inboxReply;
    stack.resetLog();
    const archived = await stack.graphql(`mutation($id: ID!) { archiveRecording(input: { id: $id }) { basecampId recording { __typename status } } }`, { variables: { id } });
    expect(archived.errors).toBeUndefined();
    expect(archived.data.archiveRecording).toEqual({ basecampId, recording: { __typename: 'InboxReply', status: 'ARCHIVED' } });
    expect(stack.upstreamPaths()[0]).toBe(`/recordings/${basecampId}/status/archived.json`);
    const restored = await stack.graphql(`mutation($id: ID!) { unarchiveRecording(input: { id: $id }) { recording { status } } }`, { variables: { id } });
    expect(restored.data.unarchiveRecording.recording.status).toBe('ACTIVE');
  });
});
