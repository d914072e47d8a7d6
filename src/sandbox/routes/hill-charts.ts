import { findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { touch } from '../mutations.ts';
import { unprocessable } from '../protocol/errors.ts';
import { ok, type Reply } from '../reply.ts';
import { get, put } from '../router.ts';
import type { Section } from '../section.ts';
import { renderHillChart } from '../shapes/reports.ts';
import { hillChartOf } from '../state/reports.ts';
import { optionalIds } from '../validation.ts';

/** Hill charts (docs: hill_charts.md): one per to-do set, a dot per tracked list. */
export const hillCharts: Section = {
  docs: 'hill_charts',
  routes: [
    get('/todosets/:todosetId/hill.json', getHillChart),
    put('/todosets/:todosetId/hills/settings.json', updateHillChartSettings),
  ],
};

function getHillChart(ctx: RequestContext): Reply {
  const todoset = findRecording(ctx, param(ctx, 'todosetId'), ['Todoset']);
  const hill = hillChartOf(ctx.state, todoset.id, todoset.createdAt);
  return ok(renderHillChart(ctx, todoset.id, todoset.bucketId, hill, ctx.now()), Math.max(hill.updatedAt, todoset.updatedAt));
}

/**
 * `{ tracked: [listId…], untracked: [listId…] }`: newly tracked lists start at the foot of the
 * hill; every id must be an active list of this to-do set (422 otherwise).
 */
function updateHillChartSettings(ctx: RequestContext): Reply {
  const todoset = findRecording(ctx, param(ctx, 'todosetId'), ['Todoset']);
  if (ctx.me.client || !ctx.me.canAccessHillCharts) throw unprocessable('You cannot change this hill chart');
  const tracked = optionalIds(ctx.body, 'tracked') ?? [];
  const untracked = optionalIds(ctx.body, 'untracked') ?? [];
  for (const id of [...tracked, ...untracked]) {
    const list = ctx.state.recordings.get(id);
    if (list?.type !== 'Todolist' || list.parentId !== todoset.id || list.status !== 'active') {
      throw unprocessable(`To-do list ${id} is not an active list of this to-do set`);
    }
  }
  const now = ctx.now();
  const hill = hillChartOf(ctx.state, todoset.id, todoset.createdAt);
  for (const id of untracked) hill.tracked.delete(id);
  for (const id of tracked) if (!hill.tracked.has(id)) hill.tracked.set(id, 0);
  hill.updatedAt = Math.max(hill.updatedAt, now);
  touch(ctx.state, todoset, now);
  return ok(renderHillChart(ctx, todoset.id, todoset.bucketId, hill, now), hill.updatedAt);
}
