import type { SandboxState } from '../state/index.ts';
import type { StoredEvent } from '../state/automation.ts';
import { renderPersonById } from './person.ts';
import { iso, type ShapeContext } from './shape-context.ts';

/** One event of a recording's history (docs: events.md). */
export function renderEvent(ctx: ShapeContext, event: StoredEvent): Record<string, unknown> {
  const bucketId = bucketOf(ctx.state, event.recordingId);
  return {
    id: event.id,
    recording_id: event.recordingId,
    action: event.action,
    details: event.details,
    created_at: iso(event.createdAt),
    creator: renderPersonById(ctx, event.creatorId),
    boosts_count: event.boostsCount,
    boosts_url: ctx.urls.bucketApi(bucketId, `recordings/${event.recordingId}/events/${event.id}/boosts`),
  };
}

function bucketOf(state: SandboxState, recordingId: string): string {
  return state.recordings.get(recordingId)?.bucketId ?? '';
}
