import type { BasecampId } from '../client/types.ts';
import type { Context } from '../context.ts';

/**
 * Which node type loads a recording of a given Basecamp `type`. Each resource-family module
 * registers its types here, so `parent` and `recordings` can load any recording through its
 * own type's per-request loader. A module of its own, so registering never waits on the
 * `Recording` interface module in an import cycle.
 */
interface RecordingLoader {
  getDataloader(ctx: Context): { load(id: BasecampId): Promise<unknown> };
}

const loaders = new Map<string, RecordingLoader>();

export function registerRecordingType(basecampType: string, ref: RecordingLoader): void {
  loaders.set(basecampType, ref);
}

/** Loads through the registered type's loader; null for a type the graph does not model. */
export function loadRecording(ctx: Context, link: { id: BasecampId; type: string }): Promise<unknown> | null {
  return loaders.get(link.type)?.getDataloader(ctx).load(link.id) ?? null;
}
