import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { pages, paginate, type ConnectionArgs } from './connection.ts';
import { toBasecampId } from './global-id.ts';
import { inputError, personIds, projectIds } from './input.ts';
import { answerFrom, loadEach, type NodeLoader } from './loaders.ts';
import type { RecordingKeys } from './recordings.ts';
import { withBody } from './writes.ts';

/** Project gauges and their readings (needles): read, recorded, rewritten, removed, switched on or off. */

export type GaugeRecord = Wire.Gauge & RecordingKeys;
export type GaugeNeedleRecord = Wire.GaugeNeedle & RecordingKeys & { comment_count?: number };

// The spec's GaugeNeedle omits the recording keys the docs show on every needle; they are asserted here.
export const fetchGaugeNeedles = loadEach('GetGaugeNeedle') as NodeLoader<GaugeNeedleRecord>;

/**
 * Gauges have no endpoint of their own: the account-wide list is the only way to read one. The
 * whole batch is answered by one walk through its pages, stopping once every id was seen.
 */
export function fetchGauges(ctx: Context, ids: readonly BasecampId[]): Promise<(GaugeRecord | Error)[]> {
  const walk = async () => {
    const wanted = new Set(ids);
    const found: GaugeRecord[] = [];
    for await (const { items } of pages<'ListGauges', GaugeRecord>(ctx, 'ListGauges', {})) {
      found.push(...items.filter((gauge) => wanted.delete(gauge.id)));
      if (wanted.size === 0) break;
    }
    return found;
  };
  return answerFrom(ids, walk, (id) => `Gauge ${id} is not among the gauges you can see.`, { status: 404, retryable: false });
}

/** The project a gauge reading belongs to, read before the reading goes. */
export async function needleProjectId(ctx: Context, needleId: string): Promise<string | null> {
  const needle = await call(ctx, 'GetGaugeNeedle', { needleId: toBasecampId(needleId, ctx.accountId, ['GaugeNeedle']) });
  return needle.bucket?.id ?? null;
}

/** `GET /reports/gauges.json?bucket_ids=…` for one project; null when its gauge is off or hidden. */
export async function projectGauge(ctx: Context, projectId: string): Promise<GaugeRecord | null> {
  for await (const page of pages<'ListGauges', GaugeRecord>(ctx, 'ListGauges', {}, { bucket_ids: projectId })) {
    return page.items.find((gauge) => gauge.bucket?.id === projectId) ?? null;
  }
  return null;
}

/** `GET /reports/gauges.json`: riskiest first, or in the order of `projectIds`. */
export function listGauges(ctx: Context, args: ConnectionArgs & { projectIds?: readonly string[] | null }) {
  const bucketIds = projectIds(ctx, args.projectIds)?.join(',');
  return paginate<'ListGauges', GaugeRecord>(ctx, 'ListGauges', {}, { bucket_ids: bucketIds || undefined }, args);
}

export type NeedleColor = 'green' | 'yellow' | 'red';
export type NeedleNotify = 'everyone' | 'working_on' | 'custom';

/** `POST /projects/{id}/gauge/needles.json` (201 with the needle). */
export function createGaugeNeedle(
  ctx: Context,
  input: { projectId: string; position: number; color?: NeedleColor | null; description?: string | null; notify?: NeedleNotify | null; subscriberIds?: readonly string[] | null },
) {
  const projectId = toBasecampId(input.projectId, ctx.accountId, ['Project']);
  if (!Number.isInteger(input.position) || input.position < 0 || input.position > 100) throw inputError('position', 'must be a whole number from 0 to 100');
  const subscriptions = personIds(ctx, input.subscriberIds);
  if (subscriptions?.length && input.notify !== 'custom') throw inputError('subscriberIds', 'are only used when notify is CUSTOM');
  if (input.notify === 'custom' && !subscriptions?.length) throw inputError('subscriberIds', 'must name someone when notify is CUSTOM');
  return withBody(call(ctx, 'CreateGaugeNeedle', { projectId }, { body: {
    gauge_needle: { position: input.position, color: input.color ?? undefined, description: input.description ?? undefined },
    notify: input.notify ?? undefined,
    subscriptions,
  } }) as Promise<GaugeNeedleRecord>);
}

/** `PUT /gauge_needles/{id}`: only the description of a reading can change; left out, it stays, and null clears it. */
export function updateGaugeNeedle(ctx: Context, input: { id: string; description?: string | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['GaugeNeedle']);
  return withBody(call(ctx, 'UpdateGaugeNeedle', { needleId: id }, { body: {
    gauge_needle: { description: input.description === undefined ? undefined : (input.description ?? '') },
  } }) as Promise<GaugeNeedleRecord>);
}

/** `PUT /projects/{id}/gauge.json` answers 200 with no body: the project id is read back by the payload. */
export async function toggleGauge(ctx: Context, input: { projectId: string; enabled: boolean }): Promise<BasecampId> {
  const id = toBasecampId(input.projectId, ctx.accountId, ['Project']);
  await call(ctx, 'ToggleGauge', { projectId: id }, { body: { gauge: { enabled: input.enabled } } });
  return id;
}
