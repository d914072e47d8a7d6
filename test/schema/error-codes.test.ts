import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/resolvers/global-id.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

/** Every error of the answer carries a code; returns the codes. */
function codes(result: { errors?: { extensions?: Record<string, any> }[] }): unknown[] {
  expect(result.errors?.length).toBeGreaterThan(0);
  for (const error of result.errors ?? []) expect(typeof error.extensions?.code, JSON.stringify(error)).toBe('string');
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

describe('every error a client can get has extensions.code', () => {
  it('a variable of the wrong type is BAD_USER_INPUT, before any call', async () => {
    const result = await stack.graphql('query($n: Int) { projects(first: $n) { totalCount } }', { variables: { n: 'three' } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('a missing required variable and a malformed input object are BAD_USER_INPUT', async () => {
    expect(codes(await stack.graphql('query($n: Int!) { projects(first: $n) { totalCount } }', { variables: {} }))).toEqual(['BAD_USER_INPUT']);
    const input = await stack.graphql('mutation($i: CreateTodoInput!) { createTodo(input: $i) { todo { id } } }', { variables: { i: { nope: 1 } } });
    expect(new Set(codes(input))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('an unknown type in a global id is BAD_USER_INPUT', async () => {
    const result = await stack.graphql('query($id: ID!) { node(id: $id) { id } }', { variables: { id: encodeGlobalId('Spaceship', stack.sandbox.accountId, '1') } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('a subscription operation is answered with coded errors, over plain POST and over SSE', async () => {
    // Whatever the subscription root holds, this selection cannot be served.
    const query = 'subscription { count }';
    codes(await stack.graphql(query));
    const response = await stack.gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query }),
    });
    const events = (await response.text()).split('\n').filter((line) => line.startsWith('data: {')).map((line) => JSON.parse(line.slice(6)));
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) codes(event);
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('parse and validation errors keep Yoga\'s codes', async () => {
    expect(codes(await stack.graphql('{ me { name }'))).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(codes(await stack.graphql('{ me { nope } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(codes(await stack.graphql('{ projects(last: 3) { totalCount } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
