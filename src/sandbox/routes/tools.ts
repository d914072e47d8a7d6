import { findProject, findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { setStatus, touch } from '../mutations.ts';
import { forbidden, notFound, unprocessable } from '../protocol/errors.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { del, get, post, put } from '../router.ts';
import type { Section } from '../section.ts';
import { renderDockTool } from '../shapes/dock-tool.ts';
import { DOCK_TOOLS, type DockEntry, type Project } from '../state/records.ts';
import type { Recording } from '../state/index.ts';
import { optionalBoolean, optionalId, optionalText, requiredPosition, requiredText } from '../validation.ts';

/**
 * Dock tools (docs: tools.md): read, clone, rename and trash a tool; enable, move and disable it
 * in its project's dock. Positions count the enabled tools only, from 1.
 */
export const tools: Section = {
  docs: 'tools',
  routes: [
    get('/dock/tools/:toolId.json', getTool),
    post('/buckets/:bucketId/dock/tools.json', createTool, { legacy: false }),
    put('/dock/tools/:toolId.json', renameTool),
    del('/dock/tools/:toolId.json', trashTool),
    post('/recordings/:toolId/position.json', enableTool),
    put('/recordings/:toolId/position.json', repositionTool),
    del('/recordings/:toolId/position.json', disableTool),
  ],
};

function getTool(ctx: RequestContext): Reply {
  return ok(renderDockTool(ctx, findTool(ctx).tool));
}

/**
 * Clones a tool: `source_recording_id` (docs) names the tool to copy, or `tool_type` (spec) picks
 * this project's tool of that kind. The title defaults to the kind's usual one.
 */
function createTool(ctx: RequestContext): Reply {
  const project = findProject(ctx, param(ctx, 'bucketId'));
  if (ctx.me.client) throw forbidden();
  const sourceId = optionalId(ctx.body, 'source_recording_id');
  const toolType = optionalText(ctx.body, 'tool_type');
  let source: Recording | undefined;
  if (sourceId !== undefined) {
    source = ctx.state.recordings.get(sourceId);
    if (!source || source.parentId !== null || !dockEntryOf(ctx, source.id)) throw unprocessable('Source recording is not a tool');
    findRecording(ctx, source.id, [source.type]);
  } else if (toolType !== undefined) {
    const kind = DOCK_TOOLS.find((candidate) => candidate.type === toolType);
    if (!kind) throw unprocessable('Tool type is not included in the list');
    const entry = project.dock.find((candidate) => candidate.name === kind.name);
    source = entry ? ctx.state.recordings.get(entry.recordingId) : undefined;
    if (!source) throw unprocessable('Tool type is not included in the list');
  } else {
    throw unprocessable("Tool type can't be blank");
  }
  const kind = DOCK_TOOLS.find((candidate) => candidate.type === source.type);
  if (!kind) throw unprocessable('Source recording is not a tool');
  const title = ctx.body.title === undefined ? kind.title : requiredText(ctx.body, 'title');
  const requestedVisibility = optionalBoolean(ctx.body, 'visible_to_clients');
  const ownVisibility = source.type === 'Chat::Transcript' || source.type === 'Kanban::Board';
  const now = ctx.now();
  // A deep copy keeps whatever fields the tool's own section models, so its routes can serve the clone.
  const clone = structuredClone(source) as Recording & { title: string };
  Object.assign(clone, {
    id: ctx.state.ids.recording.next(),
    bucketId: project.id,
    parentId: null,
    creatorId: ctx.me.id,
    status: 'active',
    visibleToClients: ownVisibility && requestedVisibility !== undefined ? requestedVisibility : project.clientsEnabled && !ownVisibility,
    createdAt: now,
    updatedAt: now,
    commentsCount: 0,
    boostsCount: 0,
    title,
  });
  ctx.state.recordings.set(clone.id, clone);
  project.dock.push({ name: kind.name, recordingId: clone.id, enabled: true, position: null });
  renumberDock(ctx, project, clone.id, Number.MAX_SAFE_INTEGER);
  return created(renderDockTool(ctx, clone));
}

function renameTool(ctx: RequestContext): Reply {
  const { tool, project } = findTool(ctx, true);
  const title = requiredText(ctx.body, 'title');
  (tool as { title: string }).title = title;
  touch(ctx.state, tool, ctx.now());
  touchProject(ctx, project);
  return ok(renderDockTool(ctx, tool));
}

/** Trashing removes the tool from the dock for good (docs: "permanently removes the tool"). */
function trashTool(ctx: RequestContext): Reply {
  const { tool, project } = findTool(ctx, true);
  project.dock = project.dock.filter((entry) => entry.recordingId !== tool.id);
  setStatus(ctx.state, tool, 'trashed', ctx.now());
  tool.position = null;
  renumberDock(ctx, project);
  return noContent();
}

/** Puts a disabled tool back at the end of the dock; 201 with no body (spec). */
function enableTool(ctx: RequestContext): Reply {
  const { entry, project } = findTool(ctx, true);
  if (!entry.enabled) {
    entry.enabled = true;
    renumberDock(ctx, project, entry.recordingId, Number.MAX_SAFE_INTEGER);
  }
  return { status: 201 };
}

/** 200 with no body (spec). Only enabled tools have a place to move from. */
function repositionTool(ctx: RequestContext): Reply {
  const { entry, project } = findTool(ctx, true);
  const position = requiredPosition(ctx.body);
  if (!entry.enabled) throw unprocessable('Tool must be enabled before it can be positioned');
  renumberDock(ctx, project, entry.recordingId, position);
  return { status: 200 };
}

function disableTool(ctx: RequestContext): Reply {
  const { entry, project } = findTool(ctx, true);
  if (entry.enabled) {
    entry.enabled = false;
    renumberDock(ctx, project);
  }
  return noContent();
}

interface FoundTool {
  tool: Recording & { title: string };
  entry: DockEntry;
  project: Project;
}

/** A tool in a visible project's dock; 404 otherwise. Writers must not be clients (403). */
function findTool(ctx: RequestContext, forWriting = false): FoundTool {
  const id = param(ctx, 'toolId');
  const candidate = ctx.state.recordings.get(id);
  const found = candidate && candidate.parentId === null ? dockEntryOf(ctx, id) : undefined;
  if (!candidate || !found) throw notFound();
  const tool = findRecording(ctx, id, [candidate.type]) as Recording & { title: string };
  if (forWriting && ctx.me.client) throw forbidden();
  return { tool, ...found };
}

function dockEntryOf(ctx: RequestContext, recordingId: string): { entry: DockEntry; project: Project } | undefined {
  const recording = ctx.state.recordings.get(recordingId);
  const project = recording ? ctx.state.projects.get(recording.bucketId) : undefined;
  const entry = project?.dock.find((candidate) => candidate.recordingId === recordingId);
  return project && entry ? { entry, project } : undefined;
}

/**
 * Numbers the enabled tools 1..n in their current order, optionally moving `movedId` to
 * `position` (clamped) first; disabled tools lose their position. Tool recordings mirror it.
 */
function renumberDock(ctx: RequestContext, project: Project, movedId?: string, position?: number): void {
  const enabled = project.dock
    .filter((entry) => entry.enabled && entry.recordingId !== movedId)
    .sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER));
  const moved = project.dock.find((entry) => entry.recordingId === movedId);
  if (moved?.enabled && position !== undefined) enabled.splice(Math.min(Math.max(position, 1), enabled.length + 1) - 1, 0, moved);
  for (const entry of project.dock) entry.position = null;
  enabled.forEach((entry, index) => {
    entry.position = index + 1;
  });
  for (const entry of project.dock) {
    const recording = ctx.state.recordings.get(entry.recordingId);
    if (recording) recording.position = entry.position;
  }
  touchProject(ctx, project);
}

function touchProject(ctx: RequestContext, project: Project): void {
  project.updatedAt = Math.max(ctx.now(), project.updatedAt);
  ctx.state.account.updatedAt = Math.max(ctx.state.account.updatedAt, project.updatedAt);
}
