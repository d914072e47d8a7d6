import { findRecording } from '../access/visibility.ts';
import { param, type RequestContext } from '../context.ts';
import { touch } from '../mutations.ts';
import { noContent } from '../reply.ts';
import type { Handler } from '../router.ts';
import type { Recording, RecordingType } from '../state/index.ts';

/**
 * A 204 write that switches a recording into a state (pinned, completed, …). Asking for the state
 * it is in already changes nothing, so its `updated_at` and ETag stay put.
 */
export function switchWrite<T extends RecordingType>(
  idParam: string,
  types: readonly T[],
  isIn: (recording: Extract<Recording, { type: T }>) => boolean,
  enter: (recording: Extract<Recording, { type: T }>, ctx: RequestContext) => void,
): Handler {
  return (ctx) => {
    const recording = findRecording(ctx, param(ctx, idParam), types);
    if (!isIn(recording)) {
      enter(recording, ctx);
      touch(ctx.state, recording, ctx.now());
    }
    return noContent();
  };
}
