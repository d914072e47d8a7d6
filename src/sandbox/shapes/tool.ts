import type { ToolRecording } from '../state.ts';
import { recordingBucket, recordingCreator, recordingHead } from './recording.ts';
import type { ShapeContext } from './shape-context.ts';

/**
 * A dock tool whose own docs section is not served yet: the fields every tool shares. A section
 * that takes a tool over replaces this with its full shape in `shapes/index.ts`.
 */
export function renderTool(ctx: ShapeContext, tool: ToolRecording): Record<string, unknown> {
  return {
    ...recordingHead(ctx, tool),
    position: tool.position,
    bucket: recordingBucket(ctx, tool),
    creator: recordingCreator(ctx, tool),
  };
}
