import type { Context } from '../context.ts';
import {
  fetchBoosts,
  fetchComments,
  fetchMessageBoards,
  fetchMessages,
  fetchMessageTypes,
  listComments,
  listMessages,
  listMessageTypes,
  listRecordingBoosts,
  messageCategory,
  messageTypeKey,
  messageTypeLoaderKey,
  type BoostRecord,
} from '../resolvers/messages.ts';
import { builder } from './builder.ts';
import { embedded, firstPage } from './cost-hints.ts';
import { sortArgs } from './connection.ts';
import { calls, uses } from './coverage.ts';
import { recordingFields, specFields } from './fields.ts';
import { Attachment } from './files.ts';
import { connectionOf, ITS_ID, node, paged } from './nodes.ts';
import { Person } from './people.ts';
import { dockToolField, Project } from './projects.ts';
import { loadRecording } from './recording-types.ts';
import { Recording, type RecordingShape } from './recording.ts';
import { implementRecording } from './recording-type.ts';

export const MessageBoard = node('MessageBoard', { load: fetchMessageBoards, recordingTypes: ['Message::Board'], lookup: { what: 'A message board', idDescription: ITS_ID } });

export const Message = node('Message', { load: fetchMessages, recordingTypes: ['Message'], lookup: { what: 'A message', idDescription: ITS_ID } });

export const Comment = node('Comment', { load: fetchComments, recordingTypes: ['Comment'], lookup: { what: 'A comment', idDescription: ITS_ID } });

// Keyed `projectId-typeId`: Basecamp only serves a message type under its project.
export const MessageType = node('MessageType', { load: fetchMessageTypes, key: messageTypeKey });

export const Boost = node('Boost', { load: fetchBoosts, lookup: { what: 'A boost', idDescription: ITS_ID } });

export const MessageConnection = connectionOf(Message);
export const CommentConnection = connectionOf(Comment);
export const BoostConnection = connectionOf(Boost);

implementRecording(MessageBoard, 'A project\'s message board: the dock tool where its messages are posted.', (t) => ({
  ...recordingFields(t, 'MessageBoard', {
    position: 'Its place in the project\'s dock.',
    messagesCount: 'How many active messages it holds.',
    messagesUrl: 'REST URL of its messages.',
    appMessagesUrl: 'Where its messages are listed in the web app.',
  }),
  messages: paged(t, MessageConnection, 'ListMessages', {
    description: 'Its active messages, pinned ones first.',
    args: sortArgs(t, 'posting time'),
    resolve: (board, args, ctx) => listMessages(ctx, board.id, args),
  }),
}));

implementRecording(Message, 'A post on a project\'s message board, with a subject and a rich-text body.', (t) => ({
  ...recordingFields(t, 'Message', {
    subject: 'The headline (its `title` too).',
    content: 'The body, as rich text (HTML).',
    subscriptionUrl: 'REST URL of its subscriber list.',
    commentsCount: 'How many comments it has.',
    contentAttachments: { type: [Attachment], description: 'Files embedded in the body.' },
  }),
  category: t.field({
    type: MessageType,
    nullable: true,
    description: 'Its message type, if one was chosen. Embedded in full by Basecamp: no extra call.',
    extensions: embedded(),
    resolve: (message) => messageCategory(message),
  }),
}));

implementRecording(Comment, 'A reply in the discussion under a recording (a message, to-do, document, …).', (t) => ({
  ...recordingFields(t, 'Comment', {
    content: 'What was said, as rich text (HTML).',
    contentAttachments: { type: [Attachment], description: 'Files embedded in the comment.' },
  }),
}));

MessageType.implement({
  description: 'A label with an emoji icon that sorts a project\'s messages (Basecamp\'s "category").',
  extensions: uses('GetMessageType'),
  fields: (t) => ({
    ...specFields(t, 'MessageType', {
      name: 'Its label, e.g. `Announcement`.',
      icon: 'The emoji shown beside the label.',
      createdAt: 'When the type was added.',
      updatedAt: 'When it was last renamed or given a new icon.',
    }),
    project: t.expose('bucket_id', { type: Project, nullable: true, description: 'The project whose messages it labels.' }),
  }),
});

Boost.implement({
  description: 'A short reaction (at most 16 characters, often an emoji) left on a recording or event.',
  extensions: uses('GetBoost'),
  fields: (t) => ({
    ...specFields(t, 'Boost', {
      content: 'The reaction itself.',
      createdAt: 'When it was left.',
    }),
    booster: t.field({
      type: Person,
      nullable: true,
      description: 'Who left it. Embedded in full by Basecamp: no extra call.',
      extensions: embedded(),
      resolve: (boost) => boost.booster ?? null,
    }),
    recording: t.field({
      type: Recording,
      ...calls('GetBoost'),
      description: 'What was boosted. Lists leave it out, so it is read from the boost itself when needed. Null for an inbox or client reply: Basecamp\'s copy of it does not name the forward or thread it is read through.',
      resolve: (boost, _args, ctx) => boostedRecording(ctx, boost),
    }),
  }),
});

/** The boosted recording's stub names its type, so the right loader fetches the full object. */
function boostedRecording(ctx: Context, boost: BoostRecord): Promise<RecordingShape | null> | null {
  return boost.recording
    ? (loadRecording(ctx, boost.recording) as Promise<RecordingShape> | null)
    : (Boost.getDataloader(ctx).load(boost.id) as Promise<BoostRecord>).then((full) => (full.recording ? (loadRecording(ctx, full.recording) as Promise<RecordingShape> | null) : null));
}

builder.interfaceField(Recording, 'comments', (t) =>
  paged(t, CommentConnection, 'ListComments', {
    description: 'Its active comments, oldest first; null for recordings that take no comments.',
    resolve: (recording, args, ctx) => (hasUrl(recording, 'comments_url') ? listComments(ctx, recording.id, args) : null),
  }),
);

builder.interfaceField(Recording, 'boosts', (t) =>
  paged(t, BoostConnection, 'ListRecordingBoosts', {
    description: 'Boosts left on it, oldest first; null for recordings that cannot be boosted.',
    resolve: (recording, args, ctx) => (hasUrl(recording, 'boosts_url') ? listRecordingBoosts(ctx, recording.id, args) : null),
  }),
);

/** Basecamp marks what can be commented on or boosted by the presence of these URLs (docs: comments.md, boosts.md). */
function hasUrl(recording: RecordingShape, key: 'comments_url' | 'boosts_url'): boolean {
  return typeof (recording as RecordingShape & Partial<Record<typeof key, unknown>>)[key] === 'string';
}

dockToolField('messageBoard', MessageBoard, 'message_board', 'The project\'s message board; null when the tool is turned off.');

builder.objectField(Project, 'messageTypes', (t) =>
  t.field({
    type: [MessageType],
    nullable: true,
    description: 'The message types its messages can be labelled with.',
    extensions: { ...uses('ListMessageTypes'), ...firstPage() },
    resolve: (project, _args, ctx) => listMessageTypes(ctx, project.id),
  }),
);

builder.queryFields((t) => ({
  messageType: t.field({
    type: MessageType,
    nullable: true,
    description: 'A message type, by global id, or by Basecamp id together with its project.',
    args: {
      id: t.arg.id({ required: true, description: 'A global MessageType id, or the Basecamp id.' }),
      projectId: t.arg.id({ description: 'The project, needed only with a Basecamp id.' }),
    },
    resolve: (_root, args, ctx) => messageTypeLoaderKey(ctx, args.id, args.projectId),
  }),
  messages: paged(t, MessageConnection, 'GetEverythingMessages', {
    description: 'Every message the user can read, across all projects, newest first.',
  }),
  comments: paged(t, CommentConnection, 'GetEverythingComments', {
    description: 'Every comment the user can read, across all projects, newest first.',
  }),
}));
