import { contextCacheSymbol } from '@pothos/core';
import type { Context } from '../context.ts';
import { readAfresh, recordingChanges, unwatchProject, watchProject, type WatchResult } from '../resolvers/live.ts';
import type { RecordingChange as Change } from '../webhooks/payload.ts';
import { builder } from './builder.ts';
import { RecordingType } from './closed-sets.ts';
import { embedded } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { Person } from './people.ts';
import { Project } from './projects.ts';
import { loadRecording } from './recording-types.ts';
import { Recording, type RecordingShape } from './recording.ts';
import { Webhook, WebhookType } from './webhooks.ts';

builder.subscriptionType({ description: 'Live updates, over Server-Sent Events (`Accept: text/event-stream`). Fed by Basecamp webhooks: see `watchProject`.' });

const RecordingChange = builder.objectRef<Change>('RecordingChange').implement({
  description: 'A change Basecamp reported through a webhook: what happened, when, by whom, and the recording as it is now.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'Recording type and action, as Basecamp names it: `todo_completed`, `comment_created`.' }),
    eventId: t.exposeID('eventId', { description: 'The Basecamp event id; a redelivered webhook is reported once.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it happened.' }),
    creator: t.expose('creatorId', { type: Person, nullable: true, description: 'Who made the change.' }),
    project: t.expose('projectId', { type: Project, nullable: true, description: 'The project it happened in.' }),
    recordingType: t.field({
      type: RecordingType,
      description: 'Basecamp\'s type of the recording, `TODO`, `KANBAN_CARD`, also when the graph does not model it.',
      resolve: (change) => change.recording.type,
    }),
    recording: t.field({
      type: Recording,
      nullable: true,
      description: 'The recording as it is now, read with the subscriber\'s token; null for a type the graph does not model, or one that is gone.',
      resolve: (change, _args, ctx) => loadRecording(ctx, change.recording) as Promise<RecordingShape> | null,
    }),
  }),
});

builder.subscriptionField('recordingChanged', (t) =>
  t.field({
    type: RecordingChange,
    description: 'Every change in the account\'s watched projects that this token can read; narrow it with `projectIds` and `types`.',
    args: {
      projectIds: t.arg.idList({ description: 'Only these projects (global or Basecamp ids); all watched projects when left out.' }),
      types: t.arg({ type: [WebhookType], description: 'Only recordings of these types; every type when left out.' }),
    },
    subscribe: (_root, args, ctx) => recordingChanges(ctx, args),
    resolve: (change, _args, ctx) => forThisEvent(ctx, change),
  }),
);

/**
 * A subscription keeps one context for its whole life, and the request's loaders with it: without
 * a new loader cache, and a new start for freshness, every event after the first would show the
 * recording as the first one saw it.
 */
function forThisEvent(ctx: Context, change: Change): Change {
  (ctx as unknown as Record<symbol, object>)[contextCacheSymbol] = {};
  readAfresh(ctx);
  return change;
}

const WatchProjectPayload = builder.objectRef<WatchResult>('WatchProjectPayload').implement({
  description: 'Whether the project is watched now, and the webhook that keeps it fresh.',
  fields: (t) => ({
    project: t.expose('projectId', { type: Project, nullable: true }),
    watching: t.exposeBoolean('watching', { description: 'True after `watchProject`, false after `unwatchProject`.' }),
    webhook: t.expose('webhook', { type: Webhook, nullable: true, description: 'The project\'s webhook pointing at this server; null once unwatched.', extensions: embedded() }),
  }),
});

const WatchProjectInput = builder.inputType('WatchProjectInput', {
  description: 'The project to watch or stop watching.',
  fields: (t) => ({ projectId: t.id({ required: true, description: 'A global id of a project, or its Basecamp id.' }) }),
});

builder.mutationField('watchProject', (t) =>
  t.field({
    type: WatchProjectPayload,
    nullable: true,
    description:
      'Registers (or reuses) one Basecamp webhook on the project pointing at this server, so its recordings are served from the cache until a webhook says they changed, and `recordingChanged` reports them. Needs BASECAMP_WEBHOOK_URL and BASECAMP_WEBHOOK_SECRET.',
    extensions: uses('ListWebhooks', 'CreateWebhook', 'UpdateWebhook'),
    args: { input: t.arg({ type: WatchProjectInput, required: true, description: 'The project.' }) },
    resolve: (_root, { input }, ctx) => watchProject(ctx, input.projectId),
  }),
);

builder.mutationField('unwatchProject', (t) =>
  t.field({
    type: WatchProjectPayload,
    nullable: true,
    description: 'Stops watching the project: its reads are revalidated again and this server\'s webhook on it is removed.',
    extensions: uses('ListWebhooks', 'DeleteWebhook'),
    args: { input: t.arg({ type: WatchProjectInput, required: true, description: 'The project.' }) },
    resolve: (_root, { input }, ctx) => unwatchProject(ctx, input.projectId),
  }),
);
