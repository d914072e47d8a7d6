import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.ts';
import { encodeGlobalId } from '../../src/resolvers/global-id.ts';
import { byId } from '../../src/resolvers/writes.ts';

const ACCOUNT = '999';

/** A context whose session records the operations it is asked to call. */
function recordingContext() {
  const calls: unknown[][] = [];
  const ctx = { accountId: ACCOUNT, basecamp: { call: async (...args: unknown[]) => void calls.push(args) } } as unknown as Context;
  return { ctx, calls };
}

describe('byId: a one-call write said by its operation', () => {
  it('sends the operation with the Basecamp id in its one path parameter, from a global or a plain id', async () => {
    const { ctx, calls } = recordingContext();
    const deleteWebhook = byId('DeleteWebhook', 'Webhook');
    expect(await deleteWebhook(ctx, encodeGlobalId('Webhook', ACCOUNT, '42'))).toBe('42');
    expect(await deleteWebhook(ctx, '43')).toBe('43');
    expect(calls).toEqual([['DeleteWebhook', { webhookId: '42' }, undefined], ['DeleteWebhook', { webhookId: '43' }, undefined]]);
  });

  it('refuses the id of another type before any call', async () => {
    const { ctx, calls } = recordingContext();
    await expect(byId('DeleteWebhook', 'Webhook')(ctx, encodeGlobalId('Todo', ACCOUNT, '42'))).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(calls).toEqual([]);
  });

  it('refuses, when the schema is built, an operation whose path needs more than one id', () => {
    expect(() => byId('DeleteChatbot', 'Chatbot')).toThrow('DeleteChatbot names 3 path parameters, not one id.');
    expect(() => byId('CreateProject', 'Project')).toThrow('CreateProject names 0 path parameters, not one id.');
  });
});
