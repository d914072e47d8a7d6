import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { BasecampId } from '../client/types.ts';

const PARTIAL = Symbol('partial');

/**
 * Basecamp embeds links as stubs (`bucket: { id, name, type }`, `parent: { id, title, type, url,
 * app_url }`). When a query asks only for what the stub carries, the stub answers and no call is
 * made; otherwise the id goes to the target type's loader, fetched once per request.
 *
 * `available` names the GraphQL fields the stub can answer (`__typename` is always allowed
 * unless `typenameKnown` is false).
 */
export function linkOrStub<S extends { id: BasecampId }>(
  stub: S,
  info: GraphQLResolveInfo,
  available: ReadonlySet<string>,
  typenameKnown = true,
): S | BasecampId {
  return selectsOnly(info, info.fieldNodes.map((node) => node.selectionSet), available, typenameKnown)
    ? Object.assign(Object.create(null) as object, stub, { [PARTIAL]: true })
    : stub.id;
}

/** Whether an object is a stub standing in for the full one (see `linkOrStub`). */
export function isPartial(value: object): boolean {
  return (value as { [PARTIAL]?: boolean })[PARTIAL] === true;
}

/**
 * The loader key under which a resolved object primes its type's DataLoader: a stub is filed
 * under a key nobody loads, so it can never stand in for the full object later in the request.
 */
export function loaderKey(value: object, key: string = (value as { id: BasecampId }).id): string {
  return isPartial(value) ? `partial:${key}` : key;
}

function selectsOnly(
  info: GraphQLResolveInfo,
  sets: readonly (SelectionSetNode | undefined)[],
  available: ReadonlySet<string>,
  typenameKnown: boolean,
): boolean {
  return sets.every((set) =>
    (set?.selections ?? []).every((selection) => {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        return (name === '__typename' && typenameKnown) || available.has(name);
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return selectsOnly(info, [selection.selectionSet], available, typenameKnown);
      const fragment = info.fragments[selection.name.value];
      return fragment !== undefined && selectsOnly(info, [fragment.selectionSet], available, typenameKnown);
    }),
  );
}

/**
 * A recording's bucket when it is a project; null for a standalone calendar's (`type: Calendar`),
 * which no project lookup can read. A bucket that names no type is taken for a project.
 */
export function projectBucket<B extends { type?: string | null }>(bucket: B | null | undefined): B | null {
  return bucket && (bucket.type == null || bucket.type === 'Project') ? bucket : null;
}
