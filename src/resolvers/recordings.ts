import { GraphQLError } from 'graphql';
import type { OperationId } from '../client/operations.ts';
import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { ownId } from './chat-keys.ts';
import { parseGlobalId, toBasecampId } from './global-id.ts';
import { inputError } from './input.ts';

/** The keys every recording carries, which the spec marks optional on some (gauges, timesheet entries). */
export interface RecordingKeys {
  status: string;
  title: string;
  type: string;
  url: string;
  app_url: string;
  bucket: { id: BasecampId; name: string; type: string };
  creator: Wire.Person;
}

export type RecordingStatusChange = 'trashed' | 'archived' | 'active';

/** What a status change needs: the Basecamp id, and the GraphQL type and loader key when a global id said them. */
export interface RecordingRef {
  id: BasecampId;
  typename?: string;
  /** The loader key: the id itself, or `containerId-…-id` for recordings read through a container. */
  key?: string;
}

/**
 * The GraphQL types that implement `Recording`, which the schema hands over once built
 * (src/schema/index.ts); until then any type passes, as a plain Basecamp id always does.
 */
let recordingTypenames: ReadonlySet<string> | undefined;
export function setRecordingTypenames(names: Iterable<string>): void {
  recordingTypenames = new Set(names);
}

/**
 * Accepts a global id of any recording type, or a plain Basecamp id; the global id of anything
 * else (a person, a project) is refused before any call, naming `field` when given.
 */
export function recordingRef(ctx: Context, id: string, field?: string): RecordingRef {
  if (/^\d+$/.test(id)) return { id };
  const { typename } = parseGlobalId(id);
  if (recordingTypenames && !recordingTypenames.has(typename)) {
    if (field) throw inputError(field, `must be the id of a recording, got the id of a ${typename}`);
    throw new GraphQLError(`Expected the id of a recording, got the id of a ${typename}.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const key = toBasecampId(id, ctx.accountId, [typename]);
  // Composite keys (a Campfire line's `campfireId-lineId`) end with the recording's own id.
  return { id: ownId(key), typename, key };
}

/** The Basecamp id of any recording (a bookmark's, an assignment's), refusing other ids by the field's name. */
export function anyRecordingId(ctx: Context, id: string, field: string): BasecampId {
  return recordingRef(ctx, id, field).id;
}

const STATUS_OPERATIONS = { trashed: 'TrashRecording', archived: 'ArchiveRecording', active: 'UnarchiveRecording' } as const satisfies Record<RecordingStatusChange, OperationId>;

/** `PUT /recordings/{id}/status/{trashed|archived|active}.json` (204). */
export async function setRecordingStatus(ctx: Context, recording: RecordingRef, status: RecordingStatusChange): Promise<RecordingRef> {
  await call(ctx, STATUS_OPERATIONS[status], { recordingId: recording.id });
  return recording;
}
