import { DOCK_TOOLS, type Project } from '../state/records.ts';
import { iso, type ShapeContext } from './shape-context.ts';

/** A project with its dock, as `GET /projects/{id}.json` returns it (docs: projects.md). */
export function renderProject(ctx: ShapeContext, project: Project): Record<string, unknown> {
  const { urls } = ctx;
  const clientCompany = project.clientCompanyId ? ctx.state.companies.get(project.clientCompanyId) : undefined;
  return {
    id: project.id,
    status: project.status,
    created_at: iso(project.createdAt),
    updated_at: iso(project.updatedAt),
    name: project.name,
    description: project.description,
    purpose: project.purpose,
    clients_enabled: project.clientsEnabled,
    timesheet_enabled: project.timesheetEnabled,
    color: project.color,
    last_needle_color: project.lastNeedleColor,
    last_needle_position: project.lastNeedlePosition,
    previous_needle_position: project.previousNeedlePosition,
    start_date: project.startDate ?? undefined,
    end_date: project.endDate ?? undefined,
    bookmark_url: urls.bookmark('Bucket', project.id),
    url: `${urls.api}/projects/${project.id}.json`,
    app_url: `${urls.app}/projects/${project.id}`,
    client_company: clientCompany ? { id: clientCompany.id, name: clientCompany.name } : undefined,
    clientside: project.clientsEnabled
      ? { url: urls.bucketApi(project.id, 'client/board'), app_url: urls.bucketApp(project.id, 'client/board') }
      : undefined,
    // Enabled tools in dock order, then the disabled ones (position null), as the docs show.
    dock: [...project.dock].sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity)).map((entry) => {
      const tool = DOCK_TOOLS.find((candidate) => candidate.name === entry.name);
      if (!tool) throw new Error(`unknown dock tool ${entry.name}`);
      const path = `${tool.path}/${entry.recordingId}`;
      const recording = ctx.state.recordings.get(entry.recordingId);
      return {
        id: entry.recordingId,
        title: recording && 'title' in recording ? recording.title : tool.title,
        name: entry.name,
        enabled: entry.enabled,
        position: entry.position,
        url: urls.bucketApi(project.id, path),
        app_url: urls.bucketApp(project.id, path),
      };
    }),
    bookmarked: false,
  };
}
