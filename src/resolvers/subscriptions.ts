import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { inputError, personIds } from './input.ts';
import { call } from './call.ts';
import { fetchEach } from './loaders.ts';
import { recordingRef } from './recordings.ts';
import { withBody } from './writes.ts';

/** A recording's subscription, keyed by the recording (it has no id of its own). */
export type SubscriptionRecord = Wire.Subscription & { recording_id: string };

const keyed = (recordingId: string, subscription: Wire.Subscription): SubscriptionRecord => ({ ...subscription, recording_id: recordingId });

export async function fetchSubscriptions(ctx: Context, recordingIds: readonly string[]) {
  const found = await fetchEach(ctx, recordingIds, 'GetSubscription', (recordingId) => ({ recordingId }));
  return found.map((result, index) => (result instanceof Error ? result : keyed(recordingIds[index] ?? '', result)));
}

/** `POST …/subscription.json` subscribes the current user; Basecamp answers with the subscription. */
export async function subscribe(ctx: Context, recordingId: string) {
  const id = recordingRef(ctx, recordingId, 'recordingId').id;
  return keyed(id, await withBody(call(ctx, 'Subscribe', { recordingId: id })));
}

/** `DELETE …/subscription.json` (204, even when not subscribed); read back. */
export async function unsubscribe(ctx: Context, recordingId: string) {
  const id = recordingRef(ctx, recordingId, 'recordingId').id;
  await call(ctx, 'Unsubscribe', { recordingId: id });
  return keyed(id, await call(ctx, 'GetSubscription', { recordingId: id }));
}

/** `PUT …/subscription.json`: adds and removes people; at least one of the two lists must say something. */
export async function updateSubscription(
  ctx: Context,
  input: { recordingId: string; subscriberIds?: readonly string[] | null; unsubscriberIds?: readonly string[] | null },
) {
  const add = personIds(ctx, input.subscriberIds);
  const remove = personIds(ctx, input.unsubscriberIds);
  if (!add?.length && !remove?.length) throw inputError('subscriberIds', 'or unsubscriberIds must name at least one person');
  const id = recordingRef(ctx, input.recordingId, 'recordingId').id;
  return keyed(id, await withBody(call(ctx, 'UpdateSubscription', { recordingId: id }, { body: { subscriptions: add, unsubscriptions: remove } })));
}
