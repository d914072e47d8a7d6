import { isTrashed, visibleProjects } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { badRequest, notFound, unprocessable } from '../protocol/errors.ts';
import { noContent, ok, type Reply } from '../reply.ts';
import { del, get, post, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderAssignment } from '../shapes/personal.ts';
import type { Todo } from '../state/todos.ts';
import { personalOf, preferencesOf } from '../state/personal.ts';
import { addDays, findAnyRecording, localDate } from './personal-support.ts';

/**
 * My assignments (docs: my_assignments.md) and Up Next, the ordered priorities among them (spec:
 * PrioritizeAssignment, DeprioritizeAssignment, ReorderUpNext). Lists are whole, not paginated.
 */
export const myAssignments: Section = {
  docs: 'my_assignments',
  routes: withoutLegacyForm([
    get('/my/assignments.json', getAssignments),
    get('/my/assignments/completed.json', getCompletedAssignments),
    get('/my/assignments/due.json', getDueAssignments),
    post('/my/priorities.json', prioritize),
    del('/my/priorities/:recordingId.json', deprioritize),
    post('/my/priority_moves.json', reorderUpNext),
  ]),
};

export const DUE_SCOPES = ['overdue', 'due_today', 'due_tomorrow', 'due_later_this_week', 'due_next_week', 'due_later'] as const;

/** To-dos assigned to me in active projects I can see, themselves active; soonest due first. */
function assignedToMe(ctx: RequestContext): Todo[] {
  const projects = new Set(visibleProjects(ctx.state, ctx.me).filter((project) => project.status === 'active').map((project) => project.id));
  const found: Todo[] = [];
  for (const recording of ctx.state.recordings.values()) {
    if (recording.type !== 'Todo' || !recording.assigneeIds.includes(ctx.me.id) || !projects.has(recording.bucketId)) continue;
    if (recording.status !== 'active' || isTrashed(ctx.state, recording)) continue;
    if (ctx.me.client && !recording.visibleToClients) continue;
    found.push(recording);
  }
  return found.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.createdAt - b.createdAt);
}

/** The newest change to anything these lists show, so writes move Last-Modified. */
function newest(ctx: RequestContext, todos: Todo[]): number {
  return todos.reduce((at, todo) => Math.max(at, todo.updatedAt), Math.max(personalOf(ctx.state).updatedAt, ctx.state.account.updatedAt));
}

function upNext(ctx: RequestContext): string[] {
  const personal = personalOf(ctx.state);
  let list = personal.priorities.get(ctx.me.id);
  if (!list) {
    list = [];
    personal.priorities.set(ctx.me.id, list);
  }
  return list;
}

function getAssignments(ctx: RequestContext): Reply {
  const pending = assignedToMe(ctx).filter((todo) => todo.completion === null);
  const byId = new Map(pending.map((todo) => [todo.id, todo]));
  const priorityIds = upNext(ctx).filter((id) => byId.has(id));
  const priorities = priorityIds.map((id) => byId.get(id)).filter((todo): todo is Todo => todo !== undefined);
  const rest = pending.filter((todo) => !priorityIds.includes(todo.id));
  return ok(
    {
      priorities: priorities.map((todo) => renderAssignment(ctx, todo, true)),
      non_priorities: rest.map((todo) => renderAssignment(ctx, todo, false)),
    },
    newest(ctx, pending),
  );
}

/** Completed ones, most recently completed first. */
function getCompletedAssignments(ctx: RequestContext): Reply {
  const done = assignedToMe(ctx)
    .filter((todo) => todo.completion !== null)
    .sort((a, b) => (b.completion?.createdAt ?? 0) - (a.completion?.createdAt ?? 0));
  return ok(done.map((todo) => renderAssignment(ctx, todo, false)), newest(ctx, done));
}

/**
 * Pending assignments by due-date scope, in my time zone and with my first week day; `overdue`
 * by default, 400 for an unknown scope (docs: "Get due assignments").
 */
function getDueAssignments(ctx: RequestContext): Reply {
  const scope = ctx.query.get('scope') ?? 'overdue';
  if (!(DUE_SCOPES as readonly string[]).includes(scope)) {
    throw badRequest(`Invalid scope '${scope}'. Valid options: ${DUE_SCOPES.join(', ')}`);
  }
  const today = localDate(ctx.now(), ctx.me.timeZone);
  const weekStart = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].indexOf(preferencesOf(personalOf(ctx.state), ctx.me.id).firstWeekDay);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const endOfWeek = addDays(today, 6 - ((weekday - weekStart + 7) % 7));
  const endOfNextWeek = addDays(endOfWeek, 7);
  const tomorrow = addDays(today, 1);
  const inScope = (due: string): boolean => {
    switch (scope) {
      case 'overdue':
        return due < today;
      case 'due_today':
        return due === today;
      case 'due_tomorrow':
        return due === tomorrow;
      case 'due_later_this_week':
        return due > tomorrow && due <= endOfWeek;
      case 'due_next_week':
        return due > endOfWeek && due <= endOfNextWeek && due > tomorrow;
      default:
        return due > endOfNextWeek && due > tomorrow;
    }
  };
  const due = assignedToMe(ctx).filter((todo) => todo.completion === null && todo.dueOn !== null && inScope(todo.dueOn));
  return ok(due.map((todo) => renderAssignment(ctx, todo, false)), newest(ctx, due));
}

/** An assignment of mine that can carry a priority; 404 for anything else. */
function findAssignment(ctx: RequestContext, id: string): Todo {
  const recording = findAnyRecording(ctx, id);
  if (recording.type !== 'Todo' || !recording.assigneeIds.includes(ctx.me.id)) throw notFound();
  return recording;
}

function bodyId(ctx: RequestContext, key: string): string {
  const value = ctx.body[key];
  const id = typeof value === 'number' ? String(value) : value;
  if (typeof id !== 'string' || !/^\d+$/.test(id)) throw badRequest(`${key} is required`);
  return id;
}

/** Idempotent: an item already in Up Next stays where it is. */
function prioritize(ctx: RequestContext): Reply {
  const todo = findAssignment(ctx, bodyId(ctx, 'id'));
  const list = upNext(ctx);
  if (!list.includes(todo.id)) {
    list.push(todo.id);
    touchPersonal(ctx);
  }
  return noContent();
}

/** Idempotent: removing an absent priority is a 204 too. */
function deprioritize(ctx: RequestContext): Reply {
  const recording = findAnyRecording(ctx, param(ctx, 'recordingId'));
  const list = upNext(ctx);
  const index = list.indexOf(recording.id);
  if (index >= 0) {
    list.splice(index, 1);
    touchPersonal(ctx);
  }
  return noContent();
}

/** 400 without an integer position; 422 for an item not in Up Next or a position past its end. */
function reorderUpNext(ctx: RequestContext): Reply {
  const position = ctx.body.position;
  if (typeof position !== 'number' || !Number.isInteger(position)) throw badRequest('position must be an integer');
  const recording = findAnyRecording(ctx, bodyId(ctx, 'source_id'));
  const list = upNext(ctx);
  const index = list.indexOf(recording.id);
  if (index < 0) throw unprocessable('That recording is not in Up Next');
  if (position < 1 || position > list.length) throw unprocessable(`Position must be between 1 and ${list.length}`);
  list.splice(index, 1);
  list.splice(position - 1, 0, recording.id);
  touchPersonal(ctx);
  return noContent();
}

function touchPersonal(ctx: RequestContext): void {
  const personal = personalOf(ctx.state);
  personal.updatedAt = Math.max(ctx.now(), personal.updatedAt);
}
