import type { BasecampId } from '../client/types.ts';
import type { Context } from '../context.ts';
import type { RecordingRef } from '../resolvers/recordings.ts';

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
 * Loads the recording a global id named (`recordingRef`), by its GraphQL type and loader key
 * (`ScheduleEntry`, not Basecamp's `Schedule::Entry`); null, with no call, when only a Basecamp id
 * was given (no type) or the type is not a recording.
 */
export function loadRecordingNamed<T = unknown>(ctx: Context, ref: RecordingRef): Promise<T> | null {
  return (ref.typename ? (byTypename.get(ref.typename)?.getDataloader(ctx).load(ref.key ?? ref.id) as Promise<T> | undefined) : undefined) ?? null;
}

/** Our GraphQL type for Basecamp's type string, when a family models it. */
export function graphqlTypeFor(basecampType: string): string | undefined {
  return loaders.get(basecampType)?.ref.name;
}

/**
 * Loads a recording from a copy of it (a link `{ id, type }`, a search hit, a boost's or a
 * webhook event's `recording`) through its type's loader. A type read through its containers
 * (a Campfire line, a client reply) takes its whole key from the copy: its `parent` and
 * `bucket`, or else its `url`. Null, with no call, for a type the graph does not model, or a
 * copy that lacks its id, its type or the containers its key needs.
 */
export function loadRecording<T = unknown>(ctx: Context, recording: { id?: BasecampId | null; type?: string | null }): Promise<T> | null {
  const registered = recording.type ? loaders.get(recording.type) : undefined;
  if (!registered || recording.id == null) return null;
  let key: BasecampId = recording.id;
  if (registered.key) {
    try {
      key = registered.key(recording as never);
    } catch {
      return null;
    }
  }
  return registered.ref.getDataloader(ctx).load(key) as Promise<T>;
}
