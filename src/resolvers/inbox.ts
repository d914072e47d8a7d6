import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { compositeKey, joinKey, loadByKey } from './chat-keys.ts';
import { loadEach, type NodeLoader } from './loaders.ts';

/** The spec's forward; `from` is null when Basecamp could not tell the sender. */
export type ForwardRecord = Omit<Wire.Forward, 'from'> & { from?: string | null };

export const fetchInboxes = loadEach('GetInbox');

export const fetchForwards: NodeLoader<ForwardRecord> = loadEach('GetForward');

/** `GET /inbox_forwards/{forwardId}/replies/{id}.json`; keys are `forwardId-replyId`. */
export const fetchInboxReplies = loadByKey('GetForwardReply', 2, ([forwardId, replyId]) => ({ forwardId, replyId }));

/** A reply's loader key, from the reply itself. */
export function inboxReplyKey(reply: Wire.ForwardReply): string {
  return joinKey(reply.parent.id, reply.id);
}

/** Root-field argument → reply key: a global reply id, or a plain one with its forward. */
export function inboxReplyKeyOf(ctx: Context, id: string, forwardId?: string | null): string {
  return compositeKey(ctx, id, 'InboxReply', [{ field: 'forwardId', value: forwardId, typenames: ['Forward'] }]);
}

