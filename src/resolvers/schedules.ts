import { GraphQLError } from 'graphql';
import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { toBasecampId } from './global-id.ts';
import { inputError, nonBlankText, patched, personIds, requiredText, sharing } from './input.ts';
import { joinKey, ownId, splitKey } from './chat-keys.ts';
import { loadEach, readingWith, toError, type NodeLoader } from './loaders.ts';
import { isCalendarDay } from './scalars.ts';
import { withBody } from './writes.ts';

/** How a recurring entry repeats (docs: schedule_entries.md); the spec leaves it out. */
export interface RecurrenceScheduleRecord {
  frequency: string;
  days?: number[];
  hour?: number | null;
  minute?: number | null;
  week_instance?: number | null;
  start_date?: string | null;
  end_date?: string | null;
}

/**
 * The spec's entry plus the recurrence the API docs show on recurring entries, and (ours) the
 * day (`YYYYMMDD`) of the occurrence it was read as, which keys it apart from the entry.
 */
export type ScheduleEntryRecord = Wire.ScheduleEntry & { recurrence_schedule?: RecurrenceScheduleRecord; occurrence_on?: string };

/** The docs' schedule record; `bucket` may name a calendar rather than a project. */
export type ScheduleRecord = Wire.Schedule;

export const fetchSchedules: NodeLoader<ScheduleRecord> = loadEach('GetSchedule');

/**
 * An entry's loader key, which its global id carries: its Basecamp id, or `YYYYMMDD-id` for one
 * day of a repeating entry. Occurrences share the entry's Basecamp id but not its times, so one
 * global id for both would let a client cache overwrite the entry with a day's copy. The entry's
 * own id comes last, as in every composite key (`recordingRef`).
 */
export function scheduleEntryKey(entry: ScheduleEntryRecord): string {
  return entry.occurrence_on ? joinKey(entry.occurrence_on, entry.id) : entry.id;
}

/** The entry's Basecamp id from a global id or a plain one, an occurrence's included. */
export function scheduleEntryId(ctx: Context, id: string): BasecampId {
  return ownId(toBasecampId(id, ctx.accountId, ['ScheduleEntry']));
}

/** `GET /schedule_entries/{id}.json` (a recurring entry answers with its first occurrence), or one occurrence for `YYYYMMDD-id`. */
export const fetchScheduleEntries: NodeLoader<ScheduleEntryRecord> = readingWith('GetScheduleEntry', (ctx, keys) =>
  Promise.all(
    keys.map(async (key) => {
      if (!key.includes('-')) return call(ctx, 'GetScheduleEntry', { entryId: key }).catch(toError);
      const [day, entryId] = splitKey(key, 2) ?? [];
      if (!day || !entryId || day.length !== 8) return new GraphQLError(`"${key}" names no day of a schedule entry.`, { extensions: { code: 'BAD_USER_INPUT' } });
      return fetchScheduleEntryOccurrence(ctx, entryId, day).catch(toError);
    }),
  ),
);

export const fetchCalendars = loadEach('GetCalendar');

/** `GET /schedule_entries/{id}/occurrences/{YYYYMMDD}.json`: one day of a recurring entry (404 on other days). */
export async function fetchScheduleEntryOccurrence(ctx: Context, entryId: string, date: string): Promise<ScheduleEntryRecord> {
  const day = date.replace(/-/g, '');
  return { ...(await call(ctx, 'GetScheduleEntryOccurrence', { entryId, date: day })), occurrence_on: day };
}

/** The schedule a calendar points at, by the id in its `schedule_url`. */
export function calendarScheduleId(calendar: Wire.Calendar): string | null {
  return /\/schedules\/(\d+)(?:\.json)?$/.exec(calendar.schedule_url)?.[1] ?? null;
}

/** Both window ends are inclusive; Basecamp answers 400 without them. */
export function fetchUpcomingSchedule(ctx: Context, windowStartsOn: string, windowEndsOn: string) {
  if (windowStartsOn > windowEndsOn) throw inputError('windowStartsOn', `must not be after windowEndsOn (${windowEndsOn})`);
  return call(ctx, 'GetUpcomingSchedule', {}, { query: {
    window_starts_on: windowStartsOn,
    window_ends_on: windowEndsOn,
  } });
}

/** Which recording an upcoming assignable is, by the report's lowercase kind. */
export function assignableLink(assignable: Wire.UpcomingAssignable): { id: string; type: string } | null {
  const type = ({ todo: 'Todo', card: 'Kanban::Card', step: 'Kanban::Step' } as Record<string, string>)[assignable.type];
  return type ? { id: assignable.id, type } : null;
}

/** `PUT /schedules/{id}.json`: the only setting is whether due to-dos, cards and steps show. */
export function updateScheduleSettings(ctx: Context, input: { id: string; includeDueAssignments: boolean }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Schedule']);
  return withBody(call(ctx, 'UpdateScheduleSettings', { scheduleId: id }, { body: { include_due_assignments: input.includeDueAssignments } }));
}

/** `PUT /calendars/{id}.json` with the `{ calendar: { color } }` envelope the spec names. */
export function updateCalendar(ctx: Context, input: { id: string; color: string }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Calendar']);
  return withBody(call(ctx, 'UpdateCalendar', { calendarId: id }, { body: { calendar: { color: input.color } } }));
}

export interface ScheduleEntryInput {
  summary?: string | null;
  description?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
  allDay?: boolean | null;
  participantIds?: readonly string[] | null;
  joinUrl?: string | null;
  highlighted?: boolean | null;
  notify?: boolean | null;
}

/** `POST /schedules/{id}/entries.json`. Start and end go out verbatim, as the spec asks. */
export function createScheduleEntry(
  ctx: Context,
  input: ScheduleEntryInput & { scheduleId: string; summary: string; startsAt: string; endsAt: string; subscriberIds?: readonly string[] | null; visibleToClients?: boolean | null },
) {
  const scheduleId = toBasecampId(input.scheduleId, ctx.accountId, ['Schedule']);
  checkEntryTimes(input.startsAt, input.endsAt, input.allDay ?? false);
  return withBody(call(ctx, 'CreateScheduleEntry', { scheduleId }, { body: {
    summary: requiredText(input.summary, 'summary'),
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    description: input.description ?? undefined,
    participant_ids: personIds(ctx, input.participantIds),
    all_day: input.allDay ?? undefined,
    notify: input.notify ?? undefined,
    url: input.joinUrl ?? undefined,
    highlighted: input.highlighted ?? undefined,
    ...sharing(ctx, input),
  } }));
}

/**
 * `PUT /schedule_entries/{id}.json` replaces the entry: a missing `all_day` resets it to false and
 * a missing description clears it (openapi: ReplaceScheduleEntryRequestContent). So the current
 * entry is read first and every field sent back, with only the given ones changed; an explicit
 * null clears what can be cleared.
 */
export async function updateScheduleEntry(ctx: Context, input: ScheduleEntryInput & { id: string }) {
  const id = scheduleEntryId(ctx, input.id);
  if (input.startsAt === null || input.endsAt === null) throw inputError(input.startsAt === null ? 'startsAt' : 'endsAt', "can't be blank");
  const current = await call(ctx, 'GetScheduleEntry', { entryId: id });
  const allDay = input.allDay ?? current.all_day;
  const startsAt = input.startsAt ?? current.starts_at;
  const endsAt = input.endsAt ?? current.ends_at;
  checkEntryTimes(startsAt, endsAt, allDay);
  return withBody(call(ctx, 'ReplaceScheduleEntry', { entryId: id }, { body: {
    summary: nonBlankText(input.summary, 'summary') ?? current.summary,
    starts_at: startsAt,
    ends_at: endsAt,
    all_day: allDay,
    description: patched(input.description, current.description ?? null) ?? '',
    participant_ids:
      personIds(ctx, input.participantIds) ?? (input.participantIds === null ? [] : (current.participants ?? []).map((person) => person.id)),
    url: input.joinUrl === undefined ? undefined : (input.joinUrl ?? ''),
    highlighted: input.highlighted ?? undefined,
    notify: input.notify ?? undefined,
  } }));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A start and end Basecamp accepts: dates or ISO 8601 timestamps, the end not before the start. */
function checkEntryTimes(startsAt: string, endsAt: string, allDay: boolean): void {
  for (const [field, value] of [['startsAt', startsAt], ['endsAt', endsAt]] as const) {
    if (!(DATE.test(value) || TIMESTAMP.test(value)) || !isCalendarDay(value) || Number.isNaN(Date.parse(value))) {
      throw inputError(field, 'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp with an offset');
    }
  }
  const day = (value: string) => value.slice(0, 10);
  const backwards = allDay ? day(endsAt) < day(startsAt) : Date.parse(endsAt) < Date.parse(startsAt);
  if (backwards) throw inputError('endsAt', `must not be before startsAt (${startsAt})`);
}
