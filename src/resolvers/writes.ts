import { UpstreamError } from '../client/errors.ts';
import type { OperationId } from '../client/operations.ts';
import type { BasecampId } from '../client/types.ts';
import type { Context } from '../context.ts';
import { call, idParam } from './call.ts';
import { toBasecampId } from './global-id.ts';

/**
 * Writes that Basecamp documents as answering with the object (201/200) must carry it: the
 * payload promises the changed object. An empty answer is an upstream fault, reported as such.
 */
export async function withBody<T>(write: Promise<T | undefined>): Promise<T> {
  const body = await write;
  if (body === undefined || body === null) {
    throw new UpstreamError('UPSTREAM_ERROR', 'Basecamp accepted the write but sent no object back.');
  }
  return body;
}

/**
 * The resolver of an operation whose path names one object by its id (`DELETE
 * /webhooks/{webhookId}.json`), so a mutation that only sends it says the operation once: it takes
 * the id of a `typename` (global or plain) and answers the Basecamp id. An operation with any
 * other path is refused when the schema is built.
 */
export function byId(operationId: OperationId, typename: string): (ctx: Context, id: string) => Promise<BasecampId> {
  const param = idParam(operationId);
  return async (ctx, id) => {
    const basecampId = toBasecampId(id, ctx.accountId, [typename]);
    await call(ctx, operationId, { [param]: basecampId } as never);
    return basecampId;
  };
}
