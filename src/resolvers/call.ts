import type { CallOptions } from '../client/index.ts';
import { operation, pathParams, type OperationId, type OperationParams, type OperationResponse } from '../client/operations.ts';
import type { Context } from '../context.ts';

/**
 * Calls a documented Basecamp operation by its id, with the path parameters its template names:
 * `call(ctx, 'GetTodo', { todoId })` answers a `Wire.Todo`. The operation table
 * (src/client/operations.generated.ts) gives the method, the path and the retry rules, so a
 * resolver never spells a URL; the field that makes the call declares the same id in `uses(...)`.
 */
export function call<Id extends OperationId>(
  ctx: Pick<Context, 'basecamp'>,
  operationId: Id,
  params: OperationParams<Id>,
  options?: CallOptions,
): Promise<OperationResponse<Id>> {
  return ctx.basecamp.call(operationId, params, options);
}

/**
 * The one path parameter of an operation that names one object by its id (`todoId` of
 * `GET /todos/{todoId}.json`); an operation with any other path is refused when the schema is built.
 */
export function idParam(operationId: OperationId): string {
  const params = pathParams(operation(operationId));
  if (params.length !== 1) throw new Error(`${operationId} names ${params.length} path parameters, not one id.`);
  return params[0]!;
}
