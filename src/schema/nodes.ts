import type { FieldKind, FieldMap, FieldRef, ImplementableObjectRef, InputFieldMap, InputShapeFromFields } from '@pothos/core';
import type { ImplementableLoadableNodeRef } from '@pothos/plugin-dataloader';
import { GraphQLError } from 'graphql';
import type { OperationId, OperationParams, PaginatedOperationId } from '../client/operations.ts';
import type { BasecampId } from '../client/types.ts';
import type { Context } from '../context.ts';
import type { Query } from '../client/index.ts';
import { listOf, type Connection, type ConnectionArgs } from '../resolvers/connection.ts';
import { keyOrUrl } from '../resolvers/chat-keys.ts';
import { encodeGlobalId, toBasecampId } from '../resolvers/global-id.ts';
import { loaderKey } from '../resolvers/links.ts';
import type { NodeLoader } from '../resolvers/loaders.ts';
import { builder, type Types } from './builder.ts';
import { calls } from './coverage.ts';
import { specFields, type Overlay } from './fields.ts';
import type { SpecSchema } from './generated/fields.ts';
import { registerRecordingType } from './recording-types.ts';

/**
 * The shapes every node type shares, said once: its ref and per-request loader, the Basecamp
 * `type` strings it loads, its `<type>(id:)` root field, and `<Type>Connection` / `<Type>Edge`;
 * for objects Basecamp cannot read again by id, a stable global id (`identifiedRef`).
 * A family module declares the rest (`implement`, links, connections' fields).
 */

/** A node's ref: resolves from the object itself or from its loader key. */
export type NodeRef<Shape> = ImplementableLoadableNodeRef<Types, BasecampId | Shape, Shape, BasecampId, BasecampId, BasecampId>;

export interface NodeOptions<Shape> {
  /** The loader batch from `src/resolvers` (`fetchTodos`): one object or Error per key, in order. */
  load: (ctx: Context, keys: readonly BasecampId[]) => Promise<readonly (Shape | Error)[]>;
  /**
   * The loader key, which the global id carries, when Basecamp's id alone cannot read the object
   * again (a Campfire line is read through its Campfire). Defaults to `id`.
   */
  key?: (value: Shape) => BasecampId;
  /** False when the objects resolvers return lack fields the GET has, so they must not prime the loader. */
  prime?: boolean;
  /** Basecamp's `type` strings this type loads as a recording (`parent`, `recordings`, status changes). */
  recordingTypes?: readonly string[];
  /**
   * The root field `<type>(id:)` taking a global or plain id: what it is (`'A to-do'`), or that
   * plus a note after the sentence and the id argument's description.
   */
  lookup?: string | { what: string; note?: string; idDescription?: string };
  /**
   * `key` answers Basecamp's own id for whatever a plain id reads (a schedule entry: only its
   * occurrences are keyed apart), so a root lookup by Basecamp id still finds the object.
   */
  plainIdIsKey?: true;
  /**
   * What the root lookup accepts, when the type's GET also reads another type's objects (a to-do
   * list's reads groups too): anything else is refused, `otherwise` saying where to look instead.
   */
  accepts?: { check: (value: Shape) => boolean; otherwise: string };
}

/** Descriptions of a lookup's `id` argument, in the two wordings the schema prints. */
export const PLAIN_OR_GLOBAL_ID = 'A global id, or the plain Basecamp id.';
export const ITS_ID = 'Its global id, or its Basecamp id.';

const byId = (value: unknown): BasecampId => (value as { id: BasecampId }).id;

/** The GET each node type's loader reads one object by (`loadEach('GetTodo')`), for the type's `uses(...)`. */
const readers = new WeakMap<object, OperationId>();

/** The operation that reads one object of a node type, as its loader says. */
export function readsOf(ref: object & { name: string }): OperationId {
  const reads = readers.get(ref);
  if (!reads) throw new Error(`${ref.name}: its loader does not say which GET reads it (loadEach, loadByKey or readingWith).`);
  return reads;
}

/**
 * A field that gives one node by its id (`{ ...linkTo(CardTable), resolve: (x) => x.parent.id }`):
 * nullable, so a failed load nulls it alone, and naming the GET that loads it from the node's loader.
 */
export function linkTo<Ref extends object & { name: string }>(type: Ref) {
  return { type, ...calls(readsOf(type)) };
}

/** Every node type's ref, so a write can empty their per-request loaders (`forgetLoaded`). */
const nodeRefs: NodeRef<object>[] = [];

/**
 * Empties every node type's loader of this request: what they hold may predate a write. Mutations
 * run one after another, so the next payload (`a: createComment … b: createComment …`) reads the
 * parent as it is now, not as the previous payload left it; the client below still revalidates.
 */
export function forgetLoaded(ctx: Context): void {
  for (const ref of nodeRefs) ref.getDataloader(ctx).clearAll();
}

/** `export const Todo = node('Todo', { load: fetchTodos, recordingTypes: ['Todo'], lookup: 'A to-do' })`. */
export function node<Shape extends object>(name: string, options: NodeOptions<Shape>): NodeRef<Shape> {
  const reads = (options.load as Partial<NodeLoader<Shape>>).reads;
  const ownKey = options.key && reads ? keyOrUrl(reads, options.key) : options.key;
  const key = ownKey ?? byId;
  const ref: NodeRef<Shape> = builder.loadableNodeRef(name, {
    id: { resolve: (value: Shape) => key(value) },
    load: (keys: BasecampId[], ctx: Context) => options.load(ctx, keys),
    // Stubs prime under a key nobody loads (`loaderKey`), so they never stand in for the full object.
    ...(options.prime === false ? { toKey: key, cacheResolved: false } : { cacheResolved: (value: Shape) => loaderKey(value, key(value)) }),
  });
  if (reads) readers.set(ref, reads);
  nodeRefs.push(ref as unknown as NodeRef<object>);
  for (const type of options.recordingTypes ?? []) registerRecordingType(type, ref, ownKey as ((recording: never) => BasecampId) | undefined);
  // `toBasecampId` yields Basecamp's id, which is the loader key only when no `key` says otherwise.
  if (options.lookup && options.key && !options.plainIdIsKey) throw new Error(`${name}: a root lookup by Basecamp id needs a node keyed by that id.`);
  // The root field resolves to the loader key, which the ref loads (or, to check what it `accepts`, to the loaded object).
  if (options.lookup) lookupField(name, ref as NodeRef<object>, typeof options.lookup === 'string' ? { what: options.lookup } : options.lookup, options.accepts as NodeOptions<object>['accepts']);
  return ref;
}

function lookupField(name: string, ref: NodeRef<object>, lookup: { what: string; note?: string; idDescription?: string }, accepts?: NodeOptions<object>['accepts']): void {
  builder.queryField(name.charAt(0).toLowerCase() + name.slice(1), (t) =>
    t.field({
      type: ref,
      nullable: true,
      description: [`${lookup.what}, by global id or Basecamp id.`, lookup.note].filter(Boolean).join(' '),
      args: { id: t.arg.id({ required: true, description: lookup.idDescription }) },
      resolve: accepts
        ? async (_root, args, ctx) => {
            const value = await ref.getDataloader(ctx).load(toBasecampId(args.id, ctx.accountId, [name]));
            if (!accepts.check(value)) throw new GraphQLError(`"${args.id}" ${accepts.otherwise}`, { extensions: { code: 'BAD_USER_INPUT' } });
            return value;
          }
        : (_root, args, ctx) => toBasecampId(args.id, ctx.accountId, [name]),
    }),
  );
}

/** The item type of each connection `connectionOf` made, so a connection field names only the connection. */
const itemTypes = new WeakMap<object, unknown>();

/** `<Type>Connection` / `<Type>Edge` for a node, object or interface ref. */
export function connectionOf<Ref extends Parameters<typeof builder.connectionObject>[0]['type'] & { name: string }>(ref: Ref) {
  const connection = builder.connectionObject({ type: ref, name: `${ref.name}Connection` }, { name: `${ref.name}Edge` });
  itemTypes.set(connection, ref);
  return connection;
}

interface PagedField<Args extends InputFieldMap> {
  description: string;
  args?: Args;
}

type PagedArgs<Args extends InputFieldMap> = InputShapeFromFields<Args> & ConnectionArgs;

/** A connection that is one paginated operation: the field calls it with what the parent and arguments give. */
export type PagedCall<Parent, Args extends InputFieldMap, Id extends PaginatedOperationId> = PagedField<Args> & {
  /** Query parameters from the field's arguments (`orderQuery`), when it has any to send. */
  query?: (args: PagedArgs<Args>, ctx: Context) => Query;
} & (OperationParams<Id> extends Record<string, never>
    ? { params?: never }
    : {
        /** The operation's path parameters, from the parent: `(campfire) => ({ campfireId: campfire.id })`. */
        params: (parent: Parent) => OperationParams<Id>;
      });

/** A connection read another way: several operations, a filter checked first, a list the parent may lack. */
export type PagedResolve<Parent, Args extends InputFieldMap> = PagedField<Args> & {
  /** The window from `src/resolvers` (`paginate`), or null when the parent has no such list. */
  resolve: (parent: Parent, args: PagedArgs<Args>, ctx: Context) => Promise<Connection<unknown> | null> | null;
};

/**
 * A connection field over a paginated operation, said once: `paged(t, ForwardConnection,
 * 'ListForwards', { description, args, params: (inbox) => ({ inboxId: inbox.id }) })` calls the
 * operation itself, following its `Link` pages; `resolve` instead of `params` reads it another way.
 * Nullable, so one failing call nulls that field alone; its operations declared for coverage and for
 * the query price, which reads their page sizes from the operation table (only operations the spec
 * marks paginated compile).
 */
export function paged<Parent, Id extends PaginatedOperationId, Args extends InputFieldMap = {}>(
  t: PothosSchemaTypes.RootFieldBuilder<Types, Parent, FieldKind>,
  connection: ReturnType<typeof connectionOf>,
  operation: Id,
  options: PagedCall<Parent, Args, Id> | PagedResolve<Parent, Args>,
): FieldRef<Types, unknown>;
export function paged<Parent, Args extends InputFieldMap = {}>(
  t: PothosSchemaTypes.RootFieldBuilder<Types, Parent, FieldKind>,
  connection: ReturnType<typeof connectionOf>,
  operations: readonly PaginatedOperationId[],
  options: PagedResolve<Parent, Args>,
): FieldRef<Types, unknown>;
export function paged<Parent, Args extends InputFieldMap>(
  t: PothosSchemaTypes.RootFieldBuilder<Types, Parent, FieldKind>,
  connection: ReturnType<typeof connectionOf>,
  operations: PaginatedOperationId | readonly PaginatedOperationId[],
  // The overloads type `params` by the operation; here one shape holds both forms.
  options: PagedField<Args> & { resolve?: PagedResolve<Parent, Args>['resolve']; params?: (parent: Parent) => object; query?: (args: PagedArgs<Args>, ctx: Context) => Query },
): FieldRef<Types, unknown> {
  const type = itemTypes.get(connection);
  if (type === undefined) throw new Error(`${connection.name}: not made by connectionOf.`);
  const { description, args } = options;
  const resolve = options.resolve ?? listOf(operations as PaginatedOperationId, options.params as never, options.query);
  // Pothos cannot follow the item type through the map; the resolver's window has that shape.
  return t.connection({ type, ...calls(...[operations].flat()), description, ...(args && { args }), resolve } as never, connection as never) as FieldRef<Types, unknown>;
}

/**
 * An object Basecamp identifies but cannot read again on its own (no GET by its id): it gets a
 * stable global `id` from type, account and Basecamp id, so client caches normalise it. Not a
 * `Node`: `node(id:)` refuses such an id by name (./node.ts). `key` replaces Basecamp's id where
 * that alone does not tell two objects apart; `nullable` where Basecamp may send no id.
 */
export function identifiedRef<Shape extends { id?: BasecampId | null }>(
  name: string,
  options: { key?: (value: Shape) => BasecampId; nullable?: boolean } = {},
) {
  const ref = builder.objectRef<Shape>(name);
  const description = 'Opaque global id (type, account and Basecamp id) for client caches. Basecamp cannot read it again on its own, so `node(id:)` refuses it.';
  const globalId = (value: Shape, ctx: Context) => (value.id == null ? null : encodeGlobalId(name, ctx.accountId, options.key?.(value) ?? value.id));
  builder.objectField(ref, 'id', (t) =>
    options.nullable
      ? t.id({ nullable: true, description: `${description} Null when Basecamp sends no id.`, resolve: (value, _args, ctx) => globalId(value, ctx) })
      : t.id({ description, resolve: (value, _args, ctx) => globalId(value, ctx) ?? missingId(name) }),
  );
  return ref;
}

/**
 * An object type's header said once: `implementObject(identifiedRef<Wire.Wormhole>('Wormhole'),
 * 'A portal …', (t) => ({ ...specFields(t, 'Wormhole', {…}), … }))`.
 */
export function implementObject<Shape>(
  ref: ImplementableObjectRef<Types, Shape>,
  description: string,
  fields: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>) => FieldMap,
) {
  return ref.implement({ description, fields });
}

function missingId(typename: string): never {
  throw new Error(`Basecamp sent a ${typename} without an id.`);
}

/**
 * An object type that is its spec schema's fields and nothing more (`AccountLimits`): the ref,
 * its description and the overlay's words in one call, the type named as its spec schema.
 */
export function specObject<Shape>(name: SpecSchema, description: string, overlay: Overlay = {}) {
  return builder.objectRef<Shape>(name).implement({ description, fields: (t) => specFields(t, name, overlay) });
}
