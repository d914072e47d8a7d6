import { compareIds } from '../ids.ts';
import { isTrashed, isVisibleTo } from '../access/visibility.ts';
import { childrenOf, type Recording, type SandboxState } from '../state/index.ts';
import type { ToolRecording } from '../state/records.ts';
import type {
  CampfireLine,
  Chatbot,
  ChatRecording,
  ClientApproval,
  ClientApprovalResponse,
  ClientBoard,
  ClientCorrespondence,
  ClientReply,
  Forward,
  InboxReply,
} from '../state/chat.ts';
import { renderPersonById } from './person.ts';
import { recordingBucket, recordingCreator, recordingHead, recordingParent, toolFrame } from './recording.ts';
import { renderRichText } from './rich-text.ts';
import type { ShapeContext } from './shape-context.ts';

/**
 * JSON shapes of the chat family, key for key with the docs examples (campfires.md, chatbots.md,
 * inboxes.md, forwards.md, inbox_replies.md, client_approvals.md, client_correspondences.md,
 * client_replies.md), plus the `content_attachments` the spec requires and the examples omit.
 */

/** A Campfire: the project's `Chat::Transcript` dock tool. */
export function renderCampfire(ctx: ShapeContext, campfire: ToolRecording): Record<string, unknown> {
  const base = `chats/${campfire.id}`;
  return {
    ...recordingHead(ctx, campfire),
    subscription_url: subscriptionUrl(ctx, campfire),
    position: campfire.position,
    bucket: recordingBucket(ctx, campfire),
    creator: recordingCreator(ctx, campfire),
    topic: campfire.title,
    lines_url: ctx.urls.bucketApi(campfire.bucketId, `${base}/lines`),
    files_url: ctx.urls.bucketApi(campfire.bucketId, `${base}/uploads`),
  };
}

/** A line of any kind; uploads carry `attachments` instead of `content`. */
export function renderCampfireLine(ctx: ShapeContext, line: CampfireLine): Record<string, unknown> {
  const attachment = line.attachment;
  return {
    ...recordingHead(ctx, line),
    boosts_count: line.boostsCount,
    boosts_url: ctx.urls.bucketApi(line.bucketId, `recordings/${line.id}/boosts`),
    parent: recordingParent(ctx, line),
    bucket: recordingBucket(ctx, line),
    creator: recordingCreator(ctx, line),
    content: attachment ? undefined : line.type === 'Chat::Lines::RichText' ? renderRichText(ctx, line.content) : line.content,
    attachments: attachment
      ? [
          {
            title: attachment.filename,
            url: `${ctx.urls.api}/blobs/${attachment.key}/previews/full`,
            filename: attachment.filename,
            content_type: attachment.contentType,
            byte_size: attachment.byteSize,
            download_url: `${ctx.urls.origin}/storage/${ctx.state.account.id}/blobs/${attachment.key}/download/${encodeURIComponent(attachment.filename)}`,
          },
        ]
      : undefined,
  };
}

/** A chatbot, with URLs under the Campfire it was read through (docs: chatbots.md). */
export function renderChatbot(
  ctx: ShapeContext,
  bot: Chatbot,
  where: { bucketId: string; campfireId: string },
): Record<string, unknown> {
  const path = `chats/${where.campfireId}/integrations/${bot.id}`;
  return {
    id: bot.id,
    created_at: new Date(bot.createdAt).toISOString(),
    updated_at: new Date(bot.updatedAt).toISOString(),
    service_name: bot.serviceName,
    command_url: bot.commandUrl,
    url: ctx.urls.bucketApi(where.bucketId, path),
    app_url: ctx.urls.bucketApp(where.bucketId, path),
    lines_url: `${ctx.urls.api}/integrations/${bot.key}/buckets/${where.bucketId}/chats/${where.campfireId}/lines`,
  };
}

/** An inbox: the project's `Inbox` dock tool, with how many active forwards it holds. */
export function renderInbox(ctx: ShapeContext, inbox: ToolRecording): Record<string, unknown> {
  return {
    ...toolFrame(ctx, inbox),
    forwards_count: liveChildren(ctx, inbox.id, 'Inbox::Forward').length,
    forwards_url: ctx.urls.bucketApi(inbox.bucketId, `inboxes/${inbox.id}/inbox_forwards`),
  };
}

export function renderForward(ctx: ShapeContext, forward: Forward): Record<string, unknown> {
  return {
    ...recordingHead(ctx, forward),
    subscription_url: subscriptionUrl(ctx, forward),
    parent: recordingParent(ctx, forward),
    bucket: recordingBucket(ctx, forward),
    creator: recordingCreator(ctx, forward),
    content: renderRichText(ctx, forward.content),
    content_attachments: [],
    subject: forward.subject,
    from: forward.from,
    replies_count: liveChildren(ctx, forward.id, 'Inbox::Reply').length,
    replies_url: ctx.urls.bucketApi(forward.bucketId, `inbox_forwards/${forward.id}/replies`),
  };
}

export function renderInboxReply(ctx: ShapeContext, reply: InboxReply): Record<string, unknown> {
  return {
    ...recordingHead(ctx, reply),
    app_url: ctx.urls.bucketApp(reply.bucketId, `inbox_forwards/${reply.parentId ?? ''}#__recording_${reply.id}`),
    boosts_count: reply.boostsCount,
    boosts_url: ctx.urls.bucketApi(reply.bucketId, `recordings/${reply.id}/boosts`),
    parent: recordingParent(ctx, reply),
    bucket: recordingBucket(ctx, reply),
    creator: recordingCreator(ctx, reply),
    content: renderRichText(ctx, reply.content),
    content_attachments: [],
  };
}

/** The clientside board; it has no endpoint of its own but appears as the `parent` of its items. */
export function renderClientBoard(ctx: ShapeContext, board: ClientBoard): Record<string, unknown> {
  return {
    ...recordingHead(ctx, board),
    ...boardUrls(ctx, board),
    bucket: recordingBucket(ctx, board),
    creator: recordingCreator(ctx, board),
  };
}

export interface ApprovalOptions {
  /** The single-approval endpoint embeds the client's responses; the list does not. */
  withResponses?: boolean;
}

export function renderClientApproval(
  ctx: ShapeContext,
  approval: ClientApproval,
  options: ApprovalOptions = {},
): Record<string, unknown> {
  return {
    ...clientsideHead(ctx, approval),
    content: renderRichText(ctx, approval.content),
    content_attachments: [],
    subject: approval.subject,
    due_on: approval.dueOn,
    replies_count: liveChildren(ctx, approval.id, 'Client::Reply').length,
    replies_url: repliesUrl(ctx, approval),
    approval_status: approval.approvalStatus,
    approver: renderPersonById(ctx, approval.approverId),
    responses: options.withResponses
      ? liveChildren(ctx, approval.id, 'Client::Approval::Response').map((response) => renderApprovalResponse(ctx, response))
      : undefined,
  };
}

/** A response has no API URL of its own; it lives on its approval's page. */
export function renderApprovalResponse(ctx: ShapeContext, response: ClientApprovalResponse): Record<string, unknown> {
  const { url: _url, ...head } = recordingHead(ctx, response);
  return {
    ...head,
    app_url: ctx.urls.bucketApp(response.bucketId, `client/approvals/${response.parentId ?? ''}#__recording_${response.id}`),
    parent: recordingParent(ctx, response),
    bucket: recordingBucket(ctx, response),
    creator: recordingCreator(ctx, response),
    content: renderRichText(ctx, response.content),
    approved: response.approved,
  };
}

export function renderClientCorrespondence(ctx: ShapeContext, correspondence: ClientCorrespondence): Record<string, unknown> {
  return {
    ...clientsideHead(ctx, correspondence),
    content: renderRichText(ctx, correspondence.content),
    content_attachments: [],
    subject: correspondence.subject,
    replies_count: liveChildren(ctx, correspondence.id, 'Client::Reply').length,
    replies_url: repliesUrl(ctx, correspondence),
  };
}

export function renderClientReply(ctx: ShapeContext, reply: ClientReply): Record<string, unknown> {
  const parent = reply.parentId === null ? undefined : ctx.state.recordings.get(reply.parentId);
  const parentPath = parent?.type === 'Client::Approval' ? 'client/approvals' : 'client/correspondences';
  return {
    ...recordingHead(ctx, reply),
    app_url: ctx.urls.bucketApp(reply.bucketId, `${parentPath}/${reply.parentId ?? ''}#__recording_${reply.id}`),
    parent: recordingParent(ctx, reply),
    bucket: recordingBucket(ctx, reply),
    creator: recordingCreator(ctx, reply),
    content: renderRichText(ctx, reply.content),
    content_attachments: [],
  };
}

/** Renderers for the shared `SHAPES` table (`shapes/index.ts`). */
export const CHAT_SHAPES: { [T in ChatRecording['type']]: (ctx: ShapeContext, recording: Extract<ChatRecording, { type: T }>) => unknown } = {
  'Chat::Lines::Text': renderCampfireLine,
  'Chat::Lines::RichText': renderCampfireLine,
  'Chat::Lines::Upload': renderCampfireLine,
  'Inbox::Forward': renderForward,
  'Inbox::Reply': renderInboxReply,
  'Client::Board': renderClientBoard,
  'Client::Approval': (ctx, approval) => renderClientApproval(ctx, approval, { withResponses: true }),
  'Client::Approval::Response': renderApprovalResponse,
  'Client::Correspondence': renderClientCorrespondence,
  'Client::Reply': renderClientReply,
};

/** Approvals and correspondences open alike; their parent is the board, whose URLs are special. */
function clientsideHead(ctx: ShapeContext, item: ClientApproval | ClientCorrespondence): Record<string, unknown> {
  const board = item.parentId === null ? undefined : ctx.state.recordings.get(item.parentId);
  return {
    ...recordingHead(ctx, item),
    subscription_url: subscriptionUrl(ctx, item),
    parent: board ? { id: board.id, title: 'title' in board ? board.title : '', type: board.type, ...boardUrls(ctx, board) } : undefined,
    bucket: recordingBucket(ctx, item),
    creator: recordingCreator(ctx, item),
  };
}

function boardUrls(ctx: ShapeContext, board: Recording): { url: string; app_url: string } {
  return {
    url: ctx.urls.bucketApi(board.bucketId, 'client/board'),
    app_url: ctx.urls.bucketApp(board.bucketId, `client/board.${board.id}`),
  };
}

function repliesUrl(ctx: ShapeContext, item: Recording): string {
  return ctx.urls.bucketApi(item.bucketId, `client/recordings/${item.id}/replies`);
}

function subscriptionUrl(ctx: ShapeContext, recording: Recording): string {
  return ctx.urls.bucketApi(recording.bucketId, `recordings/${recording.id}/subscription`);
}

/** Active, untrashed children of one type that the viewer may see, oldest first. */
export function liveChildren<T extends ChatRecording['type']>(
  ctx: ShapeContext,
  parentId: string,
  type: T,
): Extract<ChatRecording, { type: T }>[] {
  return childrenByAge(ctx.state, parentId, type).filter(
    (child) => child.status === 'active' && !isTrashed(ctx.state, child) && isVisibleTo(ctx.me, child),
  );
}

/** Children of one type, oldest first (chat records have no positions). */
export function childrenByAge<T extends ChatRecording['type']>(
  state: SandboxState,
  parentId: string,
  type: T,
): Extract<ChatRecording, { type: T }>[] {
  const children = childrenOf(state, parentId, type) as Extract<ChatRecording, { type: T }>[];
  return children.sort((a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id));
}

