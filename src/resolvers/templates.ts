import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { compositeKey } from './chat-keys.ts';
import { toBasecampId } from './global-id.ts';
import { nonBlankText, patched, requiredText } from './input.ts';
import { fetchEach, loadEach } from './loaders.ts';
import { withBody } from './writes.ts';

/** A construction keyed with its template: its GET needs both ids. */
export type ProjectConstructionRecord = Wire.ProjectConstruction & { template_id: string };

export const fetchTemplates = loadEach('GetTemplate');

export function createTemplate(ctx: Context, input: { name: string; description?: string | null }) {
  return withBody(call(ctx, 'CreateTemplate', {}, { body: {
    name: requiredText(input.name, 'name'),
    description: input.description ?? undefined,
  } }));
}

/** `PUT /templates/{id}.json` with both fields, the current ones where the input leaves them out. */
export async function updateTemplate(ctx: Context, input: { id: string; name?: string | null; description?: string | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Template']);
  const name = nonBlankText(input.name, 'name');
  const current = await call(ctx, 'GetTemplate', { templateId: id });
  return withBody(call(ctx, 'UpdateTemplate', { templateId: id }, { body: {
    name: name ?? current.name,
    description: patched(input.description, current.description ?? null) ?? '',
  } }));
}

/** `POST /templates/{id}/project_constructions.json`: starts building a project; poll the construction. */
export async function createProjectFromTemplate(ctx: Context, input: { templateId: string; name: string; description?: string | null }) {
  const templateId = toBasecampId(input.templateId, ctx.accountId, ['Template']);
  const construction = await withBody(call(ctx, 'CreateProjectFromTemplate', { templateId }, { body: {
    project: { name: requiredText(input.name, 'name'), description: input.description ?? undefined },
  } }));
  return { ...construction, template_id: templateId };
}

/** The key of a construction node: `templateId-constructionId`. */
export function constructionKey(construction: ProjectConstructionRecord): string {
  return `${construction.template_id}-${construction.id}`;
}

/** Loader batch for `templateId-constructionId` keys. */
export async function fetchProjectConstructions(ctx: Context, keys: readonly string[]) {
  const found = await fetchEach(ctx, keys, 'GetProjectConstruction', (key) => {
    const [templateId = '', constructionId = ''] = key.split('-');
    return { templateId, constructionId };
  });
  return found.map((result, index) => (result instanceof Error ? result : { ...result, template_id: keys[index]?.split('-')[0] ?? '' }));
}

/** The construction key for `projectConstruction(templateId:, id:)`: its global id, or its Basecamp id with the template. */
export function constructionRef(ctx: Context, templateId: string, id: string): string {
  return compositeKey(ctx, id, 'ProjectConstruction', [{ field: 'templateId', value: templateId, typenames: ['Template'] }]);
}
