import type { InputFieldMap, InputShapeFromFields, ObjectFieldsShape, ObjectParam, SchemaTypes } from '@pothos/core';
import type { Context } from '../context.ts';
import type { Connection, ConnectionArgs } from '../resolvers/connection.ts';
import { builder } from './builder.ts';
import { uses } from './coverage.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

/** A payload field that hands back the resolver's result as is: its type, or the type with a description. */
type Returned = ObjectParam<Types> | { type: ObjectParam<Types>; description: string };

export interface MutationOptions<Fields extends InputFieldMap, Shape> {
  /** What the mutation does, for the Mutation field. */
  description: string;
  /** The Basecamp operations it calls (OpenAPI operation ids), for coverage and cost. */
  uses: readonly string[];
  /** The `<Name>Input` type's description, when it says more than the default. */
  inputDescription?: string;
  input: (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => Fields;
  resolve: (input: InputShapeFromFields<Fields>, ctx: Context) => Shape | Promise<Shape>;
  /**
   * The payload: `{ todo: Todo }` returns the resolver's result as that field (the common case),
   * or a fields function when the payload is anything else (an id of a deleted object, flags).
   */
  payload: Record<string, Returned> | ObjectFieldsShape<Types, Shape>;
  /** The `<Name>Payload` type's description, when it says more than the default. */
  payloadDescription?: string;
  /**
   * The object the changed one sits in, named after its type (`{ todolist: Todolist }`), read
   * through its node loader by the changed object's `parent.id` when a client selects it: its
   * counts (`todosCount`, `completedRatio`) change with the write.
   */
  parent?: Record<string, ObjectParam<Types>>;
  /** For creates: the new item as an edge of the parent's connection (`todoEdge { cursor node }`). */
  edge?: NewEdge;
}

export interface NewEdge {
  /** The connection's edge type, e.g. `TodoEdge`. */
  type: string;
  /** The parent's connection with its default arguments, as the connection field reads it. */
  list: (ctx: Context, parentId: string, args: ConnectionArgs) => Promise<Connection<{ id: unknown }>>;
  /** Where the list puts a new item: the top (newest first, one short page finds it) or the bottom. */
  addsAt: 'top' | 'bottom';
}

/**
 * One Relay mutation (`name(input: NameInput!): NamePayload`): the input type, the field and the
 * payload type in one call, so a family module states only what differs between mutations.
 */
export function mutation<Fields extends InputFieldMap, Shape>(name: string, options: MutationOptions<Fields, Shape>): void {
  const { payload } = options;
  builder.relayMutationField(
    name,
    { ...(options.inputDescription && { description: options.inputDescription }), inputFields: options.input },
    {
      description: options.description,
      extensions: uses(...options.uses),
      // Pothos cannot follow the generic input through its own mapped types; the shape is the same.
      resolve: (_root, args, ctx) => options.resolve((args as unknown as { input: InputShapeFromFields<Fields> }).input, ctx) as never,
    },
    {
      ...(options.payloadDescription && { description: options.payloadDescription }),
      outputFields: (t) => ({
        ...(typeof payload === 'function' ? payload(t) : returnedFields(t, payload)),
        ...(options.parent && parentFields(t, options.parent)),
        ...(options.edge && edgeField(t, options.edge, Object.keys(payload)[0]!)),
      }),
    },
  );
}

function parentOf(value: unknown): string | null {
  const id = (value as { parent?: { id?: unknown } | null }).parent?.id;
  return id == null ? null : String(id);
}

function parentFields<Shape>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>, parent: Record<string, ObjectParam<Types>>) {
  return Object.fromEntries(
    Object.entries(parent).map(([field, type]) => [
      field,
      // A loadable node ref takes the id and reads it through its loader (one GET, revalidated).
      t.field({ type, nullable: true, description: 'What it sits in, as it is after the change.', resolve: (value) => parentOf(value) as never }),
    ]),
  );
}

function edgeField<Shape>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>, edge: NewEdge, field: string) {
  return {
    [`${field}Edge`]: t.field({
      // The parent connection's own edge type, so a client cache appends it to the list it holds.
      type: edge.type as never,
      nullable: true,
      description: 'The new item as an edge of its parent\'s connection, with a cursor for `after:` there.',
      resolve: (value, _args, ctx) => findEdge(ctx, edge, value) as never,
    }),
  };
}

/**
 * The edge the parent's connection gives the new item, found by reading that connection as a
 * client would (so the cursor is the very one a later page read returns): a one-item page when
 * the list adds at the top, otherwise whole pages up to the bottom. Null if it is not listed.
 */
async function findEdge(ctx: Context, edge: NewEdge, value: unknown): Promise<{ cursor: string; node: unknown } | null> {
  const parentId = parentOf(value);
  const id = String((value as { id: unknown }).id);
  if (parentId === null) return null;
  let args: ConnectionArgs = { first: edge.addsAt === 'top' ? 1 : 100 };
  for (;;) {
    const page = await edge.list(ctx, parentId, args);
    const found = page.edges.find((candidate) => String(candidate.node.id) === id);
    if (found) return { cursor: found.cursor, node: value };
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return null;
    args = { first: 100, after: page.pageInfo.endCursor };
  }
}

function returnedFields<Shape>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>, payload: Record<string, Returned>) {
  return Object.fromEntries(
    Object.entries(payload).map(([field, returned]) => {
      const { type, description } = 'type' in returned ? returned : { type: returned, description: undefined };
      return [field, t.field({ type, ...(description && { description }), resolve: (value) => value as never })];
    }),
  );
}
