import { compareIds } from './ids.ts';
import type { RequestContext } from './context.ts';
import type { Route } from './router.ts';
import type { Section } from './section.ts';
import { recordingTitle } from './shapes/recording.ts';
import type { Recording, SandboxState } from './state/index.ts';
import { automationOf, type Observed, type StoredEvent, type Subscribers } from './state/automation.ts';
import { deliverWebhooks } from './webhook-delivery.ts';

/**
 * Recording history (docs: events.md) and what feeds webhooks (docs: webhooks.md). Every write
 * route is observed: after a successful write, each recording whose own fields changed gets its
 * events (`created`, `completed`, `trashed`, `adopted`, …) and matching webhooks are called. So a
 * section never has to remember to log history; it only has to change the state.
 */

/** Wraps every write route of `sections` so its effects on recordings become events. */
export function observeWrites(sections: readonly Section[]): void {
  for (const section of sections) {
    for (const route of section.routes) {
      if (route.method === 'GET' || observedRoutes.has(route)) continue;
      observedRoutes.add(route);
      const handler = route.handler;
      route.handler = (ctx) => {
        observedOf(ctx.state);
        const reply = handler(ctx);
        if (reply.status < 400) recordChanges(ctx);
        return reply;
      };
    }
  }
}

const observedRoutes = new WeakSet<Route>();

/** A recording's history, newest first, created events included. */
export function eventsOf(state: SandboxState, recordingId: string): StoredEvent[] {
  ensureBaseline(state);
  const events = automationOf(state).events.get(recordingId) ?? [];
  return [...events].sort((a, b) => b.createdAt - a.createdAt || compareIds(b.id, a.id));
}

/** Appends an event (as `ctx.me`, now) and calls the webhooks that want it. */
export function recordEvent(ctx: RequestContext, recording: Recording, action: string, details: Record<string, unknown> = {}): StoredEvent {
  const event = storeEvent(ctx.state, recording.id, action, details, ctx.now(), ctx.me.id);
  deliverWebhooks(ctx, recording, event);
  return event;
}

/** Stores an event without delivering it: the seed's history, and the baseline. */
export function storeEvent(
  state: SandboxState,
  recordingId: string,
  action: string,
  details: Record<string, unknown>,
  at: number,
  creatorId: string,
): StoredEvent {
  const automation = automationOf(state);
  const event: StoredEvent = {
    id: automation.ids.event.next(),
    recordingId,
    action,
    details: { ...details, notified_recipient_ids: details.notified_recipient_ids ?? [] },
    createdAt: at,
    creatorId,
    boostsCount: 0,
  };
  const list = automation.events.get(recordingId) ?? [];
  list.push(event);
  automation.events.set(recordingId, list);
  return event;
}

/** Who gets notified about a recording: explicit subscribers, or its creator and assignees. */
export function subscribersOf(state: SandboxState, recording: Recording): Subscribers {
  const stored = automationOf(state).subscriptions.get(recording.id);
  if (stored) return stored;
  const assignees = 'assigneeIds' in recording && Array.isArray(recording.assigneeIds) ? (recording.assigneeIds as string[]) : [];
  const personIds = [...new Set([recording.creatorId, ...assignees])].filter((id) => state.people.has(id));
  return { personIds, updatedAt: recording.createdAt };
}

/**
 * Seeded recordings come with the history Basecamp would have: a `created` event, and a
 * `completed` one for done to-dos. Done once, lazily, so every section's seed is in by then.
 */
function ensureBaseline(state: SandboxState): void {
  const automation = automationOf(state);
  if (automation.baselined) return;
  automation.baselined = true;
  for (const recording of state.recordings.values()) {
    const existing = automation.events.get(recording.id) ?? [];
    if (!existing.some((event) => event.action === 'created')) {
      storeEvent(state, recording.id, 'created', {}, recording.createdAt, recording.creatorId);
    }
    const completion = 'completion' in recording ? (recording.completion as { createdAt: number; creatorId: string } | null) : null;
    if (completion && !existing.some((event) => event.action === 'completed')) {
      storeEvent(state, recording.id, 'completed', {}, completion.createdAt, completion.creatorId);
    }
  }
}

function observedOf(state: SandboxState): Map<string, Observed> {
  const automation = automationOf(state);
  if (!automation.observed) {
    ensureBaseline(state);
    automation.observed = new Map([...state.recordings.values()].map((recording) => [recording.id, observe(recording)]));
  }
  return automation.observed;
}

/** Compares every recording with how it looked before the write; bubbled `updated_at`s don't count. */
function recordChanges(ctx: RequestContext): void {
  const observed = observedOf(ctx.state);
  for (const recording of ctx.state.recordings.values()) {
    const before = observed.get(recording.id);
    const after = observe(recording);
    if (before?.signature === after.signature) continue;
    observed.set(recording.id, after);
    for (const [action, details] of changes(before, after)) recordEvent(ctx, recording, action, details);
  }
}

function changes(before: Observed | undefined, after: Observed): [string, Record<string, unknown>][] {
  // A draft has no history and calls no webhook: publishing it is its creation.
  if (after.status === 'drafted') return [];
  if (!before || before.status === 'drafted') return [['created', {}]];
  const found: [string, Record<string, unknown>][] = [];
  if (before.status !== after.status) {
    const action =
      after.status === 'active' ? (before.status === 'trashed' ? 'untrashed' : 'unarchived') : after.status;
    found.push([action, {}]);
  }
  if (before.completed !== after.completed) found.push([after.completed ? 'completed' : 'uncompleted', {}]);
  if (before.parentId !== after.parentId) {
    found.push(['adopted', { new_parent_id: after.parentId, parent_id_was: before.parentId }]);
  }
  if (before.title !== after.title) found.push(['title_changed', { title_was: before.title }]);
  if (found.length === 0) found.push(['content_changed', {}]);
  return found;
}

/** Positions, counters and timestamps move with siblings and children; they are not the recording's own change. */
function observe(recording: Recording): Observed {
  const { updatedAt: _updatedAt, position: _position, commentsCount: _comments, boostsCount: _boosts, ...own } = recording;
  return {
    signature: JSON.stringify(own),
    status: recording.status,
    parentId: recording.parentId,
    completed: 'completion' in recording && recording.completion !== null && recording.completion !== undefined,
    title: recordingTitle(recording),
  };
}
