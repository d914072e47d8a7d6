import { findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addTodolist } from '../factories/todos.ts';
import { reposition, touch } from '../mutations.ts';
import { notFound, unprocessable } from '../protocol/errors.ts';
import { created, noContent, type Reply } from '../reply.ts';
import { get, post, put } from '../router.ts';
import type { Section } from '../section.ts';
import { listChildren } from './list-children.ts';
import { renderTodolist } from '../shapes/todolist.ts';
import { childrenOf } from '../state/index.ts';
import { optionalChoice, requiredPosition, requiredText } from '../validation.ts';

/** The colours a group may take (docs: todolist_groups.md, "Create a to-do list group"). */
export const GROUP_COLORS = [
  'white', 'red', 'orange', 'yellow', 'green', 'blue', 'aqua', 'purple', 'gray', 'pink', 'brown',
] as const;

/** To-do list groups (docs: todolist_groups.md). Reading one goes through `GET /todolists/{id}`. */
export const todolistGroups: Section = {
  docs: 'todolist_groups',
  routes: [
    get('/todolists/:todolistId/groups.json', listChildren('todolistId', ['Todolist'], 'Todolist', renderTodolist)),
    post('/todolists/:todolistId/groups.json', createGroup),
    put('/todolists/groups/:groupId/position.json', repositionGroup),
  ],
};

function createGroup(ctx: RequestContext): Reply {
  const list = findRecording(ctx, param(ctx, 'todolistId'), ['Todolist']);
  if (ctx.state.recordings.get(list.parentId ?? '')?.type !== 'Todoset') {
    throw unprocessable('Groups can only be added to a to-do list, not to another group');
  }
  const name = requiredText(ctx.body, 'name');
  const color = optionalChoice(ctx.body, 'color', GROUP_COLORS) ?? null;
  const group = addTodolist(ctx.state, list, { name, color, creatorId: ctx.me.id }, ctx.now());
  return created(renderTodolist(ctx, group));
}

function repositionGroup(ctx: RequestContext): Reply {
  const group = findRecording(ctx, param(ctx, 'groupId'), ['Todolist']);
  const parent = group.parentId === null ? undefined : ctx.state.recordings.get(group.parentId);
  if (parent?.type !== 'Todolist') throw notFound();
  const position = requiredPosition(ctx.body);
  reposition(childrenOf(ctx.state, parent.id, 'Todolist'), group, position);
  touch(ctx.state, group, ctx.now());
  return noContent();
}
