import { getNamedType, isLeafType, isObjectType, isInterfaceType } from 'graphql';
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

/** Every leaf field of a GraphQL object type, as a selection: `{ basecampId title createdAt … }`. */
export function leafSelection(typeName: string): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`${typeName} is not an object type`);
  const leaves = Object.values(type.getFields()).filter((field) => isLeafType(getNamedType(field.type)) && field.args.length === 0);
  return `{ ${leaves.map((field) => field.name).join(' ')} }`;
}

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * Checks a GraphQL object (selected with `leafSelection`) against the REST JSON of the same
 * object: each field equals the snake_case key (`basecampId` ↔ `id`; the Relay `id` is skipped).
 * A missing REST key must come back null.
 */
export function expectMatchesRest(graphql: Record<string, unknown>, rest: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(graphql)) {
    if (field === 'id' || field === '__typename') continue;
    const key = field === 'basecampId' ? 'id' : snake(field);
    expect(value, `${field} ↔ ${key}`).toEqual(rest[key] ?? null);
  }
}
