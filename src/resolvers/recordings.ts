import type { OperationId } from '../client/operations.ts';
import type { BasecampId } from '../client/types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { parseGlobalId, toBasecampId } from './global-id.ts';

export type RecordingStatusChange = 'trashed' | 'archived' | 'active';

/** What a status change needs: the Basecamp id, and the GraphQL type and loader key when a global id said them. */
export interface RecordingRef {
  id: BasecampId;
  typename?: string;
  /** The loader key: the id itself, or `containerId-…-id` for recordings read through a container. */
  key?: string;
}

/** Accepts a global id of any recording type, or a plain Basecamp id. */
export function recordingRef(ctx: Context, id: string): RecordingRef {
  if (/^\d+$/.test(id)) return { id };
  const { typename } = parseGlobalId(id);
  const key = toBasecampId(id, ctx.accountId, [typename]);
  // Composite keys (a Campfire line's `campfireId-lineId`) end with the recording's own id.
  return { id: key.split('-').at(-1)!, typename, key };
}

const STATUS_OPERATIONS = { trashed: 'TrashRecording', archived: 'ArchiveRecording', active: 'UnarchiveRecording' } as const satisfies Record<RecordingStatusChange, OperationId>;

/** `PUT /recordings/{id}/status/{trashed|archived|active}.json` (204). */
export async function setRecordingStatus(ctx: Context, recording: RecordingRef, status: RecordingStatusChange): Promise<RecordingRef> {
  await call(ctx, STATUS_OPERATIONS[status], { recordingId: recording.id });
  return recording;
}
