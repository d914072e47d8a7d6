import { compareIds } from '../ids.ts';
import { findRecording, isTrashed, isVisibleTo, visibleProjects } from '../access/visibility.ts';
import { param, type RequestContext } from '../context.ts';
import { addMessage } from '../factories/messages.ts';
import { findMessageBoard } from './message-boards.ts';
import { publish, touch } from '../mutations.ts';
import { unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { created, ok, type Reply } from '../reply.ts';
import { del, get, post, resource, type Handler } from '../router.ts';
import type { Section } from '../section.ts';
import { switchWrite } from './switch-write.ts';
import { showRecording } from './show.ts';
import { renderMessage } from '../shapes/message.ts';
import { childrenOf, type Recording, type RecordingType } from '../state/index.ts';
import { automationOf } from '../state/automation.ts';
import { messagesStore, type Message } from '../state/messages.ts';
import { optionalBoolean, optionalChoice, optionalId, optionalIds, optionalText, publicationStatus, requiredText } from '../validation.ts';

/** Messages (docs: messages.md), plus the account-wide list the OpenAPI spec adds. */
export const messages: Section = {
  docs: 'messages',
  routes: [
    ...resource('/message_boards/:boardId/messages.json', '/messages/:messageId.json', {
      list: listMessages, create: createMessage, show: showRecording('messageId', ['Message'], renderMessage),
      update: updateMessage,
    }),
    post('/recordings/:messageId/pin.json', pin(true)),
    del('/recordings/:messageId/pin.json', pin(false)),
    get('/messages.json', listEveryMessage, { legacy: false }),
  ],
};

/**
 * Active messages of a board. Pinned messages come first, as the board shows them on top; then
 * `sort` (created_at | updated_at, default created_at) in `direction` (default desc).
 */
function listMessages(ctx: RequestContext): Reply {
  const board = findMessageBoard(ctx, param(ctx, 'boardId'));
  const sortKey = ctx.query.get('sort') === 'updated_at' ? 'updatedAt' : 'createdAt';
  const direction = ctx.query.get('direction') === 'asc' ? 1 : -1;
  const found = childrenOf(ctx.state, board.id, 'Message')
    .filter((message) => message.status === 'active' && isVisibleTo(ctx.me, message))
    .sort((a, b) => Number(b.pinned) - Number(a.pinned) || direction * (a[sortKey] - b[sortKey] || compareIds(a.id, b.id)));
  return paginate(ctx, found, (message) => renderMessage(ctx, message), { containerUpdatedAt: board.updatedAt });
}

/** A draft unless `status` is `active` (docs: messages.md, "Create a message"). */
function createMessage(ctx: RequestContext): Reply {
  const board = findMessageBoard(ctx, param(ctx, 'boardId'));
  const subject = requiredText(ctx.body, 'subject');
  const content = optionalText(ctx.body, 'content');
  const status = publicationStatus(ctx.body);
  const categoryId = knownCategory(ctx, board.bucketId, optionalId(ctx.body, 'category_id'));
  const subscribers = optionalIds(ctx.body, 'subscriptions') ?? [];
  if (subscribers.some((id) => !ctx.state.people.has(id))) throw unprocessable('Subscriptions include someone who is not in this account');
  const visibleToClients = optionalBoolean(ctx.body, 'visible_to_clients');
  const message = addMessage(
    ctx.state,
    board,
    { subject, creatorId: ctx.me.id, ...(content === undefined ? {} : { content }), categoryId, ...(visibleToClients === undefined ? {} : { visibleToClients }) },
    ctx.now(),
  );
  message.status = status;
  // Without `subscriptions`, everyone on the project is subscribed (docs: messages.md).
  const project = ctx.state.projects.get(board.bucketId);
  const personIds = ctx.body.subscriptions === undefined || ctx.body.subscriptions === null ? (project?.memberIds ?? []) : subscribers;
  automationOf(ctx.state).subscriptions.set(message.id, { personIds: [...personIds], updatedAt: message.createdAt });
  return created(renderMessage(ctx, message));
}

/**
 * Changes `subject`, `content` and `category_id`; keys left out keep their value and a null
 * `category_id` removes the type. Comments' "Re: …" titles follow a new subject. `status: active`
 * publishes a draft.
 */
function updateMessage(ctx: RequestContext): Reply {
  const message = findRecording(ctx, param(ctx, 'messageId'), ['Message']);
  if (ctx.body.subject !== undefined) message.subject = requiredText(ctx.body, 'subject');
  const content = optionalText(ctx.body, 'content');
  if (content !== undefined || ctx.body.content === null) message.content = content ?? '';
  publish(message, optionalChoice(ctx.body, 'status', ['active', 'drafted'] as const));
  if (ctx.body.category_id !== undefined) message.categoryId = knownCategory(ctx, message.bucketId, optionalId(ctx.body, 'category_id'));
  for (const comment of childrenOf(ctx.state, message.id, 'Comment')) comment.title = `Re: ${message.subject}`;
  touch(ctx.state, message, ctx.now());
  return ok(renderMessage(ctx, message));
}

function pin(pinned: boolean): Handler {
  return switchWrite('messageId', ['Message'], (message) => message.pinned === pinned, (message) => {
    message.pinned = pinned;
  });
}

/** Every active message in the active projects the caller can see, newest first. */
function listEveryMessage(ctx: RequestContext): Reply {
  const found = everywhere(ctx, 'Message') as Message[];
  return paginate(ctx, found, (message) => renderMessage(ctx, message), { containerUpdatedAt: ctx.state.account.updatedAt });
}

/** Active, readable recordings of one type across the caller's active projects, newest first. */
export function everywhere(ctx: RequestContext, type: RecordingType): Recording[] {
  const projectIds = new Set(visibleProjects(ctx.state, ctx.me).filter((project) => project.status === 'active').map((project) => project.id));
  return [...ctx.state.recordings.values()]
    .filter(
      (recording) =>
        recording.type === type &&
        projectIds.has(recording.bucketId) &&
        recording.status === 'active' &&
        !isTrashed(ctx.state, recording) &&
        isVisibleTo(ctx.me, recording),
    )
    .sort((a, b) => b.createdAt - a.createdAt || compareIds(b.id, a.id));
}

/** A category id must name a message type of the message's own project. */
function knownCategory(ctx: RequestContext, bucketId: string, categoryId: string | undefined): string | null {
  if (categoryId === undefined) return null;
  if (messagesStore(ctx.state).messageTypes.get(categoryId)?.bucketId !== bucketId) throw unprocessable('Category must be a message type of this project');
  return categoryId;
}
