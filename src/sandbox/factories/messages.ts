import { touch } from '../mutations.ts';
import type { StoredEvent } from '../state/automation.ts';
import { automationOf } from '../state/automation.ts';
import { recordingTitle } from '../shapes/recording.ts';
import type { Recording, SandboxState } from '../state/index.ts';
import type { ToolRecording } from '../state/records.ts';
import { messagesStore, type Boost, type Comment, type Message, type MessageType } from '../state/messages.ts';
import { recordingBase } from './recording.ts';

/**
 * Creating messages, comments, message types and boosts the way Basecamp does, shared by the
 * seed and the write endpoints so both produce identical records.
 */

export interface NewMessage {
  subject: string;
  content?: string;
  creatorId: string;
  categoryId?: string | null;
  visibleToClients?: boolean;
}

/** Posts a message on a board; it inherits the board's client visibility unless told otherwise. */
export function addMessage(state: SandboxState, board: ToolRecording, input: NewMessage, at: number): Message {
  const message: Message = {
    ...recordingBase(state, board, input.creatorId, at),
    type: 'Message',
    visibleToClients: input.visibleToClients ?? board.visibleToClients,
    subject: input.subject,
    content: input.content ?? '',
    categoryId: input.categoryId ?? null,
    pinned: false,
  };
  state.recordings.set(message.id, message);
  touch(state, message, at);
  return message;
}

/** Comments on any recording; the parent's `comments_count` follows. */
export function addComment(state: SandboxState, parent: Recording, input: { content: string; creatorId: string }, at: number): Comment {
  const comment: Comment = {
    ...recordingBase(state, parent, input.creatorId, at),
    type: 'Comment',
    title: commentTitle(parent),
    content: input.content,
  };
  state.recordings.set(comment.id, comment);
  parent.commentsCount += 1;
  touch(state, comment, at);
  return comment;
}

/** `Re: ` and the parent's title, as Basecamp titles comments. */
export function commentTitle(parent: Recording): string {
  return `Re: ${recordingTitle(parent)}`;
}

/** Adds a message type to a project. */
export function addMessageType(state: SandboxState, bucketId: string, input: { name: string; icon: string }, at: number): MessageType {
  const store = messagesStore(state);
  const type: MessageType = { id: store.ids.messageType.next(), bucketId, name: input.name, icon: input.icon, createdAt: at, updatedAt: at };
  store.messageTypes.set(type.id, type);
  store.messageTypesChangedAt.set(bucketId, Math.max(at, store.messageTypesChangedAt.get(bucketId) ?? 0));
  return type;
}

/**
 * Boosts a recording, or one event of its history. The recording's `boosts_count` counts only
 * boosts on the recording itself, the event's its own; each boost bubbles `updated_at` so cached
 * reads see it.
 */
export function addBoost(
  state: SandboxState,
  recording: Recording,
  input: { content: string; boosterId: string; event?: StoredEvent },
  at: number,
): Boost {
  const store = messagesStore(state);
  const boost: Boost = {
    id: store.ids.boost.next(),
    recordingId: recording.id,
    eventId: input.event?.id ?? null,
    boosterId: input.boosterId,
    content: input.content,
    createdAt: at,
    updatedAt: at,
  };
  store.boosts.set(boost.id, boost);
  if (input.event) input.event.boostsCount += 1;
  else recording.boostsCount += 1;
  touch(state, recording, at);
  return boost;
}

/** Destroys a boost, undoing its count. */
export function removeBoost(state: SandboxState, boost: Boost, at: number): void {
  const store = messagesStore(state);
  store.boosts.delete(boost.id);
  const recording = state.recordings.get(boost.recordingId);
  if (!recording) return;
  const counted = boost.eventId === null ? recording : automationOf(state).events.get(recording.id)?.find((event) => event.id === boost.eventId);
  if (counted) counted.boostsCount = Math.max(0, counted.boostsCount - 1);
  touch(state, recording, at);
}
