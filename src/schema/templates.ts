import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { encodeGlobalId, toBasecampId } from '../resolvers/global-id.ts';
import { loaderKey } from '../resolvers/links.ts';
import {
  constructionKey,
  constructionRef,
  createProjectFromTemplate,
  createTemplate,
  fetchProjectConstructions,
  fetchTemplates,
  listTemplates,
  trashTemplate,
  updateTemplate,
  type ProjectConstructionRecord,
} from '../resolvers/templates.ts';
import { builder } from './builder.ts';
import { RecordingStatus } from './connection.ts';
import { uses } from './coverage.ts';
import { specFields } from './fields.ts';
import { DockTool, Project } from './projects.ts';

export const Template = builder.loadableNodeRef('Template', {
  id: { resolve: (template) => template.id },
  load: (ids: string[], ctx: Context) => fetchTemplates(ctx, ids),
  cacheResolved: (template: Wire.Template) => loaderKey(template),
});

const TemplateConnection = builder.connectionObject({ type: Template, name: 'TemplateConnection' }, { name: 'TemplateEdge' });

/** Keyed by template and construction: the GET needs both. */
export const ProjectConstruction = builder.loadableNodeRef('ProjectConstruction', {
  id: { resolve: (construction) => constructionKey(construction) },
  load: (keys: string[], ctx: Context) => fetchProjectConstructions(ctx, keys),
  toKey: (construction: ProjectConstructionRecord) => constructionKey(construction),
  cacheResolved: false,
});

Template.implement({
  description: 'A blueprint for new projects: its name, description and the tools new projects start with.',
  extensions: uses('GetTemplate'),
  fields: (t) => ({
    ...specFields(t, 'Template', {
      description: 'A short description, plain text.',
      appUrl: 'Where it lives in the web app.',
    }),
    dock: t.field({ type: [DockTool], description: 'The tools projects made from it get, enabled or not, in dock order.', resolve: (template) => template.dock ?? [] }),
  }),
});

ProjectConstruction.implement({
  description: 'A project being built from a template; Basecamp builds it in the background.',
  extensions: uses('GetProjectConstruction'),
  fields: (t) => ({
    ...specFields(t, 'ProjectConstruction', {
      basecampId: 'The numeric Basecamp id of the construction, as a string.',
      status: '`pending` while building, `completed` once the project exists.',
      url: 'REST URL to poll (at most once a second).',
    }),
    project: t.field({
      type: Project,
      nullable: true,
      description: 'The new project once the construction is complete; embedded in full, so no extra call.',
      resolve: (construction) => (construction.project ?? null) as Wire.Project | null,
    }),
    template: t.field({ type: Template, nullable: true, description: 'The template it is built from.', resolve: (construction) => construction.template_id }),
  }),
});

builder.queryFields((t) => ({
  templates: t.connection(
    {
      type: Template,
      nullable: true,
      description: 'The account\'s templates, most recently created first.',
      extensions: uses('ListTemplates'),
      args: { status: t.arg({ type: RecordingStatus, description: 'Archived or trashed templates instead of active ones.' }) },
      resolve: (_root, args, ctx) => listTemplates(ctx, args),
    },
    TemplateConnection,
  ),
  template: t.field({
    type: Template,
    nullable: true,
    description: 'A template, by global id or Basecamp id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => toBasecampId(args.id, ctx.accountId, ['Template']),
  }),
  projectConstruction: t.field({
    type: ProjectConstruction,
    nullable: true,
    description: 'A project construction, to see whether the project is ready.',
    args: {
      templateId: t.arg.id({ required: true, description: 'The template, by global id or Basecamp id.' }),
      id: t.arg.id({ required: true, description: 'The construction\'s Basecamp id.' }),
    },
    resolve: (_root, args, ctx) => constructionRef(ctx, args.templateId, args.id),
  }),
}));

builder.relayMutationField(
  'createTemplate',
  { inputFields: (t) => ({ name: t.string({ required: true }), description: t.string({ description: 'Plain text.' }) }) },
  { description: 'Creates a template with the default tools.', extensions: uses('CreateTemplate'), resolve: (_root, { input }, ctx) => createTemplate(ctx, input) },
  { outputFields: (t) => ({ template: t.field({ type: Template, resolve: (template) => template }) }) },
);

builder.relayMutationField(
  'updateTemplate',
  {
    description: 'Changes to a template: fields left out keep their value, a null description clears it.',
    inputFields: (t) => ({ id: t.id({ required: true }), name: t.string({ description: 'Cannot be blank.' }), description: t.string() }),
  },
  { description: 'Renames or re-describes a template.', extensions: uses('GetTemplate', 'UpdateTemplate'), resolve: (_root, { input }, ctx) => updateTemplate(ctx, input) },
  { outputFields: (t) => ({ template: t.field({ type: Template, resolve: (template) => template }) }) },
);

builder.relayMutationField(
  'trashTemplate',
  { inputFields: (t) => ({ id: t.id({ required: true }) }) },
  { description: 'Moves a template to the trash; it is deleted for good after 30 days.', extensions: uses('DeleteTemplate'), resolve: (_root, { input }, ctx) => trashTemplate(ctx, input.id) },
  {
    outputFields: (t) => ({
      deletedId: t.id({ description: 'The global id of the trashed template, for client caches.', resolve: (id, _args, ctx) => encodeGlobalId('Template', ctx.accountId, id) }),
    }),
  },
);

builder.relayMutationField(
  'createProjectFromTemplate',
  {
    inputFields: (t) => ({
      templateId: t.id({ required: true }),
      name: t.string({ required: true, description: 'The new project\'s name.' }),
      description: t.string({ description: 'The new project\'s description.' }),
    }),
  },
  {
    description: 'Starts building a project from a template; poll `projectConstruction` until it is completed.',
    extensions: uses('CreateProjectFromTemplate'),
    resolve: (_root, { input }, ctx) => createProjectFromTemplate(ctx, input),
  },
  { outputFields: (t) => ({ projectConstruction: t.field({ type: ProjectConstruction, resolve: (construction) => construction }) }) },
);
