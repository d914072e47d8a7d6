import {
  boostedRecording,
  createBoost,
  createComment,
  createEventBoost,
  createMessage,
  createMessageType,
  deleteBoost,
  deleteMessageType,
  listMessages,
  setMessagePinned,
  updateComment,
  updateMessage,
  updateMessageType,
} from '../resolvers/messages.ts';
import { enumOf } from './enums.ts';
import { specInput, specInputOn, specPatch } from './inputs.ts';
import { Boost, Comment, Message, MessageBoard, MessageType } from './messages.ts';
import { deletion, edgeOf, linkOf, mutation, mutationsOf, type InputBuilder, type NewEdge } from './mutation.ts';
import { loadRecording } from './recording-types.ts';
import { Recording } from './recording.ts';

// Boards list their newest message first (pinned ones aside); comments read oldest first.
const messageEdge = { type: 'MessageEdge', uses: 'ListMessages', addsAt: 'top', list: (ctx, id, args) => listMessages(ctx, id, args) } satisfies NewEdge;
const commentEdge = edgeOf('ListComments', 'CommentEdge', 'bottom', (recordingId) => ({ recordingId }));
// A boost names what it boosts as `recording`, not `parent`; boosts read oldest first.
type BoostLink = { id?: string | null; type?: string | null } | null | undefined;
const boosted = (boost: unknown) => (boost as { recording?: BoostLink }).recording;
const boostEdge = edgeOf('ListRecordingBoosts', 'BoostEdge', 'bottom', (recordingId) => ({ recordingId }), (boost) => linkOf(boosted(boost)));

/** A message type is read under its project: a global id carries both, a Basecamp id needs `projectId`. */
const messageTypeId = (t: InputBuilder) => ({
  id: t.id({ required: true, description: 'A global MessageType id, or the Basecamp id with `projectId`.' }),
  projectId: t.id({ description: 'Needed only with a Basecamp id.' }),
});

const MessageStatus = enumOf('MessageStatus', 'Whether a new message is published at once or kept as a draft.', {
  ACTIVE: ['active', 'Published on its board: everyone subscribed is notified.'],
  DRAFTED: ['drafted', 'A draft only its author sees, in `myDrafts`, until `publishMessage`.'],
});

const messageMutation = mutationsOf({ payload: { message: { type: Message, description: 'The message as it is now.' } }, parent: { messageBoard: MessageBoard } });

messageMutation('createMessage', {
  description: 'Posts a message on a message board.',
  uses: ['CreateMessage'],
  inputDescription: 'A new message, published at once unless kept as a draft.',
  input: (t) => ({
    ...specInput(t, 'CreateMessage', {
      boardId: false,
      status: false,
      subject: 'The headline.',
      content: 'The body, as rich text (HTML).',
      categoryId: 'A message type of the same project.',
      subscriberIds: 'Who is notified and subscribed; by default everyone on the project.',
      visibleToClients: 'Share it with the project\'s clients.',
    }),
    messageBoardId: t.id({ required: true, description: 'The board to post on.' }),
    status: t.field({ type: MessageStatus, description: 'ACTIVE (the default) publishes it; DRAFTED keeps it as a draft.' }),
  }),
  resolve: (input, ctx) => createMessage(ctx, input),
  edge: messageEdge,
});

messageMutation('updateMessage', {
  description: 'Edits a message, changing only the fields given.',
  uses: ['GetMessage', 'UpdateMessage'],
  inputDescription: 'Changes to a message: fields left out keep their value; a null `categoryId` removes the type.',
  input: (t) =>
    specPatch(t, 'UpdateMessage', {
      status: false,
      id: 'Its global id, or its Basecamp id.',
      subject: 'The new headline; cannot be cleared.',
      content: 'The new body, as rich text (HTML).',
      categoryId: 'A message type of the same project.',
    }),
  resolve: (input, ctx) => updateMessage(ctx, input),
});

messageMutation('publishMessage', {
  description: 'Publishes a draft message on its board; a published one stays as it is.',
  uses: ['GetMessage', 'UpdateMessage'],
  input: (t) => ({ id: t.id({ required: true, description: 'Its global id, or its Basecamp id.' }) }),
  resolve: (input, ctx) => updateMessage(ctx, input, { publish: true }),
  edge: messageEdge,
});

for (const [name, pinned, operation] of [
  ['pinMessage', true, 'PinMessage'],
  ['unpinMessage', false, 'UnpinMessage'],
] as const) {
  messageMutation(name, {
    description: pinned ? 'Pins a message to the top of its board.' : 'Lets a pinned message fall back into date order.',
    uses: [operation, 'GetMessage'],
    inputDescription: 'Which message.',
    input: (t) => ({ id: t.id({ required: true, description: 'The message: global or Basecamp id.' }) }),
    resolve: (input, ctx) => setMessagePinned(ctx, input.id, pinned),
  });
}

mutation('createMessageType', {
  description: 'Adds a message type to a project.',
  uses: ['CreateMessageType'],
  inputDescription: 'A new message type.',
  input: (t) =>
    specInput(t, 'CreateMessageType', {
      projectId: 'The project to add it to: global or Basecamp id.',
      name: 'The label, e.g. `Announcement`.',
      icon: 'An emoji shown beside the label.',
    }),
  resolve: (input, ctx) => createMessageType(ctx, input),
  payload: { messageType: { type: MessageType, description: 'The message type as it is now.' } },
});

mutation('updateMessageType', {
  description: 'Renames a message type or changes its icon.',
  uses: ['GetMessageType', 'UpdateMessageType'],
  inputDescription: 'Changes to a message type: the field left out keeps its value.',
  input: (t) => ({
    ...messageTypeId(t),
    name: t.string({ description: 'The new label; cannot be cleared.' }),
    icon: t.string({ description: 'The new emoji; cannot be cleared.' }),
  }),
  resolve: (input, ctx) => updateMessageType(ctx, input),
  payload: { messageType: { type: MessageType, description: 'The message type as it is now.' } },
});

deletion('deleteMessageType', {
  description: 'Deletes a message type; messages that had it keep existing without one.',
  uses: ['DeleteMessageType'],
  inputDescription: 'Which message type to delete.',
  input: messageTypeId,
  resolve: (input, ctx) => deleteMessageType(ctx, input),
  type: 'MessageType',
  gone: 'deleted type',
});

mutation('createComment', {
  description: 'Comments on a message, to-do, document or any other recording that takes comments; its subscribers are notified.',
  uses: ['CreateComment'],
  inputDescription: 'A new comment.',
  input: (t) =>
    specInput(t, 'CreateComment', {
      recordingId: 'What to comment on: a global id of any recording, or its Basecamp id.',
      content: 'The comment, as rich text (HTML).',
    }),
  resolve: (input, ctx) => createComment(ctx, input),
  payload: { comment: { type: Comment, description: 'The comment as it is now.' } },
  parent: { recording: Recording },
  edge: commentEdge,
});

mutation('updateComment', {
  description: 'Rewrites a comment.',
  uses: ['UpdateComment'],
  inputDescription: 'A comment\'s new text.',
  input: (t) => specInputOn(t, 'UpdateComment', { id: 'Its global id, or its Basecamp id.', content: 'The new text, as rich text (HTML).' }),
  resolve: (input, ctx) => updateComment(ctx, input),
  payload: { comment: { type: Comment, description: 'The comment as it is now.' } },
  parent: { recording: Recording },
});

mutation('createBoost', {
  description: 'Boosts a recording.',
  uses: ['CreateRecordingBoost'],
  inputDescription: 'A boost on a recording.',
  input: (t) =>
    specInput(t, 'CreateRecordingBoost', {
      recordingId: 'What to boost: a global id of any recording, or its Basecamp id.',
      content: 'The reaction: at most 16 characters.',
    }),
  resolve: (input, ctx) => createBoost(ctx, input),
  payload: { boost: { type: Boost, description: 'The new boost.' } },
  parent: { recording: { type: Recording, load: (boost, ctx) => loadRecording(ctx, boosted(boost) ?? {}) } },
  edge: boostEdge,
});

mutation('createEventBoost', {
  description: 'Boosts one event of a recording, such as a to-do being completed.',
  uses: ['CreateEventBoost'],
  inputDescription: 'A boost on one event of a recording.',
  input: (t) => ({
    ...specInput(t, 'CreateEventBoost', {
      recordingId: false,
      eventId: 'The event (a global Event id, or the Basecamp id with `recordingId`): only completions, moves between lists and column changes take boosts.',
      content: 'The reaction: at most 16 characters.',
    }),
    recordingId: t.id({ description: 'The recording the event belongs to; needed only with a Basecamp event id.' }),
  }),
  resolve: (input, ctx) => createEventBoost(ctx, input),
  payload: { boost: { type: Boost, description: 'The new boost.' } },
});

deletion('deleteBoost', {
  description: 'Takes a boost back; only its author or an admin may.',
  uses: ['DeleteBoost'],
  inputDescription: 'Which boost to remove.',
  input: (t) => ({ id: t.id({ required: true, description: 'Its global id, or its Basecamp id.' }) }),
  resolve: (input, ctx) => deleteBoost(ctx, input.id),
  type: 'Boost',
  gone: 'removed boost',
  // Its `boostsCount` drops.
  from: { field: 'recording', type: Recording, before: boostedRecording, reads: 'GetBoost', load: (link, ctx) => loadRecording(ctx, (link as BoostLink) ?? {}) },
});
