import type { Recording } from '../state/index.ts';
import { recordingBucket, recordingCreator, recordingHead } from './recording.ts';
import type { ShapeContext } from './shape-context.ts';

/**
 * A dock tool as `GET /dock/tools/{id}.json` shows it, whatever its kind (docs: tools.md):
 * the recording head, its subscription link, and `position` only while it sits in the dock.
 */
export function renderDockTool(ctx: ShapeContext, tool: Recording): Record<string, unknown> {
  return {
    ...recordingHead(ctx, tool),
    subscription_url: ctx.urls.bucketApi(tool.bucketId, `recordings/${tool.id}/subscription`),
    position: tool.position ?? undefined,
    bucket: recordingBucket(ctx, tool),
    creator: recordingCreator(ctx, tool),
  };
}
