import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { paginate, type ConnectionArgs } from './connection.ts';

/** The spec's project plus the keys the API docs show but the spec omits. */
export type ProjectRecord = Wire.Project & {
  timesheet_enabled?: boolean;
  color?: string | null;
  last_needle_color?: string | null;
  last_needle_position?: number | null;
  previous_needle_position?: number | null;
};

export type ProjectStatus = 'active' | 'archived' | 'trashed';

/** `GET /projects.json`: active projects, or archived/trashed ones with `status`. */
export function listProjects(ctx: Context, args: ConnectionArgs & { status?: ProjectStatus | null }) {
  return paginate<ProjectRecord>(ctx.basecamp, '/projects.json', { status: statusQuery(args.status) }, args);
}

/** A tool of the project's dock, only when enabled (docs README "The dock"). */
export function dockTool(project: ProjectRecord, name: string): Wire.DockItem | null {
  return project.dock?.find((tool) => tool.name === name && tool.enabled) ?? null;
}

/** Basecamp's default listing is `active`; sending it explicitly would only change the URL. */
export function statusQuery(status: string | null | undefined): string | undefined {
  return status && status !== 'active' ? status : undefined;
}
