import { fetchTodolists, fetchTodos, fetchTodosets, isTodolistGroup, listTodolists, listTodos, type TodoRecord } from '../resolvers/todos.ts';
import { statusQuery } from '../resolvers/projects.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { RecordingStatus } from './closed-sets.ts';
import { statusArg } from './connection.ts';
import { connectionOf, implementObject, node, paged } from './nodes.ts';
import { recordingFields } from './fields.ts';
import { Person } from './people.ts';
import { Recording } from './recording.ts';
import { implementRecording } from './recording-type.ts';

export const Todoset = node('Todoset', { load: fetchTodosets, recordingTypes: ['Todoset'], lookup: 'A to-do set' });
// Basecamp calls groups `Todolist` too, and reads both with one GET: each lookup takes its own kind.
export const Todolist = node('Todolist', {
  load: fetchTodolists,
  recordingTypes: ['Todolist'],
  lookup: 'A to-do list',
  accepts: { check: (list) => !isTodolistGroup(list), otherwise: 'is a to-do list group: read it with `todolistGroup(id:)`.' },
});
export const TodolistGroup = node('TodolistGroup', {
  load: fetchTodolists,
  recordingTypes: ['TodolistGroup'],
  lookup: 'A to-do list group',
  accepts: { check: isTodolistGroup, otherwise: 'is a to-do list, not a group: read it with `todolist(id:)`.' },
});
export const Todo = node('Todo', { load: fetchTodos, recordingTypes: ['Todo'], lookup: 'A to-do' });

const TodolistConnection = connectionOf(Todolist);
const TodolistGroupConnection = connectionOf(TodolistGroup);
const TodoConnection = connectionOf(Todo);

implementRecording(Todoset, 'The to-do tool of a project: it holds the project\'s to-do lists.', (t) => ({
  ...recordingFields(t, 'Todoset', {
    completed: 'Whether every to-do in it is done.',
    completedRatio: 'Done over total, e.g. `3/7`.',
    appTodolistsUrl: false,
  }),
  // The spec spells it `app_todolists_url`, Basecamp's docs (whose example is what the API sends) `app_todoslists_url`.
  appTodolistsUrl: t.string({
    nullable: true,
    resolve: (todoset) => todoset.app_todolists_url ?? (todoset as { app_todoslists_url?: string | null }).app_todoslists_url ?? null,
  }),
  todolists: paged(t, TodolistConnection, 'ListTodolists', {
    description: 'The to-do lists in this set.',
    args: statusArg(t, 'lists'),
    resolve: (todoset, args, ctx) => listTodolists(ctx, todoset, args),
  }),
}));

implementRecording(Todolist, 'A to-do list in a project\'s to-do set.', (t) => ({
  groups: paged(t, TodolistGroupConnection, 'ListTodolistGroups', {
    description: 'The groups this list is divided into.',
    args: statusArg(t, 'groups'),
    params: (todolist) => ({ todolistId: todolist.id }),
    query: (args) => ({ status: statusQuery(args.status) }),
  }),
}));

TodolistGroup.implement({
  extensions: uses('GetTodolistOrGroup'),
  description: 'A named group of to-dos inside a to-do list.',
  interfaces: [Recording],
  fields: () => ({}),
});

// A group is a to-do list nested in another: both carry the same fields.
for (const ref of [Todolist, TodolistGroup] as const) {
  builder.objectFields(ref, (t) => ({
    ...recordingFields(t, 'Todolist', {
      description: 'Rich text (HTML).',
      completedRatio: 'Done over total, e.g. `3/7`.',
      commentsAppUrl: { nullable: true },
      bubbleUpUrl: { nullable: true },
    }),
    todos: paged(t, TodoConnection, 'ListTodos', {
      description: 'Its to-dos: pending ones unless `completed` or `status` say otherwise.',
      args: {
        status: t.arg({ type: RecordingStatus, description: 'Archived or trashed to-dos instead of active ones.' }),
        completed: t.arg.boolean({ description: 'Only completed to-dos when true; pending ones otherwise.' }),
      },
      resolve: (todolist, args, ctx) => listTodos(ctx, todolist, args),
    }),
  }));
}

const TodoCompletion = implementObject(builder.objectRef<NonNullable<TodoRecord['completion']>>('TodoCompletion'), 'When and by whom a to-do was completed.', (t) => ({
  createdAt: t.expose('created_at', { type: 'DateTime' }),
  creator: t.expose('creator', { type: Person, extensions: embedded() }),
}));

implementRecording(Todo, 'A to-do: something to get done, optionally assigned and scheduled.', (t) => ({
  ...recordingFields(t, 'Todo', {
    content: 'What needs doing: the to-do\'s one-line text.',
    description: 'Notes, as rich text (HTML).',
    assignees: { type: [Person], description: 'Who it is assigned to. Embedded in full by Basecamp: no extra call.', extensions: embedded() },
    completionSubscribers: { type: [Person], description: 'Who is notified when it is completed.', extensions: embedded() },
  }),
  completion: t.expose('completion', { type: TodoCompletion, nullable: true, description: 'Set once the to-do is completed.' }),
}));
