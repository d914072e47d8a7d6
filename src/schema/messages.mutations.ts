import {
  createBoost,
  createComment,
  createEventBoost,
  createMessage,
  createMessageType,
  deleteBoost,
  deleteMessageType,
  setMessagePinned,
  updateComment,
  updateMessage,
  updateMessageType,
} from '../resolvers/messages.ts';
import { builder } from './builder.ts';
import { uses } from './coverage.ts';
import { Boost, Comment, Message, MessageType } from './messages.ts';

builder.relayMutationField(
  'createMessage',
  {
    description: 'A new message, published at once.',
    inputFields: (t) => ({
      messageBoardId: t.id({ required: true, description: 'The board to post on.' }),
      subject: t.string({ required: true, description: 'The headline.' }),
      content: t.string({ description: 'The body, as rich text (HTML).' }),
      categoryId: t.id({ description: 'A message type of the same project.' }),
      subscriberIds: t.idList({ description: 'Who is notified and subscribed; by default everyone on the project.' }),
      visibleToClients: t.boolean({ description: 'Share it with the project\'s clients.' }),
    }),
  },
  {
    description: 'Posts a message on a message board.',
    extensions: uses('CreateMessage'),
    resolve: (_root, { input }, ctx) => createMessage(ctx, input),
  },
  { description: 'What the mutation changed.', outputFields: (t) => ({ message: t.field({ type: Message, description: 'The message as it is now.', resolve: (message) => message }) }) },
);

builder.relayMutationField(
  'updateMessage',
  {
    description: 'Changes to a message: fields left out keep their value; a null `categoryId` removes the type.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'Its global id, or its Basecamp id.' }),
      subject: t.string({ description: 'The new headline; cannot be cleared.' }),
      content: t.string({ description: 'The new body, as rich text (HTML).' }),
      categoryId: t.id({ description: 'A message type of the same project.' }),
    }),
  },
  {
    description: 'Edits a message, changing only the fields given.',
    extensions: uses('GetMessage', 'UpdateMessage'),
    resolve: (_root, { input }, ctx) => updateMessage(ctx, input),
  },
  { description: 'What the mutation changed.', outputFields: (t) => ({ message: t.field({ type: Message, description: 'The message as it is now.', resolve: (message) => message }) }) },
);

for (const [name, pinned, operation] of [
  ['pinMessage', true, 'PinMessage'],
  ['unpinMessage', false, 'UnpinMessage'],
] as const) {
  builder.relayMutationField(
    name,
    { description: 'Which message.', inputFields: (t) => ({ id: t.id({ required: true, description: 'The message: global or Basecamp id.' }) }) },
    {
      description: pinned ? 'Pins a message to the top of its board.' : 'Lets a pinned message fall back into date order.',
      extensions: uses(operation, 'GetMessage'),
      resolve: (_root, { input }, ctx) => setMessagePinned(ctx, input.id, pinned),
    },
    { description: 'What the mutation changed.', outputFields: (t) => ({ message: t.field({ type: Message, description: 'The message as it is now.', resolve: (message) => message }) }) },
  );
}

builder.relayMutationField(
  'createMessageType',
  {
    description: 'A new message type.',
    inputFields: (t) => ({
      projectId: t.id({ required: true, description: 'The project to add it to: global or Basecamp id.' }),
      name: t.string({ required: true, description: 'The label, e.g. `Announcement`.' }),
      icon: t.string({ required: true, description: 'An emoji shown beside the label.' }),
    }),
  },
  {
    description: 'Adds a message type to a project.',
    extensions: uses('CreateMessageType'),
    resolve: (_root, { input }, ctx) => createMessageType(ctx, input),
  },
  { description: 'What the mutation changed.', outputFields: (t) => ({ messageType: t.field({ type: MessageType, description: 'The message type as it is now.', resolve: (type) => type }) }) },
);

builder.relayMutationField(
  'updateMessageType',
  {
    description: 'Changes to a message type: the field left out keeps its value.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'A global MessageType id, or the Basecamp id with `projectId`.' }),
      projectId: t.id({ description: 'Needed only with a Basecamp id.' }),
      name: t.string({ description: 'The new label; cannot be cleared.' }),
      icon: t.string({ description: 'The new emoji; cannot be cleared.' }),
    }),
  },
  {
    description: 'Renames a message type or changes its icon.',
    extensions: uses('GetMessageType', 'UpdateMessageType'),
    resolve: (_root, { input }, ctx) => updateMessageType(ctx, input),
  },
  { description: 'What the mutation changed.', outputFields: (t) => ({ messageType: t.field({ type: MessageType, description: 'The message type as it is now.', resolve: (type) => type }) }) },
);

builder.relayMutationField(
  'deleteMessageType',
  {
    description: 'Which message type to delete.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'A global MessageType id, or the Basecamp id with `projectId`.' }),
      projectId: t.id({ description: 'Needed only with a Basecamp id.' }),
    }),
  },
  {
    description: 'Deletes a message type; messages that had it keep existing without one.',
    extensions: uses('DeleteMessageType'),
    resolve: (_root, { input }, ctx) => deleteMessageType(ctx, input),
  },
  { description: 'What the mutation changed.', outputFields: (t) => ({ deletedId: t.id({ description: 'The global id of the deleted type, for client caches.', resolve: (id) => id }) }) },
);

builder.relayMutationField(
  'createComment',
  {
    description: 'A new comment.',
    inputFields: (t) => ({
      recordingId: t.id({ required: true, description: 'What to comment on: a global id of any recording, or its Basecamp id.' }),
      content: t.string({ required: true, description: 'The comment, as rich text (HTML).' }),
    }),
  },
  {
    description: 'Comments on a message, to-do, document or any other recording that takes comments; its subscribers are notified.',
    extensions: uses('CreateComment'),
    resolve: (_root, { input }, ctx) => createComment(ctx, input),
  },
  { description: 'What the mutation changed.', outputFields: (t) => ({ comment: t.field({ type: Comment, description: 'The comment as it is now.', resolve: (comment) => comment }) }) },
);

builder.relayMutationField(
  'updateComment',
  {
    description: 'A comment\'s new text.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'Its global id, or its Basecamp id.' }),
      content: t.string({ required: true, description: 'The new text, as rich text (HTML).' }),
    }),
  },
  {
    description: 'Rewrites a comment.',
    extensions: uses('UpdateComment'),
    resolve: (_root, { input }, ctx) => updateComment(ctx, input),
  },
  { description: 'What the mutation changed.', outputFields: (t) => ({ comment: t.field({ type: Comment, description: 'The comment as it is now.', resolve: (comment) => comment }) }) },
);

builder.relayMutationField(
  'createBoost',
  {
    description: 'A boost on a recording.',
    inputFields: (t) => ({
      recordingId: t.id({ required: true, description: 'What to boost: a global id of any recording, or its Basecamp id.' }),
      content: t.string({ required: true, description: 'The reaction: at most 16 characters.' }),
    }),
  },
  {
    description: 'Boosts a recording.',
    extensions: uses('CreateRecordingBoost'),
    resolve: (_root, { input }, ctx) => createBoost(ctx, input),
  },
  { description: 'What the mutation changed.', outputFields: (t) => ({ boost: t.field({ type: Boost, description: 'The new boost.', resolve: (boost) => boost }) }) },
);

builder.relayMutationField(
  'createEventBoost',
  {
    description: 'A boost on one event of a recording.',
    inputFields: (t) => ({
      eventId: t.id({ required: true, description: 'The event (a global Event id, or the Basecamp id with `recordingId`): only completions, moves between lists and column changes take boosts.' }),
      recordingId: t.id({ description: 'The recording the event belongs to; needed only with a Basecamp event id.' }),
      content: t.string({ required: true, description: 'The reaction: at most 16 characters.' }),
    }),
  },
  {
    description: 'Boosts one event of a recording, such as a to-do being completed.',
    extensions: uses('CreateEventBoost'),
    resolve: (_root, { input }, ctx) => createEventBoost(ctx, input),
  },
  { description: 'What the mutation changed.', outputFields: (t) => ({ boost: t.field({ type: Boost, description: 'The new boost.', resolve: (boost) => boost }) }) },
);

builder.relayMutationField(
  'deleteBoost',
  { description: 'Which boost to remove.', inputFields: (t) => ({ id: t.id({ required: true, description: 'Its global id, or its Basecamp id.' }) }) },
  {
    description: 'Takes a boost back; only its author or an admin may.',
    extensions: uses('DeleteBoost'),
    resolve: (_root, { input }, ctx) => deleteBoost(ctx, input.id),
  },
  { description: 'What the mutation changed.', outputFields: (t) => ({ deletedId: t.id({ description: 'The global id of the removed boost, for client caches.', resolve: (id) => id }) }) },
);
