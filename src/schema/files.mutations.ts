import {
  createAttachment,
  createCloudFile,
  createDocument,
  createFolder,
  createGoogleDocument,
  createUpload,
  createUploadVersion,
  createVault,
  updateCloudFile,
  updateDocument,
  updateFolder,
  updateGoogleDocument,
  updateUpload,
  updateVault,
} from '../resolvers/files.ts';
import { GoogleDocumentType } from './closed-sets.ts';
import { Attachment, CloudFile, Document, Folder, GoogleDocument, Upload, Vault } from './files.ts';
import { specInput, specInputOn, specPatch } from './inputs.ts';
import { deletion, edgeOf, mutation, mutationsOf } from './mutation.ts';
import { enumOf } from './enums.ts';

const DocumentStatus = enumOf('DocumentStatus', 'Whether a new document or Google document is published at once or kept as a draft.', {
  ACTIVE: ['active', 'Published: everyone on the project can see it.'],
  DRAFTED: ['drafted', 'A draft only its author sees.'],
});

const UploadVersionNotify = enumOf('UploadVersionNotify', 'Who hears about a new version of an upload.', {
  DEFAULT: ['default', 'The upload\'s usual subscribers.'],
  EVERYONE: ['everyone', 'Everyone on the project.'],
  CUSTOM: ['custom', 'Only the people in `subscriberIds`.'],
});

// Vaults list their folders, documents and uploads in their own order; a new one is found by reading on.
const vaultEdge = edgeOf('ListVaults', 'VaultEdge', 'bottom', (vaultId) => ({ vaultId }));
const documentEdge = edgeOf('ListDocuments', 'DocumentEdge', 'bottom', (vaultId) => ({ vaultId }));
const uploadEdge = edgeOf('ListUploads', 'UploadEdge', 'bottom', (vaultId) => ({ vaultId }));

// ---- vaults ----

// Everything filed in Docs & Files answers with the vault it sits in.
const vaultMutation = mutationsOf({ parent: { vault: Vault } });

/** Who a new file notifies and whether clients see it: our words for the same two inputs on every create. */
const sharing = {
  subscriberIds: 'People to subscribe and notify.',
  visibleToClients: 'Share with the project\'s clients; only honoured at the top of Docs & Files.',
} as const;

mutation('createVault', {
  description: 'Adds a folder inside a vault.',
  uses: ['CreateVault'],
  input: (t) => ({
    parentId: t.id({ required: true, description: 'The vault to create the folder in.' }),
    title: t.string({ required: true, description: 'The folder\'s name.' }),
  }),
  resolve: (input, ctx) => createVault(ctx, input),
  payload: { vault: Vault },
  edge: vaultEdge,
});

mutation('updateVault', {
  description: 'Renames a vault.',
  uses: ['UpdateVault'],
  input: (t) => ({
    id: t.id({ required: true }),
    title: t.string({ required: true, description: 'The new name; the only thing a vault lets you change.' }),
  }),
  resolve: (input, ctx) => updateVault(ctx, input),
  payload: { vault: Vault },
});

// ---- documents ----

vaultMutation('createDocument', {
  description: 'Writes a new document in a vault.',
  uses: ['CreateDocument'],
  input: (t) => ({
    ...specInput(t, 'CreateDocument', {
      vaultId: 'The vault to file it in.',
      content: 'The body, as rich text (HTML).',
      status: false,
      ...sharing,
    }),
    status: t.field({ type: DocumentStatus, description: 'Basecamp keeps new documents as drafts unless told ACTIVE.' }),
  }),
  resolve: (input, ctx) => createDocument(ctx, input),
  payload: { document: Document },
  edge: documentEdge,
});

vaultMutation('updateDocument', {
  description: 'Edits a document\'s title or body, changing only the fields given.',
  uses: ['GetDocument', 'ReplaceDocument'],
  inputDescription: 'Changes to a document: fields left out keep their value.',
  input: (t) =>
    specPatch(t, 'ReplaceDocument', {
      title: 'The new title; cannot be cleared.',
      content: 'The new body, as rich text (HTML); null empties it.',
    }),
  resolve: (input, ctx) => updateDocument(ctx, input),
  payload: { document: Document },
});

// ---- uploads ----

vaultMutation('createUpload', {
  description: 'Files an attachment in a vault as an upload.',
  uses: ['CreateUpload'],
  input: (t) =>
    specInput(t, 'CreateUpload', {
      vaultId: 'The vault to file it in.',
      attachableSgid: 'The signed id of a file already sent as an attachment.',
      description: 'Notes about the file, as rich text (HTML).',
      baseName: 'A new file name without its extension, e.g. `menu` for `menu.pdf`.',
      ...sharing,
    }),
  resolve: (input, ctx) => createUpload(ctx, input),
  payload: { upload: Upload },
  edge: uploadEdge,
});

vaultMutation('updateUpload', {
  description: 'Edits an upload\'s notes or renames its file.',
  uses: ['GetUpload', 'UpdateUpload'],
  inputDescription: 'Changes to an upload: fields left out keep their value.',
  input: (t) =>
    specPatch(t, 'UpdateUpload', {
      description: 'Notes, as rich text (HTML); null empties them.',
      baseName: 'A new file name without its extension; null is refused, since a file keeps a name.',
    }),
  resolve: (input, ctx) => updateUpload(ctx, input),
  payload: { upload: Upload },
});

mutation('createUploadVersion', {
  description: 'Replaces an upload\'s file with a new version, keeping its id, link and comments.',
  uses: ['CreateUploadVersion'],
  input: (t) => ({
    ...specInput(t, 'CreateUploadVersion', {
      attachableSgid: 'The signed id of the new file, sent as an attachment.',
      baseName: 'A new file name without its extension; left out, the new file keeps its own name.',
      description: 'New notes; left out, the current ones carry over.',
      notify: false,
      subscriberIds: 'People to notify and subscribe.',
    }),
    notify: t.field({ type: UploadVersionNotify, description: 'Left out with no `subscriberIds`, nobody is notified.' }),
  }),
  resolve: (input, ctx) => createUploadVersion(ctx, input),
  payload: { upload: Upload },
});

// ---- cloud files and Google documents ----

vaultMutation('createCloudFile', {
  description: 'Files a link to a file on another service in a vault.',
  uses: ['GetVault', 'CreateCloudFile'],
  input: (t) =>
    specInput(t, 'CreateCloudFile', {
      projectId: false,
      vaultId: 'The vault to file the link in.',
      url: 'The https link on the outside service; it must fit the service\'s patterns.',
      service: 'The service code, e.g. `dropbox`, `figma`, or `other` for any https link.',
      title: 'Left out, it reads "Untitled".',
      description: 'Notes, as rich text (HTML).',
      ...sharing,
    }),
  resolve: (input, ctx) => createCloudFile(ctx, input),
  payload: { cloudFile: CloudFile },
});

vaultMutation('updateCloudFile', {
  description: 'Edits a cloud file, changing only the fields given.',
  uses: ['GetCloudFile', 'UpdateCloudFile'],
  inputDescription: 'Changes to a cloud file: fields left out keep their value.',
  input: (t) =>
    specPatch(t, 'UpdateCloudFile', {
      url: 'A new https link; cannot be cleared.',
      service: 'A new service code; cannot be cleared.',
      title: 'A new title; cannot be cleared.',
      description: 'New notes; null empties them.',
      subscriberIds: 'The people subscribed, replacing the current ones.',
    }),
  resolve: (input, ctx) => updateCloudFile(ctx, input),
  payload: { cloudFile: CloudFile },
});

vaultMutation('createGoogleDocument', {
  description: 'Files a link to a Google Docs, Sheets or Slides file in a vault.',
  uses: ['GetVault', 'CreateGoogleDocument'],
  input: (t) => ({
    ...specInput(t, 'CreateGoogleDocument', {
      projectId: false,
      vaultId: 'The vault to file the link in.',
      url: 'The https link to the Google file.',
      documentType: false,
      title: 'Left out, it reads "Untitled".',
      description: 'Notes, as rich text (HTML).',
      status: false,
      ...sharing,
    }),
    documentType: t.field({ type: GoogleDocumentType, required: true }),
    status: t.field({ type: DocumentStatus, description: 'Basecamp keeps it as a draft unless told ACTIVE; `publishGoogleDocument` publishes it later.' }),
  }),
  resolve: (input, ctx) => createGoogleDocument(ctx, input),
  payload: { googleDocument: GoogleDocument },
});

vaultMutation('updateGoogleDocument', {
  description: 'Edits a linked Google document, changing only the fields given.',
  uses: ['GetGoogleDocument', 'UpdateGoogleDocument'],
  inputDescription: 'Changes to a Google document: fields left out keep their value.',
  input: (t) => ({
    ...specPatch(t, 'UpdateGoogleDocument', {
      url: 'A new https link; cannot be cleared.',
      documentType: false,
      title: 'A new title; cannot be cleared.',
      description: 'New notes; null empties them.',
      status: false,
      subscriberIds: 'The people subscribed, replacing the current ones.',
    }),
    documentType: t.field({ type: GoogleDocumentType, description: 'Cannot be cleared.' }),
  }),
  resolve: (input, ctx) => updateGoogleDocument(ctx, input),
  payload: { googleDocument: GoogleDocument },
});

vaultMutation('publishGoogleDocument', {
  description: 'Publishes a draft Google document link in its vault; a published one stays as it is.',
  uses: ['GetGoogleDocument', 'UpdateGoogleDocument'],
  input: (t) => ({ id: t.id({ required: true, description: 'Its global id, or its Basecamp id.' }) }),
  resolve: (input, ctx) => updateGoogleDocument(ctx, input, { publish: true }),
  payload: { googleDocument: GoogleDocument },
});

// ---- home-screen folders ----

mutation('createFolder', {
  description: 'Adds a folder to the top of the current person\'s home screen.',
  uses: ['CreateFolder'],
  input: (t) =>
    specInput(t, 'CreateFolder', {
      name: 'Left out or blank, Basecamp names it "New folder".',
      projectIds: 'Projects to file in it; all must be active and reachable, or nothing is created.',
    }),
  resolve: (input, ctx) => createFolder(ctx, input),
  payload: { folder: Folder },
});

mutation('updateFolder', {
  description: 'Renames a home-screen folder.',
  uses: ['UpdateFolder'],
  input: (t) => specInputOn(t, 'UpdateFolder', { name: 'The new name; the only thing a folder lets you change.' }),
  resolve: (input, ctx) => updateFolder(ctx, input),
  payload: { folder: Folder },
});

deletion('deleteFolder', {
  description: 'Deletes a home-screen folder; its projects stay, they just leave the home screen.',
  operation: 'DeleteFolder',
  type: 'Folder',
  gone: 'deleted folder',
});

mutation('createAttachment', {
  description: 'Stores a file (up to 100 MiB). Use its `attachableSgid` in `createUpload` or embed it in rich text.',
  uses: ['CreateAttachment'],
  inputDescription: 'A file to store, sent as a GraphQL multipart request.',
  input: (t) => ({
    file: t.field({ type: 'File', required: true }),
    name: t.string({ description: 'The file name to store; defaults to the uploaded file\'s own name.' }),
  }),
  resolve: (input, ctx) => createAttachment(ctx, input),
  payload: { attachment: Attachment },
});
