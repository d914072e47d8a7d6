import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.resetLog();
  stack.sandbox.faults.clear();
});

describe('an upstream answer that lacks what Basecamp always sends', () => {
  it('is UPSTREAM_ERROR naming the field, not an internal error, and its siblings still answer', async () => {
    // A 200 whose JSON has none of a person's keys.
    stack.sandbox.faults.add({ method: 'GET', path: `/people/${SEED.people.member}.json`, status: 200 });
    const result = await stack.graphql(`query($id: ID!) { person(id: $id) { name } me { name } }`, { variables: { id: SEED.people.member } });
    expect(result.errors).toEqual([
      expect.objectContaining({ message: "Basecamp's answer has no value for Person.name, which it always sends.", path: ['person', 'name'], extensions: { code: 'UPSTREAM_ERROR' } }),
    ]);
    expect(result.data).toEqual({ person: null, me: { name: expect.any(String) } });
  });
});
