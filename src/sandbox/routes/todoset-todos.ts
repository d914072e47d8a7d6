import { findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addLooseTodo } from '../factories/reports.ts';
import { reposition, touch } from '../mutations.ts';
import { unprocessable } from '../protocol/errors.ts';
import { created, noContent, type Reply } from '../reply.ts';
import { post, put } from '../router.ts';
import type { Section } from '../section.ts';
import { renderTodo } from '../shapes/todo.ts';
import { childrenOf } from '../state/index.ts';
import { optionalBoolean, optionalDate, optionalIds, optionalText, requiredPosition, requiredText } from '../validation.ts';

/**
 * The to-do set writes the spec lists beside todosets.md and todolists.md: a to-do straight in
 * the set (only ever project-scoped) and moving a list within its set.
 */
export const todosetTodos: Section = {
  docs: 'todosets',
  routes: [
    post('/buckets/:bucketId/todosets/:todosetId/todos.json', createTodosetTodo, { legacy: false }),
    put('/todosets/todolists/:todolistId/position.json', repositionTodolist),
  ],
};

function createTodosetTodo(ctx: RequestContext): Reply {
  const todoset = findRecording(ctx, param(ctx, 'todosetId'), ['Todoset']);
  const content = requiredText(ctx.body, 'content');
  const assigneeIds = optionalIds(ctx.body, 'assignee_ids') ?? [];
  const completionSubscriberIds = optionalIds(ctx.body, 'completion_subscriber_ids') ?? [];
  for (const id of [...assigneeIds, ...completionSubscriberIds]) {
    if (!ctx.state.people.has(id)) throw unprocessable('Assignees include someone who is not in this account');
  }
  const startsOn = optionalDate(ctx.body, 'starts_on') ?? null;
  const dueOn = optionalDate(ctx.body, 'due_on') ?? null;
  if (startsOn && dueOn && startsOn > dueOn) throw unprocessable('Starts on must be on or before the due date');
  optionalBoolean(ctx.body, 'notify');
  const description = optionalText(ctx.body, 'description');
  const todo = addLooseTodo(
    ctx.state,
    todoset,
    { content, creatorId: ctx.me.id, assigneeIds, completionSubscriberIds, startsOn, dueOn, ...(description === undefined ? {} : { description }) },
    ctx.now(),
  );
  return created(renderTodo(ctx, todo));
}

/** `{ position }`, 1-based among the set's lists; groups move with their own endpoint. */
function repositionTodolist(ctx: RequestContext): Reply {
  const list = findRecording(ctx, param(ctx, 'todolistId'), ['Todolist']);
  const todoset = findRecording(ctx, list.parentId ?? '', ['Todoset']);
  const position = requiredPosition(ctx.body);
  reposition(childrenOf(ctx.state, todoset.id, 'Todolist'), list, position);
  touch(ctx.state, list, ctx.now());
  return noContent();
}
