import {
  createTimesheetEntry,
  fetchTimesheetEntries,
  timesheetQuery,
  timesheetReport,
  updateTimesheetEntry,
} from '../resolvers/timesheets.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { calls, uses } from './coverage.ts';
import { recordingFields } from './fields.ts';
import { specInput, specInputOn } from './inputs.ts';
import { deletion, edgeOf, mutation } from './mutation.ts';
import { connectionOf, node, paged } from './nodes.ts';
import { Person } from './people.ts';
import { Project } from './projects.ts';
import { Recording } from './recording.ts';

/** Time logged on recordings and projects: per project, per recording, account-wide, and its writes. */

export const TimesheetEntry = node('TimesheetEntry', {
  load: fetchTimesheetEntries,
  recordingTypes: ['Timesheet::Entry'],
  lookup: 'A timesheet entry',
});

const TimesheetEntryConnection = connectionOf(TimesheetEntry);

TimesheetEntry.implement({
  description: 'Time someone spent, logged on a to-do, message, card or other recording, or on the project as a whole.',
  interfaces: [Recording],
  extensions: uses('GetTimesheetEntry'),
  fields: (t) => ({
    ...recordingFields(t, 'TimesheetEntry', {
      date: 'The day the time was spent.',
      description: 'A note on the work done, plain text.',
      hours: 'How long, as the decimal string Basecamp keeps (e.g. `"1.5"`), so no rounding creeps in.',
    }),
    person: t.field({
      type: Person,
      nullable: true,
      description: 'Whose time it is; may differ from `creator`, who logged it. Embedded in full: no extra call.',
      extensions: embedded(),
      resolve: (entry) => entry.person ?? null,
    }),
  }),
});

/** The date window and person filter every timesheet read takes. */
const timesheetArgs = builder.args((t) => ({
  from: t.field({ type: 'Date', description: 'First day of the window; give `to` too.' }),
  to: t.field({ type: 'Date', description: 'Last day of the window; give `from` too.' }),
  personId: t.id({ description: 'Only this person\'s time.' }),
}));

builder.objectField(Project, 'timesheet', (t) =>
  paged(t, TimesheetEntryConnection, 'GetProjectTimesheet', {
    description: 'All time logged in the project, on its items and on the project itself; null (NOT_FOUND) when time tracking is off.',
    args: timesheetArgs,
    params: (project) => ({ projectId: project.id }),
    query: (args, ctx) => timesheetQuery(ctx, args),
  }),
);

builder.interfaceField(Recording, 'timesheet', (t) =>
  paged(t, TimesheetEntryConnection, 'GetRecordingTimesheet', {
    description: 'Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off.',
    args: timesheetArgs,
    params: (recording) => ({ recordingId: recording.id }),
    query: (args, ctx) => timesheetQuery(ctx, args),
  }),
);

builder.queryField('timesheetReport', (t) =>
  t.field({
    type: [TimesheetEntry],
    ...calls('GetTimesheetReport'),
    description: 'Time logged across the account, newest day first; the last month unless `from` and `to` say otherwise. Not paginated by Basecamp.',
    args: { ...timesheetArgs, projectId: t.arg.id({ description: 'Only this project.' }) },
    resolve: (_root, args, ctx) => timesheetReport(ctx, args),
  }),
);

const hours = 'Decimal (`"1.5"`) or hours and minutes (`"1:30"`).';

mutation('createTimesheetEntry', {
  description: 'Logs time on a recording or on a project.',
  uses: ['CreateTimesheetEntry'],
  input: (t) =>
    specInput(t, 'CreateTimesheetEntry', {
      recordingId: 'The to-do, message, card… the time was spent on, or the project\'s own timesheet.',
      date: 'The day the time was spent.',
      hours,
      description: 'A note on the work done.',
      personId: 'Whose time it is; you by default. Must be on the project and not a client.',
    }),
  resolve: (input, ctx) => createTimesheetEntry(ctx, input),
  payload: { timesheetEntry: TimesheetEntry },
  parent: { recording: Recording },
  // Listed by date, newest first, so an entry for an earlier day sits anywhere: read on until found.
  edge: edgeOf('GetRecordingTimesheet', 'TimesheetEntryEdge', 'bottom', (recordingId) => ({ recordingId })),
});

mutation('updateTimesheetEntry', {
  description: 'Edits a timesheet entry, changing only the fields given.',
  uses: ['UpdateTimesheetEntry'],
  inputDescription: 'Changes to a timesheet entry: fields left out keep their value.',
  input: (t) => specInputOn(t, 'UpdateTimesheetEntry', { hours, description: 'An explicit null clears it.' }),
  resolve: (input, ctx) => updateTimesheetEntry(ctx, input),
  payload: { timesheetEntry: TimesheetEntry },
});

deletion('deleteTimesheetEntry', {
  description: 'Deletes a timesheet entry for good (entries have no trash).',
  operation: 'DestroyTimesheetEntry',
  type: 'TimesheetEntry',
  gone: 'deleted entry',
});
