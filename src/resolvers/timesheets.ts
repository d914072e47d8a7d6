import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { toBasecampId } from './global-id.ts';
import { inputError, requiredText } from './input.ts';
import { loadEach, type NodeLoader } from './loaders.ts';
import { recordingRef, type RecordingKeys } from './recordings.ts';
import { withBody } from './writes.ts';

/** Time logged on recordings and projects: read per project, per recording or account-wide, and written. */

export type TimesheetEntryRecord = Wire.TimesheetEntry & RecordingKeys & { person?: Wire.Person };

export const fetchTimesheetEntries: NodeLoader<TimesheetEntryRecord> = loadEach('GetTimesheetEntry');

export interface TimesheetFilter {
  from?: string | null;
  to?: string | null;
  personId?: string | null;
}

export function timesheetQuery(ctx: Context, filter: TimesheetFilter): Record<string, string | undefined> {
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

/** `GET /reports/timesheet.json`: not paginated upstream, so a plain list; the last month by default. */
export function timesheetReport(ctx: Context, args: TimesheetFilter & { projectId?: string | null }) {
  return call(ctx, 'GetTimesheetReport', {}, { query: {
    ...timesheetQuery(ctx, args),
    bucket_id: args.projectId ? toBasecampId(args.projectId, ctx.accountId, ['Project']) : undefined,
  } });
}

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
  const recordingId = recordingRef(ctx, input.recordingId, 'recordingId').id;
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

