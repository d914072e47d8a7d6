import type * as Wire from '../client/wire-types.ts';
import {
  fetchCloudFiles,
  fetchDocuments,
  fetchFolders,
  fetchGoogleDocuments,
  fetchUploads,
  fetchVaults,
  folderProjects,
  listFolders,
  type AttachmentRecord,
  type UploadVersionRecord,
} from '../resolvers/files.ts';
import { statusQuery } from '../resolvers/projects.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { statusArg } from './connection.ts';
import { calls, uses } from './coverage.ts';
import { connectionOf, identifiedRef, implementObject, node, paged } from './nodes.ts';
import { recordingFields, specFields } from './fields.ts';
import { Person } from './people.ts';
import { dockToolField, Project } from './projects.ts';
import { Todo, Todolist, TodolistGroup } from './todos.ts';
import { implementRecording } from './recording-type.ts';

export const Vault = node('Vault', { load: fetchVaults, recordingTypes: ['Vault'], lookup: 'A vault (Docs & Files folder)' });
export const Document = node('Document', { load: fetchDocuments, recordingTypes: ['Document'], lookup: 'A document' });
export const Upload = node('Upload', { load: fetchUploads, recordingTypes: ['Upload'], lookup: 'An uploaded file' });
export const CloudFile = node('CloudFile', { load: fetchCloudFiles, recordingTypes: ['CloudFile'], lookup: 'A linked cloud file' });

export const GoogleDocument = node('GoogleDocument', {
  load: fetchGoogleDocuments,
  recordingTypes: ['GoogleDocument'],
  lookup: 'A linked Google document',
});

export const Folder = node('Folder', {
  load: fetchFolders,
  // The list shape lacks `projects`; priming from it would hide them from a later `folder(id:)`.
  prime: false,
  lookup: 'One of the current person\'s home-screen folders',
});

const VaultConnection = connectionOf(Vault);
const DocumentConnection = connectionOf(Document);
const UploadConnection = connectionOf(Upload);

/**
 * A file: what `createAttachment` answers with, and each file embedded in rich text
 * (`contentAttachments`, `descriptionAttachments`). Neither has a GET of its own, so it is not a node.
 */
export const Attachment = implementObject(identifiedRef<AttachmentRecord>('Attachment', { nullable: true }), 'A stored file, referenced from rich text or turned into an upload by its signed id.', (t) => ({
  basecampId: t.exposeID('id', { nullable: true, description: 'The numeric Basecamp id, as a string.' }),
  attachableSgid: t.exposeString('attachable_sgid', { nullable: true, description: 'The signed id to pass as `attachableSgid` when creating an upload, or to embed in rich text.' }),
  sgid: t.exposeString('sgid', { nullable: true, description: 'The signed id as rich text carries it.' }),
  statusUrl: t.exposeString('status_url', { nullable: true, description: 'Where to check on processing of a fresh upload.' }),
  caption: t.exposeString('caption', { nullable: true }),
  filename: t.exposeString('filename', { nullable: true }),
  contentType: t.exposeString('content_type', { nullable: true, description: 'The MIME type, e.g. `image/png`.' }),
  byteSize: t.exposeInt('byte_size', { nullable: true, description: 'Size in bytes.' }),
  width: t.exposeInt('width', { nullable: true, description: 'Pixels; null unless an image.' }),
  height: t.exposeInt('height', { nullable: true, description: 'Pixels; null unless an image.' }),
  key: t.exposeString('key', { nullable: true, description: 'The storage key of the file\'s bytes.' }),
  downloadUrl: t.exposeString('download_url', { nullable: true }),
  previewable: t.exposeBoolean('previewable', { nullable: true, description: 'Whether Basecamp can render a preview.' }),
  previewUrl: t.exposeString('preview_url', { nullable: true }),
  thumbnailUrl: t.exposeString('thumbnail_url', { nullable: true }),
}));

implementRecording(Vault, 'A folder in a project\'s Docs & Files: the tool itself or a folder nested inside it.', (t) => ({
  ...recordingFields(t, 'Vault', {
    documentsCount: 'Active documents directly inside.',
    uploadsCount: 'Active uploads directly inside.',
    vaultsCount: 'Folders directly inside.',
  }),
  vaults: paged(t, VaultConnection, 'ListVaults', {
    description: 'The folders directly inside this one.',
    args: statusArg(t, 'folders'),
    params: (vault) => ({ vaultId: vault.id }),
    query: (args) => ({ status: statusQuery(args.status) }),
  }),
  documents: paged(t, DocumentConnection, 'ListDocuments', {
    description: 'The documents directly inside.',
    args: statusArg(t, 'documents'),
    params: (vault) => ({ vaultId: vault.id }),
    query: (args) => ({ status: statusQuery(args.status) }),
  }),
  uploads: paged(t, UploadConnection, 'ListUploads', {
    description: 'The uploaded files directly inside.',
    args: statusArg(t, 'uploads'),
    params: (vault) => ({ vaultId: vault.id }),
    query: (args) => ({ status: statusQuery(args.status) }),
  }),
}));

implementRecording(Document, 'A rich-text document kept in a vault.', (t) => ({
  ...recordingFields(t, 'Document', {
    content: 'The body, as rich text (HTML).',
    subscriptionUrl: 'Where to subscribe to or leave its notifications.',
    contentAttachments: { type: [Attachment], description: 'Files embedded in the body.' },
  }),
}));

const UploadVersionDetails = implementObject(builder.objectRef<NonNullable<Wire.UploadVersion['details']>>('UploadVersionDetails'), 'Who a version event subscribed, unsubscribed or notified.', (t) => ({
  ...specFields(t, 'EventDetails'),
}));

type UploadVersionFileRecord = NonNullable<Wire.UploadVersion['upload']>;

const UploadVersionFile = implementObject(builder.objectRef<UploadVersionFileRecord>('UploadVersionFile'), 'The file one version of an upload recorded.', (t) => ({
  ...specFields(t, 'UploadVersionFile', {
    downloadUrl: 'Downloads this version\'s bytes, not the latest.',
    current: 'True for the newest version event only.',
  }),
}));

const UploadVersion = implementObject(identifiedRef<UploadVersionRecord>('UploadVersion'), 'One event in an upload\'s file history: its creation or a replacement of its file.', (t) => ({
  ...specFields(t, 'UploadVersion', {
    basecampId: 'The numeric Basecamp id of the event, as a string.',
    recordingId: 'The Basecamp id of the upload.',
    action: '`created`, `active` or `blob_changed`.',
  }),
  details: t.expose('details', { type: UploadVersionDetails, nullable: true }),
  creator: t.expose('creator', { type: Person, description: 'Who made the change; embedded in full.', extensions: embedded() }),
  upload: t.expose('upload', { type: UploadVersionFile, nullable: true, description: 'The file as it was at this version.' }),
}));

const UploadVersionConnection = connectionOf(UploadVersion);

implementRecording(Upload, 'A file uploaded into a vault, with its version history.', (t) => ({
  ...recordingFields(t, 'Upload', {
    description: 'Notes about the file, as rich text (HTML).',
    contentType: 'The MIME type, e.g. `image/png`.',
    width: 'Pixels; null unless an image.',
    height: 'Pixels; null unless an image.',
    downloadUrl: 'Downloads the latest version (needs the same token).',
    appDownloadUrl: { type: 'String', nullable: true },
    subscriptionUrl: 'Where to subscribe to or leave its notifications.',
    descriptionAttachments: { type: [Attachment], description: 'Files embedded in the description.' },
  }),
  versions: paged(t, UploadVersionConnection, 'ListUploadVersions', {
    description: 'The file\'s history, newest first.',
    params: (upload) => ({ uploadId: upload.id }),
  }),
}));

const CloudFileService = implementObject(builder.objectRef<Wire.CloudFileService>('CloudFileService'), 'The outside service a cloud file lives on, and what links it accepts.', (t) => ({
  ...specFields(t, 'CloudFileService', {
    code: 'Short service name to send as `service`, e.g. `dropbox` or `other`.',
    exampleUrl: 'A sample link, handy as an input placeholder.',
    validPatterns: 'Regular expressions a link must match.',
    supportingText: 'A short hint about what to link.',
  }),
}));

implementRecording(CloudFile, 'A link to a file kept on another service (Dropbox, Figma, …), filed in a vault. Its `url` is that outside link.', (t) => ({
  ...recordingFields(t, 'CloudFile', {
    description: 'Notes, as rich text (HTML).',
    subscriptionUrl: 'Where to subscribe to or leave its notifications.',
    descriptionAttachments: { type: [Attachment], description: 'Files embedded in the description.' },
  }),
  service: t.expose('service', { type: CloudFileService }),
}));

implementRecording(GoogleDocument, 'A linked Google Docs, Sheets or Slides file, filed in a vault. Its `url` is the Google link.', (t) => ({
  ...recordingFields(t, 'GoogleDocument', {
    description: 'Notes, as rich text (HTML).',
    documentType: '`DOC`, `SHEET`, `SLIDE` or `OTHER`.',
    subscriptionUrl: 'Where to subscribe to or leave its notifications.',
    descriptionAttachments: { type: [Attachment], description: 'Files embedded in the description.' },
  }),
}));

Folder.implement({
  extensions: uses('GetFolder'),
  description: 'A folder on the current person\'s home screen that groups projects; each person has their own.',
  fields: (t) => ({
    ...specFields(t, 'Folder', {
      type: 'Basecamp\'s type name, always `STACK`.',
      bucketIds: 'Basecamp ids of the projects filed in it.',
      isEmojiOnlyName: 'Whether the name is nothing but emoji.',
      gaugesUrl: 'Progress gauges of its projects; null when none has one.',
      color: 'The person\'s colour for it; null when unset.',
      imageUrl: 'The person\'s image for it; null when unset.',
    }),
    projects: t.field({
      type: [Project],
      ...calls('GetProject'),
      description: 'The projects filed in it: embedded by a single-folder read, loaded by id otherwise.',
      resolve: (folder) => folderProjects(folder),
    }),
  }),
});

// The to-do family's notes embed files too (every rich-text key comes with its `*_attachments`);
// declared beside `Attachment`, since todos.ts is imported by projects.ts, which this module imports.
for (const ref of [Todo, Todolist, TodolistGroup] as const) {
  builder.objectFields(ref, (t) => ({
    descriptionAttachments: t.field({
      type: [Attachment],
      description: 'Files embedded in the description.',
      resolve: (recording) => (recording as { description_attachments?: AttachmentRecord[] }).description_attachments ?? [],
    }),
  }));
}

dockToolField('vault', Vault, 'vault', 'The project\'s Docs & Files; null when the tool is disabled.');

builder.queryFields((t) => ({
  folders: t.field({
    type: [Folder],
    ...calls('ListFolders'),
    description: 'The current person\'s home-screen folders, in the order they appear.',
    resolve: (_root, _args, ctx) => listFolders(ctx),
  }),
}));
