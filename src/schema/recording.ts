import type { GraphQLResolveInfo } from 'graphql';
import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { encodeGlobalId } from '../resolvers/global-id.ts';
import { linkOrStub } from '../resolvers/links.ts';
import { recordingRef, setRecordingStatus } from '../resolvers/recordings.ts';
import { isTodolistGroup } from '../resolvers/todos.ts';
import { builder } from './builder.ts';
import { RecordingStatus, RecordingType } from './closed-sets.ts';
import { embedded, readsAhead, stub } from './cost-hints.ts';
import { connectionOf } from './nodes.ts';
import { loadParent, mutation, selects } from './mutation.ts';
import { Person } from './people.ts';
import { graphqlTypeFor, loadRecording, loadRecordingNamed } from './recording-types.ts';

/** What every recording carries on the wire (docs README "Recordings: bucket contents"). */
export interface RecordingShape {
  id: BasecampId;
  status: string;
  visible_to_clients?: boolean;
  created_at: string;
  updated_at: string;
  title: string;
  inherits_status?: boolean;
  type: string;
  url: string;
  app_url: string;
  bookmark_url?: string;
  parent?: { id: BasecampId; type: string } | null;
  bucket: { id: BasecampId; name: string; type: string };
  creator: Wire.Person;
}


/**
 * Basecamp's `type` string → our GraphQL type, through the registry each family fills; a group is
 * a `Todolist` to Basecamp, so the object decides.
 */
function graphqlTypename(recording: RecordingShape): string {
  if (recording.type === 'Todolist' && isTodolistGroup(recording as Wire.Todolist)) return 'TodolistGroup';
  const typename = graphqlTypeFor(recording.type);
  if (!typename) throw new Error(`Recordings of Basecamp type "${recording.type}" are not modelled in this graph yet.`);
  return typename;
}

/** What an embedded `parent: { id, title, type, url, app_url }` can answer without loading it. */
const PARENT_STUB_FIELDS = new Set(['id', 'basecampId', 'title', 'type', 'url', 'appUrl']);

/** The stub when it answers the selection, else the full parent through its type's loader. */
function parentLink(ctx: Context, parent: NonNullable<RecordingShape['parent']>, info: GraphQLResolveInfo): RecordingShape | Promise<RecordingShape> | null {
  // A container the graph has no type for (the client portal's `Client::Board`, a column's
  // `Kanban::OnHold` section) answers null, as loading it would, rather than failing the field.
  if (!graphqlTypeFor(parent.type)) return null;
  // A `Todolist` parent may be a group, which only the full object tells apart.
  const link = linkOrStub(parent as RecordingShape, info, PARENT_STUB_FIELDS, parent.type !== 'Todolist');
  return typeof link === 'string' ? (loadRecording(ctx, parent) as Promise<RecordingShape> | null) : link;
}

export const Recording = builder.interfaceRef<RecordingShape>('Recording');
export const RecordingConnection = connectionOf(Recording);

Recording.implement({
  description: 'Anything recorded in a project: to-dos, lists, messages, documents, comments and the rest.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (recording) => graphqlTypename(recording),
  fields: (t) => ({
    basecampId: t.exposeID('id', { description: 'The numeric Basecamp id, as a string.' }),
    type: t.expose('type', { type: RecordingType, description: 'Basecamp\'s own type name, e.g. `TODO` for `Todo`, `CHAT_TRANSCRIPT` for `Chat::Transcript`.' }),
    status: t.expose('status', { type: RecordingStatus, description: 'Publication state: `ACTIVE`, `ARCHIVED`, `TRASHED` or `DRAFTED`.' }),
    visibleToClients: t.exposeBoolean('visible_to_clients', { nullable: true, description: 'Whether clients on the project can see it.' }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime' }),
    title: t.exposeString('title'),
    inheritsStatus: t.exposeBoolean('inherits_status', { nullable: true, description: 'Whether it is archived or trashed along with its parent.' }),
    url: t.exposeString('url', { description: 'Its REST URL.' }),
    appUrl: t.exposeString('app_url', { description: 'Where it lives in the Basecamp web app.' }),
    bookmarkUrl: t.exposeString('bookmark_url', { nullable: true }),
    creator: t.expose('creator', { type: Person, description: 'Who created it. Basecamp embeds the whole person, so this costs no extra call.', extensions: embedded() }),
    parent: t.field({
      type: Recording,
      nullable: true,
      description: 'The recording it sits in, e.g. a to-do\'s list; null for top-level tools and for containers this graph has no type for. Its id, title and URLs come with the recording: asking only for those costs no call.',
      extensions: stub(PARENT_STUB_FIELDS),
      resolve: (recording, _args, ctx, info) => (recording.parent ? parentLink(ctx, recording.parent, info) : null),
    }),
  }),
});

mutation('trashRecording', {
  description: 'Moves a recording (to-do, message, document, …) to the trash.',
  uses: ['TrashRecording'],
  input: (t) => ({ id: t.id({ required: true, description: 'A global id of any recording, or its Basecamp id.' }) }),
  resolve: async (input, ctx, info) => {
    const ref = recordingRef(ctx, input.id);
    // Where it sat is read before it goes (a trashed recording is not found), only when asked.
    const before = selects(info, 'parent') ? await loadRecordingNamed<RecordingShape>(ctx, ref) : null;
    return { ...(await setRecordingStatus(ctx, ref, 'trashed')), parent: before?.parent ?? null };
  },
  payload: (t) => ({
    deletedId: t.id({
      nullable: true,
      description: 'The global id of the trashed recording, when a global id was given (for client caches).',
      resolve: (ref, _args, ctx) => (ref.typename ? encodeGlobalId(ref.typename, ctx.accountId, ref.key ?? ref.id) : null),
    }),
    basecampId: t.id({ resolve: (ref) => ref.id }),
    parent: t.field({
      type: Recording,
      nullable: true,
      description: 'The recording it sat in (a to-do\'s list, a comment\'s message), as it is after the change: its counts drop. Null when only a Basecamp id was given.',
      extensions: readsAhead(),
      resolve: (trashed, _args, ctx) => loadParent(trashed, ctx, 'Recording') as Promise<RecordingShape> | null,
    }),
  }),
});

for (const [name, status, operation, description] of [
  ['archiveRecording', 'archived', 'ArchiveRecording', 'Archives a recording: kept, but out of the way.'],
  ['unarchiveRecording', 'active', 'UnarchiveRecording', 'Makes an archived or trashed recording active again.'],
] as const) {
  mutation(name, {
    description,
    uses: [operation],
    input: (t) => ({ id: t.id({ required: true, description: 'A global id of any recording, or its Basecamp id.' }) }),
    resolve: (input, ctx) => setRecordingStatus(ctx, recordingRef(ctx, input.id), status),
    payload: (t) => ({
      recording: t.field({
        type: Recording,
        nullable: true,
        description: 'The recording as it is now; null when only a Basecamp id was given, since its type is then unknown.',
        resolve: (ref, _args, ctx) => loadRecordingNamed<RecordingShape>(ctx, ref),
      }),
      basecampId: t.id({ resolve: (ref) => ref.id }),
    }),
  });
}
