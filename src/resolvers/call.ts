import type { CallOptions } from '../client/index.ts';
import type { OperationId, OperationParams, OperationResponse } from '../client/operations.ts';
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
