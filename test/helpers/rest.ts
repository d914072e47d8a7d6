import { getNamedType, isEnumType, isLeafType, isObjectType, isInterfaceType, type GraphQLEnumType } from 'graphql';
import { expect } from 'vitest';
import { parseJson } from '../../src/client/json.ts';
import { schema } from '../../src/schema/index.ts';
import type { Stack } from './stack.ts';

/** GETs an account-relative path straight from the sandbox, as a REST client would, parsed losslessly. */
export async function restGet<T = any>(stack: Stack, path: string, token = stack.sandbox.tokens.owner!): Promise<T> {
  const response = await fetch(`${stack.apiRoot}${path}`, {
    headers: { authorization: `Bearer ${token}`, 'user-agent': 'Basecamp GraphQL tests (tests@example.test)' },
  });
  expect(response.status, `GET ${path}`).toBe(200);
  return parseJson(await response.text()) as T;
}

/** Every leaf field of a GraphQL object type, as a selection: `{ __typename basecampId title createdAt … }`. */
export function leafSelection(typeName: string): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`${typeName} is not an object type`);
  const leaves = Object.values(type.getFields()).filter((field) => isLeafType(getNamedType(field.type)) && field.args.length === 0);
  // `__typename` lets `expectMatchesRest` tell enum fields from strings.
  return `{ __typename ${leaves.map((field) => field.name).join(' ')} }`;
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * Checks a GraphQL object (selected with `leafSelection`) against the REST JSON of the same
 * object: each field equals the snake_case key (`basecampId` ↔ `id`; the Relay `id` is skipped).
 * A missing REST key must come back null. An enum field is the name of the enum value for
 * Basecamp's string, which must be one the enum knows (never the `OTHER` fallback).
 */
export function expectMatchesRest(graphql: Record<string, unknown>, rest: Record<string, unknown>): void {
  const type = typeof graphql.__typename === 'string' ? schema.getType(graphql.__typename) : undefined;
  const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
  for (const [field, value] of Object.entries(graphql)) {
    if (field === 'id' || field === '__typename') continue;
    const key = field === 'basecampId' ? 'id' : snake(field);
    const named = fields[field] && getNamedType(fields[field].type);
    const expected = isEnumType(named) && rest[key] != null ? enumName(named, rest[key]) : (rest[key] ?? null);
    expect(value, `${field} ↔ ${key}`).toEqual(expected);
  }
}

/** The enum value named for Basecamp's string, an alias (`ScheduleEntry`) included; fails for one the enum lacks. */
function enumName(type: GraphQLEnumType, value: unknown): string {
  const aliases = (type.extensions.openEnum as { aliases?: Record<string, string> } | undefined)?.aliases ?? {};
  const name = type.getValues().find((known) => known.value === value)?.name ?? aliases[String(value)];
  expect(name, `${type.name} knows ${JSON.stringify(value)}`).toBeDefined();
  return name!;
}
