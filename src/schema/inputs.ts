import type { InputFieldRef } from '@pothos/core';
import type { Types } from './builder.ts';
import { SPEC_INPUTS, type InputOperation } from './generated/inputs.ts';
import type { InputBuilder } from './mutation.ts';

type Spec<Op extends InputOperation> = (typeof SPEC_INPUTS)[Op];
type PathOf<Op extends InputOperation> = Spec<Op>['path'];
type Last<Path> = Path extends readonly [...unknown[], infer Own] ? Own : never;
type Body<Op extends InputOperation> = Spec<Op>['body'];

/** The row as input fields: path parameters (required ids) and body keys, by GraphQL name. */
type Row<Op extends InputOperation> = { [Name in PathOf<Op>[number]]: 'ID!' } & Body<Op>;
/** The path parameters with the object's own (the last: `RepositionTodo`'s `todoId`) named `id`. */
type OwnPath<Op extends InputOperation> = { [Name in Exclude<PathOf<Op>[number], Last<PathOf<Op>>> | 'id']: 'ID!' };
type OwnRow<Op extends InputOperation> = OwnPath<Op> & Body<Op>;
/** The same with every body key optional, for patch semantics. */
type PatchRow<Op extends InputOperation> = OwnPath<Op> & {
  [Name in keyof Body<Op>]: Body<Op>[Name] extends `${infer Bare}!` ? Bare : Body<Op>[Name];
};

// The shapes resolvers receive, read off the row's type strings: `'[ID!]'` → `string[]`, `'Int!'` → `number`.
type ScalarShape<Type> = Type extends 'Int' | 'Float' ? number : Type extends 'Boolean' ? boolean : string;
type ValueShape<Type> = Type extends `[${infer Item}!]` ? ScalarShape<Item>[] : ScalarShape<Type>;
type Shape<Type> = Type extends `${infer Bare}!` ? ValueShape<Bare> : ValueShape<Type> | null | undefined;
type LeftOut<Overlay> = { [Name in keyof Overlay]: Overlay[Name] extends false ? Name : never }[keyof Overlay];

/**
 * A mutation's own words on top of a row, by input field name: a string is the description,
 * `false` leaves the field out (the mutation declares it by hand, or the graph does not take it).
 */
type Overlay<Fields> = { [Name in keyof Fields]?: string | false };

type InputFields<Row, Words> = { [Name in Exclude<keyof Row, LeftOut<Words>> & string]: InputFieldRef<Types, Shape<Row[Name]>> };

/**
 * The input fields of a write as the spec describes it (src/schema/generated/inputs.ts): its
 * path parameters and its body's scalar keys, typed, listed and required as the spec says,
 * with `words` on top. A field the row lacks (an enum, an upload) is declared beside the spread.
 */
export function specInput<Op extends InputOperation, const Words extends Overlay<Row<Op>> = {}>(t: InputBuilder, operation: Op, words?: Words): InputFields<Row<Op>, Words> {
  const { path, body } = SPEC_INPUTS[operation];
  return declareFields(t, operation, { ...required(path), ...body }, words) as InputFields<Row<Op>, Words>;
}

/** A write on one object: as `specInput`, but the object's own path parameter is `id`. */
export function specInputOn<Op extends InputOperation, const Words extends Overlay<OwnRow<Op>> = {}>(t: InputBuilder, operation: Op, words?: Words): InputFields<OwnRow<Op>, Words> {
  const { path, body } = SPEC_INPUTS[operation];
  return declareFields(t, operation, { ...required(path.slice(0, -1)), id: 'ID!', ...body }, words) as InputFields<OwnRow<Op>, Words>;
}

/**
 * An update with patch semantics over a write that replaces the whole object: as `specInputOn`,
 * but every body key is optional, since one left out keeps its value (the resolver reads the
 * object first) and an explicit null clears it.
 */
export function specPatch<Op extends InputOperation, const Words extends Overlay<PatchRow<Op>> = {}>(t: InputBuilder, operation: Op, words?: Words): InputFields<PatchRow<Op>, Words> {
  const { path, body } = SPEC_INPUTS[operation];
  const optional = Object.fromEntries(Object.entries(body).map(([name, type]) => [name, type.replace(/!$/, '')]));
  return declareFields(t, operation, { ...required(path.slice(0, -1)), id: 'ID!', ...optional }, words) as InputFields<PatchRow<Op>, Words>;
}

function required(path: readonly string[]): Record<string, string> {
  return Object.fromEntries(path.map((name) => [name, 'ID!']));
}

function declareFields(t: InputBuilder, operation: string, row: Record<string, string>, words: Record<string, string | false | undefined> = {}) {
  for (const name of Object.keys(words)) {
    if (!(name in row)) throw new Error(`${operation}: the spec's input has no ${name} (it has ${Object.keys(row).join(', ')}).`);
  }
  const fields: Record<string, InputFieldRef<Types, unknown>> = {};
  for (const [name, type] of Object.entries(row)) {
    const description = words[name];
    if (description === false) continue;
    const [, list, scalar] = /^(\[)?(\w+)/.exec(type) ?? [];
    fields[name] = t.field({
      type: (list ? [scalar] : scalar) as never,
      required: type.endsWith('!'),
      ...(description === undefined ? {} : { description }),
      // The row it came from, so a test holds it to the operations its mutation says it uses.
      extensions: { specInput: operation },
    }) as InputFieldRef<Types, unknown>;
  }
  return fields;
}
