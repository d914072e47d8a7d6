import { findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { ok, type Reply } from '../reply.ts';
import { get } from '../router.ts';
import type { Section } from '../section.ts';
import { renderTodoset } from '../shapes/todoset.ts';

/** To-do sets (docs: todosets.md): one per project, found through the dock. */
export const todosets: Section = {
  docs: 'todosets',
  routes: [get('/todosets/:todosetId.json', getTodoset)],
};

function getTodoset(ctx: RequestContext): Reply {
  return ok(renderTodoset(ctx, findRecording(ctx, param(ctx, 'todosetId'), ['Todoset'])));
}
