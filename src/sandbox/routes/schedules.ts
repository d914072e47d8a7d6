import { findRecording, isTrashed, isVisibleTo, visibleProjects } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addScheduleEntry, dayStart, isoDate, occurrenceOn, occursOn } from '../factories/schedule.ts';
import { touch } from '../mutations.ts';
import { badRequest, HttpError, notFound, unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { statusFilter } from '../query.ts';
import { created, ok, type Reply } from '../reply.ts';
import { get, post, put } from '../router.ts';
import type { Section } from '../section.ts';
import { show } from './show.ts';
import { subscriptions } from './vaults.ts';
import {
  renderCalendar,
  renderSchedule,
  renderScheduleEntry,
  renderUpcomingEntry,
  renderUpcomingTodo,
} from '../shapes/schedule.ts';
import { automationOf } from '../state/automation.ts';
import { childrenOf, isRecordingOf, type Recording, type RecordingType } from '../state/index.ts';
import {
  CALENDAR_COLORS,
  calendarOf,
  canSeeCalendar,
  scheduleStore,
  type CalendarColor,
  type ScheduleEntry,
  type ScheduleTool,
} from '../state/schedule.ts';
import { isCalendarDate, optionalBoolean, optionalIds, optionalText, requiredText } from '../validation.ts';

/** Schedules (docs: schedules.md). */
export const schedules: Section = {
  docs: 'schedules',
  routes: [get('/schedules/:scheduleId.json', show('scheduleId', findSchedule, renderSchedule)), put('/schedules/:scheduleId.json', updateSchedule)],
};

/** Schedule entries and their occurrences (docs: schedule_entries.md). */
export const scheduleEntries: Section = {
  docs: 'schedule_entries',
  routes: [
    get('/schedules/:scheduleId/entries.json', listEntries),
    get('/schedule_entries/:entryId.json', show('entryId', findEntry, renderScheduleEntry)),
    get('/schedule_entries/:entryId/occurrences/:date.json', getOccurrence),
    post('/schedules/:scheduleId/entries.json', createEntry),
    put('/schedule_entries/:entryId.json', replaceEntry),
  ],
};

/** Per-account calendars (openapi: GetCalendar, UpdateCalendar); they are buckets, so no legacy form. */
export const calendars: Section = {
  docs: 'calendars',
  routes: [
    get('/calendars/:calendarId.json', getCalendar, { legacy: false }),
    put('/calendars/:calendarId.json', updateCalendar, { legacy: false }),
  ],
};

/** The upcoming-schedule report (docs: reports.md, "Get upcoming schedule"). */
export const upcomingSchedule: Section = {
  docs: 'reports',
  routes: [get('/reports/schedules/upcoming.json', getUpcoming, { legacy: false })],
};

/**
 * Like `findRecording`, but a recording inside a calendar's bucket (not a project) is found by
 * calendar rules: staff only, and 404 when trashed.
 */
export function findScheduleRecording<T extends RecordingType>(
  ctx: RequestContext,
  id: string,
  types: readonly T[],
): Extract<Recording, { type: T }> {
  const recording = ctx.state.recordings.get(id);
  if (!recording || !calendarOf(ctx.state, recording.bucketId)) return findRecording(ctx, id, types);
  if (!isRecordingOf(recording, ...types)) throw notFound();
  if (ctx.params.bucketId !== undefined && ctx.params.bucketId !== recording.bucketId) throw notFound();
  if (!canSeeCalendar(ctx.me) || isTrashed(ctx.state, recording)) throw notFound();
  return recording;
}

// `Schedule` shares the tool record type with the other dock tools, so it narrows to never.
function findSchedule(ctx: RequestContext, id: string): ScheduleTool {
  return findScheduleRecording(ctx, id, ['Schedule']);
}

function findEntry(ctx: RequestContext, id: string): ScheduleEntry {
  return findScheduleRecording(ctx, id, ['Schedule::Entry']);
}

/** Only `include_due_assignments` is writable (docs: "Update a schedule"). */
function updateSchedule(ctx: RequestContext): Reply {
  const schedule = findSchedule(ctx, param(ctx, 'scheduleId'));
  const include = optionalBoolean(unwrap(ctx.body, 'schedule'), 'include_due_assignments');
  if (include === undefined) throw unprocessable("Include due assignments can't be blank");
  const hidden = scheduleStore(ctx.state).withoutDueAssignments;
  if (include) hidden.delete(schedule.id);
  else hidden.add(schedule.id);
  touch(ctx.state, schedule, ctx.now());
  return ok(renderSchedule(ctx, schedule));
}

/** Active entries by default, soonest first; `status=archived|trashed` lists those instead. */
function listEntries(ctx: RequestContext): Reply {
  const schedule = findSchedule(ctx, param(ctx, 'scheduleId'));
  const status = statusFilter(ctx);
  const entries = childrenOf(ctx.state, schedule.id, 'Schedule::Entry')
    .filter((entry) => entry.status === status && isVisibleTo(ctx.me, entry))
    .sort((a, b) => a.startsAt - b.startsAt || a.createdAt - b.createdAt);
  return paginate(ctx, entries, (entry) => renderScheduleEntry(ctx, entry), { containerUpdatedAt: schedule.updatedAt });
}

/**
 * A recurring entry answers with its first occurrence: Basecamp redirects there, and the entry's
 * own times are that first occurrence's (docs: "Get a schedule entry").
 */

/** `/occurrences/20260218`: the recurring entry on that day; 404 on a day it does not happen. */
function getOccurrence(ctx: RequestContext): Reply {
  const entry = findEntry(ctx, param(ctx, 'entryId'));
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(param(ctx, 'date'));
  const date = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
  if (!entry.recurrence || !isCalendarDate(date) || !occursOn(entry.recurrence, date)) throw notFound();
  return ok(renderScheduleEntry(ctx, occurrenceOn(entry, date)));
}

/** `subscriptions` and `visible_to_clients` are taken at creation only, beside the envelope as `status` is (spec: CreateScheduleEntry). */
function createEntry(ctx: RequestContext): Reply {
  const schedule = findSchedule(ctx, param(ctx, 'scheduleId'));
  const fields = entryFields(ctx, undefined);
  const status = entryStatus(ctx);
  const subscribers = subscriptions(ctx);
  const visibleToClients = optionalBoolean(ctx.body, 'visible_to_clients');
  const entry = addScheduleEntry(
    ctx.state,
    schedule,
    { ...fields, summary: fields.title, creatorId: ctx.me.id, ...(visibleToClients === undefined ? {} : { visibleToClients }) },
    ctx.now(),
  );
  entry.status = status;
  // The creator follows what they make; the people named are subscribed beside them.
  if (subscribers) automationOf(ctx.state).subscriptions.set(entry.id, { personIds: [...new Set([ctx.me.id, ...subscribers])], updatedAt: entry.createdAt });
  return created(renderScheduleEntry(ctx, entry));
}

/**
 * `status` sits beside the `schedule_entry` envelope, not in it: published by default, any
 * recording status taken, anything else a 400 rather than a 422 (spec: CreateScheduleEntry).
 */
function entryStatus(ctx: RequestContext): Recording['status'] {
  const status = ctx.body.status ?? 'active';
  if (status === 'active' || status === 'drafted' || status === 'archived' || status === 'trashed') return status;
  throw badRequest('status must be one of active, drafted, archived or trashed');
}

/**
 * PUT replaces the entry: `all_day` and `description` fall back to their defaults when omitted,
 * while participants, join link and highlight keep their value unless sent (openapi:
 * ReplaceScheduleEntryRequestContent).
 */
function replaceEntry(ctx: RequestContext): Reply {
  const entry = findEntry(ctx, param(ctx, 'entryId'));
  Object.assign(entry, entryFields(ctx, entry));
  touch(ctx.state, entry, ctx.now());
  return ok(renderScheduleEntry(ctx, entry));
}

type EntryFields = Pick<ScheduleEntry, 'title' | 'description' | 'allDay' | 'startsAt' | 'endsAt' | 'participantIds' | 'joinUrl' | 'highlighted'>;

function entryFields(ctx: RequestContext, current: ScheduleEntry | undefined): EntryFields {
  const body = unwrap(ctx.body, 'schedule_entry');
  const title = requiredText(body, 'summary');
  const allDay = optionalBoolean(body, 'all_day') ?? false;
  const startsAt = moment(body, 'starts_at', allDay);
  const endsAt = moment(body, 'ends_at', allDay);
  if (endsAt < startsAt) throw unprocessable('Ends at must be after the start');
  const participantIds = optionalIds(body, 'participant_ids');
  if (participantIds?.some((id) => !ctx.state.people.has(id))) throw unprocessable('Participants include someone who is not in this account');
  optionalBoolean(body, 'notify');
  const url = optionalText(body, 'url');
  return {
    title,
    description: optionalText(body, 'description') ?? '',
    allDay,
    startsAt,
    endsAt,
    participantIds: participantIds ?? current?.participantIds ?? [],
    joinUrl: url === undefined ? (current?.joinUrl ?? null) : joinUrl(url),
    highlighted: optionalBoolean(body, 'highlighted') ?? current?.highlighted ?? false,
  };
}

/** `starts_at`/`ends_at`: a bare date or an ISO 8601 timestamp; all-day entries keep the date. */
function moment(body: Record<string, unknown>, key: string, allDay: boolean): number {
  const label = key === 'starts_at' ? 'Starts at' : 'Ends at';
  const value = body[key];
  if (value === undefined || value === null || value === '') throw unprocessable(`${label} can't be blank`);
  if (typeof value !== 'string') throw unprocessable(`${label} is not a valid date`);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = dateOnly ? (isCalendarDate(value) ? dayStart(value) : Number.NaN) : Date.parse(value);
  if (Number.isNaN(ms) || (!dateOnly && !/^\d{4}-\d{2}-\d{2}T/.test(value))) throw unprocessable(`${label} is not a valid date`);
  return allDay ? dayStart(isoDate(ms)) : ms;
}

/** A join link: "" clears it, a scheme-less one becomes https, anything else must be a web URL. */
function joinUrl(value: string): string | null {
  if (value.trim() === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw unprocessable('Url is invalid');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || value.length > 2500) throw unprocessable('Url is invalid');
  return withScheme;
}

function getCalendar(ctx: RequestContext): Reply {
  return ok(renderCalendar(ctx, findCalendar(ctx)));
}

/** Only the colour changes; an unknown one is a 422 keyed by field (openapi: UpdateCalendar). */
function updateCalendar(ctx: RequestContext): Reply {
  const calendar = findCalendar(ctx);
  const color = unwrap(ctx.body, 'calendar').color;
  if (typeof color !== 'string' || !(CALENDAR_COLORS as readonly string[]).includes(color)) {
    throw new HttpError(422, 'Color is not a valid color', {}, { errors: { color: ['is not a valid color'] } });
  }
  calendar.color = color as CalendarColor;
  calendar.updatedAt = Math.max(calendar.updatedAt, ctx.now());
  return ok(renderCalendar(ctx, calendar));
}

function findCalendar(ctx: RequestContext) {
  const calendar = calendarOf(ctx.state, param(ctx, 'calendarId'));
  if (!calendar || !canSeeCalendar(ctx.me)) throw notFound();
  return calendar;
}

/** The longest window the report accepts, so a request cannot ask for centuries of occurrences. */
const MAX_WINDOW_DAYS = 366;

/**
 * One-off entries starting in the window, occurrences of recurring entries in it, and dated
 * to-dos from projects whose schedule shows due assignments. Both window ends are inclusive
 * and required (400 without them, as BC3 answers).
 */
function getUpcoming(ctx: RequestContext): Reply {
  const from = ctx.query.get('window_starts_on') ?? '';
  const to = ctx.query.get('window_ends_on') ?? '';
  if (!isCalendarDate(from) || !isCalendarDate(to)) {
    throw badRequest('window_starts_on and window_ends_on are required dates (YYYY-MM-DD)');
  }
  const days = (dayStart(to) - dayStart(from)) / 86_400_000;
  if (days < 0 || days >= MAX_WINDOW_DAYS) throw badRequest(`The window must run forwards and span at most ${MAX_WINDOW_DAYS} days`);

  const projects = visibleProjects(ctx.state, ctx.me).filter((project) => project.status === 'active');
  const buckets = new Set(projects.map((project) => project.id));
  if (canSeeCalendar(ctx.me)) for (const id of scheduleStore(ctx.state).calendars.keys()) buckets.add(id);
  const hidden = scheduleStore(ctx.state).withoutDueAssignments;
  const withDueAssignments = new Set(
    projects
      .filter((project) => {
        const entry = project.dock.find((tool) => tool.name === 'schedule');
        return entry?.enabled === true && !hidden.has(entry.recordingId);
      })
      .map((project) => project.id),
  );

  const listed = (recording: Recording) =>
    buckets.has(recording.bucketId) && recording.status === 'active' && !isTrashed(ctx.state, recording) && isVisibleTo(ctx.me, recording);
  const oneOff: ScheduleEntry[] = [];
  const occurrences: ScheduleEntry[] = [];
  const todos: Extract<Recording, { type: 'Todo' }>[] = [];
  let lastModified = ctx.state.account.updatedAt;
  for (const recording of ctx.state.recordings.values()) {
    if (!listed(recording)) continue;
    if (recording.type === 'Schedule::Entry') {
      lastModified = Math.max(lastModified, recording.updatedAt);
      if (!recording.recurrence) {
        const day = isoDate(recording.startsAt);
        if (day >= from && day <= to) oneOff.push(recording);
        continue;
      }
      for (let day = dayStart(from); day <= dayStart(to); day += 86_400_000) {
        if (occursOn(recording.recurrence, isoDate(day))) occurrences.push(occurrenceOn(recording, isoDate(day)));
      }
    } else if (recording.type === 'Todo' && withDueAssignments.has(recording.bucketId)) {
      const due = recording.dueOn;
      if (due !== null && due >= from && due <= to) {
        todos.push(recording);
        lastModified = Math.max(lastModified, recording.updatedAt);
      }
    }
  }
  for (const project of projects) lastModified = Math.max(lastModified, project.updatedAt);
  const byStart = (a: ScheduleEntry, b: ScheduleEntry) => a.startsAt - b.startsAt || a.createdAt - b.createdAt;
  todos.sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.createdAt - b.createdAt);
  return ok(
    {
      schedule_entries: oneOff.sort(byStart).map((entry) => renderUpcomingEntry(ctx, entry)),
      recurring_schedule_entry_occurrences: occurrences.sort(byStart).map((entry) => renderUpcomingEntry(ctx, entry)),
      assignables: todos.map((todo) => renderUpcomingTodo(ctx, todo)),
    },
    lastModified,
  );
}

/** Basecamp accepts a write body both flat and wrapped in its resource key (Rails params wrapping). */
export function unwrap(body: Record<string, unknown>, key: string): Record<string, unknown> {
  const inner = body[key];
  return inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, unknown>) : body;
}

