import type { InputFieldMap, InputShapeFromFields, ObjectFieldsShape, ObjectParam, SchemaTypes } from '@pothos/core';
import type { Context } from '../context.ts';
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
      outputFields: typeof payload === 'function' ? payload : (t) => returnedFields(t, payload),
    },
  );
}

function returnedFields<Shape>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>, payload: Record<string, Returned>) {
  return Object.fromEntries(
    Object.entries(payload).map(([field, returned]) => {
      const { type, description } = 'type' in returned ? returned : { type: returned, description: undefined };
      return [field, t.field({ type, ...(description && { description }), resolve: (value) => value as never })];
    }),
  );
}
