import { orderQuery } from '../resolvers/connection.ts';
import { fetchForwards, fetchInboxes, fetchInboxReplies, inboxReplyKey, inboxReplyKeyOf } from '../resolvers/inbox.ts';
import { builder } from './builder.ts';
import { sortArgs } from './connection.ts';
import { recordingFields } from './fields.ts';
import { Attachment } from './files.ts';
import { connectionOf, node, paged, PLAIN_OR_GLOBAL_ID } from './nodes.ts';
import { dockToolField } from './projects.ts';
import { implementRecording } from './recording-type.ts';

export const Inbox = node('Inbox', { load: fetchInboxes, recordingTypes: ['Inbox'], lookup: { what: 'An inbox', idDescription: PLAIN_OR_GLOBAL_ID } });

export const Forward = node('Forward', { load: fetchForwards, recordingTypes: ['Inbox::Forward'], lookup: { what: 'A forwarded email', idDescription: PLAIN_OR_GLOBAL_ID } });

// Basecamp reads a reply only through its forward, so the node key carries both ids.
export const InboxReply = node('InboxReply', { load: fetchInboxReplies, key: inboxReplyKey, recordingTypes: ['Inbox::Reply', 'InboxReply'] });

export const ForwardConnection = connectionOf(Forward);
export const InboxReplyConnection = connectionOf(InboxReply);

implementRecording(Inbox, 'A project\'s email inbox ("Email Forwards"): mail forwarded to the project lands here.', (t) => ({
  ...recordingFields(t, 'Inbox', {
    position: 'Its place in the project\'s dock.',
    forwardsCount: 'How many active forwards it holds.',
    forwardsUrl: 'REST URL of its forwards.',
  }),
  forwards: paged(t, ForwardConnection, 'ListForwards', {
    description: 'The forwarded emails, newest first by default.',
    args: sortArgs(t, 'arrival'),
    params: (inbox) => ({ inboxId: inbox.id }),
    query: orderQuery,
  }),
}));

implementRecording(Forward, 'An email forwarded into a project (Basecamp type `Inbox::Forward`).', (t) => ({
  ...recordingFields(t, 'Forward', {
    subject: 'The email\'s subject line.',
    content: 'The email\'s body, as HTML.',
    from: 'The original sender, when Basecamp could tell.',
    subscriptionUrl: 'REST URL of who gets notified about it.',
    repliesCount: 'How many replies its thread has.',
    repliesUrl: 'REST URL of its replies.',
    contentAttachments: { type: [Attachment], description: 'Files embedded in the body.' },
  }),
  inbox: t.field({
    type: Inbox,
    nullable: true,
    description: 'The inbox it was forwarded to.',
    resolve: (forward) => forward.parent.id,
  }),
  replies: paged(t, InboxReplyConnection, 'ListForwardReplies', {
    description: 'The replies in its thread, oldest first.',
    params: (forward) => ({ forwardId: forward.id }),
  }),
}));

implementRecording(InboxReply, 'A reply in the thread of a forwarded email (Basecamp type `Inbox::Reply`).', (t) => ({
  ...recordingFields(t, 'ForwardReply', {
    content: 'The reply, as HTML.',
    boostsCount: 'How many boosts it got.',
    contentAttachments: { type: [Attachment], description: 'Files embedded in the reply.' },
  }),
  forward: t.field({
    type: Forward,
    nullable: true,
    description: 'The forward it replies to.',
    resolve: (reply) => reply.parent.id,
  }),
}));

dockToolField('inbox', Inbox, 'inbox', 'The project\'s email inbox; null when the tool is switched off.');

builder.queryFields((t) => ({
  forwards: paged(t, ForwardConnection, 'GetEverythingForwards', {
    description: 'Forwarded emails from every project the current user can see, newest first.',
  }),
  inboxReply: t.field({
    type: InboxReply,
    nullable: true,
    description: 'A reply to a forward, by global id, or by Basecamp id together with its forward.',
    args: {
      id: t.arg.id({ required: true, description: 'A global id, or the plain Basecamp id of the reply.' }),
      forwardId: t.arg.id({ description: 'The forward it replies to; needed with a plain reply id.' }),
    },
    resolve: (_root, args, ctx) => inboxReplyKeyOf(ctx, args.id, args.forwardId),
  }),
}));
