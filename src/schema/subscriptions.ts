import type { Context } from '../context.ts';
import { loaderKey } from '../resolvers/links.ts';
import { fetchSubscriptions, subscribe, unsubscribe, updateSubscription, type SubscriptionRecord } from '../resolvers/subscriptions.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { specFields } from './fields.ts';
import { Person } from './people.ts';
import { Recording } from './recording.ts';

/**
 * Keyed by its recording: a subscription has no id of its own. Named `RecordingSubscription`, not
 * `Subscription`: GraphQL tools take a type of that name for the schema's subscription root.
 */
export const RecordingSubscription = builder.loadableNodeRef('RecordingSubscription', {
  id: { resolve: (subscription) => subscription.recording_id },
  load: (recordingIds: string[], ctx: Context) => fetchSubscriptions(ctx, recordingIds),
  cacheResolved: (subscription: SubscriptionRecord) => loaderKey(subscription, subscription.recording_id),
});

RecordingSubscription.implement({
  description: 'The people notified about a recording\'s new comments and changes.',
  extensions: uses('GetSubscription'),
  fields: (t) => ({
    ...specFields(t, 'Subscription', {
      subscribed: 'Whether the current user is among the subscribers.',
      count: 'How many people are subscribed.',
      url: 'REST URL of this subscription.',
    }),
    subscribers: t.field({
      type: [Person],
      description: 'Everyone subscribed; embedded in full, so no extra call.',
      extensions: embedded(),
      resolve: (subscription) => subscription.subscribers ?? [],
    }),
  }),
});

builder.interfaceField(Recording, 'recordingSubscription', (t) =>
  t.field({
    type: RecordingSubscription,
    nullable: true,
    description: 'Who is notified about it; null for recordings that cannot be subscribed to (no `subscription_url`).',
    extensions: uses('GetSubscription'),
    resolve: (recording) => ((recording as { subscription_url?: string }).subscription_url ? recording.id : null),
  }),
);

builder.relayMutationField(
  'subscribe',
  { inputFields: (t) => ({ recordingId: t.id({ required: true, description: 'A global id of any recording, or its Basecamp id.' }) }) },
  { description: 'Subscribes the current user to a recording.', extensions: uses('Subscribe'), resolve: (_root, { input }, ctx) => subscribe(ctx, input.recordingId) },
  { outputFields: (t) => ({ recordingSubscription: t.field({ type: RecordingSubscription, description: 'The subscription as it is now.', resolve: (subscription) => subscription }) }) },
);

builder.relayMutationField(
  'unsubscribe',
  { inputFields: (t) => ({ recordingId: t.id({ required: true, description: 'A global id of any recording, or its Basecamp id.' }) }) },
  {
    description: 'Unsubscribes the current user from a recording; fine if they were not subscribed.',
    extensions: uses('Unsubscribe', 'GetSubscription'),
    resolve: (_root, { input }, ctx) => unsubscribe(ctx, input.recordingId),
  },
  { outputFields: (t) => ({ recordingSubscription: t.field({ type: RecordingSubscription, description: 'The subscription as it is now.', resolve: (subscription) => subscription }) }) },
);

builder.relayMutationField(
  'updateRecordingSubscription',
  {
    inputFields: (t) => ({
      recordingId: t.id({ required: true, description: 'A global id of any recording, or its Basecamp id.' }),
      subscriberIds: t.idList({ description: 'People to add to the subscribers.' }),
      unsubscriberIds: t.idList({ description: 'People to take off the subscribers.' }),
    }),
  },
  {
    description: 'Adds and removes subscribers of a recording; give at least one person.',
    extensions: uses('UpdateSubscription'),
    resolve: (_root, { input }, ctx) => updateSubscription(ctx, input),
  },
  { outputFields: (t) => ({ recordingSubscription: t.field({ type: RecordingSubscription, description: 'The subscription as it is now.', resolve: (subscription) => subscription }) }) },
);
