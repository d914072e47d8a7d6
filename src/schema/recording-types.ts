import type { BasecampId } from '../client/types.ts';
import type { Context } from '../context.ts';

/**
 * Which node type loads a recording of a given Basecamp `type`. Each resource-family module
 * registers its types here, so `parent` and `recordings` can load any recording through its
 * own type's per-request loader. A module of its own, so registering never waits on the
 * `Recording` interface module in an import cycle.
 */
interface RecordingLoader {
  /** The GraphQL type name. */
  name: string;
  getDataloader(ctx: Context): { load(id: BasecampId): Promise<unknown> };
}

const loaders = new Map<string, RecordingLoader>();

/** `registerRecordingType('Message::Board', MessageBoard)`: Basecamp's type string → our node type. */
export function registerRecordingType(basecampType: string, ref: RecordingLoader): void {
  loaders.set(basecampType, ref);
}

/** Our GraphQL type for Basecamp's type string, when a family models it. */
export function graphqlTypeFor(basecampType: string): string | undefined {
  return loaders.get(basecampType)?.name;
}

/**
 * Loads through the registered type's loader; null, with no call, for a type the graph does not
 * model or a link that lacks its id or type (an assignment of an unknown kind).
 */
export function loadRecording<T = unknown>(ctx: Context, link: { id?: BasecampId | null; type?: string | null }): Promise<T> | null {
  return link.id == null || !link.type ? null : ((loaders.get(link.type)?.getDataloader(ctx).load(link.id) as Promise<T> | undefined) ?? null);
}
