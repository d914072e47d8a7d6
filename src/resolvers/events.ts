import { UpstreamError } from '../client/errors.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { pages } from './connection.ts';

/** The spec's event plus the detail keys the docs show for moves and copies. */
export type EventRecord = Wire.Event & {
  details?: Wire.EventDetails & { new_parent_id?: string | null; parent_id_was?: string | null; copy_id?: string };
};

/**
 * Events have no GET of their own, so an event's key carries its recording: `recordingId-eventId`.
 * That lets `node(id:)` find it again by walking the recording's history.
 */
export function eventKey(event: Pick<Wire.Event, 'id' | 'recording_id'>): string {
  return `${event.recording_id}-${event.id}`;
}

/** Loader batch: each `recordingId-eventId` key found by following its recording's history pages. */
export function fetchEvents(ctx: Context, keys: readonly string[]): Promise<(EventRecord | Error)[]> {
  return Promise.all(keys.map((key) => findEvent(ctx, key).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))));
}

async function findEvent(ctx: Context, key: string): Promise<EventRecord> {
  const [recordingId, eventId] = key.split('-');
  if (!recordingId || !eventId) throw new UpstreamError('NOT_FOUND', 'Not an event id.');
  for await (const page of pages<'ListEvents', EventRecord>(ctx, 'ListEvents', { recordingId })) {
    const found = page.items.find((event) => event.id === eventId);
    if (found) return found;
  }
  throw new UpstreamError('NOT_FOUND', 'This recording has no such event.');
}
