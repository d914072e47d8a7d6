import { isVisibleTo } from '../access/visibility.ts';
import { childrenOf } from '../state/index.ts';
import type { ToolRecording } from '../state/records.ts';
import { messagesStore, type Boost, type Comment, type Message, type MessageType } from '../state/messages.ts';
import { renderPersonById } from './person.ts';
import {
  recordingBucket,
  recordingCreator,
  recordingFrame,
  recordingHead,
  recordingParent,
  recordingSocial,
  recordingTitle,
  recordingUrls,
  toolFrame,
} from './recording.ts';
import { renderRichText } from './rich-text.ts';
import { iso, type ShapeContext } from './shape-context.ts';

/** A project's message board (docs: message_boards.md); counts the messages the viewer can read. */
export function renderMessageBoard(ctx: ShapeContext, board: ToolRecording): Record<string, unknown> {
  const path = `message_boards/${board.id}/messages`;
  const messages = childrenOf(ctx.state, board.id, 'Message').filter(
    (message) => message.status === 'active' && isVisibleTo(ctx.me, message),
  );
  return {
    ...toolFrame(ctx, board),
    messages_count: messages.length,
    messages_url: ctx.urls.bucketApi(board.bucketId, path),
    app_messages_url: ctx.urls.bucketApp(board.bucketId, path),
  };
}

/** A message (docs: messages.md). `category` appears only when the message has a type. */
export function renderMessage(ctx: ShapeContext, message: Message): Record<string, unknown> {
  const category = message.categoryId === null ? undefined : messagesStore(ctx.state).messageTypes.get(message.categoryId);
  return {
    ...recordingFrame(ctx, message, { positioned: false }),
    content: renderRichText(ctx, message.content),
    content_attachments: [],
    subject: message.subject,
    category: category ? renderMessageType(category) : undefined,
  };
}

/**
 * A comment (docs: comments.md): no subscription or comment links of its own, and an `app_url`
 * that points into its parent's page.
 */
export function renderComment(ctx: ShapeContext, comment: Comment): Record<string, unknown> {
  const social = recordingSocial(ctx, comment);
  const parent = comment.parentId === null ? undefined : ctx.state.recordings.get(comment.parentId);
  const head = recordingHead(ctx, comment);
  return {
    ...head,
    app_url: parent ? `${recordingUrls(ctx, parent).app_url}#__recording_${comment.id}` : head.app_url,
    boosts_count: social.boosts_count,
    boosts_url: social.boosts_url,
    parent: recordingParent(ctx, comment),
    bucket: recordingBucket(ctx, comment),
    creator: recordingCreator(ctx, comment),
    content: renderRichText(ctx, comment.content),
    content_attachments: [],
  };
}

/** A message type (docs: message_types.md). */
export function renderMessageType(type: MessageType): Record<string, unknown> {
  return {
    id: type.id,
    name: type.name,
    icon: type.icon,
    created_at: iso(type.createdAt),
    updated_at: iso(type.updatedAt),
  };
}

/**
 * A boost (docs: boosts.md). Lists leave out `recording`; `GET /boosts/{id}` includes it as the
 * usual parent stub.
 */
export function renderBoost(ctx: ShapeContext, boost: Boost, options: { withRecording?: boolean } = {}): Record<string, unknown> {
  const recording = options.withRecording ? ctx.state.recordings.get(boost.recordingId) : undefined;
  return {
    id: boost.id,
    content: boost.content,
    created_at: iso(boost.createdAt),
    booster: renderPersonById(ctx, boost.boosterId),
    recording: recording
      ? { id: recording.id, title: recordingTitle(recording), type: recording.type, ...recordingUrls(ctx, recording) }
      : undefined,
  };
}
