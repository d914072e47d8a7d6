import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { recordEvent, subscribersOf } from '../events.ts';
import { unprocessable } from '../protocol/errors.ts';
import { noContent, ok, type Reply } from '../reply.ts';
import { del, get, post, put } from '../router.ts';
import type { Section } from '../section.ts';
import { renderSubscription } from '../shapes/subscription.ts';
import type { Recording } from '../state/index.ts';
import { automationOf } from '../state/automation.ts';
import { optionalIds } from '../validation.ts';
import { findAnyRecording } from './events.ts';

/** Subscriptions (docs: subscriptions.md): who is notified about a recording. */
export const subscriptions: Section = {
  docs: 'subscriptions',
  routes: [
    get('/recordings/:recordingId/subscription.json', getSubscription),
    post('/recordings/:recordingId/subscription.json', subscribe),
    del('/recordings/:recordingId/subscription.json', unsubscribe),
    put('/recordings/:recordingId/subscription.json', updateSubscription),
  ],
};

function getSubscription(ctx: RequestContext): Reply {
  const recording = findAnyRecording(ctx, param(ctx, 'recordingId'));
  const subscribers = subscribersOf(ctx.state, recording);
  return ok(renderSubscription(ctx, recording, subscribers), subscribers.updatedAt);
}

function subscribe(ctx: RequestContext): Reply {
  const recording = findAnyRecording(ctx, param(ctx, 'recordingId'));
  change(ctx, recording, [ctx.me.id], []);
  return ok(renderSubscription(ctx, recording, subscribersOf(ctx.state, recording)));
}

/** 204 whether or not the caller was subscribed (docs). */
function unsubscribe(ctx: RequestContext): Reply {
  const recording = findAnyRecording(ctx, param(ctx, 'recordingId'));
  change(ctx, recording, [], [ctx.me.id]);
  return noContent();
}

function updateSubscription(ctx: RequestContext): Reply {
  const recording = findAnyRecording(ctx, param(ctx, 'recordingId'));
  const add = optionalIds(ctx.body, 'subscriptions');
  const remove = optionalIds(ctx.body, 'unsubscriptions');
  if (add === undefined && remove === undefined) throw unprocessable('Subscriptions or unsubscriptions must be given');
  for (const id of [...(add ?? []), ...(remove ?? [])]) {
    if (!ctx.state.people.has(id)) throw unprocessable('Subscriptions include someone who is not in this account');
  }
  change(ctx, recording, add ?? [], remove ?? []);
  return ok(renderSubscription(ctx, recording, subscribersOf(ctx.state, recording)));
}

/** Applies additions then removals; an actual change is an event (and may call webhooks). */
function change(ctx: RequestContext, recording: Recording, add: string[], remove: string[]): void {
  const before = subscribersOf(ctx.state, recording).personIds;
  const after = [...new Set([...before, ...add])].filter((id) => !remove.includes(id));
  const added = after.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !after.includes(id));
  if (added.length === 0 && removed.length === 0) return;
  automationOf(ctx.state).subscriptions.set(recording.id, { personIds: after, updatedAt: ctx.now() });
  recordEvent(ctx, recording, 'subscribers_changed', { added_person_ids: added, removed_person_ids: removed });
}
