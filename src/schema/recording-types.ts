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

/** The node type's ref, and for types read through their containers, its loader key from a copy of the recording. */
interface Registered {
  ref: RecordingLoader;
  key?: (recording: never) => BasecampId;
}

const loaders = new Map<string, Registered>();
/** The same node types by their GraphQL name, for a recording a global id named. */
const byTypename = new Map<string, RecordingLoader>();

/** `registerRecordingType('Message::Board', MessageBoard)`: Basecamp's type string → our node type. */
export function registerRecordingType(basecampType: string, ref: RecordingLoader, key?: Registered['key']): void {
  loaders.set(basecampType, { ref, key });
  byTypename.set(ref.name, ref);
}

/**
 * Loads the recording a global id named, by its GraphQL type and loader key (`ScheduleEntry`,
 * not Basecamp's `Schedule::Entry`); null, with no call, for a type that is not a recording.
 */
export function loadRecordingNamed<T = unknown>(ctx: Context, typename: string, key: BasecampId): Promise<T> | null {
  return (byTypename.get(typename)?.getDataloader(ctx).load(key) as Promise<T> | undefined) ?? null;
}

/** Our GraphQL type for Basecamp's type string, when a family models it. */
export function graphqlTypeFor(basecampType: string): string | undefined {
  return loaders.get(basecampType)?.ref.name;
}

/**
 * Loads through the registered type's loader; null, with no call, for a type the graph does not
 * model or a link that lacks its id or type (an assignment of an unknown kind).
 */
export function loadRecording<T = unknown>(ctx: Context, link: { id?: BasecampId | null; type?: string | null }): Promise<T> | null {
  return link.id == null || !link.type ? null : ((loaders.get(link.type)?.ref.getDataloader(ctx).load(link.id) as Promise<T> | undefined) ?? null);
}

/**
 * Loads the full recording of which `recording` is a copy that carries its containers (a search
 * hit: id, type, bucket, parent), so a type read through its containers (a Campfire line, a
 * client reply) gets its whole key; null as `loadRecording` gives it, or when the copy lacks a
 * container the key needs.
 */
export function loadRecordingOf<T = unknown>(ctx: Context, recording: { id?: BasecampId | null; type?: string | null }): Promise<T> | null {
  const registered = recording.type ? loaders.get(recording.type) : undefined;
  if (!registered?.key || recording.id == null) return loadRecording(ctx, recording);
  let key: BasecampId;
  try {
    key = registered.key(recording as never);
  } catch {
    return null; // a container missing from the copy: `parent` or `bucket` absent
  }
  return registered.ref.getDataloader(ctx).load(key) as Promise<T>;
}
