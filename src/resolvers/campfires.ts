import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { compositeKey, joinKey, loadByKey, splitKey } from './chat-keys.ts';
import { toBasecampId } from './global-id.ts';
import { fileBytes, inputError, nonBlankText, patched, requiredText } from './input.ts';
import { loadEach } from './loaders.ts';
import { MAX_UPLOAD_BYTES } from './files.ts';
import { withBody } from './writes.ts';

/** The spec's Campfire line, whose `parent` is always its Campfire. */
export type CampfireLineRecord = Wire.CampfireLine;

/** The spec's chatbot; `command_url` is null when the bot only posts. */
export type ChatbotRecord = Omit<Wire.Chatbot, 'command_url'> & { command_url?: string | null };

export const fetchCampfires = loadEach('GetCampfire');

/** `GET /chats/{campfireId}/lines/{lineId}.json`; keys are `campfireId-lineId`. */
export const fetchCampfireLines = loadByKey('GetCampfireLine', 2, ([campfireId, lineId]) => ({ campfireId, lineId }));

/** `GET /buckets/{projectId}/chats/{campfireId}/integrations/{id}.json`; keys are `projectId-campfireId-chatbotId`. */
export const fetchChatbots = loadByKey('GetChatbot', 3, ([bucketId, campfireId, chatbotId]) => ({ bucketId, campfireId, chatbotId }));

/** A line's loader key, from the line itself. */
export function lineKey(line: CampfireLineRecord): string {
  return joinKey(line.parent.id, line.id);
}

/** A chatbot's loader key, from the Campfire its URL was read through (the JSON has no other trace of it). */
export function chatbotKey(bot: ChatbotRecord): string {
  const match = /\/buckets\/(\d+)\/chats\/(\d+)\/integrations\/(\d+)/.exec(bot.url ?? '');
  return match ? joinKey(match[1]!, match[2]!, match[3]!) : bot.id;
}

/** Root-field argument → line key: a global line id, or a plain one with its Campfire. */
export function campfireLineKey(ctx: Context, id: string, campfireId?: string | null): string {
  return compositeKey(ctx, id, 'CampfireLine', [{ field: 'campfireId', value: campfireId, typenames: ['Campfire'] }]);
}

/** Root-field argument → chatbot key: a global chatbot id, or a plain one with a project and its Campfire. */
export function chatbotKeyOf(ctx: Context, id: string, campfireId?: string | null, projectId?: string | null): string {
  return compositeKey(ctx, id, 'Chatbot', [
    { field: 'projectId', value: projectId, typenames: ['Project'] },
    { field: 'campfireId', value: campfireId, typenames: ['Campfire'] },
  ]);
}

export type LineContentType = 'text/plain' | 'text/html';

/** `POST /chats/{id}/lines.json`; `text/html` makes a rich text line. */
export function createCampfireLine(ctx: Context, input: { campfireId: string; content: string; contentType?: LineContentType | null }) {
  const campfireId = toBasecampId(input.campfireId, ctx.accountId, ['Campfire']);
  return withBody(call(ctx, 'CreateCampfireLine', { campfireId }, { body: {
    content: requiredText(input.content, 'content'),
    content_type: input.contentType ?? undefined,
  } }));
}

/** `PUT /chats/{campfireId}/lines/{id}.json` (204; the edit becomes rich text); read back. */
export async function updateCampfireLine(ctx: Context, input: { id: string; campfireId?: string | null; content: string }) {
  const [campfireId, lineId] = splitKey(campfireLineKey(ctx, input.id, input.campfireId), 2) as [string, string];
  await call(ctx, 'UpdateCampfireLine', { campfireId, lineId }, { body: { content: requiredText(input.content, 'content') } });
  return call(ctx, 'GetCampfireLine', { campfireId, lineId });
}

/** `DELETE /chats/{campfireId}/lines/{id}.json` (204); returns the line's key for `deletedId`. */
export async function deleteCampfireLine(ctx: Context, input: { id: string; campfireId?: string | null }) {
  const key = campfireLineKey(ctx, input.id, input.campfireId);
  const [campfireId, lineId] = splitKey(key, 2) as [string, string];
  await call(ctx, 'DeleteCampfireLine', { campfireId, lineId });
  return key;
}

/** Chatbots are addressed as `!name`, so Basecamp takes one word of letters, digits and underscores. */
function serviceName(value: string): string {
  if (!/^\w+$/.test(value)) throw inputError('serviceName', 'may only contain letters, digits and underscores');
  return value;
}

/** Basecamp calls interactive bots over HTTPS only. */
function commandUrl(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null || value === '') return value;
  let protocol = '';
  try {
    protocol = new URL(value).protocol;
  } catch {
    throw inputError('commandUrl', 'is not a URL');
  }
  if (protocol !== 'https:') throw inputError('commandUrl', 'must be an HTTPS URL');
  return value;
}

/** The project of a Campfire, given or read from the Campfire itself (usually a cached 304). */
async function campfireWhere(ctx: Context, campfireId: string, projectId?: string | null) {
  const campfire = toBasecampId(campfireId, ctx.accountId, ['Campfire']);
  if (projectId) return { projectId: toBasecampId(projectId, ctx.accountId, ['Project']), campfireId: campfire };
  const found = await call(ctx, 'GetCampfire', { campfireId: campfire });
  return { projectId: found.bucket.id, campfireId: campfire };
}

/** `POST /buckets/{projectId}/chats/{campfireId}/integrations.json`; only administrators may. */
export async function createChatbot(
  ctx: Context,
  input: { campfireId: string; projectId?: string | null; serviceName: string; commandUrl?: string | null },
) {
  const body = { service_name: serviceName(requiredText(input.serviceName, 'serviceName')), command_url: commandUrl(input.commandUrl) ?? undefined };
  const where = await campfireWhere(ctx, input.campfireId, input.projectId);
  return withBody(call(ctx, 'CreateChatbot', { bucketId: where.projectId, campfireId: where.campfireId }, { body }));
}

/**
 * `PUT …/integrations/{id}.json` replaces both fields and clears a missing `command_url`, so the
 * bot is read first and only the given fields change; an explicit null clears the command URL.
 */
export async function updateChatbot(
  ctx: Context,
  input: { id: string; campfireId?: string | null; projectId?: string | null; serviceName?: string | null; commandUrl?: string | null },
) {
  const [projectId, campfireId, id] = splitKey(chatbotKeyOf(ctx, input.id, input.campfireId, input.projectId), 3) as [string, string, string];
  const given = nonBlankText(input.serviceName, 'serviceName');
  const name = given === undefined ? undefined : serviceName(given);
  const url = commandUrl(input.commandUrl);
  const params = { bucketId: projectId, campfireId, chatbotId: id };
  const current = await call(ctx, 'GetChatbot', params);
  return withBody(call(ctx, 'UpdateChatbot', params, { body: {
    service_name: name ?? current.service_name,
    command_url: patched(url, current.command_url ?? null) ?? undefined,
  } }));
}

/** `DELETE …/integrations/{id}.json` (204): gone from every project of the account. */
export async function deleteChatbot(ctx: Context, input: { id: string; campfireId?: string | null; projectId?: string | null }) {
  const key = chatbotKeyOf(ctx, input.id, input.campfireId, input.projectId);
  const [projectId, campfireId, id] = splitKey(key, 3) as [string, string, string];
  await call(ctx, 'DeleteChatbot', { bucketId: projectId, campfireId, chatbotId: id });
  return key;
}

/** `POST /chats/{id}/uploads.json?name=…` with the file's bytes (docs: campfires.md); answers the new upload line. */
export async function createCampfireUpload(ctx: Context, input: { campfireId: string; file: File; name?: string | null }) {
  const campfireId = toBasecampId(input.campfireId, ctx.accountId, ['Campfire']);
  const name = input.name ?? input.file.name;
  if (!name.trim()) throw inputError('name', "can't be blank");
  const bytes = await fileBytes(input.file, 'file', MAX_UPLOAD_BYTES);
  return withBody(
    call(ctx, 'CreateCampfireUpload', { campfireId }, { body: bytes, contentType: input.file.type || 'application/octet-stream', query: { name } }),
  );
}
