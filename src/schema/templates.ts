import type * as Wire from '../client/wire-types.ts';
import { statusQuery } from '../resolvers/projects.ts';
import {
  constructionKey,
  constructionRef,
  createProjectFromTemplate,
  createTemplate,
  fetchProjectConstructions,
  fetchTemplates,
  updateTemplate,
} from '../resolvers/templates.ts';
import { builder } from './builder.ts';
import { statusArg } from './connection.ts';
import { embedded } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { connectionOf, node, paged } from './nodes.ts';
import { deletion, mutation } from './mutation.ts';
import { specFields } from './fields.ts';
import { specInput, specPatch } from './inputs.ts';
import { DockTool, Project } from './projects.ts';

export const Template = node('Template', { load: fetchTemplates, lookup: 'A template' });

const TemplateConnection = connectionOf(Template);

/** Keyed by template and construction: the GET needs both. */
export const ProjectConstruction = node('ProjectConstruction', { load: fetchProjectConstructions, key: constructionKey, prime: false });

Template.implement({
  description: 'A blueprint for new projects: its name, description and the tools new projects start with.',
  extensions: uses('GetTemplate'),
  fields: (t) => ({
    ...specFields(t, 'Template', {
      description: 'A short description, plain text.',
      appUrl: 'Where it lives in the web app.',
      dock: { type: [DockTool], description: 'The tools projects made from it get, enabled or not, in dock order.' },
    }),
  }),
});

ProjectConstruction.implement({
  description: 'A project being built from a template; Basecamp builds it in the background.',
  extensions: uses('GetProjectConstruction'),
  fields: (t) => ({
    ...specFields(t, 'ProjectConstruction', {
      basecampId: 'The numeric Basecamp id of the construction, as a string.',
      status: '`PENDING` while building, `COMPLETED` once the project exists.',
      url: 'REST URL to poll (at most once a second).',
    }),
    project: t.field({
      type: Project,
      nullable: true,
      description: 'The new project once the construction is complete; embedded in full, so no extra call.',
      extensions: embedded(),
      resolve: (construction) => (construction.project ?? null) as Wire.Project | null,
    }),
    template: t.expose('template_id', { type: Template, nullable: true, description: 'The template it is built from.' }),
  }),
});

builder.queryFields((t) => ({
  templates: paged(t, TemplateConnection, 'ListTemplates', {
    description: 'The account\'s templates, most recently created first.',
    args: statusArg(t, 'templates'),
    query: (args) => ({ status: statusQuery(args.status) }),
  }),
  projectConstruction: t.field({
    type: ProjectConstruction,
    nullable: true,
    description: 'A project construction, to see whether the project is ready.',
    args: {
      templateId: t.arg.id({ required: true, description: 'The template, by global id or Basecamp id.' }),
      id: t.arg.id({ required: true, description: 'The construction\'s global id, or its Basecamp id.' }),
    },
    resolve: (_root, args, ctx) => constructionRef(ctx, args.templateId, args.id),
  }),
}));

mutation('createTemplate', {
  description: 'Creates a template with the default tools.',
  uses: ['CreateTemplate'],
  input: (t) => specInput(t, 'CreateTemplate', { description: 'Plain text.' }),
  resolve: (input, ctx) => createTemplate(ctx, input),
  payload: { template: Template },
});

mutation('updateTemplate', {
  description: 'Renames or re-describes a template.',
  uses: ['GetTemplate', 'UpdateTemplate'],
  inputDescription: 'Changes to a template: fields left out keep their value, a null description clears it.',
  input: (t) => specPatch(t, 'UpdateTemplate', { name: 'Cannot be blank.' }),
  resolve: (input, ctx) => updateTemplate(ctx, input),
  payload: { template: Template },
});

deletion('trashTemplate', {
  description: 'Moves a template to the trash; it is deleted for good after 30 days.',
  operation: 'DeleteTemplate',
  type: 'Template',
  gone: 'trashed template',
});

mutation('createProjectFromTemplate', {
  description: 'Starts building a project from a template; poll `projectConstruction` until it is completed.',
  uses: ['CreateProjectFromTemplate'],
  input: (t) => specInput(t, 'CreateProjectFromTemplate', { name: 'The new project\'s name.', description: 'The new project\'s description.' }),
  resolve: (input, ctx) => createProjectFromTemplate(ctx, input),
  payload: { projectConstruction: ProjectConstruction },
});
