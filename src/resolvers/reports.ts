import { UpstreamError } from '../client/errors.ts';
import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { pages, paginate, type ConnectionArgs } from './connection.ts';
import { toBasecampId } from './global-id.ts';
import { checkPosition, inputError, personIds, requiredText } from './input.ts';
import { fetchEach } from './loaders.ts';
import { recordingRef } from './recordings.ts';
import { newTodoBody, type TodoInput, type TodoRecord } from './todos.ts';
import { withBody } from './writes.ts';

/** Timesheet entries, gauges, hill charts, the timeline and the account-wide to-do reports. */

/** The keys every recording carries, which the spec marks optional on gauges and needles. */
interface RecordingKeys {
  status: string;
  title: string;
  type: string;
  url: string;
  app_url: string;
  bucket: { id: BasecampId; name: string; type: string };
  creator: Wire.Person;
}

export type TimesheetEntryRecord = Wire.TimesheetEntry & RecordingKeys & { person?: Wire.Person };
export type GaugeRecord = Wire.Gauge & RecordingKeys;
export type GaugeNeedleRecord = Wire.GaugeNeedle & RecordingKeys & { comment_count?: number };
export type HillChartRecord = Wire.HillChart;
export type TimelineEventRecord = Wire.TimelineEvent & { id: BasecampId; bucket?: { id: BasecampId; name: string; url?: string; app_url?: string } };

export const fetchTimesheetEntries = (ctx: Context, ids: readonly string[]): Promise<(TimesheetEntryRecord | Error)[]> => fetchEach(ctx, ids, 'GetTimesheetEntry', (entryId) => ({ entryId }));

// The spec's GaugeNeedle omits the recording keys the docs show on every needle; they are asserted here.
export const fetchGaugeNeedles = (ctx: Context, ids: readonly string[]) => fetchEach(ctx, ids, 'GetGaugeNeedle', (needleId) => ({ needleId })) as Promise<(GaugeNeedleRecord | Error)[]>;

/**
 * Gauges have no endpoint of their own: the account-wide list is the only way to read one. The
 * whole batch is answered by one walk through its pages, stopping once every id was seen.
 */
export async function fetchGauges(ctx: Context, ids: readonly string[]): Promise<(GaugeRecord | Error)[]> {
  const wanted = new Set(ids);
  const found = new Map<string, GaugeRecord>();
  try {
    for await (const { items } of pages<'ListGauges', GaugeRecord>(ctx, 'ListGauges', {})) {
      for (const gauge of items) if (wanted.has(gauge.id)) found.set(gauge.id, gauge);
      if (found.size >= wanted.size) break;
    }
  } catch (error) {
    return ids.map(() => (error instanceof Error ? error : new Error(String(error))));
  }
  return ids.map((id) => found.get(id) ?? new UpstreamError('NOT_FOUND', `Gauge ${id} is not among the gauges you can see.`, { status: 404, retryable: false }));
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
  const bucketIds = args.projectIds?.map((id) => toBasecampId(id, ctx.accountId, ['Project'])).join(',');
  return paginate<'ListGauges', GaugeRecord>(ctx, 'ListGauges', {}, { bucket_ids: bucketIds || undefined }, args);
}

/** `GET /projects/{id}/gauge/needles.json`, newest first. */
export function listGaugeNeedles(ctx: Context, projectId: string, args: ConnectionArgs) {
  return paginate<'ListGaugeNeedles', GaugeNeedleRecord>(ctx, 'ListGaugeNeedles', { projectId }, {}, args);
}

export interface TimesheetFilter {
  from?: string | null;
  to?: string | null;
  personId?: string | null;
}

function timesheetQuery(ctx: Context, filter: TimesheetFilter): Record<string, string | undefined> {
  checkWindow(filter.from, filter.to);
  return {
    from: filter.from ?? undefined,
    to: filter.to ?? undefined,
    person_id: filter.personId ? toBasecampId(filter.personId, ctx.accountId, ['Person']) : undefined,
  };
}

/** Basecamp wants both ends of a date window or neither (docs: timesheets.md). */
function checkWindow(from: string | null | undefined, to: string | null | undefined): void {
  if ((from == null) !== (to == null)) throw inputError(from == null ? 'from' : 'to', 'must be given together with the other end of the window');
  if (from && to && from > to) throw inputError('from', `must not be after to (${to})`);
}

export function listProjectTimesheet(ctx: Context, projectId: string, args: ConnectionArgs & TimesheetFilter) {
  return paginate(ctx, 'GetProjectTimesheet', { projectId }, timesheetQuery(ctx, args), args);
}

export function listRecordingTimesheet(ctx: Context, recordingId: string, args: ConnectionArgs & TimesheetFilter) {
  return paginate(ctx, 'GetRecordingTimesheet', { recordingId }, timesheetQuery(ctx, args), args);
}

/** `GET /reports/timesheet.json`: not paginated upstream, so a plain list; the last month by default. */
export function timesheetReport(ctx: Context, args: TimesheetFilter & { projectId?: string | null }) {
  return call(ctx, 'GetTimesheetReport', {}, { query: {
    ...timesheetQuery(ctx, args),
    bucket_id: args.projectId ? toBasecampId(args.projectId, ctx.accountId, ['Project']) : undefined,
  } });
}

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

export function fetchHillChart(ctx: Context, todosetId: string) {
  return call(ctx, 'GetHillChart', { todosetId });
}

export function listAssignablePeople(ctx: Context) {
  return call(ctx, 'ListAssignablePeople', {});
}

export interface AssignedTodosRecord {
  person: Wire.Person;
  grouped_by: string;
  todos: TodoRecord[];
}

export function assignedTodos(ctx: Context, personId: string, groupBy: 'bucket' | 'date' | null | undefined) {
  const id = toBasecampId(personId, ctx.accountId, ['Person']);
  return call(ctx, 'GetAssignedTodos', { personId: id }, { query: { group_by: groupBy === 'date' ? 'date' : undefined } }) as Promise<AssignedTodosRecord>;
}

export type OverdueTodosRecord = Record<'under_a_week_late' | 'over_a_week_late' | 'over_a_month_late' | 'over_three_months_late', TodoRecord[] | undefined>;

export function overdueTodosReport(ctx: Context) {
  return call(ctx, 'GetOverdueTodos', {}) as Promise<OverdueTodosRecord>;
}

export type EverythingView = 'open' | 'completed' | 'unassigned' | 'no_due_date';
export type DueFilter = 'with' | 'without' | 'overdue';
export interface EverythingFilter {
  assigneeIds?: readonly string[] | null;
  due?: DueFilter | null;
}

export interface ProjectTodosRecord {
  bucket: { id: BasecampId; name: string; type: string };
  todos: TodoRecord[];
}

const EVERYTHING_TODOS = {
  open: 'GetEverythingOpenTodos',
  completed: 'GetEverythingCompletedTodos',
  unassigned: 'GetEverythingUnassignedTodos',
  no_due_date: 'GetEverythingNoDueDateTodos',
} as const;

/** `assignee_ids[]` repeats once per person. */
function everythingQuery(ctx: Context, filter: EverythingFilter) {
  return { 'assignee_ids[]': personIds(ctx, filter.assigneeIds), due: filter.due ?? undefined };
}

/** `GET /todos/{open,completed,unassigned,no_due_date}.json`: one group per project, paginated. */
export function listEverythingTodos(ctx: Context, view: EverythingView, args: ConnectionArgs & EverythingFilter) {
  return paginate<(typeof EVERYTHING_TODOS)[EverythingView], ProjectTodosRecord>(ctx, EVERYTHING_TODOS[view], {}, everythingQuery(ctx, args), args);
}

/** `GET /todos/overdue.json`: a flat list, not paginated. */
export function everythingOverdueTodos(ctx: Context, filter: EverythingFilter) {
  return call(ctx, 'GetEverythingOverdueTodos', {}, { query: everythingQuery(ctx, filter) });
}

/** `GET /checkins.json`: every check-in answer the caller can see. */
export function listEverythingCheckins(ctx: Context, args: ConnectionArgs) {
  return paginate(ctx, 'GetEverythingCheckins', {}, {}, args);
}

export type FileKind = 'images' | 'pdfs' | 'documents' | 'videos';

/** `GET /files.json`: uploads and documents across projects. */
export function listEverythingFiles(ctx: Context, args: ConnectionArgs & { kind?: FileKind | null; creatorIds?: readonly string[] | null }) {
  return paginate(ctx, 'GetEverythingFiles', {}, { kind: args.kind ?? undefined, 'people_ids[]': personIds(ctx, args.creatorIds) }, args);
}

// ---- writes ----

/** `"1.5"` or `"1:30"`, more than 0 and at most 24 (what Basecamp accepts for a day's work). */
export function checkHours(hours: string): string {
  const clock = /^(\d+):([0-5]\d)$/.exec(hours.trim());
  const value = clock ? Number(clock[1]) + Number(clock[2]) / 60 : /^\d+(\.\d+)?$/.test(hours.trim()) ? Number(hours) : Number.NaN;
  if (Number.isNaN(value)) throw inputError('hours', 'must be a number of hours, e.g. "1.5" or "1:30"');
  if (value <= 0 || value > 24) throw inputError('hours', 'must be more than 0 and at most 24');
  return hours.trim();
}

export interface TimesheetEntryInput {
  date?: string | null;
  hours?: string | null;
  description?: string | null;
  personId?: string | null;
}

/** `POST /recordings/{id}/timesheet/entries.json` (201 with the entry). */
export function createTimesheetEntry(ctx: Context, input: TimesheetEntryInput & { recordingId: string; date: string; hours: string }) {
  const recordingId = recordingRef(ctx, input.recordingId).id;
  return withBody(call(ctx, 'CreateTimesheetEntry', { recordingId }, { body: {
    date: input.date,
    hours: checkHours(requiredText(input.hours, 'hours')),
    description: input.description ?? undefined,
    person_id: input.personId ? toBasecampId(input.personId, ctx.accountId, ['Person']) : undefined,
  } }));
}

/**
 * `PUT /timesheet_entries/{id}` changes only the keys sent (docs: "Only pass the parameters you
 * want to change"), so no read is needed; an explicit null description clears it.
 */
export function updateTimesheetEntry(ctx: Context, input: TimesheetEntryInput & { id: string }) {
  const id = toBasecampId(input.id, ctx.accountId, ['TimesheetEntry']);
  if (input.date === null) throw inputError('date', "can't be blank");
  if (input.hours === null) throw inputError('hours', "can't be blank");
  if (input.personId === null) throw inputError('personId', "can't be blank");
  return withBody(call(ctx, 'UpdateTimesheetEntry', { entryId: id }, { body: {
    date: input.date ?? undefined,
    hours: input.hours === undefined ? undefined : checkHours(input.hours),
    description: input.description === null ? '' : input.description,
    person_id: input.personId ? toBasecampId(input.personId, ctx.accountId, ['Person']) : undefined,
  } }));
}

/** `DELETE /timesheet_entries/{id}` (204): gone for good. */
export async function deleteTimesheetEntry(ctx: Context, entryId: string): Promise<BasecampId> {
  const id = toBasecampId(entryId, ctx.accountId, ['TimesheetEntry']);
  await call(ctx, 'DestroyTimesheetEntry', { entryId: id });
  return id;
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

/** `PUT /gauge_needles/{id}`: only the description of a reading can change. */
export function updateGaugeNeedle(ctx: Context, input: { id: string; description?: string | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['GaugeNeedle']);
  return withBody(call(ctx, 'UpdateGaugeNeedle', { needleId: id }, { body: {
    gauge_needle: { description: input.description ?? '' },
  } }) as Promise<GaugeNeedleRecord>);
}

/** `DELETE /gauge_needles/{id}` (204). */
export async function deleteGaugeNeedle(ctx: Context, needleId: string): Promise<BasecampId> {
  const id = toBasecampId(needleId, ctx.accountId, ['GaugeNeedle']);
  await call(ctx, 'DestroyGaugeNeedle', { needleId: id });
  return id;
}

/** `PUT /projects/{id}/gauge.json` answers 200 with no body: the project id is read back by the payload. */
export async function toggleGauge(ctx: Context, input: { projectId: string; enabled: boolean }): Promise<BasecampId> {
  const id = toBasecampId(input.projectId, ctx.accountId, ['Project']);
  await call(ctx, 'ToggleGauge', { projectId: id }, { body: { gauge: { enabled: input.enabled } } });
  return id;
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

/**
 * `POST /buckets/{project}/todosets/{id}/todos.json`: the one to-do write that only exists
 * project-scoped, so the to-do set's project is read first unless the input names it.
 */
export async function createTodosetTodo(ctx: Context, input: TodoInput & { todosetId: string; projectId?: string | null; content: string }) {
  const todosetId = toBasecampId(input.todosetId, ctx.accountId, ['Todoset']);
  const body = newTodoBody(ctx, input);
  const projectId = input.projectId
    ? toBasecampId(input.projectId, ctx.accountId, ['Project'])
    : (await call(ctx, 'GetTodoset', { todosetId })).bucket.id;
  return withBody(call(ctx, 'CreateTodosetTodo', { bucketId: projectId, todosetId }, { body }));
}

/** `PUT /todosets/todolists/{id}/position.json` (204); read back. */
export async function repositionTodolist(ctx: Context, input: { id: string; position: number }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Todolist']);
  await call(ctx, 'RepositionTodolist', { todolistId: id }, { body: { position: checkPosition(input.position) } });
  return call(ctx, 'GetTodolistOrGroup', { id });
}
