import type { Todo } from '../state/todos.ts';
import { renderPersonById } from './person.ts';
import { recordingFrame } from './recording.ts';
import { renderRichText } from './rich-text.ts';
import { iso, type ShapeContext } from './shape-context.ts';

/** A to-do (docs: todos.md). `completion` appears only once it is completed. */
export function renderTodo(ctx: ShapeContext, todo: Todo): Record<string, unknown> {
  return {
    ...recordingFrame(ctx, todo),
    description: renderRichText(ctx, todo.description),
    description_attachments: [],
    completed: todo.completion !== null,
    completion: todo.completion
      ? { created_at: iso(todo.completion.createdAt), creator: renderPersonById(ctx, todo.completion.creatorId) }
      : undefined,
    content: todo.content,
    starts_on: todo.startsOn,
    due_on: todo.dueOn,
    assignees: todo.assigneeIds.map((id) => renderPersonById(ctx, id)),
    completion_subscribers: todo.completionSubscriberIds.map((id) => renderPersonById(ctx, id)),
    // the docs show the flat form here, unlike every other URL on a to-do
    completion_url: `${ctx.urls.api}/todos/${todo.id}/completion.json`,
  };
}
