import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { compositeKey, fetchByKey, joinKey } from './chat-keys.ts';
import { fetchEach } from './loaders.ts';

/** The spec's forward; `from` is null when Basecamp could not tell the sender. */
export type ForwardRecord = Omit<Wire.Forward, 'from'> & { from?: string | null };

export const fetchInboxes = (ctx: Context, ids: readonly string[]) => fetchEach(ctx, ids, 'GetInbox', (inboxId) => ({ inboxId }));

export const fetchForwards = (ctx: Context, ids: readonly string[]): Promise<(ForwardRecord | Error)[]> => fetchEach(ctx, ids, 'GetForward', (forwardId) => ({ forwardId }));

/** `GET /inbox_forwards/{forwardId}/replies/{id}.json`; keys are `forwardId-replyId`. */
export const fetchInboxReplies = (ctx: Context, keys: readonly string[]) =>
  fetchByKey(ctx, keys, 2, 'GetForwardReply', ([forwardId, replyId]) => ({ forwardId, replyId }));

/** A reply's loader key, from the reply itself. */
export function inboxReplyKey(reply: Wire.ForwardReply): string {
  return joinKey(reply.parent.id, reply.id);
}

/** Root-field argument → reply key: a global reply id, or a plain one with its forward. */
export function inboxReplyKeyOf(ctx: Context, id: string, forwardId?: string | null): string {
  return compositeKey(ctx, id, 'InboxReply', [{ field: 'forwardId', value: forwardId, typenames: ['Forward'] }]);
}

