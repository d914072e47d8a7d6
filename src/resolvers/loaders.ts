import { UpstreamError, type UpstreamErrorOptions } from '../client/errors.ts';
import type { OperationId, OperationParams, OperationResponse } from '../client/operations.ts';
import type { BasecampId } from '../client/types.ts';
import type { Context } from '../context.ts';
import { call, idParam } from './call.ts';

/**
 * The batch-function mechanism behind every node type's per-request DataLoader. Basecamp has no
 * batch endpoints: the loaders earn their keep by de-duplicating ids within a request and by
 * being primed from lists and embedded objects (`cacheResolved`). Each key gets its own result
 * or its own Error, in order, so one failing id never blanks its siblings.
 *
 * Each resource family declares its own batch functions next to its other resolvers, e.g.
 * `fetchTodos = loadEach('GetTodo')`.
 */
export function fetchEach<Id extends OperationId>(
  ctx: Context,
  ids: readonly BasecampId[],
  operationId: Id,
  params: (id: BasecampId) => OperationParams<Id>,
): Promise<(OperationResponse<Id> | Error)[]> {
  return Promise.all(ids.map((id) => call(ctx, operationId, params(id)).catch((error: unknown) => toError(error))));
}

/** A node type's loader batch, tagged with the GET that reads one object, which the type declares from here. */
export interface NodeLoader<T> {
  (ctx: Context, ids: readonly BasecampId[]): Promise<(T | Error)[]>;
  /** The operation that reads one, for the type's `uses(...)`. */
  readonly reads: OperationId;
}

/** `load` tagged with the GET it reads one object by. */
export function readingWith<T>(reads: OperationId, load: (ctx: Context, ids: readonly BasecampId[]) => Promise<(T | Error)[]>): NodeLoader<T> {
  return Object.assign(load, { reads });
}

/** The loader of a type read by a GET whose path names only its id: `loadEach('GetTodo')`. */
export function loadEach<Id extends OperationId>(operationId: Id): NodeLoader<OperationResponse<Id>> {
  const param = idParam(operationId);
  return readingWith(operationId, (ctx, ids) => fetchEach(ctx, ids, operationId, (id) => ({ [param]: id }) as OperationParams<Id>));
}

/**
 * For objects Basecamp cannot read one by one (the account, Lineup markers, gauges): one read
 * answers the whole batch, and an id it does not hold is NOT_FOUND; a failed read fails each key.
 */
export async function answerFrom<T extends { id: BasecampId }>(
  ids: readonly BasecampId[],
  read: () => Promise<readonly T[]>,
  missing: (id: BasecampId) => string,
  options?: UpstreamErrorOptions,
): Promise<(T | Error)[]> {
  const found = await read().catch((error: unknown) => toError(error));
  if (found instanceof Error) return ids.map(() => found);
  const byId = new Map(found.map((item) => [item.id, item]));
  return ids.map((id) => byId.get(id) ?? new UpstreamError('NOT_FOUND', missing(id), options));
}

export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
