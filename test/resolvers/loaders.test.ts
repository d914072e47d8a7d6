import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.ts';
import { loadByKey } from '../../src/resolvers/chat-keys.ts';
import { loadEach } from '../../src/resolvers/loaders.ts';

/** A context whose session records the operations it is asked to call and answers with their params. */
function recordingContext() {
  const calls: unknown[][] = [];
  const ctx = {
    accountId: '999',
    basecamp: {
      call: async (...args: unknown[]) => {
        calls.push(args);
        if ((args[1] as { todoId?: string }).todoId === '404') throw new Error('gone');
        return args[1];
      },
    },
  } as unknown as Context;
  return { ctx, calls };
}

describe('node loaders that name their GET', () => {
  it('loadEach reads each id with the operation, one result or Error per id in order, and says which GET it is', async () => {
    const { ctx, calls } = recordingContext();
    const load = loadEach('GetTodo');
    expect(load.reads).toBe('GetTodo');
    const results = await load(ctx, ['1', '404', '2']);
    expect(results.map((result) => (result instanceof Error ? result.message : result))).toEqual([{ todoId: '1' }, 'gone', { todoId: '2' }]);
    expect(calls.map(([operation, params]) => [operation, params])).toEqual([['GetTodo', { todoId: '1' }], ['GetTodo', { todoId: '404' }], ['GetTodo', { todoId: '2' }]]);
  });

  it('loadByKey splits each compound key into the path parameters, and refuses a key of the wrong form per key', async () => {
    const { ctx, calls } = recordingContext();
    const load = loadByKey('GetCampfireLine', 2, ([campfireId, lineId]) => ({ campfireId, lineId }));
    expect(load.reads).toBe('GetCampfireLine');
    const [line, wrong] = await load(ctx, ['7-8', '9']);
    expect(line).toEqual({ campfireId: '7', lineId: '8' });
    expect(wrong).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(calls).toHaveLength(1);
  });

  it('loadEach refuses, when the schema is built, a GET whose path needs more than the id', () => {
    expect(() => loadEach('GetChatbot')).toThrow('GetChatbot names 3 path parameters, not one id.');
  });
});
