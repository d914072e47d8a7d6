import { addLine } from './factories/chat.ts';
import type { Incoming } from './incoming.ts';
import { parseBody } from './json.ts';
import { HttpError, notFound, unprocessable } from './protocol/errors.ts';
import type { Reply } from './reply.ts';
import type { SandboxState } from './state/index.ts';
import type { ToolRecording } from './state/records.ts';
import { chatStore } from './state/chat.ts';

/**
 * `POST /{account}/integrations/{key}/buckets/{project}/chats/{campfire}/lines.json`: a chatbot
 * posts a line authenticated by the key in its `lines_url`, with no bearer token (docs:
 * chatbots.md, "Create a line"). `content_param` renames the content field, for webhooks from
 * services that send e.g. `text`. Answers 201 with no body, as documented.
 */
const PATH = /^\/(\d+)\/integrations\/([A-Za-z0-9_-]+)\/buckets\/(\d+)\/chats\/(\d+)\/lines(?:\.json)?$/;

export function isChatbotLinePath(pathname: string): boolean {
  return PATH.test(pathname);
}

export function postChatbotLine(state: SandboxState, incoming: Incoming, now: number): Reply {
  const [, accountId, key, projectId, campfireId] = PATH.exec(incoming.pathname) ?? [];
  if (incoming.method !== 'POST') throw new HttpError(405, 'Method not allowed');
  if (accountId !== state.account.id) throw notFound();
  if (!state.account.active) throw new HttpError(404, 'Not found', { Reason: 'Account Inactive' });
  const bot = [...chatStore(state).chatbots.values()].find((candidate) => candidate.key === key);
  const campfire = state.recordings.get(campfireId ?? '');
  if (!bot || campfire?.type !== 'Chat::Transcript' || campfire.bucketId !== projectId || campfire.status !== 'active') throw notFound();
  const body = parseBody(incoming.bodyText);
  const field = incoming.query.get('content_param') || 'content';
  const content = typeof body[field] === 'string' ? body[field].trim() : '';
  if (!content) throw unprocessable(`${field === 'content' ? 'Content' : field} can't be blank`);
  const project = state.projects.get(projectId ?? '');
  // A line needs an author: the chatbot speaks for the project's creator, as the person who added it.
  addLine(state, campfire as ToolRecording, { creatorId: project?.creatorId ?? campfire.creatorId, content, richText: true }, now);
  return { status: 201 };
}
