import type * as Wire from '../client/wire-types.ts';
import { fetchSearchMetadata, listEverythingFiles, listRecordings, search } from '../resolvers/search.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { RecordingStatus } from './closed-sets.ts';
import { RecordingSort, RecordingSortDirection } from './connection.ts';
import { calls, uses } from './coverage.ts';
import { connectionOf, identifiedRef, implementObject, paged } from './nodes.ts';
import { specFields } from './fields.ts';
import { Person } from './people.ts';
import { Project } from './projects.ts';
import { loadRecording } from './recording-types.ts';
import { Recording, RecordingConnection, type RecordingShape } from './recording.ts';
import { enumOf } from './enums.ts';

/** The types `GET /projects/recordings.json` lists (docs: recordings.md; `Door` from the spec). */
const ListableRecordingType = enumOf('ListableRecordingType', 'A kind of recording the cross-project `recordings` listing can return.', {
  COMMENT: 'Comment',
  DOCUMENT: 'Document',
  DOOR: ['Door', 'A link to an outside service.'],
  KANBAN_CARD: ['Kanban::Card', 'A card-table card.'],
  KANBAN_STEP: ['Kanban::Step', 'A step on a card.'],
  MESSAGE: 'Message',
  QUESTION_ANSWER: ['Question::Answer', 'An answer to a check-in question.'],
  SCHEDULE_ENTRY: 'Schedule::Entry',
  TODO: 'Todo',
  TODOLIST: 'Todolist',
  UPLOAD: 'Upload',
  VAULT: ['Vault', 'A Docs & Files folder.'],
});

const SearchSince = enumOf('SearchSince', 'How far back a search looks.', {
  LAST_7_DAYS: 'last_7_days',
  LAST_30_DAYS: 'last_30_days',
  LAST_90_DAYS: 'last_90_days',
  LAST_12_MONTHS: 'last_12_months',
  FOREVER: 'forever',
});

const SearchSort = enumOf('SearchSort', 'How search results are ordered.', {
  BEST_MATCH: ['best_match', 'Relevance, with a boost for recent things (the default).'],
  RECENCY: ['recency', 'Most recently updated first.'],
});

const FileKind = enumOf('FileKind', 'Narrows the account-wide file list.', {
  IMAGES: 'images',
  PDFS: 'pdfs',
  DOCUMENTS: ['documents', 'Documents and other non-media files.'],
  VIDEOS: 'videos',
});

const SearchResultAttachment = implementObject(identifiedRef<NonNullable<Wire.SearchResult['attachments']>[number]>('SearchResultAttachment', { nullable: true }), 'A file attached to a search hit.', (t) => ({
  basecampId: t.exposeID('id', { nullable: true }),
  sgid: t.exposeString('sgid', { nullable: true, description: 'Signed global id, for embedding the file in rich text.' }),
  filename: t.exposeString('filename'),
  contentType: t.exposeString('content_type', { description: 'MIME type.' }),
  byteSize: t.exposeFloat('byte_size', { description: 'Size in bytes.' }),
  downloadUrl: t.exposeString('download_url', { description: 'Authenticated download URL.' }),
  previewable: t.exposeBoolean('previewable', { nullable: true }),
  previewUrl: t.exposeString('preview_url', { nullable: true }),
  thumbnailUrl: t.exposeString('thumbnail_url', { nullable: true }),
}));

const SearchResult = implementObject(identifiedRef<Wire.SearchResult>('SearchResult', { nullable: true }), 'One hit of a search: the matching recording in Basecamp\'s search projection, with highlighted excerpts.', (t) => ({
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
    resolve: (hit, _args, ctx) => (hit.id && hit.type ? (loadRecording(ctx, hit) as Promise<RecordingShape> | null) : null),
  }),
}));

const SearchResultConnection = connectionOf(SearchResult);

const SearchFilterOption = implementObject(builder.objectRef<Wire.SearchType>('SearchFilterOption'), 'One choice for a search filter.', (t) => ({
  ...specFields(t, 'SearchType', {
    key: 'What to pass as the filter; null for "everything".',
    value: 'The label to show.',
  }),
}));

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
  recordings: paged(t, RecordingConnection, 'ListRecordings', {
    description: 'One kind of recording across projects (all active ones you can see unless `projectIds` narrows it), in one call.',
    args: {
      type: t.arg({ type: ListableRecordingType, required: true }),
      projectIds: t.arg.idList({ description: 'Only these projects (global or Basecamp ids).' }),
      status: t.arg({ type: RecordingStatus, description: 'Archived or trashed recordings instead of active ones.' }),
      sort: t.arg({ type: RecordingSort, description: 'Defaults to creation time.' }),
      direction: t.arg({ type: RecordingSortDirection, description: 'Defaults to newest first.' }),
    },
    resolve: (_root, args, ctx) => listRecordings(ctx, args),
  }),
  files: paged(t, RecordingConnection, 'GetEverythingFiles', {
    description: 'Every upload and document you can see, newest first.',
    args: { kind: t.arg({ type: FileKind }), creatorIds: t.arg.idList({ description: 'Only files these people added.' }) },
    resolve: (_root, args, ctx) => listEverythingFiles(ctx, args) as never,
  }),
  search: paged(t, SearchResultConnection, 'Search', {
    description: 'Full-text search across everything you can see in the account.',
    args: {
      query: t.arg.string({ required: true, description: 'The words to look for.' }),
      // Strings, not enums: Basecamp says the choices vary and are to be read from `searchMetadata`.
      types: t.arg.stringList({ description: 'Keys from `searchMetadata.recordingSearchTypes`: hits of any of these types. An empty list filters nothing.' }),
      projectIds: t.arg.idList({ description: 'Only these projects. An empty list filters nothing.' }),
      creatorIds: t.arg.idList({ description: 'Only things one of these people created. An empty list filters nothing.' }),
      // Basecamp deprecated its single-value filters for the lists above; these still send them as they are.
      type: t.arg.string({ description: 'A `key` from `searchMetadata.recordingSearchTypes`.', deprecationReason: 'Use `types`: Basecamp deprecated the single-type filter.' }),
      projectId: t.arg.id({ description: 'Only this project.', deprecationReason: 'Use `projectIds`: Basecamp deprecated the single-project filter.' }),
      creatorId: t.arg.id({ description: 'Only things this person created.', deprecationReason: 'Use `creatorIds`: Basecamp deprecated the single-creator filter.' }),
      fileType: t.arg.string({ description: 'A `key` from `searchMetadata.fileSearchTypes`.' }),
      excludeChat: t.arg.boolean({ description: 'Leave chat lines out.' }),
      since: t.arg({ type: SearchSince }),
      sort: t.arg({ type: SearchSort }),
    },
    resolve: (_root, args, ctx) => search(ctx, args),
  }),
  searchMetadata: t.field({
    type: SearchMetadata,
    ...calls('GetSearchMetadata'),
    description: 'The filter choices `search` accepts.',
    resolve: (_root, _args, ctx) => fetchSearchMetadata(ctx),
  }),
}));
