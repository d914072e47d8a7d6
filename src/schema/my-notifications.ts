import type * as Wire from '../client/wire-types.ts';
import { fetchMyNotifications, markAsRead, type NotificationRecord } from '../resolvers/my-notifications.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { calls } from './coverage.ts';
import { specFields } from './fields.ts';
import { specInput } from './inputs.ts';
import { mutation } from './mutation.ts';
import { connectionOf, identifiedRef, paged } from './nodes.ts';
import { Person } from './people.ts';

/** The current person's Hey! menu: unread and read notifications, bubble-ups, marking read. */

const PreviewableAttachment = identifiedRef<Wire.PreviewableAttachment>('PreviewableAttachment', { nullable: true }).implement({
  description: 'An image or file a notification can preview.',
  fields: (t) => ({
    ...specFields(t, 'PreviewableAttachment', {
      contentType: 'The file\'s MIME type.',
      filesize: 'Size in bytes.',
    }),
  }),
});

export const Notification = identifiedRef<NotificationRecord>('Notification').implement({
  description: 'One entry of the current person\'s Hey! menu: activity on something they follow.',
  fields: (t) => ({
    ...specFields(t, 'Notification', {
      basecampId: 'The numeric Basecamp id of the notification, as a string.',
      section: 'Which part of the menu: `inbox`, `chats`, `pings`, `bubbles`, `mentions` or `remembered`.',
      unreadCount: 'Updates not yet seen.',
      unreadAt: 'When it last became unread.',
      readAt: 'When it was read; null while unread.',
      readableSgid: 'What `markAsRead` takes to mark it read.',
      readableIdentifier: 'A readable key for the item, e.g. `todo_123`.',
      type: 'What kind of thing it is about, e.g. `RECORDING`.',
      bucketName: 'The project\'s name.',
      contentExcerpt: 'The start of the text, plain.',
      memoryUrl: 'Set only on items that can be kept for later.',
      bubbleUpUrl: 'Set only on items that can bubble up.',
      bubbleUpAt: 'When a scheduled bubble-up resurfaces.',
      subscribed: 'Whether the person follows what it is about.',
      named: 'On pings: whether it has its own name.',
      imageUrl: 'On pings: its own picture.',
      previewableAttachments: { type: [PreviewableAttachment], description: 'Up to ten files it can preview.' },
      participants: { type: [Person], description: 'On pings: the other people in it.', extensions: embedded() },
    }),
    creator: t.field({
      type: Person,
      nullable: true,
      description: 'Who caused it. Embedded in full: no extra call.',
      extensions: embedded(),
      resolve: (notification) => notification.creator ?? null,
    }),
  }),
});

export const NotificationInbox = builder.objectRef<Wire.GetMyNotificationsResponseContent>('NotificationInbox').implement({
  description: 'The current person\'s Hey! menu: unread items, one page of read ones, and bubble-ups.',
  fields: (t) => ({
    unreads: t.field({ type: [Notification], description: 'Unread items, newest first (at most 100).', resolve: (inbox) => inbox.unreads ?? [] }),
    reads: t.field({ type: [Notification], description: 'The requested page of read items (50 a page).', resolve: (inbox) => inbox.reads ?? [] }),
    memories: t.field({ type: [Notification], description: 'Items kept for later (section `remembered`), listed here rather than with unreads and reads; not paginated.', resolve: (inbox) => inbox.memories ?? [] }),
    bubbleUps: t.field({ type: [Notification], description: 'Items that have bubbled back up.', resolve: (inbox) => inbox.bubble_ups ?? [] }),
    scheduledBubbleUps: t.field({
      type: [Notification],
      nullable: true,
      description: 'Items set to bubble up later; null when `limitBubbleUps` was asked for.',
      resolve: (inbox) => inbox.scheduled_bubble_ups ?? null,
    }),
    bubbleUpsCount: t.exposeInt('bubble_ups_count', { description: 'How many items have bubbled up, whatever the cap.' }),
    scheduledBubbleUpsCount: t.exposeInt('scheduled_bubble_ups_count', { description: 'How many are scheduled to.' }),
  }),
});

const NotificationConnection = connectionOf(Notification);

builder.queryFields((t) => ({
  myNotifications: t.field({
    type: NotificationInbox,
    ...calls('GetMyNotifications'),
    description: 'The current person\'s Hey! menu.',
    args: {
      page: t.arg.int({ description: 'Which page of read items, from 1 (50 a page).' }),
      limitBubbleUps: t.arg.boolean({ description: 'At most two bubble-ups and no scheduled list.' }),
    },
    resolve: (_root, args, ctx) => fetchMyNotifications(ctx, args),
  }),
  myBubbleUps: paged(t, NotificationConnection, 'GetBubbleUps', {
    description: 'Every bubble-up of the current person: current ones first, then scheduled ones by time.',
  }),
}));

mutation('markAsRead', {
  description: 'Marks notifications read.',
  uses: ['MarkAsRead', 'GetMyNotifications'],
  input: (t) => specInput(t, 'MarkAsRead', { readables: 'The `readableSgid`s of the notifications to mark read.' }),
  resolve: (input, ctx) => markAsRead(ctx, input.readables),
  payload: { notifications: { type: NotificationInbox, description: 'The Hey! menu as it is now (first page).' } },
});
