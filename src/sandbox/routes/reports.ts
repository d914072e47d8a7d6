import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { notFound } from '../protocol/errors.ts';
import { ok, type Reply } from '../reply.ts';
import { get, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderPerson } from '../shapes/person.ts';
import { renderTodo } from '../shapes/todo.ts';
import type { Person } from '../state/records.ts';
import type { Todo } from '../state/todos.ts';
import { byCreation, daysLate, liveTodos, openProjects, today } from './report-helpers.ts';

/** To-do reports (docs: reports.md). None of them is paginated. */
export const reports: Section = {
  docs: 'reports',
  routes: withoutLegacyForm([
    get('/reports/todos/assigned.json', assignablePeople),
    get('/reports/todos/assigned/:personId.json', assignedTodos),
    get('/reports/todos/overdue.json', overdueTodos),
  ]),
};

/** People on the projects the caller sees: everyone a to-do could be assigned to, by name. */
function assignees(ctx: RequestContext): Person[] {
  const ids = new Set([...openProjects(ctx).values()].flatMap((project) => project.memberIds));
  return [...ids]
    .map((id) => ctx.state.people.get(id))
    .filter((person): person is Person => person !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
}

function lastModifiedOf(todos: readonly Todo[], people: readonly Person[]): number {
  let newest = 0;
  for (const item of [...todos, ...people]) newest = Math.max(newest, item.updatedAt);
  return newest;
}

function assignablePeople(ctx: RequestContext): Reply {
  const people = assignees(ctx);
  return ok(people.map((person) => renderPerson(ctx, person)), Math.max(ctx.state.account.updatedAt, lastModifiedOf([], people)));
}

/**
 * Pending to-dos assigned to one person; `group_by=date` orders them by due date (undated
 * last), the default `bucket` by project, then list order (docs: reports.md).
 */
function assignedTodos(ctx: RequestContext): Reply {
  const person = assignees(ctx).find((candidate) => candidate.id === param(ctx, 'personId'));
  if (!person) throw notFound();
  const groupedBy = ctx.query.get('group_by') === 'date' ? 'date' : 'bucket';
  const found = liveTodos(ctx).filter(({ todo }) => todo.completion === null && todo.assigneeIds.includes(person.id));
  found.sort((a, b) =>
    groupedBy === 'date'
      ? (a.todo.dueOn ?? '9999').localeCompare(b.todo.dueOn ?? '9999') || byCreation(a.todo, b.todo)
      : a.project.name.localeCompare(b.project.name) || byCreation(a.todo, b.todo),
  );
  const todos = found.map(({ todo }) => todo);
  return ok(
    { person: renderPerson(ctx, person), grouped_by: groupedBy, todos: todos.map((todo) => renderTodo(ctx, todo)) },
    lastModifiedOf(todos, [person]),
  );
}

/** Overdue pending to-dos in four buckets of lateness (docs: reports.md, "Get overdue to-dos"). */
function overdueTodos(ctx: RequestContext): Reply {
  const day = today(ctx);
  const groups: Record<'under_a_week_late' | 'over_a_week_late' | 'over_a_month_late' | 'over_three_months_late', Todo[]> = {
    under_a_week_late: [],
    over_a_week_late: [],
    over_a_month_late: [],
    over_three_months_late: [],
  };
  const overdue = liveTodos(ctx)
    .map(({ todo }) => todo)
    .filter((todo) => todo.completion === null && todo.dueOn !== null && todo.dueOn < day)
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || byCreation(a, b));
  for (const todo of overdue) {
    const late = daysLate(todo.dueOn ?? day, day);
    const group = late < 7 ? 'under_a_week_late' : late < 30 ? 'over_a_week_late' : late < 90 ? 'over_a_month_late' : 'over_three_months_late';
    groups[group].push(todo);
  }
  const body = Object.fromEntries(Object.entries(groups).map(([key, todos]) => [key, todos.map((todo) => renderTodo(ctx, todo))]));
  return ok(body, lastModifiedOf(overdue, []));
}
