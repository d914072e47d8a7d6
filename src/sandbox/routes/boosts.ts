import { findRecording } from '../access/visibility.ts';
import { param, type RequestContext } from '../context.ts';
import { addBoost, removeBoost } from '../factories/messages.ts';
import { forbidden, notFound, unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { del, get, post } from '../router.ts';
import type { Section } from '../section.ts';
import { renderBoost } from '../shapes/message.ts';
import type { Recording } from '../state/index.ts';
import { eventsOf } from '../events.ts';
import type { StoredEvent } from '../state/automation.ts';
import { messagesStore, type Boost } from '../state/messages.ts';
import { requiredText } from '../validation.ts';

/** Boosts (docs: boosts.md): short reactions on a recording or on one of its events. */
export const boosts: Section = {
  docs: 'boosts',
  routes: [
    get('/recordings/:recordingId/boosts.json', listRecordingBoosts),
    get('/recordings/:recordingId/events/:eventId/boosts.json', listEventBoosts),
    get('/boosts/:boostId.json', getBoost),
    post('/recordings/:recordingId/boosts.json', createRecordingBoost),
    post('/recordings/:recordingId/events/:eventId/boosts.json', createEventBoost),
    del('/boosts/:boostId.json', destroyBoost),
  ],
};

/** Event actions that accept boosts; any other event answers 403 (docs: boosts.md). */
const BOOSTABLE_ACTIONS = ['completed', 'adopted', 'column_changed'];

/** The longest boost Basecamp takes (openapi.json: CreateRecordingBoostRequestContent). */
const MAX_BOOST_LENGTH = 16;

/** A recording with a `boosts_url`: anything but a dock tool. */
function findBoostable(ctx: RequestContext): Recording {
  const id = param(ctx, 'recordingId');
  const type = ctx.state.recordings.get(id)?.type;
  if (type === undefined) throw notFound();
  const recording = findRecording(ctx, id, [type]);
  if (recording.parentId === null) throw notFound();
  return recording;
}

/** An event in the recording's own history (docs: events.md); 404 otherwise. */
function findEvent(ctx: RequestContext, recording: Recording): StoredEvent {
  const event = eventsOf(ctx.state, recording.id).find((candidate) => candidate.id === param(ctx, 'eventId'));
  if (!event) throw notFound();
  return event;
}

function boostsOf(ctx: RequestContext, recordingId: string, eventId: string | null): Boost[] {
  return [...messagesStore(ctx.state).boosts.values()]
    .filter((boost) => boost.recordingId === recordingId && boost.eventId === eventId)
    .sort((a, b) => a.createdAt - b.createdAt);
}

function listRecordingBoosts(ctx: RequestContext): Reply {
  const recording = findBoostable(ctx);
  return paginate(ctx, boostsOf(ctx, recording.id, null), (boost) => renderBoost(ctx, boost), { containerUpdatedAt: recording.updatedAt });
}

function listEventBoosts(ctx: RequestContext): Reply {
  const recording = findBoostable(ctx);
  const event = findEvent(ctx, recording);
  return paginate(ctx, boostsOf(ctx, recording.id, event.id), (boost) => renderBoost(ctx, boost), { containerUpdatedAt: recording.updatedAt });
}

/** A boost is readable while its recording is. */
function getBoost(ctx: RequestContext): Reply {
  const boost = findBoost(ctx);
  return ok(renderBoost(ctx, boost, { withRecording: true }), boost.createdAt);
}

function createRecordingBoost(ctx: RequestContext): Reply {
  const recording = findBoostable(ctx);
  const boost = addBoost(ctx.state, recording, { content: boostContent(ctx), boosterId: ctx.me.id }, ctx.now());
  return created(renderBoost(ctx, boost, { withRecording: true }));
}

function createEventBoost(ctx: RequestContext): Reply {
  const recording = findBoostable(ctx);
  const event = findEvent(ctx, recording);
  if (!BOOSTABLE_ACTIONS.includes(event.action)) throw forbidden();
  const boost = addBoost(ctx.state, recording, { content: boostContent(ctx), boosterId: ctx.me.id, event }, ctx.now());
  return created(renderBoost(ctx, boost, { withRecording: true }));
}

/** Only the booster or an admin may take a boost back (docs: boosts.md). */
function destroyBoost(ctx: RequestContext): Reply {
  const boost = findBoost(ctx);
  if (boost.boosterId !== ctx.me.id && !ctx.me.admin && !ctx.me.owner) throw forbidden();
  removeBoost(ctx.state, boost, ctx.now());
  return noContent();
}

function findBoost(ctx: RequestContext): Boost {
  const boost = messagesStore(ctx.state).boosts.get(param(ctx, 'boostId'));
  const type = boost ? ctx.state.recordings.get(boost.recordingId)?.type : undefined;
  if (!boost || type === undefined) throw notFound();
  findRecording(ctx, boost.recordingId, [type]);
  return boost;
}

function boostContent(ctx: RequestContext): string {
  const content = requiredText(ctx.body, 'content');
  if ([...content].length > MAX_BOOST_LENGTH) throw unprocessable(`Content is too long (maximum is ${MAX_BOOST_LENGTH} characters)`);
  return content;
}
