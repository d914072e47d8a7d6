import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { checkPosition } from './input.ts';
import { anyRecordingId } from './recordings.ts';

/** What is assigned to the current person, and their Up Next. */

/** An assignment as the spec has it; `children` are the same shape (card steps). */
export type AssignmentRecord = Wire.MyAssignment;

export type DueScope = 'overdue' | 'due_today' | 'due_tomorrow' | 'due_later_this_week' | 'due_next_week' | 'due_later';

export function fetchMyAssignments(ctx: Context) {
  return call(ctx, 'GetMyAssignments', {});
}

export function fetchMyCompletedAssignments(ctx: Context) {
  return call(ctx, 'GetMyCompletedAssignments', {});
}

/** `overdue` is Basecamp's default, so it is not sent. */
export function fetchMyDueAssignments(ctx: Context, scope: DueScope | null | undefined) {
  return call(ctx, 'GetMyDueAssignments', {}, { query: { scope: scope && scope !== 'overdue' ? scope : undefined } });
}

/** The Basecamp type of an assignment's parent, by the assignment's own kind (cards sit in columns). */
export function assignmentParentType(assignment: AssignmentRecord): string | undefined {
  return ({ todo: 'Todolist', kanban_card: 'Kanban::Column', card: 'Kanban::Column' } as Record<string, string>)[assignment.type ?? ''];
}

/** The Basecamp type of the recording behind an assignment. */
export function assignmentRecordingType(assignment: AssignmentRecord): string | undefined {
  return ({ todo: 'Todo', kanban_card: 'Kanban::Card', card: 'Kanban::Card', kanban_step: 'Kanban::Step' } as Record<string, string>)[assignment.type ?? ''];
}

/** `POST /my/priorities.json` (204, idempotent); answers the assignments as they are now. */
export async function prioritizeAssignment(ctx: Context, recordingId: string) {
  await call(ctx, 'PrioritizeAssignment', {}, { body: { id: anyRecordingId(ctx, recordingId, 'recordingId') } });
  return fetchMyAssignments(ctx);
}

/** `DELETE /my/priorities/{id}.json` (204, idempotent). */
export async function deprioritizeAssignment(ctx: Context, recordingId: string) {
  await call(ctx, 'DeprioritizeAssignment', { recordingId: anyRecordingId(ctx, recordingId, 'recordingId') });
  return fetchMyAssignments(ctx);
}

/** `POST /my/priority_moves.json` (204): positions count from 1. */
export async function reorderUpNext(ctx: Context, input: { recordingId: string; position: number }) {
  const position = checkPosition(input.position);
  await call(ctx, 'ReorderUpNext', {}, { body: { source_id: anyRecordingId(ctx, input.recordingId, 'recordingId'), position } });
  return fetchMyAssignments(ctx);
}
