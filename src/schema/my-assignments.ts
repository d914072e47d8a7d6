import type * as Wire from '../client/wire-types.ts';
import {
  assignmentParentType,
  assignmentRecordingType,
  deprioritizeAssignment,
  fetchMyAssignments,
  fetchMyCompletedAssignments,
  fetchMyDueAssignments,
  prioritizeAssignment,
  reorderUpNext,
  type AssignmentRecord,
} from '../resolvers/my-assignments.ts';
import { builder } from './builder.ts';
import { calls } from './coverage.ts';
import { enumOf } from './enums.ts';
import { specFields } from './fields.ts';
import { mutation } from './mutation.ts';
import { identifiedRef } from './nodes.ts';
import { Person } from './people.ts';
import { Project } from './projects.ts';
import { loadRecording } from './recording-types.ts';
import { Recording, type RecordingShape } from './recording.ts';

/** What is assigned to the current person: open, completed and due assignments, and Up Next. */

export const Assignment = identifiedRef<AssignmentRecord>('Assignment');

Assignment.implement({
  description: 'Something assigned to the current person, as their assignment lists show it (a to-do, or a card with its steps).',
  fields: (t) => ({
    ...specFields(t, 'MyAssignment', {
      basecampId: 'The Basecamp id of the assigned recording.',
      appUrl: 'Where it lives in the web app.',
      content: 'The to-do or card text.',
      startsOn: 'When work on it starts.',
      dueOn: 'When it is due.',
      type: 'The kind of assignment, e.g. `TODO`.',
      hasDescription: 'Whether it carries notes beyond its text.',
      priorityRecordingId: 'On Up Next items: the id that carries the priority (what `deprioritizeAssignment` takes).',
      children: { type: [Assignment], description: 'Nested assignments, such as the steps of a card.' },
    }),
    bucket: t.field({ type: Project, nullable: true, description: 'The project it belongs to.', resolve: (assignment) => assignment.bucket?.id ?? null }),
    parent: t.field({
      type: Recording,
      nullable: true,
      description: 'What it sits in: a to-do\'s list, a card\'s column.',
      resolve: (assignment, _args, ctx) => loadRecording<RecordingShape>(ctx, { id: assignment.parent?.id, type: assignmentParentType(assignment) }),
    }),
    recording: t.field({
      type: Recording,
      nullable: true,
      description: 'The assigned recording itself, in full.',
      resolve: (assignment, _args, ctx) => loadRecording<RecordingShape>(ctx, { id: assignment.id, type: assignmentRecordingType(assignment) }),
    }),
    assignees: t.field({ type: [Person], description: 'Everyone it is assigned to.', resolve: (assignment) => (assignment.assignees ?? []).map((person) => person.id) }),
  }),
});

export const MyAssignments = builder.objectRef<Wire.GetMyAssignmentsResponseContent>('MyAssignments').implement({
  description: 'The current person\'s open assignments, split into Up Next and the rest.',
  fields: (t) => ({
    priorities: t.field({ type: [Assignment], description: 'Up Next, in the person\'s own order.', resolve: (all) => all.priorities ?? [] }),
    nonPriorities: t.field({ type: [Assignment], description: 'Everything else still open.', resolve: (all) => all.non_priorities ?? [] }),
  }),
});

const DueScope = enumOf('DueScope', 'A window of due dates, in the current person\'s time zone and week.', {
  OVERDUE: ['overdue', 'Due before today.'],
  DUE_TODAY: ['due_today', 'Due today.'],
  DUE_TOMORROW: ['due_tomorrow', 'Due tomorrow.'],
  DUE_LATER_THIS_WEEK: ['due_later_this_week', 'Due after tomorrow but this week.'],
  DUE_NEXT_WEEK: ['due_next_week', 'Due next week.'],
  DUE_LATER: ['due_later', 'Due after next week.'],
});

builder.queryFields((t) => ({
  myAssignments: t.field({
    type: MyAssignments,
    ...calls('GetMyAssignments'),
    description: 'What is assigned to the current person and still open.',
    resolve: (_root, _args, ctx) => fetchMyAssignments(ctx),
  }),
  myCompletedAssignments: t.field({
    type: [Assignment],
    ...calls('GetMyCompletedAssignments'),
    description: 'The current person\'s completed assignments (archived and trashed ones left out).',
    resolve: (_root, _args, ctx) => fetchMyCompletedAssignments(ctx),
  }),
  myDueAssignments: t.field({
    type: [Assignment],
    ...calls('GetMyDueAssignments'),
    description: 'The current person\'s open assignments due in a window.',
    args: { scope: t.arg({ type: DueScope, description: 'Defaults to overdue.' }) },
    resolve: (_root, args, ctx) => fetchMyDueAssignments(ctx, args.scope),
  }),
}));

// Every Up Next write answers the assignments as they are now.
const upNext = { myAssignments: { type: MyAssignments, description: 'The current person\'s open assignments, Up Next included, as they are now.' } };

mutation('prioritizeAssignment', {
  description: 'Adds one of the current person\'s assignments to the end of Up Next (a no-op when it is there).',
  uses: ['PrioritizeAssignment', 'GetMyAssignments'],
  input: (t) => ({ recordingId: t.id({ required: true, description: 'The assignment (its recording id, or `priorityRecordingId` for a card step).' }) }),
  resolve: (input, ctx) => prioritizeAssignment(ctx, input.recordingId),
  payload: upNext,
});

mutation('deprioritizeAssignment', {
  description: 'Takes an assignment off Up Next (a no-op when it is not there).',
  uses: ['DeprioritizeAssignment', 'GetMyAssignments'],
  input: (t) => ({ recordingId: t.id({ required: true, description: 'The `priorityRecordingId` of the Up Next item.' }) }),
  resolve: (input, ctx) => deprioritizeAssignment(ctx, input.recordingId),
  payload: upNext,
});

mutation('reorderUpNext', {
  description: 'Moves an Up Next item to another position.',
  uses: ['ReorderUpNext', 'GetMyAssignments'],
  input: (t) => ({
    recordingId: t.id({ required: true, description: 'An item already in Up Next.' }),
    position: t.int({ required: true, description: 'Where to put it, counting from 1.' }),
  }),
  resolve: (input, ctx) => reorderUpNext(ctx, input),
  payload: upNext,
});
