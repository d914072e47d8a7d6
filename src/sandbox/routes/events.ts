import { findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { eventsOf } from '../events.ts';
import { notFound } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import type { Reply } from '../reply.ts';
import { get } from '../router.ts';
import type { Section } from '../section.ts';
import { renderEvent } from '../shapes/event.ts';
import type { Recording } from '../state/index.ts';

/** Events (docs: events.md): the history of any recording, newest first. */
export const events: Section = {
  docs: 'events',
  routes: [get('/recordings/:recordingId/events.json', listEvents)],
};

function listEvents(ctx: RequestContext): Reply {
  const recording = findAnyRecording(ctx, param(ctx, 'recordingId'));
  const items = eventsOf(ctx.state, recording.id).map((event) => ({ event, updatedAt: event.createdAt }));
  return paginate(ctx, items, ({ event }) => renderEvent(ctx, event), { containerUpdatedAt: recording.updatedAt });
}

/** A recording of whatever type, with the usual 404s (missing, trashed, out of reach). */
export function findAnyRecording(ctx: RequestContext, id: string): Recording {
  const type = ctx.state.recordings.get(id)?.type;
  if (type === undefined) throw notFound();
  return findRecording(ctx, id, [type]);
}
