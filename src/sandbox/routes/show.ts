import { findRecording } from '../access/visibility.ts';
import { param, type RequestContext } from '../context.ts';
import { ok } from '../reply.ts';
import type { Handler } from '../router.ts';
import type { ShapeContext } from '../shapes/shape-context.ts';
import type { Recording, RecordingType } from '../state/index.ts';

/** How a section renders one thing of its kind. */
export type Render<T> = (ctx: ShapeContext, found: T) => unknown;

/**
 * The GET of one thing: found by the route parameter `idParam` (the finder answers 404 for what
 * the caller may not see) and answered with 200 and its shape. Sections differ only in these three.
 */
export function show<T>(idParam: string, find: (ctx: RequestContext, id: string) => T, render: Render<T>): Handler {
  return (ctx) => ok(render(ctx, find(ctx, param(ctx, idParam))));
}

/** `show` for a recording of one of `types`, with the usual visibility rules. */
export function showRecording<T extends RecordingType>(
  idParam: string,
  types: readonly T[],
  render: Render<Extract<Recording, { type: T }>>,
): Handler {
  return show(idParam, (ctx, id) => findRecording(ctx, id, types), render);
}
