import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { paginate, type ConnectionArgs } from './connection.ts';
import { toBasecampId } from './global-id.ts';
import { checkDateRange, checkPosition, inputError, nonBlankText, patched, personIds, requiredText } from './input.ts';
import { loadEach, type NodeLoader } from './loaders.ts';
import { withBody } from './writes.ts';
import { statusQuery, type StatusFilter } from './projects.ts';

/** The spec's to-do plus the completion record the API docs show. */
export type TodoRecord = Wire.Todo & {
  completion?: { created_at: string; creator: Wire.Person };
};

export interface TodoFilter {
  status?: StatusFilter | null;
  completed?: boolean | null;
}

export const fetchTodosets = loadEach('GetTodoset');

/** `GET /todolists/{id}.json`, which answers for to-do lists and for to-do list groups alike. */
export const fetchTodolists = loadEach('GetTodolistOrGroup');

export const fetchTodos: NodeLoader<TodoRecord> = loadEach('GetTodo');

/** `GET /todosets/{id}/todolists.json`; the set's `todolists_count` counts the active ones. */
export function listTodolists(ctx: Context, todoset: Pick<Wire.Todoset, 'id' | 'todolists_count'>, args: ConnectionArgs & Pick<TodoFilter, 'status'>) {
  const knownCount = statusQuery(args.status) === undefined ? countOf(todoset.todolists_count) : undefined;
  return paginate(ctx, 'ListTodolists', { todosetId: todoset.id }, { status: statusQuery(args.status) }, args, knownCount === undefined ? {} : { knownCount });
}

/**
 * `GET /todolists/{id}/todos.json`. Without filters Basecamp lists pending to-dos only;
 * `completed: true` lists the completed ones (docs "Get to-dos").
 */
export function listTodos(ctx: Context, todolist: Pick<Wire.Todolist, 'id' | 'completed_ratio'>, args: ConnectionArgs & TodoFilter) {
  const query = { status: statusQuery(args.status), completed: args.completed ? 'true' : undefined };
  const knownCount = query.status === undefined ? todoCount(todolist.completed_ratio, args.completed === true) : undefined;
  return paginate(ctx, 'ListTodos', { todolistId: todolist.id }, query, args, knownCount === undefined ? {} : { knownCount });
}

/**
 * At most how many active to-dos a list's pending (or completed) listing holds, from its
 * `completed_ratio` ("done/total", groups included, so an upper bound); undefined when unreadable.
 */
export function todoCount(completedRatio: string | null | undefined, completed: boolean): number | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(completedRatio ?? '');
  if (!match) return undefined;
  const done = Number(match[1]);
  const total = Number(match[2]);
  return done > total ? undefined : completed ? done : total - done;
}

function countOf(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** A to-do list group is a to-do list whose parent is another to-do list. */
export function isTodolistGroup(todolist: Wire.Todolist): boolean {
  return todolist.parent?.type === 'Todolist';
}

export interface TodoInput {
  content?: string | null;
  description?: string | null;
  assigneeIds?: readonly string[] | null;
  completionSubscriberIds?: readonly string[] | null;
  notify?: boolean | null;
  dueOn?: string | null;
  startsOn?: string | null;
}

/** `POST /todolists/{id}/todos.json`; the list may be a group. */
export function createTodo(ctx: Context, input: TodoInput & { todolistId: string; content: string }) {
  const todolistId = toBasecampId(input.todolistId, ctx.accountId, ['Todolist', 'TodolistGroup']);
  return withBody(call(ctx, 'CreateTodo', { todolistId }, { body: newTodoBody(ctx, input) }));
}

/** The body of a new to-do, field by field, checked as Basecamp would. */
export function newTodoBody(ctx: Context, input: TodoInput & { content: string }) {
  checkDateRange(input.startsOn, input.dueOn);
  return {
    content: requiredText(input.content, 'content'),
    description: input.description ?? undefined,
    assignee_ids: personIds(ctx, input.assigneeIds),
    completion_subscriber_ids: personIds(ctx, input.completionSubscriberIds),
    notify: input.notify ?? undefined,
    due_on: input.dueOn ?? undefined,
    starts_on: input.startsOn ?? undefined,
  };
}

/**
 * `PUT /todos/{id}.json` replaces every writable field, clearing the ones left out (docs,
 * "Update a to-do"). GraphQL users expect a patch, so the current to-do is read first (usually
 * a 304) and only the fields given in `input` change; an explicit null clears.
 */
export async function updateTodo(ctx: Context, input: TodoInput & { id: string }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Todo']);
  const current = await call(ctx, 'GetTodo', { todoId: id });
  const startsOn = patched(input.startsOn, current.starts_on ?? null);
  const dueOn = patched(input.dueOn, current.due_on ?? null);
  checkDateRange(startsOn, dueOn);
  return withBody(call(ctx, 'ReplaceTodo', { todoId: id }, { body: {
    content: nonBlankText(input.content, 'content') ?? current.content,
    description: patched(input.description, current.description ?? null) ?? '',
    assignee_ids: personIds(ctx, input.assigneeIds) ?? (input.assigneeIds === null ? [] : (current.assignees ?? []).map((person) => person.id)),
    completion_subscriber_ids:
      personIds(ctx, input.completionSubscriberIds) ??
      (input.completionSubscriberIds === null ? [] : (current.completion_subscribers ?? []).map((person) => person.id)),
    notify: input.notify ?? undefined,
    due_on: dueOn,
    starts_on: startsOn,
  } }));
}

/** `POST` / `DELETE /todos/{id}/completion.json` answer 204, so the to-do is read back. */
export async function setTodoCompleted(ctx: Context, todoId: string, completed: boolean) {
  const id = toBasecampId(todoId, ctx.accountId, ['Todo']);
  await call(ctx, completed ? 'CompleteTodo' : 'UncompleteTodo', { todoId: id });
  return call(ctx, 'GetTodo', { todoId: id });
}

/** A to-do as it is now, e.g. before a move, to learn the list it leaves. */
export function readTodo(ctx: Context, todoId: string) {
  return call(ctx, 'GetTodo', { todoId: toBasecampId(todoId, ctx.accountId, ['Todo']) });
}

/** `PUT /todos/{id}/position.json` (204), optionally into another list; read back. */
export async function repositionTodo(ctx: Context, input: { id: string; position: number; todolistId?: string | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Todo']);
  const parentId = input.todolistId ? toBasecampId(input.todolistId, ctx.accountId, ['Todolist', 'TodolistGroup']) : undefined;
  await call(ctx, 'RepositionTodo', { todoId: id }, { body: { position: checkPosition(input.position), parent_id: parentId } });
  return call(ctx, 'GetTodo', { todoId: id });
}

export function createTodolist(ctx: Context, input: { todosetId: string; name: string; description?: string | null; visibleToClients?: boolean | null }) {
  const todosetId = toBasecampId(input.todosetId, ctx.accountId, ['Todoset']);
  return withBody(call(ctx, 'CreateTodolist', { todosetId }, { body: {
    name: requiredText(input.name, 'name'),
    description: input.description ?? undefined,
    visible_to_clients: input.visibleToClients ?? undefined,
  } }));
}

/**
 * `PUT /todolists/{id}.json`: `name` is always required, so a patch sends the current one. The
 * same operation writes lists and groups; `groupsOnly` refuses a list before the write.
 */
export async function updateTodolist(ctx: Context, input: { id: string; name?: string | null; description?: string | null }, groupsOnly = false) {
  const id = toBasecampId(input.id, ctx.accountId, groupsOnly ? ['TodolistGroup'] : ['Todolist', 'TodolistGroup']);
  const current = await call(ctx, 'GetTodolistOrGroup', { id });
  if (groupsOnly && !isTodolistGroup(current)) throw inputError('id', 'names a to-do list, not a group: use updateTodolist');
  return withBody(call(ctx, 'UpdateTodolistOrGroup', { id }, { body: {
    name: nonBlankText(input.name, 'name') ?? current.name,
    description: patched(input.description, current.description) ?? '',
  } }));
}

export function createTodolistGroup(ctx: Context, input: { todolistId: string; name: string; color?: string | null }) {
  const todolistId = toBasecampId(input.todolistId, ctx.accountId, ['Todolist']);
  return withBody(call(ctx, 'CreateTodolistGroup', { todolistId }, { body: {
    name: requiredText(input.name, 'name'),
    color: input.color ?? undefined,
  } }));
}

/** `PUT /todolists/groups/{id}/position.json` (204); read back. */
export async function repositionTodolistGroup(ctx: Context, input: { id: string; position: number }) {
  const id = toBasecampId(input.id, ctx.accountId, ['TodolistGroup']);
  await call(ctx, 'RepositionTodolistGroup', { groupId: id }, { body: { position: checkPosition(input.position) } });
  return call(ctx, 'GetTodolistOrGroup', { id });
}

/**
 * `POST /buckets/{project}/todosets/{id}/todos.json`: the one to-do write that only exists
 * project-scoped, so the to-do set's project is read first unless the input names it.
 */
export async function createTodosetTodo(ctx: Context, input: TodoInput & { todosetId: string; projectId?: string | null; content: string }) {
  const todosetId = toBasecampId(input.todosetId, ctx.accountId, ['Todoset']);
  const body = newTodoBody(ctx, input);
  const projectId = input.projectId
    ? toBasecampId(input.projectId, ctx.accountId, ['Project'])
    : (await call(ctx, 'GetTodoset', { todosetId })).bucket.id;
  return withBody(call(ctx, 'CreateTodosetTodo', { bucketId: projectId, todosetId }, { body }));
}

/** `PUT /todosets/todolists/{id}/position.json` (204); read back. */
export async function repositionTodolist(ctx: Context, input: { id: string; position: number }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Todolist']);
  await call(ctx, 'RepositionTodolist', { todolistId: id }, { body: { position: checkPosition(input.position) } });
  return call(ctx, 'GetTodolistOrGroup', { id });
}
