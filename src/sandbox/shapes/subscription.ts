import type { Recording } from '../state/index.ts';
import type { Subscribers } from '../state/automation.ts';
import { renderPersonById } from './person.ts';
import type { ShapeContext } from './shape-context.ts';

/** Who is subscribed to a recording, and whether the viewer is (docs: subscriptions.md). */
export function renderSubscription(ctx: ShapeContext, recording: Recording, subscribers: Subscribers): Record<string, unknown> {
  return {
    subscribed: subscribers.personIds.includes(ctx.me.id),
    count: subscribers.personIds.length,
    url: ctx.urls.bucketApi(recording.bucketId, `recordings/${recording.id}/subscription`),
    subscribers: subscribers.personIds.map((id) => renderPersonById(ctx, id)),
  };
}
