import type { Template } from '../state/automation.ts';
import { DOCK_TOOLS } from '../state/records.ts';
import { iso, type ShapeContext } from './shape-context.ts';

/** A project template with the dock new projects get from it (docs: templates.md). */
export function renderTemplate(ctx: ShapeContext, template: Template): Record<string, unknown> {
  return {
    id: template.id,
    status: template.status,
    created_at: iso(template.createdAt),
    updated_at: iso(template.updatedAt),
    name: template.name,
    description: template.description,
    url: `${ctx.urls.api}/templates/${template.id}.json`,
    app_url: `${ctx.urls.app}/templates/${template.id}`,
    dock: template.dock.map((tool) => {
      const path = `${DOCK_TOOLS.find((candidate) => candidate.name === tool.name)?.path ?? tool.name}/${tool.recordingId}`;
      return {
        id: tool.recordingId,
        title: tool.title,
        name: tool.name,
        enabled: tool.enabled,
        position: tool.position,
        url: ctx.urls.bucketApi(template.id, path),
        app_url: ctx.urls.bucketApp(template.id, path),
      };
    }),
  };
}
