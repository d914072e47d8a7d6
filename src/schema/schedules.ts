import type * as Wire from '../client/wire-types.ts';
import {
  assignableLink,
  calendarScheduleId,
  fetchCalendars,
  fetchScheduleEntries,
  fetchScheduleEntryOccurrence,
  fetchSchedules,
  fetchUpcomingSchedule,
  scheduleEntryId,
  scheduleEntryKey,
  type RecurrenceScheduleRecord,
} from '../resolvers/schedules.ts';
import { statusQuery } from '../resolvers/projects.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { statusArg } from './connection.ts';
import { calls, uses } from './coverage.ts';
import { openEnum } from './enums.ts';
import { recordingFields, specFields } from './fields.ts';
import { Attachment } from './files.ts';
import { connectionOf, identifiedRef, implementObject, linkTo, node, paged } from './nodes.ts';
import { Person } from './people.ts';
import { dockToolField, Project } from './projects.ts';
import { loadRecording } from './recording-types.ts';
import { Recording, type RecordingShape } from './recording.ts';
import { implementRecording } from './recording-type.ts';

export const Schedule = node('Schedule', { load: fetchSchedules, recordingTypes: ['Schedule'], lookup: 'A schedule' });

export const ScheduleEntry = node('ScheduleEntry', {
  load: fetchScheduleEntries,
  key: scheduleEntryKey,
  plainIdIsKey: true,
  recordingTypes: ['Schedule::Entry'],
  lookup: { what: 'A schedule entry', note: 'A repeating entry reads as its first occurrence.' },
});

export const Calendar = node('Calendar', { load: fetchCalendars, lookup: 'A standalone calendar' });

export const ScheduleEntryConnection = connectionOf(ScheduleEntry);

implementRecording(Schedule, 'The calendar tool of a project (or of a standalone calendar): meetings, milestones and events.', (t) => ({
  ...recordingFields(t, 'Schedule', {
    position: 'Its place in the project\'s dock.',
    entriesCount: 'How many active entries it holds.',
    entriesUrl: 'REST URL of its entry list.',
    includeDueAssignments: 'Whether dated to-dos, cards and steps appear on this schedule beside its entries.',
  }),
  entries: paged(t, ScheduleEntryConnection, 'ListScheduleEntries', {
    description: 'Its entries, soonest first.',
    args: statusArg(t, 'entries'),
    params: (schedule) => ({ scheduleId: schedule.id }),
    query: (args) => ({ status: statusQuery(args.status) }),
  }),
}));

const RecurrenceSchedule = implementObject(builder.objectRef<RecurrenceScheduleRecord>('RecurrenceSchedule'), 'How a repeating schedule entry recurs.', (t) => ({
  frequency: t.exposeString('frequency', { description: 'The repeat rule, e.g. `every_week` or `every_month`.' }),
  days: t.field({ type: ['Int'], description: 'Weekdays it falls on, 0 for Sunday to 6 for Saturday.', resolve: (rule) => rule.days ?? [] }),
  hour: t.exposeInt('hour', { nullable: true, description: 'Hour of the day it starts.' }),
  minute: t.exposeInt('minute', { nullable: true, description: 'Minute past the hour it starts.' }),
  weekInstance: t.exposeInt('week_instance', { nullable: true, description: 'For monthly rules: which week of the month (1 = first).' }),
  startDate: t.expose('start_date', { type: 'Date', nullable: true, description: 'The first day it can happen.' }),
  endDate: t.expose('end_date', { type: 'Date', nullable: true, description: 'The last day it can happen; null when open-ended.' }),
}));

implementRecording(ScheduleEntry, 'An event on a schedule: a meeting, a deadline, a day off. Repeating ones carry their rule and can be read per occurrence.', (t) => ({
  ...recordingFields(t, 'ScheduleEntry', {
    summary: 'What the entry is, in one line.',
    description: 'More about it, as rich text (HTML).',
    allDay: 'Whether it takes whole days rather than a time range.',
    startsAt: { type: 'String', description: 'When it begins: a full timestamp, or a bare date (`YYYY-MM-DD`) for all-day entries.' },
    endsAt: { type: 'String', description: 'When it ends, in the same form as `startsAt`.' },
    joinUrl: 'A link to join it, such as a video call.',
    highlighted: 'Whether it stands out on the schedule.',
    descriptionAttachments: { type: [Attachment], description: 'Files embedded in the description.' },
    participants: { type: [Person], description: 'Who takes part. Basecamp embeds them in full, so this costs no call.', extensions: embedded() },
  }),
  recurrenceSchedule: t.expose('recurrence_schedule', {
    type: RecurrenceSchedule,
    nullable: true,
    description: 'The repeat rule; null for one-off entries. A repeating entry reads as its first occurrence.',
  }),
  occurrence: t.field({
    type: ScheduleEntry,
    ...calls('GetScheduleEntryOccurrence'),
    description: 'This repeating entry as it happens on one day: that day\'s times, under an id of its own (the same `basecampId`); an error on a day it does not happen.',
    args: { date: t.arg({ type: 'Date', required: true, description: 'The day of the occurrence.' }) },
    resolve: (entry, args, ctx) => fetchScheduleEntryOccurrence(ctx, entry.id, args.date),
  }),
}));

/** A calendar's colour, read and set alike (`updateCalendar`). */
export const CalendarColor = openEnum('CalendarColor', {
  description: 'The colours a calendar can take.',
  values: Object.fromEntries(
    ['white', 'red', 'orange', 'yellow', 'green', 'blue', 'aqua', 'purple', 'gray', 'pink', 'brown'].map((color) => [
      color.toUpperCase(),
      { value: color, description: `The colour ${color}.` },
    ]),
  ),
});

Calendar.implement({
  extensions: uses('GetCalendar'),
  description: 'A calendar of the account that is not a project: a bucket of its own with one schedule.',
  fields: (t) => ({
    ...specFields(t, 'Calendar', {
      basecampId: 'The numeric Basecamp id (its bucket id), as a string.',
      type: 'Basecamp\'s own type name, `CALENDAR`.',
      color: { type: CalendarColor, description: 'Its colour.' },
      scheduleUrl: 'REST URL of its schedule.',
    }),
    schedule: t.field({
      type: Schedule,
      nullable: true,
      description: 'The schedule holding its entries.',
      resolve: (calendar) => calendarScheduleId(calendar),
    }),
  }),
});

dockToolField('schedule', Schedule, 'schedule', 'The project\'s schedule; null when the tool is turned off.');

// Occurrences of a repeating entry share its id; the start tells them apart.
const occurrenceKey = (entry: Wire.UpcomingScheduleEntry) => `${entry.id}-${entry.starts_at.replace(/[^0-9A-Za-z]/g, '')}`;

const UpcomingScheduleEntry = implementObject(identifiedRef<Wire.UpcomingScheduleEntry>('UpcomingScheduleEntry', { key: occurrenceKey }), 'A schedule entry, or one day of a repeating one, as the upcoming-schedule report lists it.', (t) => ({
  ...specFields(t, 'UpcomingScheduleEntry', {
    basecampId: 'The entry\'s Basecamp id (occurrences share it).',
    url: 'The entry\'s REST URL.',
    type: 'Always `SCHEDULE_ENTRY` in this report.',
    recurring: 'Whether this is an occurrence of a repeating entry.',
    startsAt: { type: 'String', description: 'A timestamp, or a bare date for all-day entries.' },
    endsAt: { type: 'String', description: 'A timestamp, or a bare date for all-day entries.' },
  }),
  creator: t.field({ type: Person, nullable: true, description: 'Who added it (loaded in full on demand).', resolve: (entry) => entry.creator.id }),
  participants: t.field({
    type: [Person],
    nullable: true,
    description: 'Who takes part (loaded in full on demand).',
    resolve: (entry) => entry.participants.map((person) => person.id),
  }),
  bucket: t.field({ type: Project, nullable: true, description: 'The project it is on. For an entry of a standalone calendar, null with a NOT_FOUND error: the report does not say which buckets are calendars.', resolve: (entry) => entry.bucket.id }),
  entry: t.field({
    ...linkTo(ScheduleEntry),
    description: 'The full entry (for a repeating one, as of its first occurrence).',
    resolve: (entry) => entry.id,
  }),
}));

const UpcomingAssignableParent = implementObject(identifiedRef<Wire.UpcomingAssignableParent>('UpcomingAssignableParent'), 'The list or column a dated item is filed under, as the report names it.', (t) => ({
  ...specFields(t, 'UpcomingAssignableParent', { title: 'Its title; "List: Group" for a to-do in a group.' }),
}));

const UpcomingAssignableCompletion = implementObject(builder.objectRef<Wire.UpcomingAssignableCompletion>('UpcomingAssignableCompletion'), 'When and by whom a dated item was completed.', (t) => ({
  ...specFields(t, 'UpcomingAssignableCompletion'),
  creator: t.field({ type: Person, nullable: true, description: 'Who completed it (loaded in full on demand).', resolve: (completion) => completion.creator.id }),
}));

const UpcomingAssignable = implementObject(identifiedRef<Wire.UpcomingAssignable>('UpcomingAssignable'), 'A to-do, card or step with a date in the report\'s window.', (t) => ({
  ...specFields(t, 'UpcomingAssignable', {
    url: 'The item\'s REST URL.',
    type: 'The kind: `TODO`, `CARD` or `STEP`.',
    content: 'The item\'s text.',
    repeating: 'Whether the item repeats.',
  }),
  completion: t.expose('completion', { type: UpcomingAssignableCompletion, nullable: true }),
  parent: t.expose('parent', { type: UpcomingAssignableParent }),
  assignees: t.field({
    type: [Person],
    nullable: true,
    description: 'Who it is assigned to (loaded in full on demand).',
    resolve: (item) => item.assignees.map((person) => person.id),
  }),
  bucket: t.field({ type: Project, nullable: true, description: 'The project it is in.', resolve: (item) => item.bucket.id }),
  recording: t.field({
    type: Recording,
    nullable: true,
    description: 'The full to-do, card or step, when the graph models its kind.',
    resolve: (item, _args, ctx) => {
      const link = assignableLink(item);
      return link ? (loadRecording(ctx, link) as Promise<RecordingShape> | null) : null;
    },
  }),
}));

const UpcomingSchedule = implementObject(builder.objectRef<Wire.GetUpcomingScheduleResponseContent>('UpcomingSchedule'), 'Everything dated in a window across the projects and calendars the user can see.', (t) => ({
  scheduleEntries: t.expose('schedule_entries', { type: [UpcomingScheduleEntry], description: 'One-off entries starting in the window, soonest first.' }),
  recurringScheduleEntryOccurrences: t.expose('recurring_schedule_entry_occurrences', { type: [UpcomingScheduleEntry], description: 'Each day a repeating entry happens in the window.' }),
  assignables: t.expose('assignables', { type: [UpcomingAssignable], description: 'To-dos, cards and steps due in the window.' }),
}));

builder.queryFields((t) => ({
  scheduleEntryOccurrence: t.field({
    type: ScheduleEntry,
    ...calls('GetScheduleEntryOccurrence'),
    description: 'One day of a repeating schedule entry.',
    args: {
      id: t.arg.id({ required: true, description: 'The entry, by global id or Basecamp id.' }),
      date: t.arg({ type: 'Date', required: true, description: 'The day of the occurrence.' }),
    },
    resolve: (_root, args, ctx) => fetchScheduleEntryOccurrence(ctx, scheduleEntryId(ctx, args.id), args.date),
  }),
  upcomingSchedule: t.field({
    type: UpcomingSchedule,
    ...calls('GetUpcomingSchedule'),
    description: 'Entries, occurrences and dated work between two days, both included.',
    args: {
      windowStartsOn: t.arg({ type: 'Date', required: true, description: 'The first day of the window.' }),
      windowEndsOn: t.arg({ type: 'Date', required: true, description: 'The last day of the window.' }),
    },
    resolve: (_root, args, ctx) => fetchUpcomingSchedule(ctx, args.windowStartsOn, args.windowEndsOn),
  }),
}));
