import { findProject } from '../access/visibility.ts';
import { param, type RequestContext } from '../context.ts';
import { addMessageType } from '../factories/messages.ts';
import { touch } from '../mutations.ts';
import { forbidden, notFound, unprocessable } from '../protocol/errors.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { resource, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderMessageType } from '../shapes/message.ts';
import type { Project } from '../state/records.ts';
import { messagesStore, type MessageType } from '../state/messages.ts';
import { requiredText } from '../validation.ts';

/**
 * Message types (docs: message_types.md), which Basecamp's URLs call categories. Only the
 * bucket-scoped form exists, so no legacy twin is added.
 */
export const messageTypes: Section = {
  docs: 'message_types',
  routes: withoutLegacyForm(
    resource('/buckets/:bucketId/categories.json', '/buckets/:bucketId/categories/:typeId.json', {
      list: listMessageTypes, create: createMessageType, show: getMessageType, update: updateMessageType, destroy: destroyMessageType,
    }),
  ),
};

/** The project's message types, oldest first; not paginated. */
function listMessageTypes(ctx: RequestContext): Reply {
  const project = findProject(ctx, param(ctx, 'bucketId'));
  const store = messagesStore(ctx.state);
  const types = [...store.messageTypes.values()].filter((type) => type.bucketId === project.id).sort((a, b) => a.createdAt - b.createdAt);
  return ok(types.map(renderMessageType), store.messageTypesChangedAt.get(project.id) ?? project.createdAt);
}

function getMessageType(ctx: RequestContext): Reply {
  return ok(renderMessageType(findMessageType(ctx, findProject(ctx, param(ctx, 'bucketId')))));
}

function createMessageType(ctx: RequestContext): Reply {
  const project = writableProject(ctx);
  const name = requiredText(ctx.body, 'name');
  const icon = requiredText(ctx.body, 'icon');
  return created(renderMessageType(addMessageType(ctx.state, project.id, { name, icon }, ctx.now())));
}

/** Changes the name and/or icon; keys left out keep their value, but neither may be blank. */
function updateMessageType(ctx: RequestContext): Reply {
  const type = findMessageType(ctx, writableProject(ctx));
  if (ctx.body.name !== undefined) type.name = requiredText(ctx.body, 'name');
  if (ctx.body.icon !== undefined) type.icon = requiredText(ctx.body, 'icon');
  if (ctx.body.name === undefined && ctx.body.icon === undefined) throw unprocessable('Name or icon must be given');
  changed(ctx, type);
  return ok(renderMessageType(type));
}

/** Deletes the type; messages of that type keep existing without one. */
function destroyMessageType(ctx: RequestContext): Reply {
  const type = findMessageType(ctx, writableProject(ctx));
  const store = messagesStore(ctx.state);
  store.messageTypes.delete(type.id);
  changed(ctx, type);
  for (const recording of ctx.state.recordings.values()) {
    if (recording.type === 'Message' && recording.categoryId === type.id) recording.categoryId = null;
  }
  return noContent();
}

function findMessageType(ctx: RequestContext, project: Project): MessageType {
  const type = messagesStore(ctx.state).messageTypes.get(param(ctx, 'typeId'));
  if (!type || type.bucketId !== project.id) throw notFound();
  return type;
}

/** Clients may read a project's message types but not change them. */
function writableProject(ctx: RequestContext): Project {
  const project = findProject(ctx, param(ctx, 'bucketId'));
  if (ctx.me.client) throw forbidden();
  return project;
}

/** Moves the type's and the list's modification time, and every message showing the type. */
function changed(ctx: RequestContext, type: MessageType): void {
  const now = ctx.now();
  type.updatedAt = Math.max(now, type.updatedAt);
  const store = messagesStore(ctx.state);
  store.messageTypesChangedAt.set(type.bucketId, Math.max(now, store.messageTypesChangedAt.get(type.bucketId) ?? 0));
  for (const recording of ctx.state.recordings.values()) {
    if (recording.type === 'Message' && recording.categoryId === type.id) touch(ctx.state, recording, now);
  }
}
