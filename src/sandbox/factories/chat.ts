import { createHash } from 'node:crypto';
import { touch } from '../mutations.ts';
import type { Project, RecordingBase, ToolRecording } from '../state/records.ts';
import type { SandboxState } from '../state/index.ts';
import {
  chatStore,
  type CampfireLine,
  type Chatbot,
  type ClientApproval,
  type ClientApprovalResponse,
  type ClientBoard,
  type ClientCorrespondence,
  type ClientReply,
  type Forward,
  type InboxReply,
  type LineAttachment,
} from '../state/chat.ts';
import { recordingBase } from './recording.ts';

/**
 * Creating chat-family records, shared by the seed and the write endpoints so both produce the
 * same thing: ids from the state's sequence, client visibility inherited from the parent, and
 * `updated_at` bubbled up through `touch()`.
 */

/** The dock tool of a project by name (`chat`, `inbox`), enabled or not. */
export function toolOf(state: SandboxState, project: Project, name: 'chat' | 'inbox'): ToolRecording {
  const entry = project.dock.find((candidate) => candidate.name === name);
  const tool = entry ? state.recordings.get(entry.recordingId) : undefined;
  if (!tool || (tool.type !== 'Chat::Transcript' && tool.type !== 'Inbox')) throw new Error(`project ${project.id} has no ${name} tool`);
  return tool as ToolRecording;
}

function store<T extends RecordingBase & { type: string }>(state: SandboxState, record: T, at: number): T {
  state.recordings.set(record.id, record as never);
  touch(state, record as never, at);
  return record;
}

export interface NewLine {
  creatorId: string;
  content: string;
  /** Rich text when true; Basecamp's default is plain text. */
  richText?: boolean;
}

/** Adds a text line to a Campfire. */
export function addLine(state: SandboxState, campfire: ToolRecording, input: NewLine, at: number): CampfireLine {
  return store(state, {
    ...recordingBase(state, campfire, input.creatorId, at),
    type: input.richText ? 'Chat::Lines::RichText' : 'Chat::Lines::Text',
    title: plainText(input.content),
    content: input.content,
    attachment: null,
  }, at);
}

/** Adds an uploaded file as a line of a Campfire. */
export function addUploadLine(
  state: SandboxState,
  campfire: ToolRecording,
  input: { creatorId: string; filename: string; contentType: string; byteSize: number },
  at: number,
): CampfireLine {
  const record = recordingBase(state, campfire, input.creatorId, at);
  const attachment: LineAttachment = {
    filename: input.filename,
    contentType: input.contentType,
    byteSize: input.byteSize,
    key: createHash('sha1').update(`blob:${record.id}:${input.filename}`).digest('hex'),
  };
  return store(state, { ...record, type: 'Chat::Lines::Upload', title: input.filename, content: '', attachment }, at);
}

/** Adds an account-wide chatbot. */
export function addChatbot(state: SandboxState, input: { serviceName: string; commandUrl?: string | null }, at: number): Chatbot {
  const id = state.ids.recording.next();
  const bot: Chatbot = {
    id,
    serviceName: input.serviceName,
    commandUrl: input.commandUrl ?? null,
    createdAt: at,
    updatedAt: at,
    key: createHash('sha256').update(`chatbot key ${id}`).digest('base64url').slice(0, 24),
  };
  const chat = chatStore(state);
  chat.chatbots.set(id, bot);
  chat.chatbotsUpdatedAt = Math.max(chat.chatbotsUpdatedAt, at);
  return bot;
}

/** Adds a forwarded email to an inbox. */
export function addForward(
  state: SandboxState,
  inbox: ToolRecording,
  input: { creatorId: string; subject: string; content: string; from?: string | null },
  at: number,
): Forward {
  return store(state, {
    ...recordingBase(state, inbox, input.creatorId, at),
    type: 'Inbox::Forward',
    title: input.subject,
    subject: input.subject,
    content: input.content,
    from: input.from ?? null,
  }, at);
}

/** Adds a reply to a forward's thread. */
export function addInboxReply(state: SandboxState, forward: Forward, input: { creatorId: string; content: string }, at: number): InboxReply {
  return store(state, { ...recordingBase(state, forward, input.creatorId, at), type: 'Inbox::Reply', title: `Re: ${forward.subject}`, content: input.content }, at);
}

/** The project's clientside board, created on first use; clients always see the clientside. */
export function clientBoardOf(state: SandboxState, project: Project, creatorId: string, at: number): ClientBoard {
  for (const recording of state.recordings.values()) {
    if (recording.type === 'Client::Board' && recording.bucketId === project.id) return recording;
  }
  const board: ClientBoard = {
    ...recordingBase(state, { id: null, bucketId: project.id, visibleToClients: true }, creatorId, at),
    type: 'Client::Board',
    title: 'The Clientside',
  };
  state.recordings.set(board.id, board);
  return board;
}

/** What a client thread gives: a subject that is also its title, and an optional body. */
interface NewClientThread {
  creatorId: string;
  subject: string;
  content?: string;
}

/** The fields correspondences and approvals share: both are threads on the clientside board. */
function clientThread(state: SandboxState, board: ClientBoard, input: NewClientThread, at: number) {
  return { ...recordingBase(state, board, input.creatorId, at), title: input.subject, subject: input.subject, content: input.content ?? '' };
}

export function addClientCorrespondence(state: SandboxState, board: ClientBoard, input: NewClientThread, at: number): ClientCorrespondence {
  return store(state, { ...clientThread(state, board, input, at), type: 'Client::Correspondence' }, at);
}

export function addClientApproval(
  state: SandboxState,
  board: ClientBoard,
  input: NewClientThread & { dueOn?: string | null; approverId: string },
  at: number,
): ClientApproval {
  return store(state, {
    ...clientThread(state, board, input, at),
    type: 'Client::Approval',
    dueOn: input.dueOn ?? null,
    approvalStatus: 'pending',
    approverId: input.approverId,
  }, at);
}

/** Records the approver's answer and settles the approval's status. */
export function addApprovalResponse(
  state: SandboxState,
  approval: ClientApproval,
  input: { content: string; approved: boolean },
  at: number,
): ClientApprovalResponse {
  approval.approvalStatus = input.approved ? 'approved' : 'rejected';
  return store(state, {
    ...recordingBase(state, approval, approval.approverId, at),
    type: 'Client::Approval::Response',
    title: `Answer Re: ${approval.subject}`,
    content: input.content,
    approved: input.approved,
  }, at);
}

export function addClientReply(
  state: SandboxState,
  parent: ClientApproval | ClientCorrespondence,
  input: { creatorId: string; content: string },
  at: number,
): ClientReply {
  return store(state, { ...recordingBase(state, parent, input.creatorId, at), type: 'Client::Reply', title: `Re: ${parent.subject}`, content: input.content }, at);
}

/** The text of a line without its markup, as Basecamp titles rich text lines. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
