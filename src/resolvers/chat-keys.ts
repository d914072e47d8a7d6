import { GraphQLError } from 'graphql';
import { operation, pathParamsFromUrl, type OperationId, type OperationParams } from '../client/operations.ts';
import type { BasecampId } from '../client/types.ts';
import type { Context } from '../context.ts';
import { decodeGlobalId, toBasecampId } from './global-id.ts';
import { inputError } from './input.ts';
import { fetchEach, readingWith } from './loaders.ts';

/**
 * Keys for resources Basecamp only reads through their container: a Campfire line through its
 * Campfire, an inbox reply through its forward, a client reply through its project and thread,
 * a chatbot through a project's Campfire. Their loader key (and so the inside of their global
 * id) is the path's ids joined by `-`, e.g. `campfireId-lineId`; `basecampId` stays the plain id.
 */
export function joinKey(...ids: BasecampId[]): string {
  return ids.join('-');
}

/** The ids of a composite key, or undefined when it does not have `parts` digit segments. */
export function splitKey(key: string, parts: number): BasecampId[] | undefined {
  const ids = key.split('-');
  return ids.length === parts && ids.every((id) => /^\d+$/.test(id)) ? ids : undefined;
}

/** Ids of a composite key, as many as its `parts` (the rest undefined). */
type KeyIds = readonly [BasecampId, BasecampId, BasecampId];

/** The loader of a type whose node key carries its containers' ids: `loadByKey('GetCampfireLine', 2, ([campfireId, lineId]) => …)`. */
export function loadByKey<Id extends OperationId>(operationId: Id, parts: number, params: (ids: KeyIds) => OperationParams<Id>) {
  return readingWith(operationId, (ctx, keys) => fetchByKey(ctx, keys, parts, operationId, params));
}

/** A loader batch over composite keys: one GET of `operationId` per key, an Error for a key of the wrong form. */
function fetchByKey<Id extends OperationId>(
  ctx: Context,
  keys: readonly string[],
  parts: number,
  operationId: Id,
  params: (ids: KeyIds) => OperationParams<Id>,
) {
  return Promise.all(
    keys.map(async (key) => {
      const ids = splitKey(key, parts);
      if (!ids) return new GraphQLError(`"${key}" does not name its container; use the global id.`, { extensions: { code: 'BAD_USER_INPUT' } });
      const [result] = await fetchEach(ctx, [key], operationId, () => params(ids as unknown as KeyIds));
      return result as NonNullable<typeof result>;
    }),
  );
}

/**
 * For root fields and mutation inputs: a global id of `typename` already carries its
 * containers; a plain Basecamp id needs them given as `containers` (global or plain ids).
 */
export function compositeKey(
  ctx: Context,
  id: string,
  typename: string,
  containers: readonly { field: string; value: string | null | undefined; typenames: readonly string[] }[],
): string {
  if (!/^\d+$/.test(id)) {
    const decoded = decodeGlobalId(id, ctx.accountId);
    if (decoded.typename !== typename || !splitKey(decoded.id, containers.length + 1)) {
      throw new GraphQLError(`Expected the id of a ${typename}, got the id of a ${decoded.typename}.`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return decoded.id;
  }
  const ids = containers.map(({ field, value, typenames }) => {
    if (!value) throw inputError(field, `is needed to find a ${typename} by its plain Basecamp id`);
    return toBasecampId(value, ctx.accountId, typenames);
  });
  return joinKey(...ids, id);
}

/**
 * A composite key function that also reads a copy Basecamp embeds elsewhere (a boost's or a
 * webhook event's `recording`: id, type and `url`, no `parent`): its key is then the path
 * parameters of its URL, by the GET that reads it (`/chats/1/lines/2.json` → `1-2`).
 */
export function keyOrUrl<T>(reads: OperationId, key: (value: T) => BasecampId): (value: T) => BasecampId {
  return (value) => {
    try {
      return key(value);
    } catch (error) {
      const url = (value as { url?: unknown }).url;
      const ids = typeof url === 'string' ? pathParamsFromUrl(operation(reads), url) : undefined;
      if (ids === undefined) throw error;
      return joinKey(...ids);
    }
  };
}

/** The last segment of a composite key: the resource's own Basecamp id. */
export function ownId(key: string): BasecampId {
  return key.slice(key.lastIndexOf('-') + 1);
}
