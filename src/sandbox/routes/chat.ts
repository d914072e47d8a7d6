import { compareIds } from '../ids.ts';
import { findProject, findRecording, isTrashed, isVisibleTo, visibleProjects } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addChatbot, addLine, addUploadLine, plainText } from '../factories/chat.ts';
import { setStatus, touch } from '../mutations.ts';
import { forbidden, notFound, unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { get, post, put, resource, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { rawFile } from './raw-file.ts';
import { show, showRecording } from './show.ts';
import {
  childrenByAge,
  renderCampfire,
  renderCampfireLine,
  renderChatbot,
  renderClientApproval,
  renderClientCorrespondence,
  renderClientReply,
  renderForward,
  renderInbox,
  renderInboxReply,
} from '../shapes/chat.ts';
import { renderRecording } from '../shapes/index.ts';
import { DOCK_TOOLS, type Project, type RecordingBase, type ToolRecording } from '../state/records.ts';
import type { Recording } from '../state/index.ts';
import { chatStore, LINE_TYPES, type Chatbot, type ChatRecording } from '../state/chat.ts';
import { optionalBoolean, optionalChoice, optionalText, requiredText } from '../validation.ts';

/** Campfires (docs: campfires.md). Uploading a file needs a raw binary body, which the JSON-only pipeline refuses. */
const campfires: Section = {
  docs: 'campfires',
  routes: [
    get('/chats.json', listCampfires, { legacy: false }),
    get('/chats/:campfireId.json', (ctx) => ok(renderCampfire(ctx, findCampfire(ctx))) ),
    ...resource('/chats/:campfireId/lines.json', '/chats/:campfireId/lines/:lineId.json', {
      list: listLines, create: createLine, show: (ctx) => ok(renderCampfireLine(ctx, findLine(ctx))), update: updateLine,
      destroy: deleteLine,
    }),
    get('/chats/:campfireId/uploads.json', listUploads),
    post('/chats/:campfireId/uploads.json', createUpload),
  ],
};

/** Chatbots (docs: chatbots.md): account-wide, read and managed through any Campfire. */
const chatbots: Section = {
  docs: 'chatbots',
  routes: withoutLegacyForm(
    resource('/buckets/:bucketId/chats/:campfireId/integrations.json', '/buckets/:bucketId/chats/:campfireId/integrations/:chatbotId.json', {
      list: listChatbots, create: createChatbot, show: getChatbot, update: updateChatbot, destroy: deleteChatbot,
    }),
  ),
};

/** Inboxes (docs: inboxes.md). */
const inboxes: Section = {
  docs: 'inboxes',
  routes: [get('/inboxes/:inboxId.json', show('inboxId', (ctx, id) => findTool(ctx, id, 'Inbox'), renderInbox))],
};

/** Forwards (docs: forwards.md), plus the account-wide list the spec adds (GetEverythingForwards). */
const forwards: Section = {
  docs: 'forwards',
  routes: [
    get('/inboxes/:inboxId/inbox_forwards.json', listForwards),
    get('/inbox_forwards/:forwardId.json', showRecording('forwardId', ['Inbox::Forward'], renderForward)),
    get('/forwards.json', listAllForwards, { legacy: false }),
  ],
};

/** Inbox replies (docs: inbox_replies.md). */
const inboxReplies: Section = {
  docs: 'inbox_replies',
  routes: [
    get('/inbox_forwards/:forwardId/replies.json', listInboxReplies),
    get('/inbox_forwards/:forwardId/replies/:replyId.json', getInboxReply),
  ],
};

/** Client approvals (docs: client_approvals.md). */
const clientApprovals: Section = {
  docs: 'client_approvals',
  routes: [
    get('/buckets/:bucketId/client/approvals.json', (ctx) => listClientside(ctx, 'Client::Approval'), { legacy: false }),
    get(
      '/client/approvals/:approvalId.json',
      showRecording('approvalId', ['Client::Approval'], (ctx, approval) => renderClientApproval(ctx, approval, { withResponses: true })),
    ),
  ],
};

/** Client correspondences (docs: client_correspondences.md). */
const clientCorrespondences: Section = {
  docs: 'client_correspondences',
  routes: [
    get('/buckets/:bucketId/client/correspondences.json', (ctx) => listClientside(ctx, 'Client::Correspondence'), { legacy: false }),
    get('/client/correspondences/:correspondenceId.json', showRecording('correspondenceId', ['Client::Correspondence'], renderClientCorrespondence)),
  ],
};

/** Client replies (docs: client_replies.md), under an approval or a correspondence. */
const clientReplies: Section = {
  docs: 'client_replies',
  routes: [
    get('/buckets/:bucketId/client/recordings/:recordingId/replies.json', listClientReplies, { legacy: false }),
    get('/buckets/:bucketId/client/recordings/:recordingId/replies/:replyId.json', getClientReply, { legacy: false }),
  ],
};

/** Client visibility (docs: client_visibility.md), for any recording. */
const clientVisibility: Section = {
  docs: 'client_visibility',
  routes: [put('/recordings/:recordingId/client_visibility.json', setClientVisibility)],
};

/** Every section of the chat family, for `routes/index.ts`. */
export const CHAT_SECTIONS: readonly Section[] = [
  campfires,
  chatbots,
  inboxes,
  forwards,
  inboxReplies,
  clientApprovals,
  clientCorrespondences,
  clientReplies,
  clientVisibility,
];

// Campfires ---------------------------------------------------------------------------------

/** Every active Campfire in the active projects the caller sees, with the tool switched on. */
function listCampfires(ctx: RequestContext): Reply {
  const found: ToolRecording[] = [];
  for (const project of visibleProjects(ctx.state, ctx.me)) {
    if (project.status !== 'active') continue;
    const campfire = enabledTool(ctx, project, 'chat');
    if (campfire && campfire.status === 'active' && isVisibleTo(ctx.me, campfire)) found.push(campfire);
  }
  return paginate(ctx, found, (campfire) => renderCampfire(ctx, campfire), { containerUpdatedAt: ctx.state.account.updatedAt });
}

function findCampfire(ctx: RequestContext): ToolRecording {
  return findTool(ctx, param(ctx, 'campfireId'), 'Chat::Transcript');
}

/** A dock tool the caller can see; a switched-off tool is as absent as a missing one. */
function findTool(ctx: RequestContext, id: string, type: 'Chat::Transcript' | 'Inbox'): ToolRecording {
  const tool = findRecording(ctx, id, [type]) as ToolRecording;
  const project = ctx.state.projects.get(tool.bucketId);
  if (!project?.dock.some((entry) => entry.recordingId === tool.id && entry.enabled)) throw notFound();
  return tool;
}

function enabledTool(ctx: RequestContext, project: Project, name: 'chat' | 'inbox'): ToolRecording | undefined {
  const entry = project.dock.find((candidate) => candidate.name === name && candidate.enabled);
  const tool = entry ? ctx.state.recordings.get(entry.recordingId) : undefined;
  return tool && (tool.type === 'Chat::Transcript' || tool.type === 'Inbox') ? (tool as ToolRecording) : undefined;
}

/** A line of the Campfire named in the path; a line of another Campfire is a 404. */
function findLine(ctx: RequestContext) {
  const campfire = findCampfire(ctx);
  const line = findRecording(ctx, param(ctx, 'lineId'), LINE_TYPES);
  if (line.parentId !== campfire.id) throw notFound();
  return line;
}

/** All lines, uploads included; newest first unless `direction=asc` (spec: sort, direction). */
function listLines(ctx: RequestContext): Reply {
  const campfire = findCampfire(ctx);
  const lines = LINE_TYPES.flatMap((type) => visibleChildren(ctx, campfire.id, type));
  return paginate(ctx, sorted(ctx, lines), (line) => renderCampfireLine(ctx, line), { containerUpdatedAt: campfire.updatedAt });
}

/** Uploaded files only, newest first (docs: "Get Campfire uploads"). */
function listUploads(ctx: RequestContext): Reply {
  const campfire = findCampfire(ctx);
  const uploads = visibleChildren(ctx, campfire.id, 'Chat::Lines::Upload');
  return paginate(ctx, sorted(ctx, uploads), (line) => renderCampfireLine(ctx, line), { containerUpdatedAt: campfire.updatedAt });
}

/** `content_type: text/html` makes a rich text line; anything but plain text or HTML is refused. */
function createLine(ctx: RequestContext): Reply {
  const campfire = findCampfire(ctx);
  const content = requiredText(ctx.body, 'content');
  const contentType = optionalChoice(ctx.body, 'content_type', ['text/plain', 'text/html'] as const);
  const line = addLine(ctx.state, campfire, { creatorId: ctx.me.id, content, richText: contentType === 'text/html' }, ctx.now());
  return created(renderCampfireLine(ctx, line));
}

/** The body is the file itself (see `rawFile`). */
function createUpload(ctx: RequestContext): Reply {
  const campfire = findCampfire(ctx);
  const line = addUploadLine(ctx.state, campfire, { creatorId: ctx.me.id, ...rawFile(ctx) }, ctx.now());
  return created(renderCampfireLine(ctx, line));
}

/** Only the author edits, only text lines; the edit always becomes rich text (spec: UpdateCampfireLine). */
function updateLine(ctx: RequestContext): Reply {
  const line = findLine(ctx);
  if (line.creatorId !== ctx.me.id) throw forbidden();
  if (line.type === 'Chat::Lines::Upload') throw unprocessable('Only text lines can be edited');
  const content = requiredText(ctx.body, 'content');
  line.type = 'Chat::Lines::RichText';
  line.content = content;
  line.title = plainText(content);
  touch(ctx.state, line, ctx.now());
  return noContent();
}

/** The author, or an administrator, removes a line. */
function deleteLine(ctx: RequestContext): Reply {
  const line = findLine(ctx);
  if (line.creatorId !== ctx.me.id && !ctx.me.admin && !ctx.me.owner) throw forbidden();
  setStatus(ctx.state, line, 'trashed', ctx.now());
  return noContent();
}

// Chatbots ----------------------------------------------------------------------------------

function chatbotWhere(ctx: RequestContext) {
  const campfire = findCampfire(ctx);
  return { bucketId: campfire.bucketId, campfireId: campfire.id };
}

function listChatbots(ctx: RequestContext): Reply {
  const where = chatbotWhere(ctx);
  const chat = chatStore(ctx.state);
  const bots = [...chat.chatbots.values()].sort((a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id));
  return ok(bots.map((bot) => renderChatbot(ctx, bot, where)), chat.chatbotsUpdatedAt);
}

function getChatbot(ctx: RequestContext): Reply {
  const where = chatbotWhere(ctx);
  return ok(renderChatbot(ctx, findChatbot(ctx), where));
}

function findChatbot(ctx: RequestContext): Chatbot {
  const bot = chatStore(ctx.state).chatbots.get(param(ctx, 'chatbotId'));
  if (!bot) throw notFound();
  return bot;
}

/** Chatbots are account-wide, so only administrators manage them (docs: chatbots.md). */
function requireAdmin(ctx: RequestContext): void {
  if (!ctx.me.admin && !ctx.me.owner) throw forbidden();
}

function createChatbot(ctx: RequestContext): Reply {
  const where = chatbotWhere(ctx);
  requireAdmin(ctx);
  const fields = chatbotFields(ctx, undefined);
  const bot = addChatbot(ctx.state, fields, ctx.now());
  return created(renderChatbot(ctx, bot, where));
}

/** PUT replaces both fields: a missing `command_url` clears it. */
function updateChatbot(ctx: RequestContext): Reply {
  const where = chatbotWhere(ctx);
  const bot = findChatbot(ctx);
  requireAdmin(ctx);
  const fields = chatbotFields(ctx, bot.id);
  const now = ctx.now();
  bot.serviceName = fields.serviceName;
  bot.commandUrl = fields.commandUrl;
  bot.updatedAt = Math.max(now, bot.updatedAt);
  chatStore(ctx.state).chatbotsUpdatedAt = bot.updatedAt;
  return ok(renderChatbot(ctx, bot, where));
}

function deleteChatbot(ctx: RequestContext): Reply {
  chatbotWhere(ctx);
  const bot = findChatbot(ctx);
  requireAdmin(ctx);
  const chat = chatStore(ctx.state);
  chat.chatbots.delete(bot.id);
  chat.chatbotsUpdatedAt = Math.max(chat.chatbotsUpdatedAt, ctx.now());
  return noContent();
}

/** The name is how people address the bot (`!name`): one word, unique in the account. */
function chatbotFields(ctx: RequestContext, selfId: string | undefined): { serviceName: string; commandUrl: string | null } {
  const serviceName = requiredText(ctx.body, 'service_name').trim();
  if (!/^\w+$/.test(serviceName)) throw unprocessable('Service name can only contain letters, numbers and underscores');
  for (const other of chatStore(ctx.state).chatbots.values()) {
    if (other.id !== selfId && other.serviceName.toLowerCase() === serviceName.toLowerCase()) {
      throw unprocessable('Service name has already been taken');
    }
  }
  const commandUrl = optionalText(ctx.body, 'command_url');
  if (commandUrl !== undefined && commandUrl !== '' && !isHttpsUrl(commandUrl)) throw unprocessable('Command url must be an HTTPS URL');
  return { serviceName, commandUrl: commandUrl || null };
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

// Inboxes, forwards and replies -------------------------------------------------------------

function listForwards(ctx: RequestContext): Reply {
  const inbox = findTool(ctx, param(ctx, 'inboxId'), 'Inbox');
  const found = sorted(ctx, visibleChildren(ctx, inbox.id, 'Inbox::Forward'));
  return paginate(ctx, found, (forward) => renderForward(ctx, forward), { containerUpdatedAt: inbox.updatedAt });
}

/** Every active forward in the active projects the caller sees, newest first. */
function listAllForwards(ctx: RequestContext): Reply {
  const found = [];
  for (const project of visibleProjects(ctx.state, ctx.me)) {
    if (project.status !== 'active') continue;
    const inbox = enabledTool(ctx, project, 'inbox');
    if (inbox && inbox.status === 'active') found.push(...visibleChildren(ctx, inbox.id, 'Inbox::Forward'));
  }
  found.sort((a, b) => b.createdAt - a.createdAt || compareIds(b.id, a.id));
  return paginate(ctx, found, (forward) => renderForward(ctx, forward), { containerUpdatedAt: ctx.state.account.updatedAt });
}

/** A thread reads oldest first. */
function listInboxReplies(ctx: RequestContext): Reply {
  const forward = findRecording(ctx, param(ctx, 'forwardId'), ['Inbox::Forward']);
  const found = visibleChildren(ctx, forward.id, 'Inbox::Reply');
  return paginate(ctx, found, (reply) => renderInboxReply(ctx, reply), { containerUpdatedAt: forward.updatedAt });
}

function getInboxReply(ctx: RequestContext): Reply {
  const forward = findRecording(ctx, param(ctx, 'forwardId'), ['Inbox::Forward']);
  const reply = findRecording(ctx, param(ctx, 'replyId'), ['Inbox::Reply']);
  if (reply.parentId !== forward.id) throw notFound();
  return ok(renderInboxReply(ctx, reply));
}

// The clientside ----------------------------------------------------------------------------

/** Approvals or correspondences of one project; a project without a clientside has none to list. */
function listClientside(ctx: RequestContext, type: 'Client::Approval' | 'Client::Correspondence'): Reply {
  const project = findProject(ctx, param(ctx, 'bucketId'));
  const board = [...ctx.state.recordings.values()].find((r) => r.type === 'Client::Board' && r.bucketId === project.id);
  if (!board || board.status !== 'active') throw notFound();
  if (type === 'Client::Approval') {
    const found = sorted(ctx, visibleChildren(ctx, board.id, 'Client::Approval'));
    return paginate(ctx, found, (approval) => renderClientApproval(ctx, approval), { containerUpdatedAt: board.updatedAt });
  }
  const found = sorted(ctx, visibleChildren(ctx, board.id, 'Client::Correspondence'));
  return paginate(ctx, found, (item) => renderClientCorrespondence(ctx, item), { containerUpdatedAt: board.updatedAt });
}

function findClientThread(ctx: RequestContext) {
  return findRecording(ctx, param(ctx, 'recordingId'), ['Client::Approval', 'Client::Correspondence']);
}

function listClientReplies(ctx: RequestContext): Reply {
  const thread = findClientThread(ctx);
  const found = visibleChildren(ctx, thread.id, 'Client::Reply');
  return paginate(ctx, found, (reply) => renderClientReply(ctx, reply), { containerUpdatedAt: thread.updatedAt });
}

function getClientReply(ctx: RequestContext): Reply {
  const thread = findClientThread(ctx);
  const reply = findRecording(ctx, param(ctx, 'replyId'), ['Client::Reply']);
  if (reply.parentId !== thread.id) throw notFound();
  return ok(renderClientReply(ctx, reply));
}

/**
 * Shows or hides a recording from clients, and everything inside it with it. Only recordings that
 * own their visibility may change it — dock tools and what sits directly in them; a to-do follows
 * its list and a Campfire line its Campfire, so those answer 403 (docs: client_visibility.md).
 */
function setClientVisibility(ctx: RequestContext): Reply {
  const id = param(ctx, 'recordingId');
  const type = ctx.state.recordings.get(id)?.type;
  if (type === undefined) throw notFound();
  const recording = findRecording(ctx, id, [type]);
  if (ctx.me.client || !ownsVisibility(ctx, recording)) throw forbidden();
  const visible = optionalBoolean(ctx.body, 'visible_to_clients');
  if (visible === undefined) throw unprocessable("Visible to clients can't be blank");
  if (recording.visibleToClients !== visible) {
    for (const item of [recording, ...descendants(ctx, recording.id)]) item.visibleToClients = visible;
    touch(ctx.state, recording, ctx.now());
  }
  return ok(renderRecording(ctx, recording));
}

const TOOL_TYPES: readonly string[] = DOCK_TOOLS.map((tool) => tool.type);

function ownsVisibility(ctx: RequestContext, recording: Recording): boolean {
  if (recording.parentId === null) return TOOL_TYPES.includes(recording.type);
  if ((LINE_TYPES as readonly string[]).includes(recording.type)) return false;
  const parent = ctx.state.recordings.get(recording.parentId);
  return parent !== undefined && parent.parentId === null && TOOL_TYPES.includes(parent.type);
}

function descendants(ctx: RequestContext, id: string): Recording[] {
  const out: Recording[] = [];
  const queue = [id];
  for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
    for (const recording of ctx.state.recordings.values()) {
      if (recording.parentId === current) {
        out.push(recording);
        queue.push(recording.id);
      }
    }
  }
  return out;
}

// Helpers -----------------------------------------------------------------------------------

/** Active children of one type that the caller may see, oldest first. */
function visibleChildren<T extends ChatRecording['type']>(ctx: RequestContext, parentId: string, type: T) {
  return childrenByAge(ctx.state, parentId, type).filter(
    (child) => child.status === 'active' && !isTrashed(ctx.state, child) && isVisibleTo(ctx.me, child),
  );
}

/** `sort=created_at|updated_at` and `direction=desc|asc`; newest created first by default. */
function sorted<T extends RecordingBase>(ctx: RequestContext, items: T[]): T[] {
  const key = ctx.query.get('sort') === 'updated_at' ? 'updatedAt' : 'createdAt';
  const direction = ctx.query.get('direction') === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => direction * (a[key] - b[key] || compareIds(a.id, b.id)));
}
