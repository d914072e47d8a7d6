import { idSequence, type IdSequence } from '../ids.ts';
import type { RecordingBase } from './records.ts';
import { sideStore } from './side-store.ts';

/**
 * The message-board family's part of the model (docs: message_boards.md, messages.md,
 * message_types.md, comments.md, boosts.md). Messages and comments are recordings and live in
 * `state.recordings`; message types and boosts are not recordings (no status, no parent chain),
 * so they sit in a per-state side store reached through `messagesStore(state)`.
 */

export interface Message extends RecordingBase {
  type: 'Message';
  subject: string;
  /** Rich text HTML; "" when blank. */
  content: string;
  /** The message type (Basecamp calls it a category); null when none. */
  categoryId: string | null;
  pinned: boolean;
}

/** A comment on any recording that has a `comments_url`; its parent is that recording. */
export interface Comment extends RecordingBase {
  type: 'Comment';
  /** "Re: " and the parent's title, kept in step when the parent is renamed. */
  title: string;
  /** Rich text HTML. */
  content: string;
}

/** A message type of one project (docs: message_types.md). */
export interface MessageType {
  id: string;
  bucketId: string;
  name: string;
  icon: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * A boost on a recording, or on one event of its history when `eventId` is set (the events
 * themselves are the events section's, `state/automation.ts`).
 */
export interface Boost {
  id: string;
  recordingId: string;
  eventId: string | null;
  boosterId: string;
  content: string;
  createdAt: number;
  /** Equals `createdAt`: boosts cannot be edited, only destroyed. */
  updatedAt: number;
}

export interface MessagesStore {
  messageTypes: Map<string, MessageType>;
  boosts: Map<string, Boost>;
  /** Per project: when its set of message types last changed (Last-Modified of the list). */
  messageTypesChangedAt: Map<string, number>;
  ids: { messageType: IdSequence; boost: IdSequence };
}

/** The side store of `state`, created empty on first use. */
export const messagesStore = sideStore((): MessagesStore => ({
  messageTypes: new Map(),
  boosts: new Map(),
  messageTypesChangedAt: new Map(),
  ids: { messageType: idSequence('823500001'), boost: idSequence('971600001') },
}));
