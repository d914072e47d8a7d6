import type * as Wire from '../client/wire-types.ts';
import {
  createProject,
  dockTool,
  fetchProjects,
  setProjectStatus,
  statusQuery,
  updateProject,
  updateProjectAccess,
  type ProjectRecord,
} from '../resolvers/projects.ts';
import { linkOrStub, projectBucket } from '../resolvers/links.ts';
import { builder } from './builder.ts';
import { embedded, stub } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { GaugeNeedleColor, RecordingStatus } from './closed-sets.ts';
import { connectionOf, identifiedRef, implementObject, linkTo, node, paged, type NodeRef } from './nodes.ts';
import { deletion, mutation } from './mutation.ts';
import { specFields } from './fields.ts';
import { specInput, specPatch } from './inputs.ts';
import { Person, PersonConnection } from './people.ts';
import { Recording } from './recording.ts';
import { Todoset } from './todos.ts';
import { enumOf } from './enums.ts';

export const Project = node('Project', { load: fetchProjects, lookup: 'One project' });

/**
 * A dock tool as a typed field on `Project`, declared by the tool's family: the tool's id from the
 * project's dock (`tool` is its dock name), loaded through its type; null when it is turned off.
 */
export function dockToolField<Shape extends object>(field: string, type: NodeRef<Shape>, tool: string, description: string): void {
  // Pothos cannot follow the generic shape; the field resolves to the loader key, which any node ref takes.
  builder.objectField(Project, field, (t) => t.field({ ...linkTo(type), description, resolve: (project) => (dockTool(project, tool)?.id ?? null) as never }));
}

export const DockTool = implementObject(identifiedRef<Wire.DockItem>('DockTool'), 'One tool in a project\'s dock; `enabled` says whether the project uses it.', (t) => ({
  ...specFields(t, 'DockItem', {
    basecampId: 'The Basecamp id of the tool itself (e.g. the to-do set).',
    name: 'The tool kind: `message_board`, `todoset`, `vault`, `chat`, `schedule`, `questionnaire`, `inbox`, `kanban_board`.',
    title: 'The name shown in the project, which people may rename.',
    position: 'Order in the dock; null when disabled.',
  }),
}));

const ClientCompany = implementObject(identifiedRef<Wire.ClientCompany>('ClientCompany'), 'The client company a project is shared with.', (t) => ({
  ...specFields(t, 'ClientCompany'),
}));

const Clientside = implementObject(builder.objectRef<Wire.ClientSide>('Clientside'), 'Where the client-facing side of a project lives.', (t) => ({
  ...specFields(t, 'ClientSide'),
}));

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
      lastNeedleColor: { type: GaugeNeedleColor, nullable: true, description: 'Colour of the latest gauge reading, as `Gauge.lastNeedleColor` gives it.' },
      lastNeedlePosition: { type: 'Int', nullable: true },
      previousNeedlePosition: { type: 'Int', nullable: true },
      dock: { type: [DockTool], description: 'All tools of the project, enabled or not, in dock order.' },
    }),
    clientCompany: t.expose('client_company', { type: ClientCompany, nullable: true }),
    clientside: t.expose('clientside', {
      type: Clientside,
      nullable: true,
      deprecationReason: 'Basecamp replaced the separate client side with client visibility: read `visibleToClients` on each recording.',
    }),
    todoset: t.field({
      type: Todoset,
      nullable: true,
      description: 'The project\'s to-dos; null when the tool is disabled.',
      resolve: (project) => dockTool(project, 'todoset')?.id ?? null,
    }),
    people: paged(t, PersonConnection, 'ListProjectPeople', {
      description: 'The active people on the project.',
      params: (project) => ({ projectId: project.id }),
    }),
  }),
});

const ProjectConnection = connectionOf(Project);

/** What a recording's embedded `bucket: { id, name, type }` can answer without loading the project. */
const BUCKET_STUB_FIELDS = new Set(['id', 'basecampId', 'name']);

builder.interfaceField(Recording, 'bucket', (t) =>
  t.field({
    type: Project,
    nullable: true,
    description: 'The project it belongs to; null in a standalone calendar, which is not a project. Its id and name come with the recording: asking only for those costs no call.',
    extensions: stub(BUCKET_STUB_FIELDS),
    resolve: (recording, _args, _ctx, info) => {
      const bucket = projectBucket(recording.bucket as unknown as ProjectRecord & { type?: string });
      return bucket && linkOrStub(bucket, info, BUCKET_STUB_FIELDS);
    },
  }),
);

builder.queryFields((t) => ({
  projects: paged(t, ProjectConnection, 'ListProjects', {
    description: 'Projects visible to the current user, most recently created first.',
    args: { status: t.arg({ type: RecordingStatus, description: 'Defaults to active projects.' }) },
    query: (args) => ({ status: statusQuery(args.status) }),
  }),
}));

// --- who is on a project, and whether it is active ---

for (const [name, status, operation, description] of [
  ['archiveProject', 'archived', 'ArchiveProject', 'Archives a project: kept, but out of the active list.'],
  ['unarchiveProject', 'active', 'UnarchiveProject', 'Makes an archived or trashed project active again.'],
] as const) {
  mutation(name, {
    description,
    uses: [operation],
    input: (t) => ({ id: t.id({ required: true, description: 'The project, by global id or Basecamp id.' }) }),
    resolve: (input, ctx) => setProjectStatus(ctx, input.id, status),
    payload: (t) => ({ project: t.field({ type: Project, nullable: true, description: 'The project as it is now.', extensions: uses('GetProject'), resolve: (id) => id }) }),
  });
}

const NewPerson = builder.inputType('NewPersonInput', {
  description: 'Someone to invite by email.',
  fields: (t) => ({
    name: t.string({ required: true }),
    emailAddress: t.string({ required: true }),
    title: t.string({ description: 'Job title.' }),
    companyName: t.string({ description: 'Their company; the account\'s own when left out.' }),
  }),
});

mutation('updateProjectAccess', {
  description: 'Grants or revokes access to a project, inviting new people as needed.',
  uses: ['UpdateProjectAccess'],
  inputDescription: 'Who to add to or remove from a project; give at least one.',
  input: (t) => ({
    ...specInput(t, 'UpdateProjectAccess', { grant: 'People already in the account to add.', revoke: 'People to remove.' }),
    create: t.field({ type: [NewPerson], description: 'New people to invite to the account and the project.' }),
  }),
  resolve: (input, ctx) => updateProjectAccess(ctx, input),
  payload: (t) => ({
    granted: t.field({ type: [Person], description: 'Who was given access (embedded in full).', extensions: embedded(), resolve: (result) => result.granted ?? [] }),
    revoked: t.field({ type: [Person], description: 'Who lost access.', extensions: embedded(), resolve: (result) => result.revoked ?? [] }),
    project: t.expose('projectId', { type: Project, nullable: true, description: 'The project, read again.' }),
  }),
});

// --- the project itself ---

const Admissions = enumOf('ProjectAdmissions', 'Who in the account may see a project.', {
  INVITE: ['invite', 'Only people invited to it.'],
  EMPLOYEE: ['employee', 'Anyone in the account.'],
  TEAM: ['team', 'Anyone in the account except clients.'],
});

mutation('createProject', {
  description: 'Creates a project with the default set of tools.',
  uses: ['CreateProject'],
  input: (t) => specInput(t, 'CreateProject'),
  resolve: (input, ctx) => createProject(ctx, input),
  payload: { project: Project },
});

mutation('updateProject', {
  description: 'Edits a project\'s name, description, access policy or schedule.',
  uses: ['GetProject', 'UpdateProject'],
  inputDescription: 'Changes to a project: fields left out keep their value.',
  input: (t) => ({
    ...specPatch(t, 'UpdateProject', { admissions: false, startDate: 'The first day; left out, the current one stays. Cannot be cleared.', endDate: 'The last day; left out, the current one stays. Cannot be cleared.' }),
    admissions: t.field({ type: Admissions }),
  }),
  resolve: (input, ctx) => updateProject(ctx, input),
  payload: { project: Project },
});

deletion('trashProject', {
  description: 'Moves a project to the trash; Basecamp deletes it for good after 30 days.',
  operation: 'TrashProject',
  type: 'Project',
  gone: 'trashed project',
});
