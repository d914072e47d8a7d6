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
import { mutation } from './mutation.ts';
import { Todo, Todolist, TodolistGroup } from './todos.ts';

mutation('createTodo', {
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
  payload: { todo: Todo },
});

mutation('updateTodo', {
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
  payload: { todo: Todo },
});

for (const [name, completed, operation] of [
  ['completeTodo', true, 'CompleteTodo'],
  ['uncompleteTodo', false, 'UncompleteTodo'],
] as const) {
  mutation(name, {
    description: completed ? 'Marks a to-do as done.' : 'Marks a done to-do as pending again.',
    uses: [operation, 'GetTodo'],
    input: (t) => ({ id: t.id({ required: true }) }),
    resolve: (input, ctx) => setTodoCompleted(ctx, input.id, completed),
    payload: { todo: Todo },
  });
}

mutation('repositionTodo', {
  description: 'Moves a to-do within its list, or into another one.',
  uses: ['RepositionTodo', 'GetTodo'],
  input: (t) => ({
    id: t.id({ required: true }),
    position: t.int({ required: true, description: 'The new position, counting from 1.' }),
    todolistId: t.id({ description: 'Move it into this list or group as well.' }),
  }),
  resolve: (input, ctx) => repositionTodo(ctx, input),
  payload: { todo: Todo },
});

mutation('createTodolist', {
  description: 'Adds a to-do list to a project\'s to-do set.',
  uses: ['CreateTodolist'],
  input: (t) => ({
    todosetId: t.id({ required: true }),
    name: t.string({ required: true }),
    description: t.string({ description: 'Rich text (HTML).' }),
  }),
  resolve: (input, ctx) => createTodolist(ctx, input),
  payload: { todolist: Todolist },
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
});
