import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { toBasecampId } from './global-id.ts';
import { checkPosition, inputError, nonBlankText, requiredText } from './input.ts';
import { loadEach, type NodeLoader } from './loaders.ts';
import { withBody } from './writes.ts';

/** The spec marks these optional for every projection; a tool's own GET always carries them. */
export type ToolRecord = Omit<Wire.Tool, 'status' | 'url' | 'app_url' | 'bucket'> & {
  status: string;
  url: string;
  app_url: string;
  bucket: Wire.RecordingBucket;
};

// The spec leaves a tool's status, urls and bucket optional; the docs always send them.
export const fetchTools = loadEach('GetTool') as NodeLoader<ToolRecord>;

const toolId = (ctx: Context, id: string) => toBasecampId(id, ctx.accountId, ['Tool']);

/** The project a tool is in, read before it goes. */
export async function toolProjectId(ctx: Context, id: string): Promise<string | null> {
  return (await call(ctx, 'GetTool', { toolId: toolId(ctx, id) })).bucket?.id ?? null;
}

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
  return withBody(call(ctx, 'CreateTool', { bucketId: projectId }, { body: {
    source_recording_id: input.sourceToolId ? toolId(ctx, input.sourceToolId) : undefined,
    tool_type: input.toolType ?? undefined,
    title: nonBlankText(input.title, 'title'),
    visible_to_clients: input.visibleToClients ?? undefined,
  } }) as Promise<ToolRecord>);
}

/** `PUT /dock/tools/{id}.json`: renames a tool. */
export function updateTool(ctx: Context, input: { id: string; title: string }) {
  return withBody(call(ctx, 'UpdateTool', { toolId: toolId(ctx, input.id) }, { body: { title: requiredText(input.title, 'title') } }) as Promise<ToolRecord>);
}

/** `POST /recordings/{id}/position.json` (201, no body): back in the dock, at the end; read back. */
export async function enableTool(ctx: Context, id: string) {
  const basecampId = toolId(ctx, id);
  await call(ctx, 'EnableTool', { toolId: basecampId });
  return call(ctx, 'GetTool', { toolId: basecampId }) as Promise<ToolRecord>;
}

/** `DELETE /recordings/{id}/position.json` (204): hidden from the dock, kept; read back. */
export async function disableTool(ctx: Context, id: string) {
  const basecampId = toolId(ctx, id);
  await call(ctx, 'DisableTool', { toolId: basecampId });
  return call(ctx, 'GetTool', { toolId: basecampId }) as Promise<ToolRecord>;
}

/** `PUT /recordings/{id}/position.json` (200, no body); read back. */
export async function repositionTool(ctx: Context, input: { id: string; position: number }) {
  const basecampId = toolId(ctx, input.id);
  await call(ctx, 'RepositionTool', { toolId: basecampId }, { body: { position: checkPosition(input.position) } });
  return call(ctx, 'GetTool', { toolId: basecampId }) as Promise<ToolRecord>;
}
