import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { inputError } from './input.ts';

/** The current person's Hey! menu: notifications, bubble-ups, marking read. */

/** A notification plus the keys the docs list but the spec does not. */
export type NotificationRecord = Wire.Notification;

/** `GET /my/readings.json`: one page of reads (`page`, from 1) with the unreads and bubble-ups. */
export function fetchMyNotifications(ctx: Context, args: { page?: number | null; limitBubbleUps?: boolean | null }) {
  if (args.page != null && (!Number.isInteger(args.page) || args.page < 1)) throw inputError('page', 'must be a whole number of at least 1');
  return call(ctx, 'GetMyNotifications', {}, { query: {
    page: args.page && args.page > 1 ? String(args.page) : undefined,
    limit_bubble_ups: args.limitBubbleUps ? 'true' : undefined,
  } });
}

/** `PUT /my/unreads.json` (200, no body) with the notifications' `readable_sgid`s; answers the inbox. */
export async function markAsRead(ctx: Context, readables: readonly string[]) {
  if (readables.length === 0) throw inputError('readables', "can't be empty");
  if (readables.some((sgid) => sgid.trim() === '')) throw inputError('readables', "can't contain blanks");
  await call(ctx, 'MarkAsRead', {}, { body: { readables: [...readables] } });
  return fetchMyNotifications(ctx, {});
}
