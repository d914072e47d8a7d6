import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { paginate, type ConnectionArgs } from './connection.ts';
import { toBasecampId } from './global-id.ts';
import { personIds } from './input.ts';
import type { TodoRecord } from './todos.ts';

/** To-dos across the account: by state, overdue, or assigned to one person. */

export function listAssignablePeople(ctx: Context) {
  return call(ctx, 'ListAssignablePeople', {});
}

export interface AssignedTodosRecord {
  person: Wire.Person;
  grouped_by: string;
  todos: TodoRecord[];
}

export function assignedTodos(ctx: Context, personId: string, groupBy: 'bucket' | 'date' | null | undefined) {
  const id = toBasecampId(personId, ctx.accountId, ['Person']);
  return call(ctx, 'GetAssignedTodos', { personId: id }, { query: { group_by: groupBy === 'date' ? 'date' : undefined } }) as Promise<AssignedTodosRecord>;
}

export type OverdueTodosRecord = Record<'under_a_week_late' | 'over_a_week_late' | 'over_a_month_late' | 'over_three_months_late', TodoRecord[] | undefined>;

export function overdueTodosReport(ctx: Context) {
  return call(ctx, 'GetOverdueTodos', {}) as Promise<OverdueTodosRecord>;
}

export type EverythingView = 'open' | 'completed' | 'unassigned' | 'no_due_date';
export type DueFilter = 'with' | 'without' | 'overdue';
export interface EverythingFilter {
  assigneeIds?: readonly string[] | null;
  due?: DueFilter | null;
}

export interface ProjectTodosRecord {
  bucket: { id: BasecampId; name: string; type: string };
  todos: TodoRecord[];
}

const EVERYTHING_TODOS = {
  open: 'GetEverythingOpenTodos',
  completed: 'GetEverythingCompletedTodos',
  unassigned: 'GetEverythingUnassignedTodos',
  no_due_date: 'GetEverythingNoDueDateTodos',
} as const;

/** `assignee_ids[]` repeats once per person. */
function everythingQuery(ctx: Context, filter: EverythingFilter) {
  return { 'assignee_ids[]': personIds(ctx, filter.assigneeIds), due: filter.due ?? undefined };
}

/** `GET /todos/{open,completed,unassigned,no_due_date}.json`: one group per project, paginated. */
export function listEverythingTodos(ctx: Context, view: EverythingView, args: ConnectionArgs & EverythingFilter) {
  return paginate<(typeof EVERYTHING_TODOS)[EverythingView], ProjectTodosRecord>(ctx, EVERYTHING_TODOS[view], {}, everythingQuery(ctx, args), args);
}

/** `GET /todos/overdue.json`: a flat list, not paginated. */
export function everythingOverdueTodos(ctx: Context, filter: EverythingFilter) {
  return call(ctx, 'GetEverythingOverdueTodos', {}, { query: everythingQuery(ctx, filter) });
}
