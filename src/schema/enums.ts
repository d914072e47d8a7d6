import { GraphQLEnumType, GraphQLError, Kind, type GraphQLSchema, type ValueNode } from 'graphql';
import type { EnumRef } from '@pothos/core';
import { builder, type Types } from './builder.ts';

/** An open enum: any string out (unknown ones as `OTHER`), only its own values in. */
export type OpenEnumRef<Input extends string = string> = EnumRef<Types, string, Input>;

/**
 * Enums for the closed sets Basecamp sends (a status, a type name), made safe for a set that
 * grows: graphql-js throws "Enum cannot represent value" on a value it does not know, which would
 * null a non-null field and everything up to the nearest nullable parent. An open enum answers
 * `OTHER` instead; the value joins the enum in a later release, an additive change.
 */

/** The name every open enum answers with for a value it does not know. */
export const OTHER = 'OTHER';
/** `OTHER`'s internal value: never a value Basecamp sends, so only the fallback produces it. */
const OTHER_VALUE = '__unknown_to_this_schema__';
const OTHER_DESCRIPTION = 'A value Basecamp sent that this schema does not know yet (a later release adds it). Never sent as input.';

interface OpenEnumExtensions {
  /** Basecamp strings that mean an existing value, by value name (the same type spelt two ways). */
  aliases?: Readonly<Record<string, string>>;
}

const EXTENSION = 'openEnum';

interface OpenEnumOptions<Values extends Record<string, { value: string; description?: string }>> {
  description: string;
  values: Values;
  /** Another spelling Basecamp uses for a value, e.g. `ScheduleEntry` for `Schedule::Entry`. */
  aliases?: Readonly<Record<string, keyof Values & string>>;
}

/**
 * An enum of Basecamp's strings (internal value = Basecamp's string, so resolvers return what
 * they read) with `OTHER` for a value it does not know. As output it takes any string; as input,
 * its own values only. A set that already has an `OTHER` of Basecamp's own (a Google document's
 * `other`) keeps it, and unknown values join it.
 */
export function openEnum<const Values extends Record<string, { value: string; description?: string }>>(
  name: string,
  options: OpenEnumOptions<Values>,
): OpenEnumRef<Values[keyof Values]['value']> {
  const values = OTHER in options.values ? options.values : { ...options.values, [OTHER]: { value: OTHER_VALUE, description: OTHER_DESCRIPTION } };
  const extensions: OpenEnumExtensions = options.aliases ? { aliases: options.aliases } : {};
  return builder.enumType(name, { description: options.description, values, extensions: { [EXTENSION]: extensions } }) as never;
}

/** Told once per (enum, value) a process meets, e.g. to log it; the gateway sets it. */
type UnknownValueReporter = (enumName: string, value: unknown) => void;

let reporter: UnknownValueReporter | undefined;
const reported = new Set<string>();
/** Past this many distinct values (a field mistaken for a closed set, say), reporting stops: memory stays bounded. */
const MAX_REPORTED = 1000;

/** Where unknown values are reported (one reporter: the last gateway created sets it). */
export function reportUnknownEnumValues(report: UnknownValueReporter | undefined): void {
  reporter = report;
}

/**
 * Makes every open enum of a built schema answer `OTHER` for a value it does not know, and
 * refuse `OTHER` as input: the one place unknown values are handled. Returns the same schema.
 */
export function openEnums(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLEnumType)) continue;
    const extensions = type.extensions[EXTENSION] as OpenEnumExtensions | undefined;
    if (extensions) open(type, extensions);
  }
  return schema;
}

function open(type: GraphQLEnumType, { aliases = {} }: OpenEnumExtensions): void {
  const names = new Map<unknown, string>(type.getValues().map((value) => [value.value, value.name]));
  for (const [alias, name] of Object.entries(aliases)) names.set(alias, name);
  type.serialize = (value: unknown) => {
    const name = names.get(value);
    if (name !== undefined) return name;
    const key = `${type.name}\u0000${String(value)}`;
    if (!reported.has(key) && reported.size < MAX_REPORTED) {
      reported.add(key);
      reporter?.(type.name, value);
    }
    return OTHER;
  };
  // Only the fallback `OTHER` is refused; an `OTHER` Basecamp itself knows stays a valid input.
  if (type.getValue(OTHER)?.value !== OTHER_VALUE) return;
  // The request fails as for an unknown value: in the document a plain Error, which validation
  // reports with the type and place (GRAPHQL_VALIDATION_FAILED); in a variable, BAD_USER_INPUT.
  const message = `${OTHER} stands for a ${type.name} value this schema does not know yet; it cannot be sent.`;
  const parseValue = type.parseValue.bind(type);
  const parseLiteral = type.parseLiteral.bind(type);
  type.parseValue = (value: unknown) => {
    if (value === OTHER) throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    return parseValue(value);
  };
  type.parseLiteral = (node: ValueNode, variables?: Parameters<GraphQLEnumType['parseLiteral']>[1]) => {
    if (node.kind === Kind.ENUM && node.value === OTHER) throw new Error(message);
    return parseLiteral(node, variables);
  };
}

/** A value Basecamp sends, alone or with our description of it. */
type Value = string | readonly [value: string, description: string];

type ValueOf<V extends Value> = V extends readonly [infer Sent, string] ? Sent : V;

/**
 * A GraphQL enum over the strings Basecamp sends, each name with its string and, where it needs
 * saying, our description: `enumOf('CardDueFilter', 'Narrows …', { WITH: ['with', 'Only cards with a due date.'] })`.
 */
export function enumOf<const Values extends Record<string, Value>>(name: string, description: string, values: Values) {
  const config = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? { value } : { value: value[0], description: value[1] }]),
  ) as { [K in keyof Values]: { value: ValueOf<Values[K]>; description?: string } };
  return builder.enumType(name, { description, values: config });
}
