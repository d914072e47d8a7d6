import type { RequestContext } from '../context.ts';
import { compareIds } from '../ids.ts';
import { forbidden, notFound } from '../protocol/errors.ts';
import { isRecordingOf, type Recording, type RecordingType, type SandboxState } from '../state/index.ts';
import type { Person, Project } from '../state/records.ts';

/**
 * Who sees what. The owner sees every project; everyone else sees the projects they are on, plus
 * those whose admissions let them in (docs: projects.md, "admissions"). Clients additionally see
 * only recordings marked `visible_to_clients`. Anything invisible is a 404, never a 403, so its
 * existence does not leak (docs README, "Inaccessible items").
 */
export function canSeeProject(person: Person, project: Project): boolean {
  if (person.owner || project.memberIds.includes(person.id)) return true;
  if (project.admissions === 'employee') return true;
  return project.admissions === 'team' && !person.client;
}

/** Whether `person` may rename, trash or restore `project`. */
export function canManageProject(person: Person, project: Project): boolean {
  if (person.client) return false;
  return person.owner || person.admin || project.creatorId === person.id;
}

/** Whether `person` may create projects at all. */
export function canCreateProjects(person: Person): boolean {
  return !person.client && person.canManageProjects;
}

/** Every project `person` can see, whatever its status, newest first (docs: projects.md). */
export function visibleProjects(state: SandboxState, person: Person): Project[] {
  return [...state.projects.values()]
    .filter((project) => canSeeProject(person, project))
    .sort((a, b) => b.createdAt - a.createdAt || compareIds(b.id, a.id));
}

/** A project the caller can see and that is not trashed; 404 otherwise. */
export function findProject(ctx: RequestContext, projectId: string): Project {
  const project = ctx.state.projects.get(projectId);
  if (!project || project.status === 'trashed' || !canSeeProject(ctx.me, project)) throw notFound();
  return project;
}

/** Like `findProject`, and 403 unless the caller may manage it. */
export function findManageableProject(ctx: RequestContext, projectId: string): Project {
  const project = findProject(ctx, projectId);
  if (!canManageProject(ctx.me, project)) throw forbidden();
  return project;
}

export interface FindRecordingOptions {
  /** Also find trashed recordings (status changes must reach them to restore them). */
  includeTrashed?: boolean;
}

/**
 * A recording of one of `types` that the caller can see; 404 when it is missing, of another
 * type, in another bucket than a legacy route names, in an invisible or trashed project, hidden
 * from clients, or trashed itself or through an ancestor (recordings inherit status).
 */
export function findRecording<T extends RecordingType>(
  ctx: RequestContext,
  id: string,
  types: readonly T[],
  options: FindRecordingOptions = {},
): Extract<Recording, { type: T }> {
  const recording = ctx.state.recordings.get(id);
  if (!isRecordingOf(recording, ...types)) throw notFound();
  const bucketId = ctx.params.bucketId;
  if (bucketId !== undefined && bucketId !== recording.bucketId) throw notFound();
  findProject(ctx, recording.bucketId);
  if (!isVisibleTo(ctx.me, recording)) throw notFound();
  if (!options.includeTrashed && isTrashed(ctx.state, recording)) throw notFound();
  return recording;
}

/** True when the recording or any ancestor is trashed. */
export function isTrashed(state: SandboxState, recording: Recording): boolean {
  for (let current: Recording | undefined = recording; current; ) {
    if (current.status === 'trashed') return true;
    current = current.parentId === null ? undefined : state.recordings.get(current.parentId);
  }
  return false;
}

/** Whether a recording is listed for the caller (visibility only; status filters are the caller's). */
export function isVisibleTo(person: Person, recording: Recording): boolean {
  if (recording.status === 'drafted' && recording.creatorId !== person.id) return false;
  return !person.client || recording.visibleToClients;
}
