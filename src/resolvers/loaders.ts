import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import type { ProjectRecord } from './projects.ts';
import type { TodoRecord } from './todos.ts';

/**
 * Batch functions for the per-request DataLoaders that Pothos attaches to each node type.
 * Basecamp has no batch endpoints: the loaders earn their keep by de-duplicating ids within a
 * request and by being primed from lists and embedded objects (`cacheResolved`). Each key gets
 * its own result or its own Error, in order, so one failing id never blanks its siblings.
 */
function fetchEach<T>(ctx: Context, ids: readonly BasecampId[], path: (id: BasecampId) => string): Promise<(T | Error)[]> {
  return Promise.all(ids.map((id) => ctx.basecamp.get<T>(path(id)).catch((error: unknown) => toError(error))));
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

export const fetchProjects = (ctx: Context, ids: readonly BasecampId[]) =>
  fetchEach<ProjectRecord>(ctx, ids, (id) => `/projects/${id}.json`);

export const fetchPeople = (ctx: Context, ids: readonly BasecampId[]) =>
  fetchEach<Wire.Person>(ctx, ids, (id) => `/people/${id}.json`);

export const fetchTodosets = (ctx: Context, ids: readonly BasecampId[]) =>
  fetchEach<Wire.Todoset>(ctx, ids, (id) => `/todosets/${id}.json`);

/** `/todolists/{id}.json` answers for to-do lists and for to-do list groups alike. */
export const fetchTodolists = (ctx: Context, ids: readonly BasecampId[]) =>
  fetchEach<Wire.Todolist>(ctx, ids, (id) => `/todolists/${id}.json`);

export const fetchTodos = (ctx: Context, ids: readonly BasecampId[]) =>
  fetchEach<TodoRecord>(ctx, ids, (id) => `/todos/${id}.json`);
