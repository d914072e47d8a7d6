import { canManageProject, findProject, findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addGaugeNeedle, existingTool, gaugeOf, syncProjectNeedles } from '../factories/reports.ts';
import { touch } from '../mutations.ts';
import { forbidden, notFound, unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { del, get, post, put, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { needlesOf, renderGauge, renderGaugeNeedle } from '../shapes/reports.ts';
import type { Project } from '../state/records.ts';
import type { Gauge, GaugeNeedle, NeedleColor } from '../state/reports.ts';
import { optionalChoice, optionalIds, optionalText } from '../validation.ts';
import { inProject, openProjects } from './report-helpers.ts';

/** Gauges (docs: gauges.md): one per project, each reading a needle. */
export const gauges: Section = {
  docs: 'gauges',
  routes: [
    get('/gauge_needles/:needleId.json', getNeedle),
    put('/gauge_needles/:needleId.json', updateNeedle),
    del('/gauge_needles/:needleId.json', destroyNeedle),
    ...withoutLegacyForm([
      get('/reports/gauges.json', listGauges),
      get('/projects/:projectId/gauge/needles.json', listNeedles),
      post('/projects/:projectId/gauge/needles.json', createNeedle),
      put('/projects/:projectId/gauge.json', toggleGauge),
      get('/projects/:projectId/gauge/needles/:needleId.json', inProject('needleId', getNeedle)),
      put('/projects/:projectId/gauge/needles/:needleId.json', inProject('needleId', updateNeedle)),
      del('/projects/:projectId/gauge/needles/:needleId.json', inProject('needleId', destroyNeedle)),
    ]),
  ],
};

const COLORS = ['green', 'yellow', 'red'] as const;
const RISK: Record<string, number> = { red: 0, yellow: 1, green: 2 };

/**
 * Enabled gauges of the projects the caller sees: riskiest first, then by project name; with
 * `bucket_ids`, in exactly that order (docs: gauges.md, "Get gauges"). Clients never see gauges.
 */
function listGauges(ctx: RequestContext): Reply {
  const projects = ctx.me.client ? new Map<string, Project>() : openProjects(ctx);
  const order = ctx.query.get('bucket_ids')?.split(',').map((id) => id.trim()).filter(Boolean);
  const found: { gauge: Gauge; project: Project }[] = [];
  for (const project of projects.values()) {
    const gauge = existingTool(ctx.state, project.id, 'Gauge');
    if (gauge?.enabled && gauge.status === 'active' && (!order || order.includes(project.id))) found.push({ gauge, project });
  }
  const risk = ({ project }: { project: Project }) => RISK[project.lastNeedleColor ?? ''] ?? 3;
  found.sort((a, b) =>
    order ? order.indexOf(a.project.id) - order.indexOf(b.project.id) : risk(a) - risk(b) || a.project.name.localeCompare(b.project.name),
  );
  let containerUpdatedAt = 0;
  for (const { project } of found) containerUpdatedAt = Math.max(containerUpdatedAt, project.updatedAt);
  return paginate(ctx, found.map(({ gauge }) => gauge), (gauge) => renderGauge(ctx, gauge), { containerUpdatedAt });
}

/** The gauge of a project the caller sees (never clients); created on the first write. */
function projectGauge(ctx: RequestContext, projectId: string): { project: Project; gauge: Gauge } {
  const project = findProject(ctx, projectId);
  if (ctx.me.client) throw notFound();
  return { project, gauge: gaugeOf(ctx.state, project, ctx.now()) };
}

/** Newest first (docs: gauges.md, "Get gauge needles"); a gauge nobody wrote to yet has none. */
function listNeedles(ctx: RequestContext): Reply {
  const project = findProject(ctx, param(ctx, 'projectId'));
  if (ctx.me.client) throw notFound();
  const gauge = existingTool(ctx.state, project.id, 'Gauge');
  return paginate(ctx, gauge ? needlesOf(ctx, gauge) : [], (needle) => renderGaugeNeedle(ctx, needle), {
    containerUpdatedAt: gauge?.updatedAt ?? project.createdAt,
  });
}

function findNeedle(ctx: RequestContext): { needle: GaugeNeedle; project: Project; gauge: Gauge } {
  const needle = findRecording(ctx, param(ctx, 'needleId'), ['Gauge::Needle']);
  const { project, gauge } = projectGauge(ctx, needle.bucketId);
  return { needle, project, gauge };
}

function getNeedle(ctx: RequestContext): Reply {
  return ok(renderGaugeNeedle(ctx, findNeedle(ctx).needle));
}

/** `{ gauge_needle: { position, color?, description? }, notify?, subscriptions? }`. */
function createNeedle(ctx: RequestContext): Reply {
  const { project, gauge } = projectGauge(ctx, param(ctx, 'projectId'));
  const fields = needleFields(ctx.body);
  const position = fields.position;
  if (typeof position !== 'number' || !Number.isInteger(position)) throw unprocessable("Position can't be blank");
  if (position < 0 || position > 100) throw unprocessable('Position must be between 0 and 100');
  const color: NeedleColor = optionalChoice(fields, 'color', COLORS) ?? 'green';
  const description = optionalText(fields, 'description');
  const notify = optionalChoice(ctx.body, 'notify', ['everyone', 'working_on', 'custom'] as const);
  const subscriptions = optionalIds(ctx.body, 'subscriptions') ?? [];
  if (subscriptions.some((id) => !ctx.state.people.has(id))) throw unprocessable('Subscriptions include someone who is not in this account');
  if (notify !== 'custom' && subscriptions.length > 0 && notify !== undefined) throw unprocessable('Subscriptions are only used when notify is custom');
  if (!gauge.enabled) throw unprocessable('Gauge is turned off for this project');
  const needle = addGaugeNeedle(
    ctx.state,
    project,
    gauge,
    { position, color, creatorId: ctx.me.id, ...(description === undefined ? {} : { description }) },
    ctx.now(),
  );
  return created(renderGaugeNeedle(ctx, needle));
}

/** Only the description can change: a needle is a reading at a point in time (docs: gauges.md). */
function updateNeedle(ctx: RequestContext): Reply {
  const { needle } = findNeedle(ctx);
  const fields = needleFields(ctx.body, false);
  for (const key of ['position', 'color']) {
    if (fields[key] !== undefined) throw unprocessable(`${key === 'position' ? 'Position' : 'Color'} cannot be changed once recorded`);
  }
  const description = optionalText(fields, 'description');
  if (description !== undefined) {
    needle.description = description;
    touch(ctx.state, needle, ctx.now());
  }
  return ok(renderGaugeNeedle(ctx, needle));
}

function destroyNeedle(ctx: RequestContext): Reply {
  const { needle, project, gauge } = findNeedle(ctx);
  ctx.state.recordings.delete(needle.id);
  const now = ctx.now();
  touch(ctx.state, gauge, now);
  syncProjectNeedles(ctx.state, project, gauge, now);
  return noContent();
}

/** `{ gauge: { enabled } }`; project managers only; 200 with no body (docs: gauges.md). */
function toggleGauge(ctx: RequestContext): Reply {
  const project = findProject(ctx, param(ctx, 'projectId'));
  if (!canManageProject(ctx.me, project)) throw forbidden();
  const body = ctx.body.gauge;
  const enabled = body !== null && typeof body === 'object' ? (body as Record<string, unknown>).enabled : undefined;
  if (typeof enabled !== 'boolean') throw unprocessable('Enabled must be true or false');
  const now = ctx.now();
  const gauge = gaugeOf(ctx.state, project, now);
  if (gauge.enabled !== enabled) {
    gauge.enabled = enabled;
    touch(ctx.state, gauge, now);
    project.updatedAt = Math.max(project.updatedAt, now);
  }
  return { status: 200 };
}

function needleFields(body: Record<string, unknown>, required = true): Record<string, unknown> {
  const fields = body.gauge_needle;
  if (fields === undefined || fields === null) {
    if (required) throw unprocessable("Gauge needle can't be blank");
    return {};
  }
  if (typeof fields !== 'object' || Array.isArray(fields)) throw unprocessable('Gauge needle must be an object');
  return fields as Record<string, unknown>;
}
