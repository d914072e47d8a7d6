import type * as Wire from '../client/wire-types.ts';
import { fetchSearchMetadata, listRecordings, search } from '../resolvers/search.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { RecordingStatus } from './closed-sets.ts';
import { RecordingSort, RecordingSortDirection } from './connection.ts';
import { uses } from './coverage.ts';
import { connectionOf, identifiedRef } from './nodes.ts';
import { specFields } from './fields.ts';
import { Person } from './people.ts';
import { Project } from './projects.ts';
import { loadRecording } from './recording-types.ts';
import { Recording, RecordingConnection, type RecordingShape } from './recording.ts';

/** The types `GET /projects/recordings.json` lists (docs: recordings.md; `Door` from the spec). */
const ListableRecordingType = builder.enumType('ListableRecordingType', {
  description: 'A kind of recording the cross-project `recordings` listing can return.',
  values: {
    COMMENT: { value: 'Comment' },
    DOCUMENT: { value: 'Document' },
    DOOR: { value: 'Door', description: 'A link to an outside service.' },
    KANBAN_CARD: { value: 'Kanban::Card', description: 'A card-table card.' },
    KANBAN_STEP: { value: 'Kanban::Step', description: 'A step on a card.' },
    MESSAGE: { value: 'Message' },
    QUESTION_ANSWER: { value: 'Question::Answer', description: 'An answer to a check-in question.' },
    SCHEDULE_ENTRY: { value: 'Schedule::Entry' },
    TODO: { value: 'Todo' },
    TODOLIST: { value: 'Todolist' },
    UPLOAD: { value: 'Upload' },
    VAULT: { value: 'Vault', description: 'A Docs & Files folder.' },
  } as const,
});

const SearchSince = builder.enumType('SearchSince', {
  description: 'How far back a search looks.',
  values: {
    LAST_7_DAYS: { value: 'last_7_days' },
    LAST_30_DAYS: { value: 'last_30_days' },
    LAST_90_DAYS: { value: 'last_90_days' },
    LAST_12_MONTHS: { value: 'last_12_months' },
    FOREVER: { value: 'forever' },
  } as const,
});

const SearchSort = builder.enumType('SearchSort', {
  description: 'How search results are ordered.',
  values: {
    BEST_MATCH: { value: 'best_match', description: 'Relevance, with a boost for recent things (the default).' },
    RECENCY: { value: 'recency', description: 'Most recently updated first.' },
  } as const,
});

const SearchResultAttachment = identifiedRef<NonNullable<Wire.SearchResult['attachments']>[number]>('SearchResultAttachment', { nullable: true }).implement({
  description: 'A file attached to a search hit.',
  fields: (t) => ({
    basecampId: t.exposeID('id', { nullable: true }),
    sgid: t.exposeString('sgid', { nullable: true, description: 'Signed global id, for embedding the file in rich text.' }),
    filename: t.exposeString('filename'),
    contentType: t.exposeString('content_type', { description: 'MIME type.' }),
    byteSize: t.exposeFloat('byte_size', { description: 'Size in bytes.' }),
    downloadUrl: t.exposeString('download_url', { description: 'Authenticated download URL.' }),
    previewable: t.exposeBoolean('previewable', { nullable: true }),
    previewUrl: t.exposeString('preview_url', { nullable: true }),
    thumbnailUrl: t.exposeString('thumbnail_url', { nullable: true }),
  }),
});

const SearchResult = identifiedRef<Wire.SearchResult>('SearchResult', { nullable: true }).implement({
  description: 'One hit of a search: the matching recording in Basecamp\'s search projection, with highlighted excerpts.',
  fields: (t) => ({
    ...specFields(t, 'SearchResult', {
      basecampId: 'The recording\'s Basecamp id; absent for bare file hits.',
      type: 'Basecamp\'s type of the recording, e.g. `TODO`.',
      content: 'Rich text (HTML), for types that have content.',
      description: 'Rich text (HTML), for types that have a description.',
      plainTextContent: 'The text without markup, matched terms wrapped in `<em>`: escape it before showing.',
      plainTextDescription: 'Like `plainTextContent`, for the description.',
      byteSize: { type: 'Float' },
    }),
    attachments: t.field({ type: [SearchResultAttachment], nullable: true, resolve: (hit) => hit.attachments ?? null }),
    contentAttachments: t.field({ type: [SearchResultAttachment], nullable: true, description: 'Files in the content.', resolve: (hit) => hit.content_attachments ?? null }),
    descriptionAttachments: t.field({ type: [SearchResultAttachment], nullable: true, description: 'Files in the description.', resolve: (hit) => hit.description_attachments ?? null }),
    subscribers: t.field({ type: [Person], nullable: true, description: 'Embedded in full for some types.', extensions: embedded(), resolve: (hit) => hit.subscribers ?? null }),
    creator: t.field({ type: Person, nullable: true, description: 'Embedded in full, so no extra call.', extensions: embedded(), resolve: (hit) => hit.creator ?? null }),
    bucket: t.field({ type: Project, nullable: true, description: 'The project it belongs to.', resolve: (hit) => hit.bucket?.id ?? null }),
    parent: t.field({
      type: Recording,
      nullable: true,
      description: 'The recording it sits in.',
      resolve: (hit, _args, ctx) => (hit.parent ? (loadRecording(ctx, hit.parent) as Promise<RecordingShape> | null) : null),
    }),
    recording: t.field({
      type: Recording,
      nullable: true,
      description: 'The hit as its own full type (loaded when selected); null for types this graph does not model.',
      resolve: (hit, _args, ctx) => (hit.id && hit.type ? (loadRecording(ctx, { id: hit.id, type: hit.type }) as Promise<RecordingShape> | null) : null),
    }),
  }),
});

const SearchResultConnection = connectionOf(SearchResult);

const SearchFilterOption = builder.objectRef<Wire.SearchType>('SearchFilterOption').implement({
  description: 'One choice for a search filter.',
  fields: (t) => ({
    ...specFields(t, 'SearchType', {
      key: 'What to pass as the filter; null for "everything".',
      value: 'The label to show.',
    }),
  }),
});

const SearchMetadata = builder.objectRef<Wire.SearchMetadata>('SearchMetadata').implement({
  description: 'The filter choices search accepts; read them rather than hard-coding them.',
  extensions: uses('GetSearchMetadata'),
  fields: (t) => ({
    recordingSearchTypes: t.expose('recording_search_types', { type: [SearchFilterOption], description: 'Choices for `type`.' }),
    fileSearchTypes: t.expose('file_search_types', { type: [SearchFilterOption], description: 'Choices for `fileType`.' }),
    ...specFields(t, 'SearchMetadata'),
  }),
});

builder.queryFields((t) => ({
  recordings: t.connection(
    {
      type: Recording,
      nullable: true,
      description: 'One kind of recording across projects (all active ones you can see unless `projectIds` narrows it), in one call.',
      extensions: uses('ListRecordings'),
      args: {
        type: t.arg({ type: ListableRecordingType, required: true }),
        projectIds: t.arg.idList({ description: 'Only these projects (global or Basecamp ids).' }),
        status: t.arg({ type: RecordingStatus, description: 'Archived or trashed recordings instead of active ones.' }),
        sort: t.arg({ type: RecordingSort, description: 'Defaults to creation time.' }),
        direction: t.arg({ type: RecordingSortDirection, description: 'Defaults to newest first.' }),
      },
      resolve: (_root, args, ctx) => listRecordings(ctx, args),
    },
    RecordingConnection,
  ),
  search: t.connection(
    {
      type: SearchResult,
      nullable: true,
      description: 'Full-text search across everything you can see in the account.',
      extensions: uses('Search'),
      args: {
        query: t.arg.string({ required: true, description: 'The words to look for.' }),
        // Strings, not enums: Basecamp says the choices vary and are to be read from `searchMetadata`.
        type: t.arg.string({ description: 'A `key` from `searchMetadata.recordingSearchTypes`.' }),
        projectId: t.arg.id({ description: 'Only this project.' }),
        creatorId: t.arg.id({ description: 'Only things this person created.' }),
        fileType: t.arg.string({ description: 'A `key` from `searchMetadata.fileSearchTypes`.' }),
        excludeChat: t.arg.boolean({ description: 'Leave chat lines out.' }),
        since: t.arg({ type: SearchSince }),
        sort: t.arg({ type: SearchSort }),
      },
      resolve: (_root, args, ctx) => search(ctx, args),
    },
    SearchResultConnection,
  ),
  searchMetadata: t.field({
    type: SearchMetadata,
    nullable: true,
    description: 'The filter choices `search` accepts.',
    extensions: uses('GetSearchMetadata'),
    resolve: (_root, _args, ctx) => fetchSearchMetadata(ctx),
  }),
}));
