import type * as Wire from '../client/wire-types.ts';
import { toBasecampId } from '../resolvers/global-id.ts';
import {
  assignedTodos,
  everythingOverdueTodos,
  fetchGaugeNeedles,
  fetchGauges,
  fetchHillChart,
  fetchTimesheetEntries,
  listAssignablePeople,
  listEverythingCheckins,
  listEverythingFiles,
  listEverythingTodos,
  listGaugeNeedles,
  listGauges,
  listPersonProgress,
  listProgress,
  listProjectTimeline,
  listProjectTimesheet,
  listRecordingTimesheet,
  overdueTodosReport,
  projectGauge,
  timesheetReport,
  type AssignedTodosRecord,
  type HillChartRecord,
  type OverdueTodosRecord,
  type ProjectTodosRecord,
  type TimelineEventRecord,
} from '../resolvers/reports.ts';
import { builder } from './builder.ts';
import { RecordingType } from './closed-sets.ts';
import { openEnum } from './enums.ts';
import { embedded } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { connectionOf, identifiedRef, node } from './nodes.ts';
import { recordingFields, specFields } from './fields.ts';
import { Person } from './people.ts';
import { Project } from './projects.ts';
import { Recording, RecordingConnection } from './recording.ts';
import { Todo, Todolist, Todoset } from './todos.ts';

export const TimesheetEntry = node('TimesheetEntry', {
  load: fetchTimesheetEntries,
  recordingTypes: ['Timesheet::Entry'],
  lookup: 'A timesheet entry',
});

export const Gauge = node('Gauge', { load: fetchGauges, recordingTypes: ['Gauge'] });
export const GaugeNeedle = node('GaugeNeedle', { load: fetchGaugeNeedles, recordingTypes: ['Gauge::Needle'], lookup: 'A gauge reading' });

export const TimesheetEntryConnection = connectionOf(TimesheetEntry);
export const GaugeConnection = connectionOf(Gauge);
export const GaugeNeedleConnection = connectionOf(GaugeNeedle);

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

const NeedleColor = openEnum('GaugeNeedleColor', {
  description: 'How a project is doing, as its gauge shows it.',
  values: {
    GREEN: { value: 'green', description: 'On track.' },
    YELLOW: { value: 'yellow', description: 'Some risk.' },
    RED: { value: 'red', description: 'In trouble.' },
  } as const,
});

Gauge.implement({
  description: 'A project\'s progress gauge: where its latest needle points, from 0 to 100, and how healthy it looks.',
  interfaces: [Recording],
  extensions: uses('ListGauges'),
  fields: (t) => ({
    ...recordingFields(t, 'Gauge', {
      description: 'The latest reading\'s note, rich text (HTML); null before the first reading.',
      enabled: 'Whether the project shows its gauge.',
      lastNeedlePosition: 'Where the latest reading points, 0 to 100.',
      previousNeedlePosition: 'Where the reading before it pointed.',
      lastNeedleColor: false,
    }),
    lastNeedleColor: t.field({ type: NeedleColor, nullable: true, description: 'Colour of the latest reading.', resolve: (gauge) => (gauge.last_needle_color as 'green' | 'yellow' | 'red' | null | undefined) ?? null }),
    needles: t.connection(
      {
        type: GaugeNeedle,
        nullable: true,
        description: 'Every reading of this gauge, newest first.',
        extensions: uses('ListGaugeNeedles'),
        resolve: (gauge, args, ctx) => listGaugeNeedles(ctx, gauge.bucket.id, args),
      },
      GaugeNeedleConnection,
    ),
  }),
});

GaugeNeedle.implement({
  description: 'One reading of a project\'s gauge: a position from 0 to 100, a colour and a note, kept as history.',
  interfaces: [Recording],
  extensions: uses('GetGaugeNeedle'),
  fields: (t) => ({
    ...recordingFields(t, 'GaugeNeedle', {
      description: 'What moved the needle, rich text (HTML).',
      position: 'Where the needle points, 0 (just started) to 100 (done).',
      commentCount: { type: 'Int', nullable: true, description: 'Basecamp sends the comment count a second time under this key; same value as `commentsCount`.' },
      color: false,
    }),
    color: t.field({ type: NeedleColor, nullable: true, resolve: (needle) => (needle.color as 'green' | 'yellow' | 'red' | undefined) ?? null }),
  }),
});

const HillChartDot = identifiedRef<Wire.HillChartDot>('HillChartDot').implement({
  description: 'A to-do list on a hill chart.',
  fields: (t) => ({
    ...specFields(t, 'HillChartDot', {
      basecampId: 'The to-do list\'s Basecamp id.',
      label: 'The list\'s name.',
      position: 'Where on the hill: 0 is the foot of the uphill (figuring it out), 100 the foot of the downhill (done).',
    }),
    todolist: t.field({ type: Todolist, nullable: true, description: 'The list itself, loaded only when more than the dot is asked for.', resolve: (dot) => dot.id }),
  }),
});

export const HillChart = builder.objectRef<HillChartRecord>('HillChart').implement({
  description: 'A to-do set\'s hill chart: how far each tracked list has come, from unknowns to done.',
  extensions: uses('GetHillChart'),
  fields: (t) => ({
    ...specFields(t, 'HillChart', {
      enabled: 'On as long as at least one list is tracked.',
      stale: 'Nobody has moved a dot for a long while.',
      appUpdateUrl: 'Where people move the dots in the web app.',
    }),
    dots: t.field({ type: [HillChartDot], resolve: (hill) => hill.dots ?? [] }),
  }),
});

const TimelineEventData = builder.objectRef<Wire.TimelineEventData>('TimelineEventData').implement({
  description: 'When a scheduled event takes place, on schedule-entry timeline events.',
  fields: (t) => ({
    allDay: t.exposeBoolean('all_day'),
    startsAt: t.exposeString('starts_at', { nullable: true, description: 'A timestamp, or a bare date for all-day entries.' }),
    endsAt: t.exposeString('ends_at', { nullable: true, description: 'A timestamp, or a bare date for all-day entries.' }),
  }),
});

const TimelineAttachment = identifiedRef<Wire.TimelineAttachment>('TimelineAttachment', { nullable: true }).implement({
  description: 'A file attached to what a timeline event is about.',
  fields: (t) => ({
    basecampId: t.exposeID('id', { nullable: true }),
    type: t.expose('type', { type: RecordingType, nullable: true, description: '`UPLOAD` for uploaded files; absent for files inside rich text.' }),
    title: t.exposeString('title', { nullable: true }),
    filename: t.exposeString('filename', { nullable: true }),
    contentType: t.exposeString('content_type', { nullable: true }),
    byteSize: t.string({ nullable: true, description: 'Size in bytes, as a string: files can pass 2^31 bytes.', resolve: (file) => (file.byte_size == null ? null : String(file.byte_size)) }),
    width: t.exposeInt('width', { nullable: true }),
    height: t.exposeInt('height', { nullable: true }),
    downloadUrl: t.exposeString('download_url', { nullable: true }),
    appDownloadUrl: t.exposeString('app_download_url', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    appUrl: t.exposeString('app_url', { nullable: true }),
    previewUrl: t.exposeString('preview_url', { nullable: true }),
    thumbnailUrl: t.exposeString('thumbnail_url', { nullable: true }),
  }),
});

export const TimelineEvent = identifiedRef<TimelineEventRecord>('TimelineEvent').implement({
  description: 'Something that happened in a project, as the activity feed tells it. Basecamp serves events only in feeds, so they are not nodes.',
  fields: (t) => ({
    ...specFields(t, 'TimelineEvent', {
      basecampId: { nullable: false },
      createdAt: 'When it happened.',
      kind: 'What happened, e.g. `todo_created` or `message_created`; new kinds appear over time.',
      parentRecordingId: 'The Basecamp id of what it happened in (e.g. the to-do list of a new to-do).',
      url: 'REST URL of the recording it is about.',
      action: 'Who did what, as one line of text.',
      target: 'The name of what it happened in or to.',
      title: 'Action and target as one sentence.',
      summaryExcerpt: 'The start of the content, when there is some.',
      avatarsSample: 'Avatar URLs of the people in a chat summary.',
    }),
    creator: t.field({ type: Person, nullable: true, description: 'Who did it. Embedded in full: no extra call.', extensions: embedded(), resolve: (event) => event.creator ?? null }),
    bucket: t.field({ type: Project, nullable: true, description: 'The project it happened in.', resolve: (event) => event.bucket?.id ?? null }),
    data: t.expose('data', { type: TimelineEventData, nullable: true }),
    attachments: t.field({ type: [TimelineAttachment], resolve: (event) => event.attachments ?? [] }),
  }),
});

export const TimelineEventConnection = connectionOf(TimelineEvent);

const ProjectTodos = builder.objectRef<ProjectTodosRecord>('ProjectTodos').implement({
  description: 'One project\'s share of an account-wide to-do view.',
  fields: (t) => ({
    project: t.field({ type: Project, nullable: true, resolve: (group) => group.bucket.id }),
    projectName: t.string({ description: 'The project\'s name, known without loading it.', resolve: (group) => group.bucket.name }),
    todos: t.field({ type: [Todo], resolve: (group) => group.todos ?? [] }),
  }),
});
const ProjectTodosConnection = connectionOf(ProjectTodos);

const AssignedTodos = builder.objectRef<AssignedTodosRecord>('AssignedTodos').implement({
  description: 'Someone\'s pending to-dos across the account.',
  fields: (t) => ({
    person: t.field({ type: Person, extensions: embedded(), resolve: (report) => report.person }),
    groupedBy: t.exposeString('grouped_by', { description: '`bucket` (by project) or `date` (by due date).' }),
    todos: t.field({ type: [Todo], resolve: (report) => report.todos ?? [] }),
  }),
});

const OverdueTodos = builder.objectRef<OverdueTodosRecord>('OverdueTodos').implement({
  description: 'Overdue pending to-dos across the account, by how late they are.',
  fields: (t) => ({
    underAWeekLate: t.field({ type: [Todo], description: 'Due in the last 7 days.', resolve: (report) => report.under_a_week_late ?? [] }),
    overAWeekLate: t.field({ type: [Todo], description: 'Due 7 to 30 days ago.', resolve: (report) => report.over_a_week_late ?? [] }),
    overAMonthLate: t.field({ type: [Todo], description: 'Due 30 to 90 days ago.', resolve: (report) => report.over_a_month_late ?? [] }),
    overThreeMonthsLate: t.field({ type: [Todo], description: 'Due more than 90 days ago.', resolve: (report) => report.over_three_months_late ?? [] }),
  }),
});

const DueFilter = builder.enumType('TodoDueFilter', {
  description: 'Narrows an account-wide to-do view by due date.',
  values: {
    WITH: { value: 'with', description: 'Only to-dos with a due date.' },
    WITHOUT: { value: 'without', description: 'Only to-dos without one.' },
    OVERDUE: { value: 'overdue', description: 'Only to-dos past their due date.' },
  } as const,
});

const AssignedGrouping = builder.enumType('AssignedTodosGrouping', {
  description: 'How an assignment report orders its to-dos.',
  values: {
    BUCKET: { value: 'bucket', description: 'By project (the default).' },
    DATE: { value: 'date', description: 'By due date.' },
  } as const,
});

const FileKind = builder.enumType('FileKind', {
  description: 'Narrows the account-wide file list.',
  values: {
    IMAGES: { value: 'images' },
    PDFS: { value: 'pdfs' },
    DOCUMENTS: { value: 'documents', description: 'Documents and other non-media files.' },
    VIDEOS: { value: 'videos' },
  } as const,
});

/** The date window and person filter every timesheet read takes. */
const TIMESHEET_ARGS = {
  from: 'First day of the window; give `to` too.',
  to: 'Last day of the window; give `from` too.',
  personId: 'Only this person\'s time.',
} as const;

builder.objectFields(Project, (t) => ({
  timesheet: t.connection(
    {
      type: TimesheetEntry,
      nullable: true,
      description: 'All time logged in the project, on its items and on the project itself; null (NOT_FOUND) when time tracking is off.',
      extensions: uses('GetProjectTimesheet'),
      args: {
        from: t.arg({ type: 'Date', description: TIMESHEET_ARGS.from }),
        to: t.arg({ type: 'Date', description: TIMESHEET_ARGS.to }),
        personId: t.arg.id({ description: TIMESHEET_ARGS.personId }),
      },
      resolve: (project, args, ctx) => listProjectTimesheet(ctx, project.id, args),
    },
    TimesheetEntryConnection,
  ),
  timeline: t.connection(
    {
      type: TimelineEvent,
      nullable: true,
      description: 'What happened in the project, newest first.',
      extensions: uses('GetProjectTimeline'),
      resolve: (project, args, ctx) => listProjectTimeline(ctx, project.id, args),
    },
    TimelineEventConnection,
  ),
  gauge: t.field({
    type: Gauge,
    nullable: true,
    description: 'The project\'s progress gauge; null when it is turned off.',
    extensions: uses('ListGauges'),
    resolve: (project, _args, ctx) => projectGauge(ctx, project.id),
  }),
  gaugeNeedles: t.connection(
    {
      type: GaugeNeedle,
      nullable: true,
      description: 'Every reading of the project\'s gauge, newest first.',
      extensions: uses('ListGaugeNeedles'),
      resolve: (project, args, ctx) => listGaugeNeedles(ctx, project.id, args),
    },
    GaugeNeedleConnection,
  ),
}));

builder.interfaceField(Recording, 'timesheet', (t) =>
  t.connection(
    {
      type: TimesheetEntry,
      nullable: true,
      description: 'Time logged on this recording; null (NOT_FOUND) where time cannot be logged or tracking is off.',
      extensions: uses('GetRecordingTimesheet'),
      args: {
        from: t.arg({ type: 'Date', description: TIMESHEET_ARGS.from }),
        to: t.arg({ type: 'Date', description: TIMESHEET_ARGS.to }),
        personId: t.arg.id({ description: TIMESHEET_ARGS.personId }),
      },
      resolve: (recording, args, ctx) => listRecordingTimesheet(ctx, recording.id, args),
    },
    TimesheetEntryConnection,
  ),
);

builder.objectField(Todoset, 'hillChart', (t) =>
  t.field({
    type: HillChart,
    nullable: true,
    description: 'How far along each tracked list is.',
    extensions: uses('GetHillChart'),
    resolve: (todoset, _args, ctx) => fetchHillChart(ctx, todoset.id),
  }),
);

builder.objectField(Person, 'progress', (t) =>
  t.connection(
    {
      type: TimelineEvent,
      nullable: true,
      description: 'What this person did lately, newest first.',
      extensions: uses('GetPersonProgress'),
      resolve: (person, args, ctx) => listPersonProgress(ctx, person.id, args),
    },
    TimelineEventConnection,
  ),
);

const everythingArgs = {
  assigneeIds: { description: 'Only to-dos assigned to at least one of these people.' },
  due: { description: 'Only to-dos with, without or past a due date.' },
} as const;

builder.queryFields((t) => ({
  timesheetReport: t.field({
    type: [TimesheetEntry],
    nullable: true,
    description: 'Time logged across the account, newest day first; the last month unless `from` and `to` say otherwise. Not paginated by Basecamp.',
    extensions: uses('GetTimesheetReport'),
    args: {
      from: t.arg({ type: 'Date', description: TIMESHEET_ARGS.from }),
      to: t.arg({ type: 'Date', description: TIMESHEET_ARGS.to }),
      personId: t.arg.id({ description: TIMESHEET_ARGS.personId }),
      projectId: t.arg.id({ description: 'Only this project.' }),
    },
    resolve: (_root, args, ctx) => timesheetReport(ctx, args),
  }),
  progressReport: t.connection(
    {
      type: TimelineEvent,
      nullable: true,
      description: 'What happened lately across every project you can see, newest first.',
      extensions: uses('GetProgressReport'),
      resolve: (_root, args, ctx) => listProgress(ctx, args),
    },
    TimelineEventConnection,
  ),
  gauges: t.connection(
    {
      type: Gauge,
      nullable: true,
      description: 'Project gauges, riskiest first (red, yellow, green) then by project name.',
      extensions: uses('ListGauges'),
      args: { projectIds: t.arg.idList({ description: 'Only these projects, in this order.' }) },
      resolve: (_root, args, ctx) => listGauges(ctx, args),
    },
    GaugeConnection,
  ),
  hillChart: t.field({
    type: HillChart,
    nullable: true,
    description: 'A to-do set\'s hill chart.',
    extensions: uses('GetHillChart'),
    args: { todosetId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => fetchHillChart(ctx, toBasecampId(args.todosetId, ctx.accountId, ['Todoset'])),
  }),
  assignablePeople: t.field({
    type: [Person],
    nullable: true,
    description: 'Everyone to-dos can be assigned to, to pick whose assignments to look at.',
    extensions: uses('ListAssignablePeople'),
    resolve: (_root, _args, ctx) => listAssignablePeople(ctx),
  }),
  assignedTodos: t.field({
    type: AssignedTodos,
    nullable: true,
    description: 'A person\'s pending to-dos across the account.',
    extensions: uses('GetAssignedTodos'),
    args: { personId: t.arg.id({ required: true }), groupBy: t.arg({ type: AssignedGrouping }) },
    resolve: (_root, args, ctx) => assignedTodos(ctx, args.personId, args.groupBy),
  }),
  overdueTodosReport: t.field({
    type: OverdueTodos,
    nullable: true,
    description: 'Overdue to-dos across the account, grouped by lateness.',
    extensions: uses('GetOverdueTodos'),
    resolve: (_root, _args, ctx) => overdueTodosReport(ctx),
  }),
  overdueTodos: t.field({
    type: [Todo],
    nullable: true,
    description: 'Overdue pending to-dos across the account, most overdue first. Not paginated by Basecamp.',
    extensions: uses('GetEverythingOverdueTodos'),
    args: { assigneeIds: t.arg.idList(everythingArgs.assigneeIds), due: t.arg({ type: DueFilter, ...everythingArgs.due }) },
    resolve: (_root, args, ctx) => everythingOverdueTodos(ctx, args),
  }),
  ...Object.fromEntries(
    ([
      ['openTodos', 'open', 'GetEverythingOpenTodos', 'Pending to-dos across the account, grouped by project.'],
      ['completedTodos', 'completed', 'GetEverythingCompletedTodos', 'Completed to-dos across the account, grouped by project.'],
      ['unassignedTodos', 'unassigned', 'GetEverythingUnassignedTodos', 'Pending to-dos nobody is assigned to, grouped by project.'],
      ['noDueDateTodos', 'no_due_date', 'GetEverythingNoDueDateTodos', 'Pending to-dos without a due date, grouped by project.'],
    ] as const).map(([name, view, operation, description]) => [
      name,
      t.connection(
        {
          type: ProjectTodos,
          nullable: true,
          description,
          extensions: uses(operation),
          args: { assigneeIds: t.arg.idList(everythingArgs.assigneeIds), due: t.arg({ type: DueFilter, ...everythingArgs.due }) },
          resolve: (_root, args, ctx) => listEverythingTodos(ctx, view, args),
        },
        ProjectTodosConnection,
      ),
    ]),
  ),
  checkins: t.connection(
    {
      type: Recording,
      nullable: true,
      description: 'Every check-in answer you can see, newest first.',
      extensions: uses('GetEverythingCheckins'),
      resolve: (_root, args, ctx) => listEverythingCheckins(ctx, args) as never,
    },
    RecordingConnection,
  ),
  files: t.connection(
    {
      type: Recording,
      nullable: true,
      description: 'Every upload and document you can see, newest first.',
      extensions: uses('GetEverythingFiles'),
      args: { kind: t.arg({ type: FileKind }), creatorIds: t.arg.idList({ description: 'Only files these people added.' }) },
      resolve: (_root, args, ctx) => listEverythingFiles(ctx, args) as never,
    },
    RecordingConnection,
  ),
}));
