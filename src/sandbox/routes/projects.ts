import { canCreateProjects, findManageableProject, findProject, visibleProjects } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addProject } from '../factories/projects.ts';
import { forbidden, unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { statusFilter } from '../query.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { resource, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { show } from './show.ts';
import { renderProject } from '../shapes/project.ts';
import { isCalendarDate, optionalChoice, optionalText, requiredText } from '../validation.ts';

/** Projects (docs: projects.md). Projects are buckets themselves, so there are no legacy forms. */
export const projects: Section = {
  docs: 'projects',
  routes: withoutLegacyForm(
    resource('/projects.json', '/projects/:projectId.json', {
      list: listProjects, create: createProject, show: show('projectId', findProject, renderProject), update: updateProject, destroy: trashProject,
    }),
  ),
};

function listProjects(ctx: RequestContext): Reply {
  const status = statusFilter(ctx);
  const found = visibleProjects(ctx.state, ctx.me).filter((project) => project.status === status);
  return paginate(ctx, found, (project) => renderProject(ctx, project), {
    containerUpdatedAt: ctx.state.account.updatedAt,
  });
}

function createProject(ctx: RequestContext): Reply {
  if (!canCreateProjects(ctx.me)) throw forbidden();
  const name = requiredText(ctx.body, 'name');
  const description = optionalText(ctx.body, 'description');
  const project = addProject(
    ctx.state,
    { name, ...(description === undefined ? {} : { description }), creatorId: ctx.me.id },
    ctx.now(),
  );
  return created(renderProject(ctx, project));
}

function updateProject(ctx: RequestContext): Reply {
  const project = findManageableProject(ctx, param(ctx, 'projectId'));
  const name = requiredText(ctx.body, 'name');
  const description = optionalText(ctx.body, 'description');
  const admissions = optionalChoice(ctx.body, 'admissions', ['invite', 'employee', 'team'] as const);
  const schedule = scheduleDates(ctx.body.schedule_attributes);
  project.name = name;
  if (description !== undefined) project.description = description;
  if (admissions !== undefined) project.admissions = admissions;
  if (schedule) [project.startDate, project.endDate] = schedule;
  project.updatedAt = ctx.now();
  ctx.state.account.updatedAt = project.updatedAt;
  return ok(renderProject(ctx, project));
}

function trashProject(ctx: RequestContext): Reply {
  const project = findManageableProject(ctx, param(ctx, 'projectId'));
  project.status = 'trashed';
  project.updatedAt = ctx.now();
  ctx.state.account.updatedAt = project.updatedAt;
  return noContent();
}

/** `schedule_attributes`: both dates or neither (docs: projects.md, "Update a project"). */
function scheduleDates(value: unknown): [string, string] | undefined {
  if (value === undefined || value === null) return undefined;
  const { start_date: start, end_date: end } = (typeof value === 'object' ? value : {}) as Record<string, unknown>;
  if (typeof start !== 'string' || typeof end !== 'string' || !isCalendarDate(start) || !isCalendarDate(end)) {
    throw unprocessable('Schedule needs both a start date and an end date');
  }
  if (end < start) throw unprocessable('End date must be on or after the start date');
  return [start, end];
}
