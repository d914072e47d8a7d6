import { fetchSubscriptions, subscribe, unsubscribe, updateSubscription } from '../resolvers/subscriptions.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { specInput } from './inputs.ts';
import { node } from './nodes.ts';
import { mutation } from './mutation.ts';
import { specFields } from './fields.ts';
import { Person } from './people.ts';
import { Recording } from './recording.ts';

/**
 * Keyed by its recording: a subscription has no id of its own. Named `RecordingSubscription`, not
 * `Subscription`: GraphQL tools take a type of that name for the schema's subscription root.
 */
export const RecordingSubscription = node('RecordingSubscription', { load: fetchSubscriptions, key: (subscription) => subscription.recording_id });

RecordingSubscription.implement({
  description: 'The people notified about a recording\'s new comments and changes.',
  extensions: uses('GetSubscription'),
  fields: (t) => ({
    ...specFields(t, 'Subscription', {
      subscribed: 'Whether the current user is among the subscribers.',
      count: 'How many people are subscribed.',
      url: 'REST URL of this subscription.',
      subscribers: { type: [Person], description: 'Everyone subscribed; embedded in full, so no extra call.', extensions: embedded() },
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

mutation('subscribe', {
  description: 'Subscribes the current user to a recording.',
  uses: ['Subscribe'],
  input: (t) => ({ recordingId: t.id({ required: true, description: 'A global id of any recording, or its Basecamp id.' }) }),
  resolve: (input, ctx) => subscribe(ctx, input.recordingId),
  payload: { recordingSubscription: { type: RecordingSubscription, description: 'The subscription as it is now.' } },
});

mutation('unsubscribe', {
  description: 'Unsubscribes the current user from a recording; fine if they were not subscribed.',
  uses: ['Unsubscribe', 'GetSubscription'],
  input: (t) => ({ recordingId: t.id({ required: true, description: 'A global id of any recording, or its Basecamp id.' }) }),
  resolve: (input, ctx) => unsubscribe(ctx, input.recordingId),
  payload: { recordingSubscription: { type: RecordingSubscription, description: 'The subscription as it is now.' } },
});

mutation('updateRecordingSubscription', {
  description: 'Adds and removes subscribers of a recording; give at least one person.',
  uses: ['UpdateSubscription'],
  input: (t) =>
    specInput(t, 'UpdateSubscription', {
      recordingId: 'A global id of any recording, or its Basecamp id.',
      subscriberIds: 'People to add to the subscribers.',
      unsubscriberIds: 'People to take off the subscribers.',
    }),
  resolve: (input, ctx) => updateSubscription(ctx, input),
  payload: { recordingSubscription: { type: RecordingSubscription, description: 'The subscription as it is now.' } },
});
