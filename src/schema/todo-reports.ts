import {
  assignedTodos,
  everythingOverdueTodos,
  listAssignablePeople,
  listEverythingTodos,
  overdueTodosReport,
  type AssignedTodosRecord,
  type OverdueTodosRecord,
  type ProjectTodosRecord,
} from '../resolvers/todo-reports.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { calls, uses } from './coverage.ts';
import { enumOf } from './enums.ts';
import { connectionOf } from './nodes.ts';
import { Person } from './people.ts';
import { Project } from './projects.ts';
import { Todo } from './todos.ts';

/** To-dos across the account: open, completed, unassigned, undated, overdue, or one person's. */

const ProjectTodos = builder.objectRef<ProjectTodosRecord>('ProjectTodos').implement({
  description: 'One project\'s share of an account-wide to-do view.',
  fields: (t) => ({
    project: t.field({ type: Project, nullable: true, resolve: (group) => group.bucket.id }),
    projectName: t.string({ description: 'The project\'s name, known without loading it.', resolve: (group) => group.bucket.name }),
    todos: t.field({ type: [Todo], extensions: embedded(), resolve: (group) => group.todos ?? [] }),
  }),
});
const ProjectTodosConnection = connectionOf(ProjectTodos);

const AssignedTodos = builder.objectRef<AssignedTodosRecord>('AssignedTodos').implement({
  description: 'Someone\'s pending to-dos across the account.',
  fields: (t) => ({
    person: t.expose('person', { type: Person, extensions: embedded() }),
    groupedBy: t.exposeString('grouped_by', { description: '`bucket` (by project) or `date` (by due date).' }),
    todos: t.field({ type: [Todo], extensions: embedded(), resolve: (report) => report.todos ?? [] }),
  }),
});

const OverdueTodos = builder.objectRef<OverdueTodosRecord>('OverdueTodos').implement({
  description: 'Overdue pending to-dos across the account, by how late they are.',
  fields: (t) => ({
    underAWeekLate: t.field({ type: [Todo], description: 'Due in the last 7 days.', extensions: embedded(), resolve: (report) => report.under_a_week_late ?? [] }),
    overAWeekLate: t.field({ type: [Todo], description: 'Due 7 to 30 days ago.', extensions: embedded(), resolve: (report) => report.over_a_week_late ?? [] }),
    overAMonthLate: t.field({ type: [Todo], description: 'Due 30 to 90 days ago.', extensions: embedded(), resolve: (report) => report.over_a_month_late ?? [] }),
    overThreeMonthsLate: t.field({ type: [Todo], description: 'Due more than 90 days ago.', extensions: embedded(), resolve: (report) => report.over_three_months_late ?? [] }),
  }),
});

const DueFilter = enumOf('TodoDueFilter', 'Narrows an account-wide to-do view by due date.', {
  WITH: ['with', 'Only to-dos with a due date.'],
  WITHOUT: ['without', 'Only to-dos without one.'],
  OVERDUE: ['overdue', 'Only to-dos past their due date.'],
});

const AssignedGrouping = enumOf('AssignedTodosGrouping', 'How an assignment report orders its to-dos.', {
  BUCKET: ['bucket', 'By project (the default).'],
  DATE: ['date', 'By due date.'],
});

/** The filters every account-wide to-do view takes. */
const everythingArgs = builder.args((t) => ({
  assigneeIds: t.idList({ description: 'Only to-dos assigned to at least one of these people.' }),
  due: t.field({ type: DueFilter, description: 'Only to-dos with, without or past a due date.' }),
}));

builder.queryFields((t) => ({
  assignablePeople: t.field({
    type: [Person],
    ...calls('ListAssignablePeople'),
    description: 'Everyone to-dos can be assigned to, to pick whose assignments to look at.',
    resolve: (_root, _args, ctx) => listAssignablePeople(ctx),
  }),
  assignedTodos: t.field({
    type: AssignedTodos,
    ...calls('GetAssignedTodos'),
    description: 'A person\'s pending to-dos across the account.',
    args: { personId: t.arg.id({ required: true }), groupBy: t.arg({ type: AssignedGrouping }) },
    resolve: (_root, args, ctx) => assignedTodos(ctx, args.personId, args.groupBy),
  }),
  overdueTodosReport: t.field({
    type: OverdueTodos,
    ...calls('GetOverdueTodos'),
    description: 'Overdue to-dos across the account, grouped by lateness.',
    resolve: (_root, _args, ctx) => overdueTodosReport(ctx),
  }),
  overdueTodos: t.field({
    type: [Todo],
    ...calls('GetEverythingOverdueTodos'),
    description: 'Overdue pending to-dos across the account, most overdue first. Not paginated by Basecamp.',
    args: everythingArgs,
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
          args: everythingArgs,
          resolve: (_root, args, ctx) => listEverythingTodos(ctx, view, args),
        },
        ProjectTodosConnection,
      ),
    ]),
  ),
}));
