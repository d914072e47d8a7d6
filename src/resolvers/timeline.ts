import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { paginate, type ConnectionArgs } from './connection.ts';

/** What happened: a project's timeline, a person's progress, the account's progress report. */

export type TimelineEventRecord = Wire.TimelineEvent & { id: BasecampId; bucket?: { id: BasecampId; name: string; url?: string; app_url?: string } };

/** `GET /reports/progress.json`: what happened across the account, newest first. */
export function listProgress(ctx: Context, args: ConnectionArgs) {
  return paginate<'GetProgressReport', TimelineEventRecord>(ctx, 'GetProgressReport', {}, {}, args);
}

export function listProjectTimeline(ctx: Context, projectId: string, args: ConnectionArgs) {
  return paginate<'GetProjectTimeline', TimelineEventRecord>(ctx, 'GetProjectTimeline', { projectId }, {}, args);
}

/** `GET /reports/users/progress/{id}.json`: the `events` of `{ person, events }`, paginated. */
export function listPersonProgress(ctx: Context, personId: string, args: ConnectionArgs) {
  return paginate<'GetPersonProgress', TimelineEventRecord>(ctx, 'GetPersonProgress', { personId }, {}, args);
}
