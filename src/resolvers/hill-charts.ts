import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { toBasecampId } from './global-id.ts';
import { inputError } from './input.ts';
import { withBody } from './writes.ts';

/** A to-do set's hill chart: read, and which lists it tracks. */

export type HillChartRecord = Wire.HillChart;

export function fetchHillChart(ctx: Context, todosetId: string) {
  return call(ctx, 'GetHillChart', { todosetId });
}

/** `PUT /todosets/{id}/hills/settings.json` (200 with the chart). */
export function updateHillChartSettings(ctx: Context, input: { todosetId: string; trackedIds?: readonly string[] | null; untrackedIds?: readonly string[] | null }) {
  const todosetId = toBasecampId(input.todosetId, ctx.accountId, ['Todoset']);
  const tracked = input.trackedIds?.map((id) => toBasecampId(id, ctx.accountId, ['Todolist'])) ?? [];
  const untracked = input.untrackedIds?.map((id) => toBasecampId(id, ctx.accountId, ['Todolist'])) ?? [];
  if (tracked.length === 0 && untracked.length === 0) throw inputError('trackedIds', 'or untrackedIds must name at least one to-do list');
  const both = tracked.find((id) => untracked.includes(id));
  if (both) throw inputError('trackedIds', `cannot also untrack list ${both}`);
  return withBody(call(ctx, 'UpdateHillChartSettings', { todosetId }, { body: {
    tracked: tracked.length ? tracked : undefined,
    untracked: untracked.length ? untracked : undefined,
  } }));
}
