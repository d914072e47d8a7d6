import type { OperationId, OperationParams, PaginatedOperationId } from '../client/operations.ts';
import type { InputFieldMap, InputShapeFromFields, InterfaceParam, ObjectFieldsShape, ObjectParam } from '@pothos/core';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.ts';
import { ownId } from '../resolvers/chat-keys.ts';
import { itemsOnPagesOf, listOf, MAX_PAGE_SIZE, pagesOf, type Connection, type ConnectionArgs } from '../resolvers/connection.ts';
import { encodeGlobalId } from '../resolvers/global-id.ts';
import { byId } from '../resolvers/writes.ts';
import { builder, type Types } from './builder.ts';
import { embedded, firstPage, pagesRead } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { forgetLoaded } from './nodes.ts';
import { graphqlTypeFor, loadRecording } from './recording-types.ts';

/** The `t` of a mutation's `input`, for helpers that add the same input fields to several mutations. */
export type InputBuilder = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** A payload field that hands back the resolver's result as is: its type, or the type with a description. */
type Returned = ObjectParam<Types> | { type: ObjectParam<Types>; description: string };

export interface MutationOptions<Fields extends InputFieldMap, Shape> {
  /** What the mutation does, for the Mutation field. */
  description: string;
  /** The Basecamp operations it calls (OpenAPI operation ids), for coverage and cost. */
  uses: readonly OperationId[];
  /** The `<Name>Input` type's description, when it says more than the default. */
  inputDescription?: string;
  input: (t: InputBuilder) => Fields;
  /** `info` tells which payload fields the client selected (`selects`), for a read only those need. */
  resolve: (input: InputShapeFromFields<Fields>, ctx: Context, info: GraphQLResolveInfo) => Shape | Promise<Shape>;
  /**
   * The payload: `{ todo: Todo }` returns the resolver's result as that field (the common case),
   * or a fields function when the payload is anything else (an id of a deleted object, flags).
   */
  payload: Record<string, Returned> | ObjectFieldsShape<Types, Shape>;
  /** The `<Name>Payload` type's description, when it says more than the default. */
  payloadDescription?: string;
  /**
   * The recording the changed one sits in, named after its type (`{ todolist: Todolist }`), read
   * through that type's node loader by the changed object's `parent` link when a client selects
   * it: its counts (`todosCount`, `completedRatio`, `commentsCount`) change with the write. The
   * `Recording` interface takes a parent of any type (a comment's). `{ type, load }` reads it
   * another way, for a parent link that does not say which type it is (a to-do's list or group).
   */
  parent?: Record<string, Parent>;
  /** For creates: the new item as an edge of the parent's connection (`todoEdge { cursor node }`). */
  edge?: NewEdge;
  /**
   * For moves: what the object left (`{ fromTodolist: … }`), loaded as `parent` loads, from the
   * object as `before` reads it ahead of the write, which happens only when one is selected.
   */
  left?: { before: (input: InputShapeFromFields<Fields>, ctx: Context) => Promise<unknown>; parent: Record<string, Parent> };
}

type Parent =
  | ObjectParam<Types>
  | InterfaceParam<Types>
  | {
      type: ObjectParam<Types> | InterfaceParam<Types>;
      load: (value: unknown, ctx: Context) => Promise<unknown> | null;
      /** Cost hints of that other read (`firstPage()` for one page of a filtered list). */
      extensions?: Record<string, unknown>;
      /** When the field is not what the object sits in. */
      description?: string;
    };

export interface NewEdge {
  /** The connection's edge type, e.g. `TodoEdge`. */
  type: string;
  /** The connection's list operation, so the query price counts the pages read. */
  uses: PaginatedOperationId;
  /** The parent's connection with its default arguments, as the connection field reads it. */
  list: (ctx: Context, parentId: string, args: ConnectionArgs, item: unknown) => Promise<Connection<{ id: unknown }>>;
  /** Where the list puts a new item: the top (newest first, one short page finds it) or the bottom. */
  addsAt: 'top' | 'bottom';
  /** The new item's link to the recording whose connection lists it; its `parent` unless said otherwise (a boost's `recording`). */
  parent?: (item: unknown) => ParentLink | null;
}

/**
 * The new edge of a create whose parent's connection is one paginated operation, read as `paged()`
 * reads it: `edgeOf('ListComments', 'CommentEdge', 'bottom', (recordingId) => ({ recordingId }))`.
 * `params` also sees the new item, for a list its parent's id alone does not name (a gauge's needles
 * are listed by project).
 */
export function edgeOf<Id extends PaginatedOperationId>(
  uses: Id,
  type: string,
  addsAt: NewEdge['addsAt'],
  params: (parentId: string, item: any) => OperationParams<Id>,
  parent?: NewEdge['parent'],
): NewEdge {
  const list = listOf(uses, ({ parentId, item }: { parentId: string; item: unknown }) => params(parentId, item), undefined);
  return { type, uses, addsAt, ...(parent && { parent }), list: (ctx, parentId, args, item) => list({ parentId, item }, args, ctx) as Promise<Connection<{ id: unknown }>> };
}

/**
 * One Relay mutation (`name(input: NameInput!): NamePayload`): the input type, the field and the
 * payload type in one call, so a family module states only what differs between mutations.
 */
export function mutation<Fields extends InputFieldMap, Shape>(name: string, options: MutationOptions<Fields, Shape>): void {
  const { payload, left } = options;
  // A moved object's state before the write, by the payload value the resolver answered.
  const previous = new WeakMap<object, unknown>();
  builder.relayMutationField(
    name,
    { ...(options.inputDescription && { description: options.inputDescription }), inputFields: options.input },
    {
      description: options.description,
      extensions: uses(...options.uses),
      // Pothos cannot follow the generic input through its own mapped types; the shape is the same.
      resolve: async (_root, args, ctx, info) => {
        const { input } = args as unknown as { input: InputShapeFromFields<Fields> };
        const before = left && Object.keys(left.parent).some((field) => selects(info, field)) ? await left.before(input, ctx) : undefined;
        let value: Shape;
        try {
          value = await options.resolve(input, ctx, info);
        } finally {
          forgetLoaded(ctx); // even a failed write may have been applied
        }
        if (before !== undefined && typeof value === 'object' && value !== null) previous.set(value, before);
        return value as never;
      },
    },
    {
      ...(options.payloadDescription && { description: options.payloadDescription }),
      outputFields: (t) => ({
        ...(typeof payload === 'function' ? payload(t) : returnedFields(t, payload)),
        ...(options.parent && parentFields(t, options.parent)),
        ...(left && parentFields(t, left.parent, { description: 'What it left, as it is after the move.', from: (value) => previous.get(value as object) })),
        ...(options.edge && edgeField(t, options.edge, edgeName(name, payload))),
      }),
    },
  );
}

interface DeletionShared {
  description: string;
  /** The type its global id names (`'Folder'`). */
  type: string;
  /** What is gone, for the payload's descriptions: `'deleted folder'`. */
  gone: string;
  /**
   * What it was removed from, whose counts or latest values change with it (a boost's recording,
   * a reading's gauge): a payload field read after the removal. The removed object is read first
   * to learn it, only when the client selects that field.
   */
  from?: RemovedFrom;
}

export interface RemovedFrom {
  /** The payload field, e.g. `recording`. */
  field: string;
  type: ObjectParam<Types> | InterfaceParam<Types>;
  /** Reads, before the removal, the link from the object to what holds it, with `reads`. */
  before: (ctx: Context, id: string) => Promise<unknown>;
  reads: OperationId;
  /** Loads that holder, after the removal. */
  load: (link: unknown, ctx: Context) => Promise<unknown> | null;
  /** Cost hints of that load (`firstPage()` for one page of a filtered list). */
  extensions?: Record<string, unknown>;
}

/** A removal that is one call naming the object (`DELETE /stacks/{folderId}.json`): the operation, said once. */
interface OneCallDeletion extends DeletionShared {
  operation: OperationId;
}

type IdInput = ReturnType<typeof idInput>;
const idInput = (t: InputBuilder) => ({ id: t.id({ required: true }) });

/** A removal that needs more than the object's id, or answers a compound key (a line within its Campfire). */
interface KeyedDeletion<Fields extends InputFieldMap> extends DeletionShared {
  uses: readonly OperationId[];
  inputDescription?: string;
  /** The input, when `{ id: ID! }` alone does not name the object. */
  input?: (t: InputBuilder) => Fields;
  /** Removes the object upstream, answering its node key: its Basecamp id, or the key that names it with its parents. */
  resolve: (input: InputShapeFromFields<Fields>, ctx: Context) => Promise<string>;
  /** Also answer `basecampId`, the object's own id, for a type whose node key is compound. */
  basecampId?: boolean;
}

/**
 * A mutation that removes an object (`deleteFolder(input: { id })`): the payload is the
 * `deletedId` client caches evict, and `basecampId` where the global id's key is compound.
 */
export function deletion<Fields extends InputFieldMap = IdInput>(name: string, options: OneCallDeletion | KeyedDeletion<Fields>): void {
  // Pothos infers one input shape per call; a one-call removal is the keyed form with the id input.
  const removal = ('operation' in options ? oneCall(options) : options) as KeyedDeletion<Fields>;
  const { from } = removal;
  mutation(name, {
    description: removal.description,
    uses: from ? [...removal.uses, from.reads] : removal.uses,
    ...(removal.inputDescription && { inputDescription: removal.inputDescription }),
    input: removal.input ?? (idInput as unknown as (t: InputBuilder) => Fields),
    resolve: async (input, ctx) => ({ key: await removal.resolve(input, ctx) }),
    payload: (t) => ({
      deletedId: t.id({
        description: `The global id of the ${removal.gone}, for client caches.`,
        resolve: ({ key }, _args, ctx) => encodeGlobalId(removal.type, ctx.accountId, key),
      }),
      ...(removal.basecampId && { basecampId: t.id({ description: `The Basecamp id of the ${removal.gone}.`, resolve: ({ key }) => ownId(key) }) }),
    }),
    // What it was removed from is what a move leaves: read ahead of the write, only when selected.
    ...(from && {
      left: {
        before: (input: InputShapeFromFields<Fields>, ctx: Context) => from.before(ctx, (input as { id: string }).id),
        parent: {
          [from.field]: {
            type: from.type,
            load: from.load,
            description: `What the ${removal.gone} was in, as it is after the change.`,
            ...(from.extensions && { extensions: from.extensions }),
          },
        },
      },
    }),
  });
}

/** Whether the client selected `field` on this mutation's payload (directly or through fragments). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    set?.selections.some((selection) =>
      selection.kind === Kind.FIELD
        ? selection.name.value === field
        : selection.kind === Kind.INLINE_FRAGMENT
          ? within(selection.selectionSet)
          : within(info.fragments[selection.name.value]?.selectionSet),
    ) ?? false;
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

/** A one-call removal in the keyed form: `{ id }` in, the operation sent with it, the Basecamp id out. */
function oneCall({ operation, ...shared }: OneCallDeletion): KeyedDeletion<IdInput> {
  const remove = byId(operation, shared.type);
  return { ...shared, uses: [operation], resolve: (input, ctx) => remove(ctx, input.id) };
}

type Shared = 'payload' | 'parent' | 'edge';

/**
 * Mutations of one object that answer alike (a column's moves and settings), their payload,
 * parent and edge said once: `const columnMutation = mutationsOf({ payload: { column:
 * CardTableColumn }, parent: { cardTable: CardTable } })`, then `columnMutation('moveCardTableColumn', { … })`.
 */
export function mutationsOf<Shape>(shared: Partial<Pick<MutationOptions<InputFieldMap, Shape>, Shared>>) {
  return <Fields extends InputFieldMap>(name: string, options: Omit<MutationOptions<Fields, Shape>, Shared> & Partial<Pick<MutationOptions<Fields, Shape>, Shared>>): void => {
    const merged = { ...shared, ...options };
    if (!merged.payload) throw new Error(`${name}: no payload.`);
    mutation(name, { ...merged, payload: merged.payload });
  };
}

/** `todo` → `todoEdge`: named after the payload's object, which an edge needs. */
function edgeName(name: string, payload: object): string {
  const [field] = typeof payload === 'function' ? [] : Object.keys(payload);
  if (!field) throw new Error(`${name}: an edge needs a payload of the form { todo: Todo }.`);
  return field;
}

export interface ParentLink {
  id: string;
  type: string;
}

/** A recording link (`parent`, a boost's `recording`) as an id and a Basecamp type; null when absent. */
export function linkOf(link: { id?: unknown; type?: unknown } | null | undefined): ParentLink | null {
  return link?.id == null || typeof link.type !== 'string' ? null : { id: String(link.id), type: link.type };
}

function parentOf(value: unknown): ParentLink | null {
  return linkOf((value as { parent?: { id?: unknown; type?: unknown } | null }).parent);
}

/** `from` picks the object whose parent is read (the payload value itself unless said otherwise). */
function parentFields<Shape>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>,
  parent: Record<string, Parent>,
  { description = 'What it sits in, as it is after the change.', from = (value: unknown) => value }: { description?: string; from?: (value: unknown) => unknown } = {},
) {
  return Object.fromEntries(
    Object.entries(parent).map(([field, spec]) => {
      const { type, load } = 'load' in spec ? spec : { type: spec, load: (value: unknown, ctx: Context) => loadParent(value, ctx, (spec as { name: string }).name) };
      return [
        field,
        t.field({
          type,
          nullable: true,
          description: ('load' in spec && spec.description) || description,
          // The type's own read, for coverage and price; an interface (any recording) names none and is priced as a load by id.
          extensions: { ...uses(...operationsOf(type)), ...('load' in spec && spec.extensions) },
          resolve: (value, _args, ctx) => {
            const object = from(value);
            return (object === undefined ? null : load(object, ctx)) as never;
          },
        }),
      ];
    }),
  );
}

/**
 * Through the type's per-request loader: one GET, revalidated against what this token cached.
 * A parent of another type (a to-do set's loose to-do has no list) is null, with no call.
 */
export function loadParent(value: unknown, ctx: Context, name: string): Promise<unknown> | null {
  const link = parentOf(value);
  const typeName = link && graphqlTypeFor(link.type);
  return typeName && (name === 'Recording' || typeName === name) ? loadRecording(ctx, link) : null;
}

function operationsOf(type: ObjectParam<Types> | InterfaceParam<Types>): OperationId[] {
  const extensions = builder.configStore.getTypeConfig(type as never).extensions as { basecampOperations?: OperationId[] } | undefined;
  return extensions?.basecampOperations ?? [];
}

function edgeField<Shape>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>, edge: NewEdge, field: string) {
  return {
    [`${field}Edge`]: t.field({
      // The parent connection's own edge type, so a client cache appends it to the list it holds.
      type: edge.type as never,
      nullable: true,
      extensions: { ...uses(edge.uses), ...(edge.addsAt === 'top' ? firstPage() : pagesRead(edgePages(edge))) },
      description:
        edge.addsAt === 'top'
          ? 'The new item as an edge of its parent\'s connection, for `after:`.'
          : `The new item as an edge of its parent's connection, for \`after:\`; null when the list holds it past its first ${itemsOnPagesOf(edge.uses, edgePages(edge))} items, which are all it reads.`,
      resolve: (value, _args, ctx) => findEdge(ctx, edge, value) as never,
    }),
  };
}

/**
 * The pages a bottom-adding list is read through for a new item's edge: those a 100-item window
 * reads (4 at Basecamp's gears; they hold 145 to-dos at the spec's page size of 50), and no
 * further, so the price can say what it costs.
 */
function edgePages(edge: NewEdge): number {
  return pagesOf(edge.uses, MAX_PAGE_SIZE);
}

/**
 * The edge the parent's connection gives the new item, found by reading that connection as a
 * client would (so the cursor is the very one a later page read returns): a one-item page when
 * the list adds at the top, otherwise the items on its first `edgePages` pages, in two windows
 * (the second re-reads the last of those pages from this operation's own answer, at no call).
 * Null if it is not listed there: a draft (without reading), or an item past that reach.
 */
async function findEdge(ctx: Context, edge: NewEdge, value: unknown): Promise<{ cursor: string; node: unknown } | null> {
  const link = (edge.parent ?? parentOf)(value);
  const id = String((value as { id: unknown }).id);
  // A draft is listed nowhere until it is published, and a parent the graph does not model (a
  // project's own timesheet) has no connection to find it in: no list to read.
  if (!link || !graphqlTypeFor(link.type) || (value as { status?: unknown }).status === 'drafted') return null;
  const reach = edge.addsAt === 'top' ? 1 : itemsOnPagesOf(edge.uses, edgePages(edge));
  let args: ConnectionArgs = { first: Math.min(reach, MAX_PAGE_SIZE) };
  for (let seen = 0; seen < reach; ) {
    const page = await edge.list(ctx, link.id, args, value);
    const found = page.edges.find((candidate) => String(candidate.node.id) === id);
    if (found) return { cursor: found.cursor, node: value };
    seen += page.edges.length;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return null;
    args = { first: Math.min(reach - seen, MAX_PAGE_SIZE), after: page.pageInfo.endCursor };
  }
  return null;
}

function returnedFields<Shape>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>, payload: Record<string, Returned>) {
  return Object.fromEntries(
    Object.entries(payload).map(([field, returned]) => {
      const { type, description } = 'type' in returned ? returned : { type: returned, description: undefined };
      // The write's own answer, whole: no call of its own.
      return [field, t.field({ type, ...(description && { description }), extensions: embedded(), resolve: (value) => value as never })];
    }),
  );
}
