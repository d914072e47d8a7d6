import { findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addTodolist } from '../factories/todos.ts';
import { touch } from '../mutations.ts';
import { created, ok, type Reply } from '../reply.ts';
import { resource } from '../router.ts';
import type { Section } from '../section.ts';
import { listChildren } from './list-children.ts';
import { showRecording } from './show.ts';
import { renderTodolist } from '../shapes/todolist.ts';
import { optionalBoolean, optionalText, requiredText } from '../validation.ts';

/**
 * To-do lists (docs: todolists.md). `GET/PUT /todolists/{id}` also answer for groups, which are
 * lists inside lists (docs: todolist_groups.md, "Get a to-do list group").
 */
export const todolists: Section = {
  docs: 'todolists',
  routes: resource('/todosets/:todosetId/todolists.json', '/todolists/:todolistId.json', {
    list: listChildren('todosetId', ['Todoset'], 'Todolist', renderTodolist),
    create: createTodolist,
    show: showRecording('todolistId', ['Todolist'], renderTodolist),
    update: updateTodolist,
  }),
};

function createTodolist(ctx: RequestContext): Reply {
  const todoset = findRecording(ctx, param(ctx, 'todosetId'), ['Todoset']);
  const name = requiredText(ctx.body, 'name');
  const description = optionalText(ctx.body, 'description');
  const visibleToClients = optionalBoolean(ctx.body, 'visible_to_clients');
  const list = addTodolist(
    ctx.state,
    todoset,
    {
      name,
      creatorId: ctx.me.id,
      ...(description === undefined ? {} : { description }),
      ...(visibleToClients === undefined ? {} : { visibleToClients }),
    },
    ctx.now(),
  );
  return created(renderTodolist(ctx, list));
}

/** Replaces name and description; an omitted description is cleared (docs: todolists.md). */
function updateTodolist(ctx: RequestContext): Reply {
  const list = findRecording(ctx, param(ctx, 'todolistId'), ['Todolist']);
  list.name = requiredText(ctx.body, 'name');
  list.description = optionalText(ctx.body, 'description') ?? '';
  touch(ctx.state, list, ctx.now());
  return ok(renderTodolist(ctx, list));
}
