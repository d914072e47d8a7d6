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
  repositionTodo,
  repositionTodolist,
  repositionTodolistGroup,
  setTodoCompleted,
  todoCount,
  updateTodo,
  updateTodolist,
} from '../resolvers/todos.ts';
import { builder } from './builder.ts';
import { edgeOf, loadParent, mutation, mutationsOf, type NewEdge } from './mutation.ts';
import { loadRecording } from './recording-types.ts';
import { Todo, Todolist, TodolistGroup, Todoset } from './todos.ts';

// A to-do's parent link says `Todolist` for a group too: `todolistGroup` is the group it sits in,
// if any, and `todolist` the list, itself or around the group (whose ratio counts the group's to-dos).
const todoParents = {
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

// New to-dos and groups go to the bottom of their list, new lists to the top of the set.
const todoEdge = { type: 'TodoEdge', uses: 'ListTodos', addsAt: 'bottom', list: (ctx, id, args) => listTodos(ctx, { id }, args) } satisfies NewEdge;
const todolistEdge = { type: 'TodolistEdge', uses: 'ListTodolists', addsAt: 'top', list: (ctx, id, args) => listTodolists(ctx, { id }, args) } satisfies NewEdge;
const groupEdge = edgeOf('ListTodolistGroups', 'TodolistGroupEdge', 'bottom', (todolistId) => ({ todolistId }));

const todoMutation = mutationsOf({ payload: { todo: Todo } });

todoMutation('createTodo', {
  description: 'Adds a to-do to a list or group.',
  uses: ['CreateTodo'],
  inputDescription: 'A new to-do.',
  input: (t) => ({
    todolistId: t.id({ required: true, description: 'The to-do list or group to add it to.' }),
    content: t.string({ required: true, description: 'What needs doing.' }),
    description: t.string({ description: 'Notes, as rich text (HTML).' }),
    assigneeIds: t.idList({ description: 'People to assign.' }),
    completionSubscriberIds: t.idList({ description: 'People notified on completion.' }),
    notify: t.boolean({ description: 'Notify the assignees that they were assigned.' }),
    dueOn: t.field({ type: 'Date' }),
    startsOn: t.field({ type: 'Date', description: 'The to-do runs from this date to `dueOn`.' }),
  }),
  resolve: (input, ctx) => createTodo(ctx, input),
  parent: todoParents,
  edge: todoEdge,
});

todoMutation('updateTodo', {
  description: 'Edits a to-do, changing only the fields given.',
  uses: ['GetTodo', 'ReplaceTodo'],
  inputDescription: 'Changes to a to-do: fields left out keep their value, an explicit null clears it.',
  input: (t) => ({
    id: t.id({ required: true }),
    content: t.string({ description: 'What needs doing; cannot be cleared.' }),
    description: t.string(),
    assigneeIds: t.idList({ description: 'The new assignees, replacing the current ones.' }),
    completionSubscriberIds: t.idList(),
    notify: t.boolean({ description: 'Notify newly assigned people.' }),
    dueOn: t.field({ type: 'Date' }),
    startsOn: t.field({ type: 'Date' }),
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
    id: t.id({ required: true }),
    position: t.int({ required: true, description: 'The new position, counting from 1.' }),
    todolistId: t.id({ description: 'Move it into this list or group as well.' }),
  }),
  resolve: (input, ctx) => repositionTodo(ctx, input),
  parent: todoParents,
});

mutation('createTodolist', {
  description: 'Adds a to-do list to a project\'s to-do set.',
  uses: ['CreateTodolist'],
  input: (t) => ({
    todosetId: t.id({ required: true }),
    name: t.string({ required: true }),
    description: t.string({ description: 'Rich text (HTML).' }),
    visibleToClients: t.boolean({ description: 'Share it with the project\'s clients, or keep it from them with false.' }),
  }),
  resolve: (input, ctx) => createTodolist(ctx, input),
  payload: { todolist: Todolist },
  parent: { todoset: Todoset },
  edge: todolistEdge,
});

mutation('updateTodolist', {
  description: 'Renames or re-describes a to-do list or group.',
  uses: ['GetTodolistOrGroup', 'UpdateTodolistOrGroup'],
  inputDescription: 'Changes to a to-do list or group: fields left out keep their value.',
  input: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    description: t.string(),
  }),
  resolve: (input, ctx) => updateTodolist(ctx, input),
  payload: { todolist: Todolist },
});

mutation('createTodolistGroup', {
  description: 'Adds a group to a to-do list.',
  uses: ['CreateTodolistGroup'],
  input: (t) => ({
    todolistId: t.id({ required: true }),
    name: t.string({ required: true }),
    color: t.string({ description: 'A colour name Basecamp knows, e.g. `green`.' }),
  }),
  resolve: (input, ctx) => createTodolistGroup(ctx, input),
  payload: { todolistGroup: TodolistGroup },
  parent: { todolist: Todolist },
  edge: groupEdge,
});

mutation('repositionTodolistGroup', {
  description: 'Moves a group within its to-do list.',
  uses: ['RepositionTodolistGroup', 'GetTodolistOrGroup'],
  input: (t) => ({
    id: t.id({ required: true }),
    position: t.int({ required: true, description: 'The new position, counting from 1.' }),
  }),
  resolve: (input, ctx) => repositionTodolistGroup(ctx, input),
  payload: { todolistGroup: TodolistGroup },
  parent: { todolist: Todolist },
});

mutation('createTodosetTodo', {
  description: 'Adds a to-do straight to a to-do set, outside any list.',
  uses: ['CreateTodosetTodo', 'GetTodoset'],
  input: (t) => ({
    todosetId: t.id({ required: true }),
    projectId: t.id({ description: 'The to-do set\'s project; read from the to-do set when left out.' }),
    content: t.string({ required: true, description: 'What needs doing.' }),
    description: t.string({ description: 'Notes, as rich text (HTML).' }),
    assigneeIds: t.idList(),
    completionSubscriberIds: t.idList(),
    notify: t.boolean({ description: 'Notify the assignees that they were assigned.' }),
    dueOn: t.field({ type: 'Date' }),
    startsOn: t.field({ type: 'Date' }),
  }),
  resolve: (input, ctx) => createTodosetTodo(ctx, input),
  payload: { todo: Todo },
  parent: { todoset: Todoset },
});

mutation('repositionTodolist', {
  description: 'Moves a to-do list within its to-do set.',
  uses: ['RepositionTodolist', 'GetTodolistOrGroup'],
  input: (t) => ({
    id: t.id({ required: true }),
    position: t.int({ required: true, description: 'The new position among the set\'s lists, counting from 1.' }),
  }),
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
