import {
  createAttachment,
  createCloudFile,
  createDocument,
  createFolder,
  createGoogleDocument,
  createUpload,
  createUploadVersion,
  createVault,
  deleteFolder,
  updateCloudFile,
  updateDocument,
  updateFolder,
  updateGoogleDocument,
  updateUpload,
  updateVault,
} from '../resolvers/files.ts';
import { encodeGlobalId } from '../resolvers/global-id.ts';
import { builder } from './builder.ts';
import { uses } from './coverage.ts';
import { Attachment, CloudFile, Document, Folder, GoogleDocument, Upload, Vault } from './files.ts';

const DocumentStatus = builder.enumType('DocumentStatus', {
  description: 'Whether a new document or Google document is published at once or kept as a draft.',
  values: {
    ACTIVE: { value: 'active', description: 'Published: everyone on the project can see it.' },
    DRAFTED: { value: 'drafted', description: 'A draft only its author sees.' },
  } as const,
});

const GoogleDocumentType = builder.enumType('GoogleDocumentType', {
  description: 'Which Google Workspace app a linked Google document belongs to.',
  values: {
    DOC: { value: 'doc', description: 'Google Docs.' },
    SHEET: { value: 'sheet', description: 'Google Sheets.' },
    SLIDE: { value: 'slide', description: 'Google Slides.' },
    OTHER: { value: 'other', description: 'Anything else on Google Drive.' },
  } as const,
});

const UploadVersionNotify = builder.enumType('UploadVersionNotify', {
  description: 'Who hears about a new version of an upload.',
  values: {
    DEFAULT: { value: 'default', description: 'The upload\'s usual subscribers.' },
    EVERYONE: { value: 'everyone', description: 'Everyone on the project.' },
    CUSTOM: { value: 'custom', description: 'Only the people in `subscriberIds`.' },
  } as const,
});

// ---- vaults ----

builder.relayMutationField(
  'createVault',
  {
    inputFields: (t) => ({
      parentId: t.id({ required: true, description: 'The vault to create the folder in.' }),
      title: t.string({ required: true, description: 'The folder\'s name.' }),
    }),
  },
  { description: 'Adds a folder inside a vault.', extensions: uses('CreateVault'), resolve: (_root, { input }, ctx) => createVault(ctx, input) },
  { outputFields: (t) => ({ vault: t.field({ type: Vault, resolve: (vault) => vault }) }) },
);

builder.relayMutationField(
  'updateVault',
  {
    inputFields: (t) => ({
      id: t.id({ required: true }),
      title: t.string({ required: true, description: 'The new name; the only thing a vault lets you change.' }),
    }),
  },
  { description: 'Renames a vault.', extensions: uses('UpdateVault'), resolve: (_root, { input }, ctx) => updateVault(ctx, input) },
  { outputFields: (t) => ({ vault: t.field({ type: Vault, resolve: (vault) => vault }) }) },
);

// ---- documents ----

builder.relayMutationField(
  'createDocument',
  {
    inputFields: (t) => ({
      vaultId: t.id({ required: true, description: 'The vault to file it in.' }),
      title: t.string({ required: true }),
      content: t.string({ description: 'The body, as rich text (HTML).' }),
      status: t.field({ type: DocumentStatus, description: 'Basecamp keeps new documents as drafts unless told ACTIVE.' }),
      subscriberIds: t.idList({ description: 'People to subscribe and notify.' }),
      visibleToClients: t.boolean({ description: 'Share with the project\'s clients; only honoured at the top of Docs & Files.' }),
    }),
  },
  { description: 'Writes a new document in a vault.', extensions: uses('CreateDocument'), resolve: (_root, { input }, ctx) => createDocument(ctx, input) },
  { outputFields: (t) => ({ document: t.field({ type: Document, resolve: (document) => document }) }) },
);

builder.relayMutationField(
  'updateDocument',
  {
    description: 'Changes to a document: fields left out keep their value.',
    inputFields: (t) => ({
      id: t.id({ required: true }),
      title: t.string({ description: 'The new title; cannot be cleared.' }),
      content: t.string({ description: 'The new body, as rich text (HTML); null empties it.' }),
    }),
  },
  {
    description: 'Edits a document\'s title or body, changing only the fields given.',
    extensions: uses('GetDocument', 'ReplaceDocument'),
    resolve: (_root, { input }, ctx) => updateDocument(ctx, input),
  },
  { outputFields: (t) => ({ document: t.field({ type: Document, resolve: (document) => document }) }) },
);

// ---- uploads ----

builder.relayMutationField(
  'createUpload',
  {
    inputFields: (t) => ({
      vaultId: t.id({ required: true, description: 'The vault to file it in.' }),
      attachableSgid: t.string({ required: true, description: 'The signed id of a file already sent as an attachment.' }),
      description: t.string({ description: 'Notes about the file, as rich text (HTML).' }),
      baseName: t.string({ description: 'A new file name without its extension, e.g. `menu` for `menu.pdf`.' }),
      subscriberIds: t.idList({ description: 'People to subscribe and notify.' }),
      visibleToClients: t.boolean({ description: 'Share with the project\'s clients; only honoured at the top of Docs & Files.' }),
    }),
  },
  { description: 'Files an attachment in a vault as an upload.', extensions: uses('CreateUpload'), resolve: (_root, { input }, ctx) => createUpload(ctx, input) },
  { outputFields: (t) => ({ upload: t.field({ type: Upload, resolve: (upload) => upload }) }) },
);

builder.relayMutationField(
  'updateUpload',
  {
    description: 'Changes to an upload: fields left out keep their value.',
    inputFields: (t) => ({
      id: t.id({ required: true }),
      description: t.string({ description: 'Notes, as rich text (HTML); null empties them.' }),
      baseName: t.string({ description: 'A new file name without its extension.' }),
    }),
  },
  {
    description: 'Edits an upload\'s notes or renames its file.',
    extensions: uses('GetUpload', 'UpdateUpload'),
    resolve: (_root, { input }, ctx) => updateUpload(ctx, input),
  },
  { outputFields: (t) => ({ upload: t.field({ type: Upload, resolve: (upload) => upload }) }) },
);

builder.relayMutationField(
  'createUploadVersion',
  {
    inputFields: (t) => ({
      uploadId: t.id({ required: true }),
      attachableSgid: t.string({ required: true, description: 'The signed id of the new file, sent as an attachment.' }),
      baseName: t.string({ description: 'A new file name without its extension; left out, the new file keeps its own name.' }),
      description: t.string({ description: 'New notes; left out, the current ones carry over.' }),
      notify: t.field({ type: UploadVersionNotify, description: 'Left out with no `subscriberIds`, nobody is notified.' }),
      subscriberIds: t.idList({ description: 'People to notify and subscribe.' }),
    }),
  },
  {
    description: 'Replaces an upload\'s file with a new version, keeping its id, link and comments.',
    extensions: uses('CreateUploadVersion'),
    resolve: (_root, { input }, ctx) => createUploadVersion(ctx, input),
  },
  { outputFields: (t) => ({ upload: t.field({ type: Upload, resolve: (upload) => upload }) }) },
);

// ---- cloud files and Google documents ----

builder.relayMutationField(
  'createCloudFile',
  {
    inputFields: (t) => ({
      vaultId: t.id({ required: true, description: 'The vault to file the link in.' }),
      url: t.string({ required: true, description: 'The https link on the outside service; it must fit the service\'s patterns.' }),
      service: t.string({ required: true, description: 'The service code, e.g. `dropbox`, `figma`, or `other` for any https link.' }),
      title: t.string({ description: 'Left out, it reads "Untitled".' }),
      description: t.string({ description: 'Notes, as rich text (HTML).' }),
      subscriberIds: t.idList({ description: 'People to subscribe and notify.' }),
      visibleToClients: t.boolean({ description: 'Share with the project\'s clients; only honoured at the top of Docs & Files.' }),
    }),
  },
  {
    description: 'Files a link to a file on another service in a vault.',
    extensions: uses('GetVault', 'CreateCloudFile'),
    resolve: (_root, { input }, ctx) => createCloudFile(ctx, input),
  },
  { outputFields: (t) => ({ cloudFile: t.field({ type: CloudFile, resolve: (file) => file }) }) },
);

builder.relayMutationField(
  'updateCloudFile',
  {
    description: 'Changes to a cloud file: fields left out keep their value.',
    inputFields: (t) => ({
      id: t.id({ required: true }),
      url: t.string({ description: 'A new https link; cannot be cleared.' }),
      service: t.string({ description: 'A new service code; cannot be cleared.' }),
      title: t.string({ description: 'A new title; cannot be cleared.' }),
      description: t.string({ description: 'New notes; null empties them.' }),
      subscriberIds: t.idList({ description: 'The people subscribed, replacing the current ones.' }),
    }),
  },
  {
    description: 'Edits a cloud file, changing only the fields given.',
    extensions: uses('GetCloudFile', 'UpdateCloudFile'),
    resolve: (_root, { input }, ctx) => updateCloudFile(ctx, input),
  },
  { outputFields: (t) => ({ cloudFile: t.field({ type: CloudFile, resolve: (file) => file }) }) },
);

builder.relayMutationField(
  'createGoogleDocument',
  {
    inputFields: (t) => ({
      vaultId: t.id({ required: true, description: 'The vault to file the link in.' }),
      url: t.string({ required: true, description: 'The https link to the Google file.' }),
      documentType: t.field({ type: GoogleDocumentType, required: true }),
      title: t.string({ description: 'Left out, it reads "Untitled".' }),
      description: t.string({ description: 'Notes, as rich text (HTML).' }),
      status: t.field({ type: DocumentStatus, description: 'Basecamp keeps it as a draft unless told ACTIVE.' }),
      subscriberIds: t.idList({ description: 'People to subscribe and notify.' }),
      visibleToClients: t.boolean({ description: 'Share with the project\'s clients; only honoured at the top of Docs & Files.' }),
    }),
  },
  {
    description: 'Files a link to a Google Docs, Sheets or Slides file in a vault.',
    extensions: uses('GetVault', 'CreateGoogleDocument'),
    resolve: (_root, { input }, ctx) => createGoogleDocument(ctx, input),
  },
  { outputFields: (t) => ({ googleDocument: t.field({ type: GoogleDocument, resolve: (document) => document }) }) },
);

builder.relayMutationField(
  'updateGoogleDocument',
  {
    description: 'Changes to a Google document: fields left out keep their value.',
    inputFields: (t) => ({
      id: t.id({ required: true }),
      url: t.string({ description: 'A new https link; cannot be cleared.' }),
      documentType: t.field({ type: GoogleDocumentType, description: 'Cannot be cleared.' }),
      title: t.string({ description: 'A new title; cannot be cleared.' }),
      description: t.string({ description: 'New notes; null empties them.' }),
      subscriberIds: t.idList({ description: 'The people subscribed, replacing the current ones.' }),
    }),
  },
  {
    description: 'Edits a linked Google document, changing only the fields given.',
    extensions: uses('GetGoogleDocument', 'UpdateGoogleDocument'),
    resolve: (_root, { input }, ctx) => updateGoogleDocument(ctx, input),
  },
  { outputFields: (t) => ({ googleDocument: t.field({ type: GoogleDocument, resolve: (document) => document }) }) },
);

// ---- home-screen folders ----

builder.relayMutationField(
  'createFolder',
  {
    inputFields: (t) => ({
      name: t.string({ description: 'Left out or blank, Basecamp names it "New folder".' }),
      projectIds: t.idList({ description: 'Projects to file in it; all must be active and reachable, or nothing is created.' }),
    }),
  },
  {
    description: 'Adds a folder to the top of the current person\'s home screen.',
    extensions: uses('CreateFolder'),
    resolve: (_root, { input }, ctx) => createFolder(ctx, input),
  },
  { outputFields: (t) => ({ folder: t.field({ type: Folder, resolve: (folder) => folder }) }) },
);

builder.relayMutationField(
  'updateFolder',
  {
    inputFields: (t) => ({
      id: t.id({ required: true }),
      name: t.string({ required: true, description: 'The new name; the only thing a folder lets you change.' }),
    }),
  },
  { description: 'Renames a home-screen folder.', extensions: uses('UpdateFolder'), resolve: (_root, { input }, ctx) => updateFolder(ctx, input) },
  { outputFields: (t) => ({ folder: t.field({ type: Folder, resolve: (folder) => folder }) }) },
);

builder.relayMutationField(
  'deleteFolder',
  { inputFields: (t) => ({ id: t.id({ required: true }) }) },
  {
    description: 'Deletes a home-screen folder; its projects stay, they just leave the home screen.',
    extensions: uses('DeleteFolder'),
    resolve: (_root, { input }, ctx) => deleteFolder(ctx, input.id),
  },
  {
    outputFields: (t) => ({
      deletedId: t.id({ description: 'The global id of the deleted folder, for client caches.', resolve: (id, _args, ctx) => encodeGlobalId('Folder', ctx.accountId, id) }),
    }),
  },
);

builder.relayMutationField(
  'createAttachment',
  {
    description: 'A file to store, sent as a GraphQL multipart request.',
    inputFields: (t) => ({
      file: t.field({ type: 'File', required: true }),
      name: t.string({ description: 'The file name to store; defaults to the uploaded file\'s own name.' }),
    }),
  },
  {
    description: 'Stores a file (up to 100 MiB). Use its `attachableSgid` in `createUpload` or embed it in rich text.',
    extensions: uses('CreateAttachment'),
    resolve: (_root, { input }, ctx) => createAttachment(ctx, input),
  },
  { outputFields: (t) => ({ attachment: t.field({ type: Attachment, resolve: (attachment) => attachment }) }) },
);
