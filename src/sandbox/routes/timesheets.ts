import { canSeeProject, findProject, findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addTimesheetEntry, existingTool, formatHours, parseHours, timesheetOf } from '../factories/reports.ts';
import { touch } from '../mutations.ts';
import { badRequest, notFound, unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { del, get, post, put, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderTimesheetEntry } from '../shapes/reports.ts';
import type { Project } from '../state/records.ts';
import type { TimesheetEntry } from '../state/reports.ts';
import { isCalendarDate, optionalId, optionalText } from '../validation.ts';
import { inProject, isLive, openProjects } from './report-helpers.ts';

/** Timesheets (docs: timesheets.md): time logged on recordings or on the project itself. */
export const timesheets: Section = {
  docs: 'timesheets',
  routes: [
    get('/recordings/:recordingId/timesheet.json', recordingTimesheet),
    post('/recordings/:recordingId/timesheet/entries.json', createEntry),
    get('/timesheet_entries/:entryId.json', getEntry),
    put('/timesheet_entries/:entryId.json', updateEntry),
    del('/timesheet_entries/:entryId.json', deleteEntry),
    ...withoutLegacyForm([
      get('/reports/timesheet.json', timesheetReport),
      get('/projects/:projectId/timesheet.json', projectTimesheet),
      get('/projects/:projectId/recordings/:recordingId/timesheet.json', inProject('recordingId', recordingTimesheet)),
      post('/projects/:projectId/recordings/:recordingId/timesheet/entries.json', inProject('recordingId', createEntry)),
    ]),
  ],
};

/** Recordings that are not work items: time cannot be logged on them. */
const NOT_TIMESHEETABLE = new Set(['Timesheet::Entry', 'Gauge', 'Gauge::Needle']);

interface EntryFilter {
  from?: string;
  to?: string;
  personId?: string;
  bucketId?: string;
}

/** `from`/`to` (openapi.json) or `start_date`/`end_date` (docs): both or neither. */
function dateWindow(ctx: RequestContext): { from?: string; to?: string } {
  const from = ctx.query.get('from') ?? ctx.query.get('start_date') ?? undefined;
  const to = ctx.query.get('to') ?? ctx.query.get('end_date') ?? undefined;
  if ((from === undefined) !== (to === undefined)) throw badRequest('start_date and end_date must be given together');
  for (const date of [from, to]) if (date !== undefined && !isCalendarDate(date)) throw badRequest(`${date} is not a valid date`);
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

function filterOf(ctx: RequestContext): EntryFilter {
  const personId = ctx.query.get('person_id') ?? undefined;
  const bucketId = ctx.query.get('bucket_id') ?? undefined;
  return { ...dateWindow(ctx), ...(personId ? { personId } : {}), ...(bucketId ? { bucketId } : {}) };
}

/** Live entries the caller may see that match the filter, newest day first. */
function entries(ctx: RequestContext, filter: EntryFilter, where: (entry: TimesheetEntry) => boolean): TimesheetEntry[] {
  if (!ctx.me.canAccessTimesheet) return [];
  const projects = openProjects(ctx);
  const out: TimesheetEntry[] = [];
  for (const recording of ctx.state.recordings.values()) {
    if (recording.type !== 'Timesheet::Entry' || !projects.has(recording.bucketId) || !isLive(ctx, recording) || !where(recording)) continue;
    if (filter.from && recording.date < filter.from) continue;
    if (filter.to && recording.date > filter.to) continue;
    if (filter.personId && recording.personId !== filter.personId) continue;
    if (filter.bucketId && recording.bucketId !== filter.bucketId) continue;
    out.push(recording);
  }
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.createdAt - a.createdAt));
}

/** Account-wide and not paginated; without dates, the last month only (docs: timesheets.md). */
function timesheetReport(ctx: RequestContext): Reply {
  const filter = filterOf(ctx);
  if (!filter.from) {
    const now = new Date(ctx.now());
    filter.to = now.toISOString().slice(0, 10);
    filter.from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, now.getUTCDate())).toISOString().slice(0, 10);
  }
  const found = entries(ctx, filter, () => true);
  let lastModified = 0;
  for (const entry of found) lastModified = Math.max(lastModified, entry.updatedAt);
  for (const project of openProjects(ctx).values()) lastModified = Math.max(lastModified, existingTool(ctx.state, project.id, 'Timesheet')?.updatedAt ?? 0);
  return ok(found.map((entry) => renderTimesheetEntry(ctx, entry)), lastModified);
}

/** A project whose timesheet is on; 404 otherwise, as the tool then does not exist. */
function timesheetProject(ctx: RequestContext, projectId: string): Project {
  const project = findProject(ctx, projectId);
  if (!project.timesheetEnabled || !ctx.me.canAccessTimesheet) throw notFound();
  return project;
}

function projectTimesheet(ctx: RequestContext): Reply {
  const project = timesheetProject(ctx, param(ctx, 'projectId'));
  const found = entries(ctx, filterOf(ctx), (entry) => entry.bucketId === project.id);
  return paginate(ctx, found, (entry) => renderTimesheetEntry(ctx, entry), {
    containerUpdatedAt: existingTool(ctx.state, project.id, 'Timesheet')?.updatedAt ?? project.createdAt,
  });
}

function recordingTimesheet(ctx: RequestContext): Reply {
  const recording = timesheetable(ctx, param(ctx, 'recordingId'));
  timesheetProject(ctx, recording.bucketId);
  const found = entries(ctx, filterOf(ctx), (entry) => entry.parentId === recording.id);
  return paginate(ctx, found, (entry) => renderTimesheetEntry(ctx, entry), { containerUpdatedAt: recording.updatedAt });
}

function timesheetable(ctx: RequestContext, id: string) {
  const type = ctx.state.recordings.get(id)?.type;
  if (type === undefined || NOT_TIMESHEETABLE.has(type)) throw notFound();
  const recording = findRecording(ctx, id, [type]);
  // dock tools hold work but are not work: only the project's own timesheet stands for the project
  if (recording.parentId === null && recording.type !== 'Timesheet') throw notFound();
  return recording;
}

function findEntry(ctx: RequestContext): TimesheetEntry {
  const entry = findRecording(ctx, param(ctx, 'entryId'), ['Timesheet::Entry']);
  timesheetProject(ctx, entry.bucketId);
  return entry;
}

function getEntry(ctx: RequestContext): Reply {
  return ok(renderTimesheetEntry(ctx, findEntry(ctx)));
}

function createEntry(ctx: RequestContext): Reply {
  const parent = timesheetable(ctx, param(ctx, 'recordingId'));
  const project = timesheetProject(ctx, parent.bucketId);
  if (ctx.me.client) throw notFound();
  const entry = addTimesheetEntry(
    ctx.state,
    project,
    parent,
    {
      date: entryDate(ctx.body.date, true) as string,
      hours: entryHours(ctx.body.hours, true) as string,
      description: optionalText(ctx.body, 'description') ?? '',
      personId: entryPerson(ctx, project) ?? ctx.me.id,
      creatorId: ctx.me.id,
    },
    ctx.now(),
  );
  return created(renderTimesheetEntry(ctx, entry));
}

/** Only the given fields change (docs: timesheets.md, "Update a timesheet entry"). */
function updateEntry(ctx: RequestContext): Reply {
  const entry = findEntry(ctx);
  const project = findProject(ctx, entry.bucketId);
  if (ctx.me.client) throw notFound();
  const date = entryDate(ctx.body.date, false);
  const hours = entryHours(ctx.body.hours, false);
  const description = optionalText(ctx.body, 'description');
  const personId = entryPerson(ctx, project);
  if (date !== undefined) entry.date = date;
  if (hours !== undefined) entry.hours = hours;
  if (description !== undefined) entry.description = description;
  if (personId !== undefined) entry.personId = personId;
  const now = ctx.now();
  touch(ctx.state, entry, now);
  touch(ctx.state, timesheetOf(ctx.state, project, now), now);
  return ok(renderTimesheetEntry(ctx, entry));
}

/** Entries are deleted for good, not trashed (docs: timesheets.md). */
function deleteEntry(ctx: RequestContext): Reply {
  const entry = findEntry(ctx);
  const project = findProject(ctx, entry.bucketId);
  if (ctx.me.client) throw notFound();
  ctx.state.recordings.delete(entry.id);
  const now = ctx.now();
  const parent = entry.parentId === null ? undefined : ctx.state.recordings.get(entry.parentId);
  if (parent) touch(ctx.state, parent, now);
  touch(ctx.state, timesheetOf(ctx.state, project, now), now);
  return noContent();
}

function entryDate(value: unknown, required: boolean): string | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) throw unprocessable("Date can't be blank");
    return undefined;
  }
  if (typeof value !== 'string' || !isCalendarDate(value)) throw unprocessable('Date is not a valid date');
  return value;
}

function entryHours(value: unknown, required: boolean): string | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) throw unprocessable("Hours can't be blank");
    return undefined;
  }
  const hours = parseHours(value);
  if (hours === undefined) throw unprocessable('Hours is not a number');
  if (hours <= 0) throw unprocessable('Hours must be greater than 0');
  if (hours > 24) throw unprocessable('Hours must be less than or equal to 24');
  return formatHours(hours);
}

/** `person_id` must be a non-client member of the project (docs: timesheets.md). */
function entryPerson(ctx: RequestContext, project: Project): string | undefined {
  const personId = optionalId(ctx.body, 'person_id');
  if (personId === undefined) return undefined;
  const person = ctx.state.people.get(personId);
  if (!person || person.client || !project.memberIds.includes(person.id) || !canSeeProject(person, project)) {
    throw unprocessable('Person must be someone on the project who is not a client');
  }
  return personId;
}
