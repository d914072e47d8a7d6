import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { toBasecampId } from './global-id.ts';
import { checkEmail, inputError, nonBlankText, patched, personIds, requiredText } from './input.ts';
import { loadEach, type NodeLoader } from './loaders.ts';
import { withBody } from './writes.ts';

/** The spec's project plus the keys the API docs show but the spec omits. */
export type ProjectRecord = Wire.Project & {
  timesheet_enabled?: boolean;
  color?: string | null;
  last_needle_color?: string | null;
  last_needle_position?: number | null;
  previous_needle_position?: number | null;
};

/** A list's `status` argument, RecordingStatus's values; `statusQuery` refuses `drafted`. */
export type StatusFilter = 'active' | 'archived' | 'trashed' | 'drafted';

export const fetchProjects: NodeLoader<ProjectRecord> = loadEach('GetProject');

/** A tool of the project's dock, only when enabled (docs README "The dock"). */
export function dockTool(project: ProjectRecord, name: string): Wire.DockItem | null {
  return project.dock?.find((tool) => tool.name === name && tool.enabled) ?? null;
}

/**
 * A list's `status` filter. Basecamp's default listing is `active`; sending it explicitly would
 * only change the URL. Lists take active, archived or trashed; drafts have a list of their own.
 */
export function statusQuery(status: string | null | undefined): string | undefined {
  if (status === 'drafted') throw inputError('status', 'cannot be DRAFTED: lists hold published recordings; drafts are listed by myDrafts');
  return status && status !== 'active' ? status : undefined;
}

export type Admissions = 'invite' | 'employee' | 'team';

export function createProject(ctx: Context, input: { name: string; description?: string | null }) {
  return withBody(call(ctx, 'CreateProject', {}, { body: {
    name: requiredText(input.name, 'name'),
    description: input.description ?? undefined,
  } }));
}

/**
 * `PUT /projects/{id}.json`: `name` is required on every update, so a patch sends the current
 * one. Start and end dates go together (docs, "Update a project"), so a patch of one sends the
 * other as it is; the API has no way to clear them, so a null is refused rather than ignored.
 */
export async function updateProject(
  ctx: Context,
  input: { id: string; name?: string | null; description?: string | null; admissions?: Admissions | null; startDate?: string | null; endDate?: string | null },
) {
  const id = toBasecampId(input.id, ctx.accountId, ['Project']);
  for (const field of ['startDate', 'endDate'] as const) {
    if (input[field] === null) throw inputError(field, 'cannot be cleared: Basecamp keeps a project\'s dates once set');
  }
  if (input.startDate && input.endDate && input.startDate > input.endDate) throw inputError('startDate', 'must not be after endDate');
  const current = await call(ctx, 'GetProject', { projectId: id });
  const startDate = input.startDate ?? (input.endDate ? current.start_date : undefined);
  const endDate = input.endDate ?? (input.startDate ? current.end_date : undefined);
  if ((startDate == null) !== (endDate == null)) throw inputError(startDate ? 'endDate' : 'startDate', 'is needed too: the project has no dates yet');
  if (startDate && endDate && startDate > endDate) throw inputError('startDate', `must not be after endDate (${endDate})`);
  return withBody(call(ctx, 'UpdateProject', { projectId: id }, { body: {
    name: nonBlankText(input.name, 'name') ?? current.name,
    description: patched(input.description, current.description ?? null) ?? '',
    admissions: input.admissions ?? undefined,
    schedule_attributes: startDate && endDate ? { start_date: startDate, end_date: endDate } : undefined,
  } }));
}

/** `PUT /projects/{id}/status/{archived|active}.json` (204); the project is read back. */
export async function setProjectStatus(ctx: Context, projectIdInput: string, status: 'archived' | 'active') {
  const projectId = toBasecampId(projectIdInput, ctx.accountId, ['Project']);
  await call(ctx, status === 'archived' ? 'ArchiveProject' : 'UnarchiveProject', { projectId });
  return projectId;
}

export interface NewPersonInput {
  name: string;
  emailAddress: string;
  title?: string | null;
  companyName?: string | null;
}

/** `PUT /projects/{id}/people/users.json`: at least one of grant, revoke or create. */
export async function updateProjectAccess(
  ctx: Context,
  input: { projectId: string; grant?: readonly string[] | null; revoke?: readonly string[] | null; create?: readonly NewPersonInput[] | null },
) {
  const projectId = toBasecampId(input.projectId, ctx.accountId, ['Project']);
  const create = input.create?.map((person, index) => {
    const email = checkEmail(requiredText(person.emailAddress, `create[${index}].emailAddress`), `create[${index}].emailAddress`).trim();
    return {
      name: requiredText(person.name, `create[${index}].name`).trim(),
      email_address: email,
      title: person.title ?? undefined,
      company_name: person.companyName ?? undefined,
    };
  });
  const body = { grant: personIds(ctx, input.grant), revoke: personIds(ctx, input.revoke), create };
  if ((body.grant?.length ?? 0) + (body.revoke?.length ?? 0) + (create?.length ?? 0) === 0) {
    throw inputError('input', 'give at least one person to grant, revoke or create');
  }
  const overlap = body.grant?.find((id) => body.revoke?.includes(id));
  if (overlap) throw inputError('grant', `cannot also revoke person ${overlap}`);
  const result = await withBody(call(ctx, 'UpdateProjectAccess', { projectId }, { body }));
  return { projectId, granted: result.granted ?? [], revoked: result.revoked ?? [] };
}
