import { createScheduleEntry, updateCalendar, updateScheduleEntry, updateScheduleSettings } from '../resolvers/schedules.ts';
import { specInput, specInputOn, specPatch } from './inputs.ts';
import { edgeOf, mutation } from './mutation.ts';
import { Calendar, CalendarColor, Schedule, ScheduleEntry } from './schedules.ts';

/** Writes of the schedule family: schedules, entries and calendars. */

// Entries read soonest first, so a new one can sit anywhere.
const entryEdge = edgeOf('ListScheduleEntries', 'ScheduleEntryEdge', 'bottom', (scheduleId) => ({ scheduleId }));

mutation('updateScheduleSettings', {
  description: 'Chooses whether a schedule shows dated work beside its entries.',
  uses: ['UpdateScheduleSettings'],
  input: (t) =>
    specInputOn(t, 'UpdateScheduleSettings', {
      id: 'The schedule, by global or Basecamp id.',
      includeDueAssignments: 'Show dated to-dos, cards and steps on the schedule.',
    }),
  resolve: (input, ctx) => updateScheduleSettings(ctx, input),
  payload: { schedule: { type: Schedule, description: 'The schedule as it is now.' } },
});

mutation('updateCalendar', {
  description: 'Recolours a standalone calendar.',
  uses: ['UpdateCalendar'],
  input: (t) => ({
    id: t.id({ required: true, description: 'The calendar, by global or Basecamp id.' }),
    color: t.field({ type: CalendarColor, required: true, description: 'Its new colour.' }),
  }),
  resolve: (input, ctx) => updateCalendar(ctx, { id: input.id, color: String(input.color) }),
  payload: { calendar: { type: Calendar, description: 'The calendar as it is now.' } },
});

mutation('createScheduleEntry', {
  description: 'Adds an event to a schedule.',
  uses: ['CreateScheduleEntry'],
  input: (t) => ({
    ...specInput(t, 'CreateScheduleEntry', {
      scheduleId: 'The schedule to add it to.',
      summary: 'What it is, in one line.',
      startsAt: 'An ISO 8601 timestamp with offset, or a date (`YYYY-MM-DD`) for all-day entries; sent as given.',
      endsAt: 'Same form as `startsAt`, not before it.',
      allDay: 'Whole days rather than a time range.',
      description: 'More about it, as rich text (HTML).',
      participantIds: 'People taking part (global or Basecamp ids).',
      url: false,
      highlighted: 'Make it stand out on the schedule.',
      notify: 'Tell the participants about it.',
      status: false,
      subscriberIds: 'People to follow it besides you, notified of comments and changes.',
      visibleToClients: 'Share it with the project\'s clients, or keep it from them with false.',
    }),
    joinUrl: t.string({ description: 'A link to join it, such as a video call.' }),
  }),
  resolve: (input, ctx) => createScheduleEntry(ctx, input),
  payload: { scheduleEntry: { type: ScheduleEntry, description: 'The new entry.' } },
  parent: { schedule: Schedule },
  edge: entryEdge,
});

mutation('updateScheduleEntry', {
  description: 'Edits a schedule entry, changing only the fields given.',
  uses: ['GetScheduleEntry', 'ReplaceScheduleEntry'],
  inputDescription: 'Changes to a schedule entry: fields left out keep their value, an explicit null clears what can be cleared.',
  input: (t) => ({
    ...specPatch(t, 'ReplaceScheduleEntry', {
      id: 'The entry, by global or Basecamp id.',
      summary: 'What it is; cannot be cleared.',
      startsAt: 'New start, as for `createScheduleEntry`.',
      endsAt: 'New end, as for `createScheduleEntry`.',
      allDay: 'Whole days rather than a time range.',
      description: 'Rich text (HTML); null clears it.',
      participantIds: 'The new participants, replacing the current ones; null removes everyone.',
      url: false,
      highlighted: 'Whether it stands out.',
      notify: 'Tell the participants about the change.',
    }),
    joinUrl: t.string({ description: 'A new join link; null removes it.' }),
  }),
  resolve: (input, ctx) => updateScheduleEntry(ctx, input),
  payload: { scheduleEntry: { type: ScheduleEntry, description: 'The entry as it is now.' } },
  parent: { schedule: Schedule },
});
