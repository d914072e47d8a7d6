import { canSeeProject, isVisibleTo } from '../access/visibility.ts';
import { param, type RequestContext } from '../context.ts';
import { notFound } from '../protocol/errors.ts';
import type { Handler } from '../router.ts';
import type { Project } from '../state/records.ts';
import type { Recording } from '../state/index.ts';
import type { Todo } from '../state/todos.ts';

/**
 * Account-wide views shared by the reports family's sections: what the caller can see across
 * every active project, with archived or trashed ancestors hiding their contents.
 */

/** Active, visible projects of the account, keyed by id. */
export function openProjects(ctx: RequestContext): Map<string, Project> {
  const out = new Map<string, Project>();
  for (const project of ctx.state.projects.values()) {
    if (project.status === 'active' && canSeeProject(ctx.me, project)) out.set(project.id, project);
  }
  return out;
}

/** True when the recording and all its ancestors are active. */
export function isLive(ctx: RequestContext, recording: Recording): boolean {
  for (let current: Recording | undefined = recording; current; ) {
    if (current.status !== 'active') return false;
    current = current.parentId === null ? undefined : ctx.state.recordings.get(current.parentId);
  }
  return true;
}

/** Every live recording the caller may see in an open project, optionally of some types only. */
export function liveRecordings(ctx: RequestContext, types?: readonly string[]): { recording: Recording; project: Project }[] {
  const projects = openProjects(ctx);
  const out: { recording: Recording; project: Project }[] = [];
  for (const recording of ctx.state.recordings.values()) {
    if (types && !types.includes(recording.type)) continue;
    const project = projects.get(recording.bucketId);
    if (project && isVisibleTo(ctx.me, recording) && isLive(ctx, recording)) out.push({ recording, project });
  }
  return out;
}

/** Live to-dos the caller can see, across open projects. */
export function liveTodos(ctx: RequestContext): { todo: Todo; project: Project }[] {
  return liveRecordings(ctx, ['Todo']).map(({ recording, project }) => ({ todo: recording as Todo, project }));
}

/** The sandbox's today, `YYYY-MM-DD` in UTC. */
export function today(ctx: RequestContext): string {
  return new Date(ctx.now()).toISOString().slice(0, 10);
}

/** Whole days from `date` to `today` (positive when `date` is in the past). */
export function daysLate(date: string, todayDate: string): number {
  return Math.round((Date.parse(todayDate) - Date.parse(date)) / 86_400_000);
}

/** Oldest first, then by id, for stable listings. */
export function byCreation(a: Recording, b: Recording): number {
  return a.createdAt - b.createdAt || (a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The docs' project-scoped form of an endpoint (`/projects/{id}/gauge/needles/{id}.json`): the
 * same answer as the flat route, and 404 unless the item really is in that project.
 */
export function inProject(idParam: string, handler: Handler): Handler {
  return (ctx) => {
    if (ctx.state.recordings.get(param(ctx, idParam))?.bucketId !== param(ctx, 'projectId')) throw notFound();
    return handler(ctx);
  };
}
