import type * as Wire from '../client/wire-types.ts';
import {
  fetchCloudFiles,
  fetchDocuments,
  fetchFolders,
  fetchGoogleDocuments,
  fetchUploads,
  fetchVaults,
  folderProjects,
  listDocuments,
  listFolders,
  listUploads,
  listUploadVersions,
  listVaults,
  type AttachmentRecord,
  type UploadVersionRecord,
} from '../resolvers/files.ts';
import { dockTool } from '../resolvers/projects.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { RecordingStatus } from './connection.ts';
import { uses } from './coverage.ts';
import { connectionOf, identifiedRef, node } from './nodes.ts';
import { Person } from './people.ts';
import { Project } from './projects.ts';
import { Recording } from './recording.ts';

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
export const Attachment = identifiedRef<AttachmentRecord>('Attachment', { nullable: true }).implement({
  description: 'A stored file, referenced from rich text or turned into an upload by its signed id.',
  fields: (t) => ({
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
  }),
});

Vault.implement({
  extensions: uses('GetVault'),
  description: 'A folder in a project\'s Docs & Files: the tool itself or a folder nested inside it.',
  interfaces: [Recording],
  fields: (t) => ({
    position: t.exposeInt('position', { nullable: true }),
    documentsCount: t.exposeInt('documents_count', { nullable: true, description: 'Active documents directly inside.' }),
    documentsUrl: t.exposeString('documents_url', { nullable: true }),
    uploadsCount: t.exposeInt('uploads_count', { nullable: true, description: 'Active uploads directly inside.' }),
    uploadsUrl: t.exposeString('uploads_url', { nullable: true }),
    vaultsCount: t.exposeInt('vaults_count', { nullable: true, description: 'Folders directly inside.' }),
    vaultsUrl: t.exposeString('vaults_url', { nullable: true }),
    vaults: t.connection(
      {
        type: Vault,
        nullable: true,
        description: 'The folders directly inside this one.',
        extensions: uses('ListVaults'),
        args: { status: t.arg({ type: RecordingStatus, description: 'Archived or trashed folders instead of active ones.' }) },
        resolve: (vault, args, ctx) => listVaults(ctx, vault.id, args),
      },
      VaultConnection,
    ),
    documents: t.connection(
      {
        type: Document,
        nullable: true,
        description: 'The documents directly inside.',
        extensions: uses('ListDocuments'),
        args: { status: t.arg({ type: RecordingStatus, description: 'Archived or trashed documents instead of active ones.' }) },
        resolve: (vault, args, ctx) => listDocuments(ctx, vault.id, args),
      },
      DocumentConnection,
    ),
    uploads: t.connection(
      {
        type: Upload,
        nullable: true,
        description: 'The uploaded files directly inside.',
        extensions: uses('ListUploads'),
        args: { status: t.arg({ type: RecordingStatus, description: 'Archived or trashed uploads instead of active ones.' }) },
        resolve: (vault, args, ctx) => listUploads(ctx, vault.id, args),
      },
      UploadConnection,
    ),
  }),
});

Document.implement({
  extensions: uses('GetDocument'),
  description: 'A rich-text document kept in a vault.',
  interfaces: [Recording],
  fields: (t) => ({
    position: t.exposeInt('position', { nullable: true }),
    content: t.exposeString('content', { nullable: true, description: 'The body, as rich text (HTML).' }),
    contentAttachments: t.field({
      type: [Attachment],
      description: 'Files embedded in the body.',
      resolve: (document) => document.content_attachments ?? [],
    }),
  }),
});

const UploadVersionDetails = builder.objectRef<NonNullable<Wire.UploadVersion['details']>>('UploadVersionDetails').implement({
  description: 'Who a version event subscribed, unsubscribed or notified.',
  fields: (t) => ({
    addedPersonIds: t.exposeIDList('added_person_ids', { nullable: true }),
    removedPersonIds: t.exposeIDList('removed_person_ids', { nullable: true }),
    notifiedRecipientIds: t.exposeIDList('notified_recipient_ids', { nullable: true }),
  }),
});

type UploadVersionFileRecord = NonNullable<Wire.UploadVersion['upload']>;

const UploadVersionFile = builder.objectRef<UploadVersionFileRecord>('UploadVersionFile').implement({
  description: 'The file one version of an upload recorded.',
  fields: (t) => ({
    filename: t.exposeString('filename'),
    contentType: t.exposeString('content_type', { nullable: true }),
    byteSize: t.exposeInt('byte_size', { nullable: true, description: 'Size in bytes.' }),
    downloadUrl: t.exposeString('download_url', { description: 'Downloads this version\'s bytes, not the latest.' }),
    appDownloadUrl: t.exposeString('app_download_url'),
    current: t.exposeBoolean('current', { description: 'True for the newest version event only.' }),
  }),
});

const UploadVersion = identifiedRef<UploadVersionRecord>('UploadVersion').implement({
  description: 'One event in an upload\'s file history: its creation or a replacement of its file.',
  fields: (t) => ({
    basecampId: t.exposeID('id', { description: 'The numeric Basecamp id of the event, as a string.' }),
    recordingId: t.exposeID('recording_id', { description: 'The Basecamp id of the upload.' }),
    action: t.exposeString('action', { description: '`created`, `active` or `blob_changed`.' }),
    details: t.expose('details', { type: UploadVersionDetails, nullable: true }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    creator: t.field({ type: Person, description: 'Who made the change; embedded in full.', extensions: embedded(), resolve: (version) => version.creator }),
    boostsCount: t.exposeInt('boosts_count', { nullable: true }),
    boostsUrl: t.exposeString('boosts_url', { nullable: true }),
    upload: t.expose('upload', { type: UploadVersionFile, nullable: true, description: 'The file as it was at this version.' }),
  }),
});

const UploadVersionConnection = connectionOf(UploadVersion);

Upload.implement({
  extensions: uses('GetUpload'),
  description: 'A file uploaded into a vault, with its version history.',
  interfaces: [Recording],
  fields: (t) => ({
    position: t.exposeInt('position', { nullable: true }),
    description: t.exposeString('description', { nullable: true, description: 'Notes about the file, as rich text (HTML).' }),
    descriptionAttachments: t.field({
      type: [Attachment],
      description: 'Files embedded in the description.',
      resolve: (upload) => upload.description_attachments ?? [],
    }),
    filename: t.exposeString('filename', { nullable: true }),
    contentType: t.exposeString('content_type', { nullable: true, description: 'The MIME type, e.g. `image/png`.' }),
    byteSize: t.exposeInt('byte_size', { nullable: true, description: 'Size in bytes.' }),
    width: t.exposeInt('width', { nullable: true, description: 'Pixels; null unless an image.' }),
    height: t.exposeInt('height', { nullable: true, description: 'Pixels; null unless an image.' }),
    downloadUrl: t.exposeString('download_url', { nullable: true, description: 'Downloads the latest version (needs the same token).' }),
    appDownloadUrl: t.exposeString('app_download_url', { nullable: true }),
    versions: t.connection(
      {
        type: UploadVersion,
        nullable: true,
        description: 'The file\'s history, newest first.',
        extensions: uses('ListUploadVersions'),
        resolve: (upload, args, ctx) => listUploadVersions(ctx, upload.id, args),
      },
      UploadVersionConnection,
    ),
  }),
});

const CloudFileService = builder.objectRef<Wire.CloudFileService>('CloudFileService').implement({
  description: 'The outside service a cloud file lives on, and what links it accepts.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Short service name to send as `service`, e.g. `dropbox` or `other`.' }),
    name: t.exposeString('name'),
    exampleUrl: t.exposeString('example_url', { description: 'A sample link, handy as an input placeholder.' }),
    validPatterns: t.exposeStringList('valid_patterns', { description: 'Regular expressions a link must match.' }),
    supportingText: t.exposeString('supporting_text', { nullable: true, description: 'A short hint about what to link.' }),
  }),
});

CloudFile.implement({
  extensions: uses('GetCloudFile'),
  description: 'A link to a file kept on another service (Dropbox, Figma, …), filed in a vault. Its `url` is that outside link.',
  interfaces: [Recording],
  fields: (t) => ({
    position: t.exposeInt('position', { nullable: true }),
    description: t.exposeString('description', { nullable: true, description: 'Notes, as rich text (HTML).' }),
    descriptionAttachments: t.field({ type: [Attachment], description: 'Files embedded in the description.', resolve: (file) => file.description_attachments ?? [] }),
    service: t.expose('service', { type: CloudFileService }),
  }),
});

GoogleDocument.implement({
  extensions: uses('GetGoogleDocument'),
  description: 'A linked Google Docs, Sheets or Slides file, filed in a vault. Its `url` is the Google link.',
  interfaces: [Recording],
  fields: (t) => ({
    position: t.exposeInt('position', { nullable: true }),
    description: t.exposeString('description', { nullable: true, description: 'Notes, as rich text (HTML).' }),
    descriptionAttachments: t.field({ type: [Attachment], description: 'Files embedded in the description.', resolve: (document) => document.description_attachments ?? [] }),
    documentType: t.exposeString('document_type', { description: '`doc`, `sheet`, `slide` or `other`.' }),
  }),
});

Folder.implement({
  extensions: uses('GetFolder'),
  description: 'A folder on the current person\'s home screen that groups projects; each person has their own.',
  fields: (t) => ({
    basecampId: t.exposeID('id', { description: 'The numeric Basecamp id, as a string.' }),
    name: t.exposeString('name'),
    type: t.exposeString('type', { description: 'Basecamp\'s type name, always `Stack`.' }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime' }),
    bucketIds: t.exposeIDList('bucket_ids', { description: 'Basecamp ids of the projects filed in it.' }),
    isEmojiOnlyName: t.exposeBoolean('is_emoji_only_name', { description: 'Whether the name is nothing but emoji.' }),
    starUrl: t.exposeString('star_url'),
    gaugesUrl: t.exposeString('gauges_url', { nullable: true, description: 'Progress gauges of its projects; null when none has one.' }),
    color: t.exposeString('color', { nullable: true, description: 'The person\'s colour for it; null when unset.' }),
    imageUrl: t.exposeString('image_url', { nullable: true, description: 'The person\'s image for it; null when unset.' }),
    url: t.exposeString('url', { description: 'Its REST URL.' }),
    projects: t.field({
      type: [Project],
      nullable: true,
      description: 'The projects filed in it: embedded by a single-folder read, loaded by id otherwise.',
      extensions: uses('GetProject'),
      resolve: (folder) => folderProjects(folder),
    }),
  }),
});

// Subscription, comment and boost links: every file type people can discuss has them.
for (const ref of [Document, Upload, CloudFile, GoogleDocument] as const) {
  builder.objectFields(ref, (t) => ({
    subscriptionUrl: t.exposeString('subscription_url', { nullable: true, description: 'Where to subscribe to or leave its notifications.' }),
    commentsCount: t.exposeInt('comments_count', { nullable: true }),
    commentsUrl: t.exposeString('comments_url', { nullable: true }),
    boostsCount: t.exposeInt('boosts_count', { nullable: true }),
    boostsUrl: t.exposeString('boosts_url', { nullable: true }),
  }));
}

builder.objectField(Project, 'vault', (t) =>
  t.field({
    type: Vault,
    nullable: true,
    description: 'The project\'s Docs & Files; null when the tool is disabled.',
    extensions: uses('GetVault'),
    resolve: (project) => dockTool(project, 'vault')?.id ?? null,
  }),
);

builder.queryFields((t) => ({
  folders: t.field({
    type: [Folder],
    nullable: true,
    description: 'The current person\'s home-screen folders, in the order they appear.',
    extensions: uses('ListFolders'),
    resolve: (_root, _args, ctx) => listFolders(ctx),
  }),
}));
