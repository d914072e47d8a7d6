import type * as Wire from '../client/wire-types.ts';
import { listProjectPeople } from '../resolvers/people.ts';
import { createProject, dockTool, fetchProjects, listProjects, trashProject, updateProject, type ProjectRecord } from '../resolvers/projects.ts';
import { encodeGlobalId } from '../resolvers/global-id.ts';
import { linkOrStub } from '../resolvers/links.ts';
import { builder } from './builder.ts';
import { stub } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { RecordingStatus } from './closed-sets.ts';
import { connectionOf, identifiedRef, node } from './nodes.ts';
import { mutation } from './mutation.ts';
import { specFields } from './fields.ts';
import { Person, PersonConnection } from './people.ts';
import { Recording } from './recording.ts';
import { Todoset } from './todos.ts';

export const Project = node('Project', { load: fetchProjects, lookup: 'One project' });

export const DockTool = identifiedRef<Wire.DockItem>('DockTool').implement({
  description: 'One tool in a project\'s dock; `enabled` says whether the project uses it.',
  fields: (t) => ({
    ...specFields(t, 'DockItem', {
      basecampId: 'The Basecamp id of the tool itself (e.g. the to-do set).',
      name: 'The tool kind: `message_board`, `todoset`, `vault`, `chat`, `schedule`, `questionnaire`, `inbox`, `kanban_board`.',
      title: 'The name shown in the project, which people may rename.',
      position: 'Order in the dock; null when disabled.',
    }),
  }),
});

const ClientCompany = identifiedRef<Wire.ClientCompany>('ClientCompany').implement({
  description: 'The client company a project is shared with.',
  fields: (t) => ({
    ...specFields(t, 'ClientCompany'),
  }),
});

const Clientside = builder.objectRef<Wire.ClientSide>('Clientside').implement({
  description: 'Where the client-facing side of a project lives.',
  fields: (t) => ({
    ...specFields(t, 'ClientSide'),
  }),
});

Project.implement({
  description: 'A project (Basecamp calls its storage a "bucket"): its people, its dock of tools and everything in them.',
  extensions: uses('GetProject'),
  fields: (t) => ({
    ...specFields(t, 'Project', {
      basecampId: 'The numeric Basecamp id (also the bucket id), as a string.',
      description: 'A short description, plain text.',
      purpose: 'What the project is for, e.g. `topic` or `team`.',
      clientsEnabled: 'Whether clients can be invited.',
      timesheetEnabled: { type: 'Boolean', nullable: true, description: 'Whether time tracking is on.' },
      color: { type: 'String', nullable: true },
      lastNeedleColor: { type: 'String', nullable: true, description: 'Colour of the latest hill-chart needle.' },
      lastNeedlePosition: { type: 'Int', nullable: true },
      previousNeedlePosition: { type: 'Int', nullable: true },
    }),
    clientCompany: t.expose('client_company', { type: ClientCompany, nullable: true }),
    clientside: t.expose('clientside', { type: Clientside, nullable: true }),
    dock: t.field({
      type: [DockTool],
      description: 'All tools of the project, enabled or not, in dock order.',
      resolve: (project) => project.dock ?? [],
    }),
    todoset: t.field({
      type: Todoset,
      nullable: true,
      description: 'The project\'s to-dos; null when the tool is disabled.',
      resolve: (project) => dockTool(project, 'todoset')?.id ?? null,
    }),
    people: t.connection(
      {
        type: Person,
        nullable: true,
        description: 'The active people on the project.',
        extensions: uses('ListProjectPeople'),
        resolve: (project, args, ctx) => listProjectPeople(ctx, project.id, args),
      },
      PersonConnection,
    ),
  }),
});

const ProjectConnection = connectionOf(Project);

/** What a recording's embedded `bucket: { id, name, type }` can answer without loading the project. */
const BUCKET_STUB_FIELDS = new Set(['id', 'basecampId', 'name']);

builder.interfaceField(Recording, 'bucket', (t) =>
  t.field({
    type: Project,
    nullable: true,
    description: 'The project it belongs to. Its id and name come with the recording: asking only for those costs no call.',
    extensions: stub(BUCKET_STUB_FIELDS),
    resolve: (recording, _args, _ctx, info) => linkOrStub(recording.bucket as unknown as ProjectRecord, info, BUCKET_STUB_FIELDS),
  }),
);

builder.queryFields((t) => ({
  projects: t.connection(
    {
      type: Project,
      nullable: true,
      description: 'Projects visible to the current user, most recently created first.',
      extensions: uses('ListProjects'),
      args: { status: t.arg({ type: RecordingStatus, description: 'Defaults to active projects.' }) },
      resolve: (_root, args, ctx) => listProjects(ctx, args),
    },
    ProjectConnection,
  ),
}));

const Admissions = builder.enumType('ProjectAdmissions', {
  description: 'Who in the account may see a project.',
  values: {
    INVITE: { value: 'invite', description: 'Only people invited to it.' },
    EMPLOYEE: { value: 'employee', description: 'Anyone in the account.' },
    TEAM: { value: 'team', description: 'Anyone in the account except clients.' },
  } as const,
});

mutation('createProject', {
  description: 'Creates a project with the default set of tools.',
  uses: ['CreateProject'],
  input: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
  }),
  resolve: (input, ctx) => createProject(ctx, input),
  payload: { project: Project },
});

mutation('updateProject', {
  description: 'Edits a project\'s name, description, access policy or schedule.',
  uses: ['GetProject', 'UpdateProject'],
  inputDescription: 'Changes to a project: fields left out keep their value.',
  input: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    description: t.string(),
    admissions: t.field({ type: Admissions }),
    startDate: t.field({ type: 'Date', description: 'Give together with `endDate`.' }),
    endDate: t.field({ type: 'Date', description: 'Give together with `startDate`.' }),
  }),
  resolve: (input, ctx) => updateProject(ctx, input),
  payload: { project: Project },
});

mutation('trashProject', {
  description: 'Moves a project to the trash; Basecamp deletes it for good after 30 days.',
  uses: ['TrashProject'],
  input: (t) => ({ id: t.id({ required: true }) }),
  resolve: (input, ctx) => trashProject(ctx, input.id),
  payload: (t) => ({
    deletedId: t.id({ description: 'The global id of the trashed project, for client caches.', resolve: (id, _args, ctx) => encodeGlobalId('Project', ctx.accountId, id) }),
  }),
});
