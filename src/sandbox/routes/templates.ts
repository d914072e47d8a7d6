import { canCreateProjects } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addProject } from '../factories/projects.ts';
import { forbidden, notFound, unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { statusFilter } from '../query.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { get, post, resource, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderProject } from '../shapes/project.ts';
import { renderTemplate } from '../shapes/template.ts';
import { addTemplate } from '../factories/automation.ts';
import { automationOf, type ProjectConstruction, type Template } from '../state/automation.ts';
import { optionalText, requiredText } from '../validation.ts';

/**
 * Templates and project constructions (docs: templates.md). Account-wide. Templates are for the
 * account's own people: clients see none (404s and an empty list).
 */
export const templates: Section = {
  docs: 'templates',
  routes: withoutLegacyForm([
    ...resource('/templates.json', '/templates/:templateId.json', {
      list: listTemplates, create: createTemplate, show: getTemplate, update: updateTemplate, destroy: trashTemplate,
    }),
    post('/templates/:templateId/project_constructions.json', constructProject),
    get('/templates/:templateId/project_constructions/:constructionId.json', getConstruction),
  ]),
};

/** Newest first; `status=archived|trashed` lists those instead. */
function listTemplates(ctx: RequestContext): Reply {
  const status = statusFilter(ctx);
  const found = ctx.me.client
    ? []
    : [...automationOf(ctx.state).templates.values()]
        .filter((template) => template.status === status)
        .sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
  return paginate(ctx, found, (template) => renderTemplate(ctx, template), { containerUpdatedAt: ctx.state.account.updatedAt });
}

function getTemplate(ctx: RequestContext): Reply {
  return ok(renderTemplate(ctx, findTemplate(ctx)));
}

function createTemplate(ctx: RequestContext): Reply {
  if (!canCreateProjects(ctx.me)) throw forbidden();
  const name = requiredText(ctx.body, 'name');
  const description = optionalText(ctx.body, 'description') ?? null;
  const template = addTemplate(ctx.state, { name, description, creatorId: ctx.me.id }, ctx.now());
  return created(renderTemplate(ctx, template));
}

/** Name and description; a field left out keeps its value, a name cannot be blanked. */
function updateTemplate(ctx: RequestContext): Reply {
  const template = findTemplate(ctx);
  if (!canCreateProjects(ctx.me)) throw forbidden();
  const name = ctx.body.name === undefined ? undefined : requiredText(ctx.body, 'name');
  const description = optionalText(ctx.body, 'description');
  if (name !== undefined) template.name = name;
  if (description !== undefined || ctx.body.description === null) template.description = description ?? null;
  touchTemplate(ctx, template);
  return ok(renderTemplate(ctx, template));
}

function trashTemplate(ctx: RequestContext): Reply {
  const template = findTemplate(ctx);
  if (!canCreateProjects(ctx.me)) throw forbidden();
  template.status = 'trashed';
  touchTemplate(ctx, template);
  return noContent();
}

/** Builds the project right away; the first answer still says `pending`, as Basecamp's does. */
function constructProject(ctx: RequestContext): Reply {
  const template = findTemplate(ctx);
  if (!canCreateProjects(ctx.me)) throw forbidden();
  const attributes = ctx.body.project;
  if (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes)) throw unprocessable("Project can't be blank");
  const fields = attributes as Record<string, unknown>;
  const name = requiredText(fields, 'name');
  const description = optionalText(fields, 'description');
  const now = ctx.now();
  const tools = Object.fromEntries(template.dock.map((tool) => [tool.name, tool.enabled]));
  const project = addProject(ctx.state, { name, ...(description === undefined ? {} : { description }), creatorId: ctx.me.id, tools }, now);
  for (const entry of project.dock) {
    const title = template.dock.find((tool) => tool.name === entry.name)?.title;
    const recording = ctx.state.recordings.get(entry.recordingId);
    if (title && recording && 'title' in recording) recording.title = title;
  }
  const automation = automationOf(ctx.state);
  const construction: ProjectConstruction = {
    id: automation.ids.construction.next(),
    templateId: template.id,
    projectId: project.id,
    creatorId: ctx.me.id,
    reported: false,
  };
  automation.constructions.set(construction.id, construction);
  return created(renderConstruction(ctx, construction));
}

function getConstruction(ctx: RequestContext): Reply {
  const template = findTemplate(ctx);
  const construction = automationOf(ctx.state).constructions.get(param(ctx, 'constructionId'));
  if (!construction || construction.templateId !== template.id) throw notFound();
  construction.reported = true;
  return ok(renderConstruction(ctx, construction));
}

function renderConstruction(ctx: RequestContext, construction: ProjectConstruction): Record<string, unknown> {
  const project = construction.reported ? ctx.state.projects.get(construction.projectId) : undefined;
  return {
    id: construction.id,
    status: project ? 'completed' : 'pending',
    url: `${ctx.urls.api}/templates/${construction.templateId}/project_constructions/${construction.id}.json`,
    project: project ? renderProject(ctx, project) : undefined,
  };
}

function findTemplate(ctx: RequestContext): Template {
  const template = automationOf(ctx.state).templates.get(param(ctx, 'templateId'));
  if (!template || template.status === 'trashed' || ctx.me.client) throw notFound();
  return template;
}

function touchTemplate(ctx: RequestContext, template: Template): void {
  template.updatedAt = Math.max(ctx.now(), template.updatedAt);
  ctx.state.account.updatedAt = Math.max(ctx.state.account.updatedAt, template.updatedAt);
}
