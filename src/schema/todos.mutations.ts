import {
  createTodo,
  createTodolist,
  createTodolistGroup,
  repositionTodo,
  repositionTodolistGroup,
  setTodoCompleted,
  updateTodo,
  updateTodolist,
} from '../resolvers/todos.ts';
import { builder } from './builder.ts';
import { uses } from './coverage.ts';
import { Todo, Todolist, TodolistGroup } from './todos.ts';

builder.relayMutationField(
  'createTodo',
  {
    description: 'A new to-do.',
    inputFields: (t) => ({
      todolistId: t.id({ required: true, description: 'The to-do list or group to add it to.' }),
      content: t.string({ required: true, description: 'What needs doing.' }),
      description: t.string({ description: 'Notes, as rich text (HTML).' }),
      assigneeIds: t.idList({ description: 'People to assign.' }),
      completionSubscriberIds: t.idList({ description: 'People notified on completion.' }),
      notify: t.boolean({ description: 'Notify the assignees that they were assigned.' }),
      dueOn: t.field({ type: 'Date' }),
      startsOn: t.field({ type: 'Date', description: 'The to-do runs from this date to `dueOn`.' }),
    }),
  },
  {
    description: 'Adds a to-do to a list or group.',
    extensions: uses('CreateTodo'),
    resolve: (_root, { input }, ctx) => createTodo(ctx, input),
  },
  { outputFields: (t) => ({ todo: t.field({ type: Todo, resolve: (todo) => todo }) }) },
);

builder.relayMutationField(
  'updateTodo',
  {
    description: 'Changes to a to-do: fields left out keep their value, an explicit null clears it.',
    inputFields: (t) => ({
      id: t.id({ required: true }),
      content: t.string({ description: 'What needs doing; cannot be cleared.' }),
      description: t.string(),
      assigneeIds: t.idList({ description: 'The new assignees, replacing the current ones.' }),
      completionSubscriberIds: t.idList(),
      notify: t.boolean({ description: 'Notify newly assigned people.' }),
      dueOn: t.field({ type: 'Date' }),
      startsOn: t.field({ type: 'Date' }),
    }),
  },
  {
    description: 'Edits a to-do, changing only the fields given.',
    extensions: uses('GetTodo', 'ReplaceTodo'),
    resolve: (_root, { input }, ctx) => updateTodo(ctx, input),
  },
  { outputFields: (t) => ({ todo: t.field({ type: Todo, resolve: (todo) => todo }) }) },
);

for (const [name, completed, operation] of [
  ['completeTodo', true, 'CompleteTodo'],
  ['uncompleteTodo', false, 'UncompleteTodo'],
] as const) {
  builder.relayMutationField(
    name,
    { inputFields: (t) => ({ id: t.id({ required: true }) }) },
    {
      description: completed ? 'Marks a to-do as done.' : 'Marks a done to-do as pending again.',
      extensions: uses(operation, 'GetTodo'),
      resolve: (_root, { input }, ctx) => setTodoCompleted(ctx, input.id, completed),
    },
    { outputFields: (t) => ({ todo: t.field({ type: Todo, resolve: (todo) => todo }) }) },
  );
}

builder.relayMutationField(
  'repositionTodo',
  {
    inputFields: (t) => ({
      id: t.id({ required: true }),
      position: t.int({ required: true, description: 'The new position, counting from 1.' }),
      todolistId: t.id({ description: 'Move it into this list or group as well.' }),
    }),
  },
  {
    description: 'Moves a to-do within its list, or into another one.',
    extensions: uses('RepositionTodo', 'GetTodo'),
    resolve: (_root, { input }, ctx) => repositionTodo(ctx, input),
  },
  { outputFields: (t) => ({ todo: t.field({ type: Todo, resolve: (todo) => todo }) }) },
);

builder.relayMutationField(
  'createTodolist',
  {
    inputFields: (t) => ({
      todosetId: t.id({ required: true }),
      name: t.string({ required: true }),
      description: t.string({ description: 'Rich text (HTML).' }),
    }),
  },
  {
    description: 'Adds a to-do list to a project\'s to-do set.',
    extensions: uses('CreateTodolist'),
    resolve: (_root, { input }, ctx) => createTodolist(ctx, input),
  },
  { outputFields: (t) => ({ todolist: t.field({ type: Todolist, resolve: (todolist) => todolist }) }) },
);

builder.relayMutationField(
  'updateTodolist',
  {
    description: 'Changes to a to-do list or group: fields left out keep their value.',
    inputFields: (t) => ({
      id: t.id({ required: true }),
      name: t.string(),
      description: t.string(),
    }),
  },
  {
    description: 'Renames or re-describes a to-do list or group.',
    extensions: uses('GetTodolistOrGroup', 'UpdateTodolistOrGroup'),
    resolve: (_root, { input }, ctx) => updateTodolist(ctx, input),
  },
  { outputFields: (t) => ({ todolist: t.field({ type: Todolist, resolve: (todolist) => todolist }) }) },
);

builder.relayMutationField(
  'createTodolistGroup',
  {
    inputFields: (t) => ({
      todolistId: t.id({ required: true }),
      name: t.string({ required: true }),
      color: t.string({ description: 'A colour name Basecamp knows, e.g. `green`.' }),
    }),
  },
  {
    description: 'Adds a group to a to-do list.',
    extensions: uses('CreateTodolistGroup'),
    resolve: (_root, { input }, ctx) => createTodolistGroup(ctx, input),
  },
  { outputFields: (t) => ({ todolistGroup: t.field({ type: TodolistGroup, resolve: (group) => group }) }) },
);

builder.relayMutationField(
  'repositionTodolistGroup',
  {
    inputFields: (t) => ({
      id: t.id({ required: true }),
      position: t.int({ required: true, description: 'The new position, counting from 1.' }),
    }),
  },
  {
    description: 'Moves a group within its to-do list.',
    extensions: uses('RepositionTodolistGroup', 'GetTodolistOrGroup'),
    resolve: (_root, { input }, ctx) => repositionTodolistGroup(ctx, input),
  },
  { outputFields: (t) => ({ todolistGroup: t.field({ type: TodolistGroup, resolve: (group) => group }) }) },
);
