import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import {
  createTodo,
  createTodolist,
  createTodolistGroup,
  createTodosetTodo,
  isTodolistGroup,
  listTodolists,
  listTodos,
  readTodo,
  repositionTodo,
  repositionTodolist,
  repositionTodolistGroup,
  setTodoCompleted,
  todoCount,
  updateTodo,
  updateTodolist,
} from '../resolvers/todos.ts';
import { builder } from './builder.ts';
import { specInput, specInputOn, specPatch } from './inputs.ts';
import { edgeOf, loadParent, mutation, mutationsOf, type NewEdge } from './mutation.ts';
import { loadRecording } from './recording-types.ts';
import { Todo, Todolist, TodolistGroup, Todoset } from './todos.ts';

// A to-do's parent link says `Todolist` for a group too: `todolistGroup` is the group it sits in,
// if any, and `todolist` the list, itself or around the group (whose ratio counts the group's to-dos).
const listParents = {
  todolist: {
    type: Todolist,
    load: async (todo: unknown, ctx: Context) => {
      const parent = (await loadParent(todo, ctx, 'Todolist')) as Wire.Todolist | null;
      return parent && isTodolistGroup(parent) ? loadRecording(ctx, { id: parent.parent!.id, type: 'Todolist' }) : parent;
    },
  },
  todolistGroup: {
    type: TodolistGroup,
    load: async (todo: unknown, ctx: Context) => {
      const parent = (await loadParent(todo, ctx, 'Todolist')) as Wire.Todolist | null;
      return parent && isTodolistGroup(parent) ? parent : null;
    },
  },
};

// The to-do set above the list: its `completedRatio` moves when a to-do is added or (un)completed.
const todoParents = {
  ...listParents,
  todoset: {
    type: Todoset,
    load: async (todo: unknown, ctx: Context) => {
      const list = await listParents.todolist.load(todo, ctx);
      return list ? loadParent(list, ctx, 'Todoset') : null;
    },
  },
};

// New to-dos and groups go to the bottom of their list, new lists to the top of the set.
const todoEdge = { type: 'TodoEdge', uses: 'ListTodos', addsAt: 'bottom', list: (ctx, id, args) => listTodos(ctx, { id }, args) } satisfies NewEdge;
const todolistEdge = { type: 'TodolistEdge', uses: 'ListTodolists', addsAt: 'top', list: (ctx, id, args) => listTodolists(ctx, { id }, args) } satisfies NewEdge;
const groupEdge = edgeOf('ListTodolistGroups', 'TodolistGroupEdge', 'bottom', (todolistId) => ({ todolistId }));

const todoMutation = mutationsOf({ payload: { todo: Todo } });

todoMutation('createTodo', {
  description: 'Adds a to-do to a list or group.',
  uses: ['CreateTodo'],
  inputDescription: 'A new to-do.',
  input: (t) =>
    specInput(t, 'CreateTodo', {
      todolistId: 'The to-do list or group to add it to.',
      content: 'What needs doing.',
      description: 'Notes, as rich text (HTML).',
      assigneeIds: 'People to assign.',
      completionSubscriberIds: 'People notified on completion.',
      notify: 'Notify the assignees that they were assigned.',
      startsOn: 'The to-do runs from this date to `dueOn`.',
    }),
  resolve: (input, ctx) => createTodo(ctx, input),
  parent: todoParents,
  edge: todoEdge,
});

todoMutation('updateTodo', {
  description: 'Edits a to-do, changing only the fields given.',
  uses: ['GetTodo', 'ReplaceTodo'],
  inputDescription: 'Changes to a to-do: fields left out keep their value, an explicit null clears it.',
  input: (t) =>
    specPatch(t, 'ReplaceTodo', {
      content: 'What needs doing; cannot be cleared.',
      assigneeIds: 'The new assignees, replacing the current ones.',
      notify: 'Notify newly assigned people.',
    }),
  resolve: (input, ctx) => updateTodo(ctx, input),
  parent: todoParents,
});

for (const [name, completed, operation] of [
  ['completeTodo', true, 'CompleteTodo'],
  ['uncompleteTodo', false, 'UncompleteTodo'],
] as const) {
  todoMutation(name, {
    description: completed ? 'Marks a to-do as done.' : 'Marks a done to-do as pending again.',
    uses: [operation, 'GetTodo'],
    input: (t) => ({ id: t.id({ required: true }) }),
    resolve: (input, ctx) => setTodoCompleted(ctx, input.id, completed),
    parent: todoParents,
  });
}

todoMutation('repositionTodo', {
  description: 'Moves a to-do within its list, or into another one.',
  uses: ['RepositionTodo', 'GetTodo'],
  input: (t) => ({
    ...specInputOn(t, 'RepositionTodo', { position: 'The new position, counting from 1.', parentId: false }),
    todolistId: t.id({ description: 'Move it into this list or group as well.' }),
  }),
  resolve: (input, ctx) => repositionTodo(ctx, input),
  parent: todoParents,
  // Moved to another list, it leaves the old one's counts and to-dos stale in a client cache.
  left: { before: (input, ctx) => readTodo(ctx, input.id), parent: { fromTodolist: listParents.todolist, fromTodolistGroup: listParents.todolistGroup } },
});

mutation('createTodolist', {
  description: 'Adds a to-do list to a project\'s to-do set.',
  uses: ['CreateTodolist'],
  input: (t) =>
    specInput(t, 'CreateTodolist', {
      description: 'Rich text (HTML).',
      visibleToClients: 'Share it with the project\'s clients, or keep it from them with false.',
    }),
  resolve: (input, ctx) => createTodolist(ctx, input),
  payload: { todolist: Todolist },
  parent: { todoset: Todoset },
  edge: todolistEdge,
});

mutation('updateTodolist', {
  description: 'Renames or re-describes a to-do list, or a group answered as a list (`updateTodolistGroup` answers a group under its own type and id, for client caches).',
  uses: ['GetTodolistOrGroup', 'UpdateTodolistOrGroup'],
  inputDescription: 'Changes to a to-do list or group: fields left out keep their value.',
  input: (t) => specPatch(t, 'UpdateTodolistOrGroup'),
  resolve: (input, ctx) => updateTodolist(ctx, input),
  payload: { todolist: Todolist },
});

mutation('createTodolistGroup', {
  description: 'Adds a group to a to-do list.',
  uses: ['CreateTodolistGroup'],
  input: (t) => ({
    ...specInput(t, 'CreateTodolistGroup'),
    color: t.string({ description: 'A colour name Basecamp knows, e.g. `green`.' }),
  }),
  resolve: (input, ctx) => createTodolistGroup(ctx, input),
  payload: { todolistGroup: TodolistGroup },
  parent: { todolist: Todolist },
  edge: groupEdge,
});

mutation('updateTodolistGroup', {
  description: 'Renames or re-describes a to-do list group.',
  uses: ['GetTodolistOrGroup', 'UpdateTodolistOrGroup'],
  inputDescription: 'Changes to a to-do list group: fields left out keep their value.',
  input: (t) => specPatch(t, 'UpdateTodolistOrGroup'),
  resolve: (input, ctx) => updateTodolist(ctx, input, true),
  payload: { todolistGroup: TodolistGroup },
  parent: { todolist: Todolist },
});

mutation('repositionTodolistGroup', {
  description: 'Moves a group within its to-do list.',
  uses: ['RepositionTodolistGroup', 'GetTodolistOrGroup'],
  input: (t) => specInputOn(t, 'RepositionTodolistGroup', { position: 'The new position, counting from 1.' }),
  resolve: (input, ctx) => repositionTodolistGroup(ctx, input),
  payload: { todolistGroup: TodolistGroup },
  parent: { todolist: Todolist },
});

mutation('createTodosetTodo', {
  description: 'Adds a to-do straight to a to-do set, outside any list.',
  uses: ['CreateTodosetTodo', 'GetTodoset'],
  input: (t) => ({
    ...specInput(t, 'CreateTodosetTodo', {
      projectId: false,
      content: 'What needs doing.',
      description: 'Notes, as rich text (HTML).',
      notify: 'Notify the assignees that they were assigned.',
    }),
    projectId: t.id({ description: 'The to-do set\'s project; read from the to-do set when left out.' }),
  }),
  resolve: (input, ctx) => createTodosetTodo(ctx, input),
  payload: { todo: Todo },
  parent: { todoset: Todoset },
});

mutation('repositionTodolist', {
  description: 'Moves a to-do list within its to-do set.',
  uses: ['RepositionTodolist', 'GetTodolistOrGroup'],
  input: (t) => specInputOn(t, 'RepositionTodolist', { position: 'The new position among the set\'s lists, counting from 1.' }),
  resolve: (input, ctx) => repositionTodolist(ctx, input),
  payload: { todolist: Todolist },
  parent: { todoset: Todoset },
});

// The size a payload's `todolist` tells a cache after a write, beside `completedRatio`. Kept here,
// with the writes that move it, so the type's own fields stay as the spec gives them.
for (const ref of [Todolist, TodolistGroup]) {
  builder.objectField(ref, 'todosCount', (t) =>
    t.int({
      nullable: true,
      description: 'How many to-dos it holds, done or not, its groups\' included: the total of `completedRatio`.',
      resolve: (list) => {
        const done = todoCount(list.completed_ratio, true);
        const pending = todoCount(list.completed_ratio, false);
        return done === undefined || pending === undefined ? null : done + pending;
      },
    }),
  );
}
