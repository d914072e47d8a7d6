import { canSeeProject } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addFolder } from '../factories/files.ts';
import { notFound } from '../protocol/errors.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { resource, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderFolder } from '../shapes/files.ts';
import { filesState, type Folder } from '../state/files.ts';
import { optionalIds, optionalText, requiredText } from '../validation.ts';

/**
 * Home-screen folders ("stacks" on the wire): each person's own grouping of projects. Only the
 * spec describes them (ListFolders … DeleteFolder); they are account-wide, never bucket-scoped.
 */
export const folders: Section = {
  docs: 'folders',
  routes: withoutLegacyForm(
    resource('/stacks.json', '/stacks/:folderId.json', {
      list: listFolders, create: createFolder, show: getFolder, update: updateFolder, destroy: deleteFolder,
    }),
  ),
};

/** The caller's folders in home-screen order: a bare array, never paginated (spec: ListFolders). */
function listFolders(ctx: RequestContext): Reply {
  const mine = filesState(ctx.state).folders.filter((folder) => folder.ownerId === ctx.me.id);
  const newest = mine.reduce((latest, folder) => Math.max(latest, folder.updatedAt), filesState(ctx.state).foldersChangedAt);
  return ok(mine.map((folder) => renderFolder(ctx, folder, false)), newest);
}

/** One of the caller's own folders; other people's are as good as missing. */
function findFolder(ctx: RequestContext): Folder {
  const folder = filesState(ctx.state).folders.find((candidate) => candidate.id === param(ctx, 'folderId'));
  if (!folder || folder.ownerId !== ctx.me.id) throw notFound();
  return folder;
}

function getFolder(ctx: RequestContext): Reply {
  return ok(renderFolder(ctx, findFolder(ctx), true));
}

/**
 * Every project id is checked first: archived, trashed or out-of-reach projects fail the whole
 * request with 404. Filing an open project the caller has not joined adds them to it (spec:
 * CreateFolder). A blank name becomes "New folder".
 */
function createFolder(ctx: RequestContext): Reply {
  const projectIds = optionalIds(ctx.body, 'project_ids') ?? [];
  const projects = projectIds.map((id) => {
    const project = ctx.state.projects.get(id);
    if (!project || project.status !== 'active' || !canSeeProject(ctx.me, project)) throw notFound();
    return project;
  });
  const now = ctx.now();
  for (const project of projects) {
    if (!project.memberIds.includes(ctx.me.id)) {
      project.memberIds.push(ctx.me.id);
      project.updatedAt = Math.max(project.updatedAt, now);
    }
  }
  const name = optionalText(ctx.body, 'name')?.trim() || 'New folder';
  return created(renderFolder(ctx, addFolder(ctx.state, { ownerId: ctx.me.id, name, projectIds }, now), true));
}

/** Only the name is writable, and it may not be blank (spec: UpdateFolder). */
function updateFolder(ctx: RequestContext): Reply {
  const folder = findFolder(ctx);
  folder.name = requiredText(ctx.body, 'name').trim();
  folder.updatedAt = Math.max(folder.updatedAt, ctx.now());
  filesState(ctx.state).foldersChangedAt = Math.max(filesState(ctx.state).foldersChangedAt, folder.updatedAt);
  return ok(renderFolder(ctx, folder, true));
}

/** The projects stay; they just leave the home screen. */
function deleteFolder(ctx: RequestContext): Reply {
  const folder = findFolder(ctx);
  const files = filesState(ctx.state);
  files.folders = files.folders.filter((candidate) => candidate !== folder);
  files.foldersChangedAt = Math.max(files.foldersChangedAt, ctx.now());
  return noContent();
}
