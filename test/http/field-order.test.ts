import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/gateway.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

/**
 * The GraphQL spec (7.2.2, Serialized Map Ordering) wants response keys in the order the
 * query selected them. yoga's executor used to write a field's key when its value resolved, so
 * a field that waits on Basecamp (`me`) or a promised global id came after the sync ones; clients
 * that snapshot or diff responses saw keys move. Checked on the JSON text over real HTTP, since
 * a parsed object would hide nothing that `toEqual` looks at.
 */

let stack: Stack;
let served: Served;

beforeAll(async () => {
  stack = await startStack();
  served = await serve(createGateway({ client: stack.client, defaultAccountId: stack.sandbox.accountId, defaultToken: stack.sandbox.tokens.owner!, logLevel: 'silent' }));
});
afterAll(async () => {
  await served.close();
  await stack.close();
});

async function keysInOrder(query: string): Promise<string[]> {
  const response = await fetch(`${served.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await response.text();
  expect(JSON.parse(text).errors).toBeUndefined();
  return [...text.matchAll(/"(\w+)":/g)].map((match) => match[1]!);
}

describe('response keys', () => {
  it('follow the selection when an upstream field comes before a local one', async () => {
    const keys = await keysInOrder('{ me { id } rateLimit { remaining limit } }');
    expect(keys.slice(0, 6)).toEqual(['data', 'me', 'id', 'rateLimit', 'remaining', 'limit']);
  });

  it('follow the selection inside an object whose global id resolves later than its other fields', async () => {
    const keys = await keysInOrder('{ me { id basecampId name } }');
    expect(keys.slice(0, 5)).toEqual(['data', 'me', 'id', 'basecampId', 'name']);
  });

  it('follow aliases in the order written', async () => {
    const keys = await keysInOrder('{ b: me { name } a: rateLimit { limit } c: me { id } }');
    expect(keys.slice(0, 7)).toEqual(['data', 'b', 'name', 'a', 'limit', 'c', 'id']);
  });
});
