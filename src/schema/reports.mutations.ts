import { encodeGlobalId } from '../resolvers/global-id.ts';
import {
  createGaugeNeedle,
  createTimesheetEntry,
  createTodosetTodo,
  deleteGaugeNeedle,
  deleteTimesheetEntry,
  repositionTodolist,
  toggleGauge,
  updateGaugeNeedle,
  updateHillChartSettings,
  updateTimesheetEntry,
} from '../resolvers/reports.ts';
import { builder } from './builder.ts';
import { mutation } from './mutation.ts';
import { Project } from './projects.ts';
import { GaugeNeedle, HillChart, TimesheetEntry } from './reports.ts';
import { Todo, Todolist, Todoset } from './todos.ts';

const NeedleColorInput = builder.enumType('GaugeNeedleColorInput', {
  description: 'The colour of a new gauge reading.',
  values: { GREEN: { value: 'green' }, YELLOW: { value: 'yellow' }, RED: { value: 'red' } } as const,
});

const NeedleNotify = builder.enumType('GaugeNeedleNotify', {
  description: 'Who hears about a new gauge reading.',
  values: {
    EVERYONE: { value: 'everyone', description: 'Everyone on the project.' },
    WORKING_ON: { value: 'working_on', description: 'The people actively working on it.' },
    CUSTOM: { value: 'custom', description: 'Only `subscriberIds`.' },
  } as const,
});

mutation('createTimesheetEntry', {
  description: 'Logs time on a recording or on a project.',
  uses: ['CreateTimesheetEntry'],
  input: (t) => ({
    recordingId: t.id({ required: true, description: 'The to-do, message, card… the time was spent on, or the project\'s own timesheet.' }),
    date: t.field({ type: 'Date', required: true, description: 'The day the time was spent.' }),
    hours: t.string({ required: true, description: 'Decimal (`"1.5"`) or hours and minutes (`"1:30"`).' }),
    description: t.string({ description: 'A note on the work done.' }),
    personId: t.id({ description: 'Whose time it is; you by default. Must be on the project and not a client.' }),
  }),
  resolve: (input, ctx) => createTimesheetEntry(ctx, input),
  payload: { timesheetEntry: TimesheetEntry },
});

mutation('updateTimesheetEntry', {
  description: 'Edits a timesheet entry, changing only the fields given.',
  uses: ['UpdateTimesheetEntry'],
  inputDescription: 'Changes to a timesheet entry: fields left out keep their value.',
  input: (t) => ({
    id: t.id({ required: true }),
    date: t.field({ type: 'Date' }),
    hours: t.string({ description: 'Decimal (`"1.5"`) or hours and minutes (`"1:30"`).' }),
    description: t.string({ description: 'An explicit null clears it.' }),
    personId: t.id(),
  }),
  resolve: (input, ctx) => updateTimesheetEntry(ctx, input),
  payload: { timesheetEntry: TimesheetEntry },
});

mutation('deleteTimesheetEntry', {
  description: 'Deletes a timesheet entry for good (entries have no trash).',
  uses: ['DestroyTimesheetEntry'],
  input: (t) => ({ id: t.id({ required: true }) }),
  resolve: (input, ctx) => deleteTimesheetEntry(ctx, input.id),
  payload: (t) => ({
    deletedId: t.id({ description: 'The global id of the deleted entry, for client caches.', resolve: (id, _args, ctx) => encodeGlobalId('TimesheetEntry', ctx.accountId, id) }),
  }),
});

mutation('createGaugeNeedle', {
  description: 'Records a new reading of a project\'s gauge.',
  uses: ['CreateGaugeNeedle'],
  input: (t) => ({
    projectId: t.id({ required: true }),
    position: t.int({ required: true, description: 'Where the needle points, 0 to 100.' }),
    color: t.field({ type: NeedleColorInput, description: 'Green unless given.' }),
    description: t.string({ description: 'What moved the needle, rich text (HTML).' }),
    notify: t.field({ type: NeedleNotify, description: 'Nobody is notified unless given.' }),
    subscriberIds: t.idList({ description: 'Who to notify, with `notify: CUSTOM` only.' }),
  }),
  resolve: (input, ctx) => createGaugeNeedle(ctx, input),
  payload: { gaugeNeedle: GaugeNeedle },
});

mutation('updateGaugeNeedle', {
  description: 'Rewrites the note of a gauge reading.',
  uses: ['UpdateGaugeNeedle'],
  input: (t) => ({
    id: t.id({ required: true }),
    description: t.string({ description: 'The new note, rich text (HTML); null clears it. Position and colour never change.' }),
  }),
  resolve: (input, ctx) => updateGaugeNeedle(ctx, input),
  payload: { gaugeNeedle: GaugeNeedle },
});

mutation('deleteGaugeNeedle', {
  description: 'Removes a gauge reading; the gauge falls back to the one before.',
  uses: ['DestroyGaugeNeedle'],
  input: (t) => ({ id: t.id({ required: true }) }),
  resolve: (input, ctx) => deleteGaugeNeedle(ctx, input.id),
  payload: (t) => ({
    deletedId: t.id({ description: 'The global id of the deleted reading, for client caches.', resolve: (id, _args, ctx) => encodeGlobalId('GaugeNeedle', ctx.accountId, id) }),
  }),
});

mutation('toggleGauge', {
  description: 'Turns a project\'s gauge on or off (project admins only).',
  uses: ['ToggleGauge', 'GetProject'],
  input: (t) => ({
    projectId: t.id({ required: true }),
    enabled: t.boolean({ required: true, description: 'Show the gauge, or hide it.' }),
  }),
  resolve: (input, ctx) => toggleGauge(ctx, input),
  payload: (t) => ({ project: t.field({ type: Project, nullable: true, description: 'The project, read back.', resolve: (id) => id }) }),
});

mutation('updateHillChartSettings', {
  description: 'Chooses which to-do lists a hill chart tracks; tracking the first turns it on, untracking the last turns it off.',
  uses: ['UpdateHillChartSettings'],
  input: (t) => ({
    todosetId: t.id({ required: true }),
    trackedIds: t.idList({ description: 'To-do lists to put on the hill.' }),
    untrackedIds: t.idList({ description: 'To-do lists to take off it.' }),
  }),
  resolve: (input, ctx) => updateHillChartSettings(ctx, input),
  payload: { hillChart: HillChart },
});

mutation('createTodosetTodo', {
  description: 'Adds a to-do straight to a to-do set, outside any list.',
  uses: ['CreateTodosetTodo', 'GetTodoset'],
  input: (t) => ({
    todosetId: t.id({ required: true }),
    projectId: t.id({ description: 'The to-do set\'s project; read from the to-do set when left out.' }),
    content: t.string({ required: true, description: 'What needs doing.' }),
    description: t.string({ description: 'Notes, as rich text (HTML).' }),
    assigneeIds: t.idList(),
    completionSubscriberIds: t.idList(),
    notify: t.boolean({ description: 'Notify the assignees that they were assigned.' }),
    dueOn: t.field({ type: 'Date' }),
    startsOn: t.field({ type: 'Date' }),
  }),
  resolve: (input, ctx) => createTodosetTodo(ctx, input),
  payload: { todo: Todo },
  parent: { todoset: Todoset },
});

mutation('repositionTodolist', {
  description: 'Moves a to-do list within its to-do set.',
  uses: ['RepositionTodolist', 'GetTodolistOrGroup'],
  input: (t) => ({
    id: t.id({ required: true }),
    position: t.int({ required: true, description: 'The new position among the set\'s lists, counting from 1.' }),
  }),
  resolve: (input, ctx) => repositionTodolist(ctx, input),
  payload: { todolist: Todolist },
  parent: { todoset: Todoset },
});
