import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { toBasecampId } from './global-id.ts';
import { checkPosition, inputError, nonBlankText, requiredText } from './input.ts';
import { fetchEach } from './loaders.ts';
import { withBody } from './writes.ts';

/** The spec marks these optional for every projection; a tool's own GET always carries them. */
export type ToolRecord = Omit<Wire.Tool, 'status' | 'url' | 'app_url' | 'bucket'> & {
  status: string;
  url: string;
  app_url: string;
  bucket: Wire.RecordingBucket;
};

/** `GET /dock/tools/{id}.json`, batched per request. */
export const fetchTools = (ctx: Context, ids: readonly string[]) => fetchEach<ToolRecord>(ctx, ids, (id) => `/dock/tools/${id}.json`);

const toolId = (ctx: Context, id: string) => toBasecampId(id, ctx.accountId, ['Tool']);

/**
 * `POST /buckets/{id}/dock/tools.json`: a new tool cloned from an existing one (`sourceToolId`,
 * as the docs describe) or of a kind (`toolType`, as the spec describes); exactly one of them.
 */
export function createTool(
  ctx: Context,
  input: { projectId: string; sourceToolId?: string | null; toolType?: string | null; title?: string | null; visibleToClients?: boolean | null },
) {
  const projectId = toBasecampId(input.projectId, ctx.accountId, ['Project']);
  if ((input.sourceToolId == null) === (input.toolType == null)) throw inputError('sourceToolId', 'or toolType must be given, not both');
  return withBody(ctx.basecamp.post<ToolRecord>(`/buckets/${projectId}/dock/tools.json`, {
    source_recording_id: input.sourceToolId ? toolId(ctx, input.sourceToolId) : undefined,
    tool_type: input.toolType ?? undefined,
    title: nonBlankText(input.title, 'title'),
    visible_to_clients: input.visibleToClients ?? undefined,
  }));
}

/** `PUT /dock/tools/{id}.json`: renames a tool. */
export function updateTool(ctx: Context, input: { id: string; title: string }) {
  return withBody(ctx.basecamp.put<ToolRecord>(`/dock/tools/${toolId(ctx, input.id)}.json`, { title: requiredText(input.title, 'title') }));
}

/** `DELETE /dock/tools/{id}.json` (204): the tool and everything in it go to the trash. */
export async function trashTool(ctx: Context, id: string) {
  const basecampId = toolId(ctx, id);
  await ctx.basecamp.delete(`/dock/tools/${basecampId}.json`);
  return basecampId;
}

/** `POST /recordings/{id}/position.json` (201, no body): back in the dock, at the end; read back. */
export async function enableTool(ctx: Context, id: string) {
  const basecampId = toolId(ctx, id);
  await ctx.basecamp.post(`/recordings/${basecampId}/position.json`);
  return ctx.basecamp.get<ToolRecord>(`/dock/tools/${basecampId}.json`);
}

/** `DELETE /recordings/{id}/position.json` (204): hidden from the dock, kept; read back. */
export async function disableTool(ctx: Context, id: string) {
  const basecampId = toolId(ctx, id);
  await ctx.basecamp.delete(`/recordings/${basecampId}/position.json`);
  return ctx.basecamp.get<ToolRecord>(`/dock/tools/${basecampId}.json`);
}

/** `PUT /recordings/{id}/position.json` (200, no body); read back. */
export async function repositionTool(ctx: Context, input: { id: string; position: number }) {
  const basecampId = toolId(ctx, input.id);
  await ctx.basecamp.put(`/recordings/${basecampId}/position.json`, { position: checkPosition(input.position) });
  return ctx.basecamp.get<ToolRecord>(`/dock/tools/${basecampId}.json`);
}
