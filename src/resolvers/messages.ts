import { GraphQLError } from 'graphql';
import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { joinKey } from './chat-keys.ts';
import { paginate, type ConnectionArgs } from './connection.ts';
import { decodeGlobalId, toBasecampId } from './global-id.ts';
import { inputError, nonBlankText, patched, requiredText, sharing } from './input.ts';
import { fetchEach, loadEach, type NodeLoader } from './loaders.ts';
import { recordingRef } from './recordings.ts';
import { withBody } from './writes.ts';

/**
 * The message-board family: message boards, messages, message types (Basecamp's "categories"),
 * comments on any recording, and boosts on recordings and events.
 */

/**
 * A message type plus the project it belongs to, which its REST paths need. A message type's key
 * (and the id in its global id) is `projectId-typeId`, since `GET /buckets/{p}/categories/{t}.json`
 * cannot be called without both.
 */
export type MessageTypeRecord = Wire.MessageType & { bucket_id: BasecampId };

/** The spec's boost; `recording` is present on a single boost, absent in lists. */
export type BoostRecord = Wire.Boost;

export type MessageSort = 'created_at' | 'updated_at';
export type SortDirection = 'asc' | 'desc';

export const fetchMessageBoards = loadEach('GetMessageBoard');

export const fetchMessages = loadEach('GetMessage');

export const fetchComments = loadEach('GetComment');

export const fetchBoosts: NodeLoader<BoostRecord> = loadEach('GetBoost');

/** `GET /buckets/{projectId}/categories/{typeId}.json` for keys `projectId-typeId`. */
export async function fetchMessageTypes(ctx: Context, keys: readonly string[]): Promise<(MessageTypeRecord | Error)[]> {
  const results = await fetchEach(ctx, keys, 'GetMessageType', (key) => {
    const { projectId, typeId } = splitMessageTypeKey(key);
    return { bucketId: projectId, typeId };
  });
  return results.map((result, i) => (result instanceof Error ? result : withProject(result, splitMessageTypeKey(keys[i] ?? '').projectId)));
}

/** The loader key of a message type. */
export function messageTypeKey(type: MessageTypeRecord): string {
  return `${type.bucket_id}-${type.id}`;
}

/** Attaches the owning project to a message type read from Basecamp. */
export function withProject(type: Wire.MessageType, projectId: BasecampId): MessageTypeRecord {
  return { ...type, bucket_id: projectId };
}

function splitMessageTypeKey(key: string): { projectId: BasecampId; typeId: BasecampId } {
  const [projectId = '', typeId = ''] = key.split('-');
  return { projectId, typeId };
}

/** A message's embedded `category` is the full message type: returned as is, with its project. */
export function messageCategory(message: Wire.Message): MessageTypeRecord | null {
  return message.category ? withProject(message.category, message.bucket.id) : null;
}

/**
 * `GET /message_boards/{id}/messages.json`. Basecamp sorts by `created_at`, newest first, unless
 * told otherwise; the defaults are left out of the URL.
 */
export function listMessages(ctx: Context, boardId: string, args: ConnectionArgs & { sort?: MessageSort | null; direction?: SortDirection | null }) {
  const query = {
    sort: args.sort && args.sort !== 'created_at' ? args.sort : undefined,
    direction: args.direction && args.direction !== 'desc' ? args.direction : undefined,
  };
  return paginate(ctx, 'ListMessages', { boardId }, query, args);
}

export function listComments(ctx: Context, recordingId: string, args: ConnectionArgs) {
  return paginate(ctx, 'ListComments', { recordingId }, {}, args);
}

export function listRecordingBoosts(ctx: Context, recordingId: string, args: ConnectionArgs) {
  return paginate(ctx, 'ListRecordingBoosts', { recordingId }, {}, args);
}

export function listEventBoosts(ctx: Context, recordingId: string, eventId: string, args: ConnectionArgs) {
  return paginate(ctx, 'ListEventBoosts', { recordingId, eventId }, {}, args);
}

/**
 * An event from an argument: a global `Event` id carries its recording (its key is
 * `recordingId-eventId`); a plain Basecamp event id needs `recordingId` beside it.
 */
export function eventRef(ctx: Context, eventId: string, recordingId?: string | null): { recordingId: BasecampId; eventId: BasecampId } {
  if (/^\d+$/.test(eventId)) {
    if (!recordingId) throw inputError('recordingId', 'is required with a plain Basecamp event id');
    return { recordingId: recordingRef(ctx, recordingId).id, eventId };
  }
  const [recording = '', event = ''] = toBasecampId(eventId, ctx.accountId, ['Event']).split('-');
  if (recordingId && recordingRef(ctx, recordingId).id !== recording) throw inputError('recordingId', 'is not the recording of this event');
  return { recordingId: recording, eventId: event };
}

/** `GET /buckets/{id}/categories.json`: the first page only; a project has a handful of types. */
export async function listMessageTypes(ctx: Context, projectId: string): Promise<MessageTypeRecord[]> {
  const types = (await call(ctx, 'ListMessageTypes', { bucketId: projectId })) ?? [];
  return types.map((type) => withProject(type, projectId));
}

/**
 * A message type id from an argument: a global `MessageType` id carries its project; a plain
 * Basecamp id needs `projectId` beside it.
 */
export function messageTypeRef(ctx: Context, id: string, projectId?: string | null): { projectId: BasecampId; typeId: BasecampId } {
  if (!/^\d+$/.test(id)) {
    const decoded = decodeGlobalId(id, ctx.accountId);
    if (decoded.typename !== 'MessageType') throw new GraphQLError(`Expected the id of a MessageType, got the id of a ${decoded.typename}.`, { extensions: { code: 'BAD_USER_INPUT' } });
    return splitMessageTypeKey(decoded.id);
  }
  if (!projectId) throw inputError('projectId', 'is required with a plain Basecamp message type id');
  return { projectId: toBasecampId(projectId, ctx.accountId, ['Project']), typeId: id };
}

/** Root field `messageType(id:, projectId:)`: the loader key. */
export function messageTypeLoaderKey(ctx: Context, id: string, projectId?: string | null): string {
  const { projectId: project, typeId } = messageTypeRef(ctx, id, projectId);
  return `${project}-${typeId}`;
}

/**
 * A message's `categoryId` argument → the Basecamp id to send. A global id names its project, so
 * a type of another project is refused here when the message's project is known; a plain id is
 * Basecamp's to check.
 */
function categoryId(ctx: Context, id: string, messageProjectId?: BasecampId): BasecampId {
  if (/^\d+$/.test(id)) return id;
  const ref = messageTypeRef(ctx, id);
  if (messageProjectId !== undefined && ref.projectId !== messageProjectId) {
    throw inputError('categoryId', "must be a message type of the message's own project");
  }
  return ref.typeId;
}

export interface MessageInput {
  subject?: string | null;
  content?: string | null;
  categoryId?: string | null;
}

/**
 * `POST /message_boards/{id}/messages.json`, published at once unless `status` says drafted (Basecamp
 * publishes only on `status: active`, so it is always sent). The board's project is read first when a
 * category is given, to check it belongs there.
 */
export async function createMessage(
  ctx: Context,
  input: MessageInput & { messageBoardId: string; subject: string; status?: 'active' | 'drafted' | null; subscriberIds?: readonly string[] | null; visibleToClients?: boolean | null },
) {
  const boardId = toBasecampId(input.messageBoardId, ctx.accountId, ['MessageBoard']);
  const subject = requiredText(input.subject, 'subject');
  const category = input.categoryId ? categoryId(ctx, input.categoryId) : undefined;
  return withBody(call(ctx, 'CreateMessage', { boardId }, { body: {
    subject,
    content: input.content ?? undefined,
    status: input.status ?? 'active',
    category_id: category ?? undefined,
    ...sharing(ctx, input),
  } }));
}

/**
 * `PUT /messages/{id}.json`. The message is read first (usually a 304) and sent back whole with
 * only the given fields changed, so an upstream that replaces never clears what was left out; an
 * explicit null `categoryId` removes the type, a null `content` empties it. `publish` adds
 * `status: active`, which publishes a draft.
 */
export async function updateMessage(ctx: Context, input: MessageInput & { id: string }, options: { publish?: boolean } = {}) {
  const id = toBasecampId(input.id, ctx.accountId, ['Message']);
  const subject = nonBlankText(input.subject, 'subject');
  const current = await call(ctx, 'GetMessage', { messageId: id });
  const category = input.categoryId ? categoryId(ctx, input.categoryId, current.bucket.id) : input.categoryId;
  return withBody(call(ctx, 'UpdateMessage', { messageId: id }, { body: {
    subject: subject ?? current.subject,
    content: patched(input.content, current.content) ?? '',
    category_id: category === undefined ? (current.category?.id ?? null) : category,
    ...(options.publish && { status: 'active' }),
  } }));
}

/** `POST` / `DELETE /recordings/{id}/pin.json` answer 204, so the message is read back. */
export async function setMessagePinned(ctx: Context, messageId: string, pinned: boolean) {
  const id = toBasecampId(messageId, ctx.accountId, ['Message']);
  await call(ctx, pinned ? 'PinMessage' : 'UnpinMessage', { messageId: id });
  return call(ctx, 'GetMessage', { messageId: id });
}

/** `POST /buckets/{id}/categories.json`: both name and icon are required. */
export async function createMessageType(ctx: Context, input: { projectId: string; name: string; icon: string }) {
  const projectId = toBasecampId(input.projectId, ctx.accountId, ['Project']);
  const body = { name: requiredText(input.name, 'name'), icon: requiredText(input.icon, 'icon') };
  return withProject(await withBody(call(ctx, 'CreateMessageType', { bucketId: projectId }, { body })), projectId);
}

/** `PUT /buckets/{p}/categories/{t}.json`, sending the current name or icon for the one left out. */
export async function updateMessageType(ctx: Context, input: { id: string; projectId?: string | null; name?: string | null; icon?: string | null }) {
  const { projectId, typeId } = messageTypeRef(ctx, input.id, input.projectId);
  const name = nonBlankText(input.name, 'name');
  const icon = nonBlankText(input.icon, 'icon');
  const current = await call(ctx, 'GetMessageType', { bucketId: projectId, typeId });
  const updated = await withBody(call(ctx, 'UpdateMessageType', { bucketId: projectId, typeId }, { body: { name: name ?? current.name, icon: icon ?? current.icon } }));
  return withProject(updated, projectId);
}

/** `DELETE /buckets/{p}/categories/{t}.json` (204); returns the global id for client caches. */
export async function deleteMessageType(ctx: Context, input: { id: string; projectId?: string | null }) {
  const { projectId, typeId } = messageTypeRef(ctx, input.id, input.projectId);
  await call(ctx, 'DeleteMessageType', { bucketId: projectId, typeId });
  return joinKey(projectId, typeId);
}

/** `POST /recordings/{id}/comments.json` on any recording that takes comments. */
export function createComment(ctx: Context, input: { recordingId: string; content: string }) {
  const recordingId = recordingRef(ctx, input.recordingId, 'recordingId').id;
  return withBody(call(ctx, 'CreateComment', { recordingId }, { body: { content: requiredText(input.content, 'content') } }));
}

/** `PUT /comments/{id}.json`: the content is the comment's only writable field. */
export function updateComment(ctx: Context, input: { id: string; content: string }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Comment']);
  return withBody(call(ctx, 'UpdateComment', { commentId: id }, { body: { content: requiredText(input.content, 'content') } }));
}

/** Basecamp keeps boosts short (openapi.json: `maxLength: 16`). */
export const MAX_BOOST_LENGTH = 16;

function boostContent(content: string): string {
  requiredText(content, 'content');
  if ([...content].length > MAX_BOOST_LENGTH) throw inputError('content', `is too long (maximum is ${MAX_BOOST_LENGTH} characters)`);
  return content;
}

export function createBoost(ctx: Context, input: { recordingId: string; content: string }) {
  const content = boostContent(input.content);
  const recordingId = recordingRef(ctx, input.recordingId, 'recordingId').id;
  return withBody(call(ctx, 'CreateRecordingBoost', { recordingId }, { body: { content } }));
}

/** `POST /recordings/{id}/events/{eventId}/boosts.json`; Basecamp answers 403 for events that take no boosts. */
export function createEventBoost(ctx: Context, input: { eventId: string; recordingId?: string | null; content: string }) {
  const content = boostContent(input.content);
  const { recordingId, eventId } = eventRef(ctx, input.eventId, input.recordingId);
  return withBody(call(ctx, 'CreateEventBoost', { recordingId, eventId }, { body: { content } }));
}

/** The recording a boost is on (its `recording` link), read before the boost goes. */
export async function boostedRecording(ctx: Context, boostId: string) {
  const boost = await call(ctx, 'GetBoost', { boostId: toBasecampId(boostId, ctx.accountId, ['Boost']) });
  return boost.recording ?? null;
}

/** `DELETE /boosts/{id}.json` (204); returns the global id for client caches. */
export async function deleteBoost(ctx: Context, boostId: string) {
  const id = toBasecampId(boostId, ctx.accountId, ['Boost']);
  await call(ctx, 'DeleteBoost', { boostId: id });
  return id;
}
