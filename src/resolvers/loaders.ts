import type { BasecampId } from '../client/types.ts';
import type { Context } from '../context.ts';

/**
 * The batch-function mechanism behind every node type's per-request DataLoader. Basecamp has no
 * batch endpoints: the loaders earn their keep by de-duplicating ids within a request and by
 * being primed from lists and embedded objects (`cacheResolved`). Each key gets its own result
 * or its own Error, in order, so one failing id never blanks its siblings.
 *
 * Each resource family declares its own batch functions next to its other resolvers, e.g.
 * `fetchTodos = (ctx, ids) => fetchEach<TodoRecord>(ctx, ids, (id) => `/todos/${id}.json`)`.
 */
export function fetchEach<T>(ctx: Context, ids: readonly BasecampId[], path: (id: BasecampId) => string): Promise<(T | Error)[]> {
  return Promise.all(ids.map((id) => ctx.basecamp.get<T>(path(id)).catch((error: unknown) => toError(error))));
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
