import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { paginate, type ConnectionArgs } from './connection.ts';
import { statusQuery } from './projects.ts';

/** The spec's to-do plus the completion record the API docs show. */
export type TodoRecord = Wire.Todo & {
  completion?: { created_at: string; creator: Wire.Person };
};

export interface TodoFilter {
  status?: 'active' | 'archived' | 'trashed' | null;
  completed?: boolean | null;
}

/** `GET /todosets/{id}/todolists.json`. */
export function listTodolists(ctx: Context, todosetId: string, args: ConnectionArgs & Pick<TodoFilter, 'status'>) {
  return paginate<Wire.Todolist>(ctx.basecamp, `/todosets/${todosetId}/todolists.json`, { status: statusQuery(args.status) }, args);
}

/** `GET /todolists/{id}/groups.json`. */
export function listTodolistGroups(ctx: Context, todolistId: string, args: ConnectionArgs & Pick<TodoFilter, 'status'>) {
  return paginate<Wire.Todolist>(ctx.basecamp, `/todolists/${todolistId}/groups.json`, { status: statusQuery(args.status) }, args);
}

/**
 * `GET /todolists/{id}/todos.json`. Without filters Basecamp lists pending to-dos only;
 * `completed: true` lists the completed ones (docs "Get to-dos").
 */
export function listTodos(ctx: Context, todolistId: string, args: ConnectionArgs & TodoFilter) {
  const query = { status: statusQuery(args.status), completed: args.completed ? 'true' : undefined };
  return paginate<TodoRecord>(ctx.basecamp, `/todolists/${todolistId}/todos.json`, query, args);
}

/** A to-do list group is a to-do list whose parent is another to-do list. */
export function isTodolistGroup(todolist: Wire.Todolist): boolean {
  return todolist.parent?.type === 'Todolist';
}
