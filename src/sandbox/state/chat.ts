import type { RecordingBase } from './records.ts';
import { sideStore } from './side-store.ts';

/**
 * The chat family's part of the model (docs: campfires.md, chatbots.md, inboxes.md, forwards.md,
 * inbox_replies.md, client_*.md). Campfires and inboxes are the existing dock-tool recordings;
 * lines, forwards, replies and the clientside are recordings in `state.recordings`. Chatbots are
 * account-wide integrations, not recordings, so they sit in a per-state side store.
 */

/** A file posted to a Campfire (docs: campfires.md, "Get Campfire uploads"). */
export interface LineAttachment {
  filename: string;
  contentType: string;
  byteSize: number;
  /** Opaque blob key for the preview and download URLs. */
  key: string;
}

/** A line of a Campfire: plain text, rich text or an uploaded file. */
export interface CampfireLine extends RecordingBase {
  type: 'Chat::Lines::Text' | 'Chat::Lines::RichText' | 'Chat::Lines::Upload';
  /** Plain text of the line (a file's name for uploads). */
  title: string;
  /** As submitted: plain text, or rich text HTML; "" for uploads. */
  content: string;
  attachment: LineAttachment | null;
}

/** An email forwarded into a project's inbox. */
export interface Forward extends RecordingBase {
  type: 'Inbox::Forward';
  title: string;
  subject: string;
  /** Rich text HTML of the forwarded mail. */
  content: string;
  /** The original sender, when Basecamp could tell. */
  from: string | null;
}

/** A reply in a forward's thread. */
export interface InboxReply extends RecordingBase {
  type: 'Inbox::Reply';
  /** "Re: " and the forward's subject. */
  title: string;
  content: string;
}

/** The clientside of a project: the parent of its approvals and correspondences. */
export interface ClientBoard extends RecordingBase {
  type: 'Client::Board';
  title: string;
}

/** Something sent to the client to approve. */
export interface ClientApproval extends RecordingBase {
  type: 'Client::Approval';
  title: string;
  subject: string;
  content: string;
  dueOn: string | null;
  approvalStatus: 'pending' | 'approved' | 'rejected';
  approverId: string;
}

/** The client's answer to an approval. */
export interface ClientApprovalResponse extends RecordingBase {
  type: 'Client::Approval::Response';
  title: string;
  content: string;
  approved: boolean;
}

/** A message sent to the client on the clientside. */
export interface ClientCorrespondence extends RecordingBase {
  type: 'Client::Correspondence';
  title: string;
  subject: string;
  content: string;
}

/** A reply under a correspondence or an approval. */
export interface ClientReply extends RecordingBase {
  type: 'Client::Reply';
  title: string;
  content: string;
}

/** Every recording type this family adds to the `Recording` union. */
export type ChatRecording =
  | CampfireLine
  | Forward
  | InboxReply
  | ClientBoard
  | ClientApproval
  | ClientApprovalResponse
  | ClientCorrespondence
  | ClientReply;

export const LINE_TYPES = ['Chat::Lines::Text', 'Chat::Lines::RichText', 'Chat::Lines::Upload'] as const;

/** An account-wide chatbot (docs: chatbots.md). */
export interface Chatbot {
  id: string;
  serviceName: string;
  commandUrl: string | null;
  createdAt: number;
  updatedAt: number;
  /** The secret in its keyed `lines_url`. */
  key: string;
}

export interface ChatStore {
  chatbots: Map<string, Chatbot>;
  /** Moves when a chatbot is added, changed or removed (Last-Modified of the list). */
  chatbotsUpdatedAt: number;
}

/** The chat side store of one sandbox state, created empty on first use. */
export const chatStore = sideStore((): ChatStore => ({ chatbots: new Map(), chatbotsUpdatedAt: 0 }));

/**
 * API path segments of this family's recordings, for the shared `RECORDING_PATHS`. Lines sit under
 * their Campfire, which no single segment can say: `recordingUrls` builds theirs. The clientside
 * board's shape builds its own URL.
 */
export const CHAT_RECORDING_PATHS: Record<Exclude<ChatRecording['type'], CampfireLine['type']>, string> = {
  'Inbox::Forward': 'inbox_forwards',
  'Inbox::Reply': 'inbox_replies',
  'Client::Board': 'client/board',
  'Client::Approval': 'client/approvals',
  'Client::Approval::Response': 'client/approval_responses',
  'Client::Correspondence': 'client/correspondences',
  'Client::Reply': 'client/replies',
};
