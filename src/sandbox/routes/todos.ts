import { findRecording, isVisibleTo } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addTodo } from '../factories/todos.ts';
import { reposition, touch } from '../mutations.ts';
import { notFound, unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { booleanParam, statusFilter } from '../query.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { del, post, put, resource, type Handler } from '../router.ts';
import type { Section } from '../section.ts';
import { switchWrite } from './switch-write.ts';
import { showRecording } from './show.ts';
import { renderTodo } from '../shapes/todo.ts';
import { childrenOf } from '../state/index.ts';
import type { Todo } from '../state/todos.ts';
import {
  optionalBoolean,
  optionalDate,
  optionalId,
  optionalIds,
  optionalText,
  requiredPosition,
  requiredText,
} from '../validation.ts';

/** To-dos (docs: todos.md). */
export const todos: Section = {
  docs: 'todos',
  routes: [
    ...resource('/todolists/:todolistId/todos.json', '/todos/:todoId.json', {
      list: listTodos, create: createTodo, show: showRecording('todoId', ['Todo'], renderTodo), update: replaceTodo,
    }),
    post('/todos/:todoId/completion.json', completion(true)),
    del('/todos/:todoId/completion.json', completion(false)),
    put('/todos/:todoId/position.json', repositionTodo),
  ],
};

/**
 * Active pending to-dos by default; `status=archived|trashed` lists those, pending and completed
 * alike; `completed=true` keeps only completed ones and combines with `status` (docs: todos.md).
 */
function listTodos(ctx: RequestContext): Reply {
  const list = findRecording(ctx, param(ctx, 'todolistId'), ['Todolist']);
  const status = statusFilter(ctx);
  const completed = booleanParam(ctx, 'completed');
  const found = childrenOf(ctx.state, list.id, 'Todo').filter((todo) => {
    if (todo.status !== status || !isVisibleTo(ctx.me, todo)) return false;
    const done = todo.completion !== null;
    if (completed !== undefined) return done === completed;
    return status !== 'active' || !done;
  });
  return paginate(ctx, found, (todo) => renderTodo(ctx, todo), { containerUpdatedAt: list.updatedAt });
}

function createTodo(ctx: RequestContext): Reply {
  const list = findRecording(ctx, param(ctx, 'todolistId'), ['Todolist']);
  const fields = todoFields(ctx);
  optionalBoolean(ctx.body, 'notify');
  const todo = addTodo(ctx.state, list, { ...fields, creatorId: ctx.me.id }, ctx.now());
  return created(renderTodo(ctx, todo));
}

/**
 * PUT replaces the whole writable representation: omitted fields are cleared, e.g. missing
 * `assignee_ids` unassigns everyone (docs: todos.md, "Update a to-do").
 */
function replaceTodo(ctx: RequestContext): Reply {
  const todo = findRecording(ctx, param(ctx, 'todoId'), ['Todo']);
  Object.assign(todo, todoFields(ctx));
  optionalBoolean(ctx.body, 'notify');
  touch(ctx.state, todo, ctx.now());
  return ok(renderTodo(ctx, todo));
}

/** Completes (by the caller, now) or reopens a to-do. */
function completion(done: boolean): Handler {
  return switchWrite('todoId', ['Todo'], (todo) => (todo.completion !== null) === done, (todo, ctx) => {
    todo.completion = done ? { createdAt: ctx.now(), creatorId: ctx.me.id } : null;
  });
}

/** Moves a to-do within its list, or into another list or group of the same project. */
function repositionTodo(ctx: RequestContext): Reply {
  const todo = findRecording(ctx, param(ctx, 'todoId'), ['Todo']);
  const position = requiredPosition(ctx.body);
  const targetId = optionalId(ctx.body, 'parent_id') ?? todo.parentId ?? '';
  const target = findRecording(ctx, targetId, ['Todolist']);
  if (target.bucketId !== todo.bucketId) throw notFound();
  const now = ctx.now();
  if (target.id !== todo.parentId) {
    touch(ctx.state, todo, now);
    const source = childrenOf(ctx.state, todo.parentId ?? '', 'Todo').filter((sibling) => sibling.id !== todo.id);
    source.forEach((sibling, index) => {
      sibling.position = index + 1;
    });
    todo.parentId = target.id;
  }
  reposition(childrenOf(ctx.state, target.id, 'Todo'), todo, position);
  touch(ctx.state, todo, now);
  return noContent();
}

type TodoFields = Pick<
  Todo,
  'content' | 'description' | 'assigneeIds' | 'completionSubscriberIds' | 'startsOn' | 'dueOn'
>;

/** The writable fields of a to-do from a create or replace body; omitted ones come back empty. */
function todoFields(ctx: RequestContext): TodoFields {
  const fields: TodoFields = {
    content: requiredText(ctx.body, 'content'),
    description: optionalText(ctx.body, 'description') ?? '',
    assigneeIds: knownPeople(ctx, optionalIds(ctx.body, 'assignee_ids') ?? [], 'Assignees'),
    completionSubscriberIds: knownPeople(
      ctx,
      optionalIds(ctx.body, 'completion_subscriber_ids') ?? [],
      'Completion subscribers',
    ),
    startsOn: optionalDate(ctx.body, 'starts_on') ?? null,
    dueOn: optionalDate(ctx.body, 'due_on') ?? null,
  };
  if (fields.startsOn && fields.dueOn && fields.startsOn > fields.dueOn) {
    throw unprocessable('Starts on must be on or before the due date');
  }
  return fields;
}

function knownPeople(ctx: RequestContext, ids: string[], what: string): string[] {
  if (ids.some((id) => !ctx.state.people.has(id))) throw unprocessable(`${what} include someone who is not in this account`);
  return ids;
}
