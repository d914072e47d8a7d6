import { createHash } from 'node:crypto';
import { reposition, touch } from '../mutations.ts';
import type { RecordingBase, ToolRecording } from '../state/records.ts';
import type { SandboxState } from '../state/index.ts';
import {
  filesState,
  type Attachment,
  type Blob,
  type CloudFileRecord,
  type DocumentRecord,
  type Folder,
  type GoogleDocumentRecord,
  type GoogleDocumentType,
  type UploadRecord,
} from '../state/files.ts';

/**
 * Creating Docs & Files records the way Basecamp does, shared by the seed and the write routes:
 * new items go to the top of their vault, inherit a nested vault's client visibility, and bubble
 * `updated_at` up through the vaults above them.
 */

/** Fields every new item in a vault starts with. */
interface NewInVault {
  creatorId: string;
  /** Honoured only directly in the tool's vault; a nested vault passes its own visibility down. */
  visibleToClients?: boolean;
  subscriberIds?: string[];
}

function base(state: SandboxState, vault: ToolRecording, input: NewInVault, at: number): RecordingBase {
  return {
    id: state.ids.recording.next(),
    bucketId: vault.bucketId,
    parentId: vault.id,
    creatorId: input.creatorId,
    status: 'active',
    visibleToClients: vault.parentId === null ? (input.visibleToClients ?? vault.visibleToClients) : vault.visibleToClients,
    createdAt: at,
    updatedAt: at,
    position: null,
    commentsCount: 0,
    boostsCount: 0,
  };
}

/** Stores the record and puts it first among its vault's items of the same type. */
function place<T extends RecordingBase & { type: string }>(state: SandboxState, record: T, at: number): T {
  const siblings = [...state.recordings.values()].filter(
    (other) => other.parentId === record.parentId && other.type === record.type,
  ) as unknown as T[];
  state.recordings.set(record.id, record as never);
  reposition(siblings as never[], record as never, 1);
  touch(state, record as never, at);
  return record;
}

/** A vault nested in `parent`, listed after its existing siblings. */
export function addVault(state: SandboxState, parent: ToolRecording, input: { title: string; creatorId: string }, at: number): ToolRecording {
  const vault: ToolRecording = { ...base(state, parent, { creatorId: input.creatorId }, at), type: 'Vault', title: input.title };
  const siblings = [...state.recordings.values()].filter((other) => other.parentId === parent.id && other.type === 'Vault');
  state.recordings.set(vault.id, vault);
  vault.position = siblings.length + 1;
  touch(state, vault, at);
  return vault;
}

export function addDocument(
  state: SandboxState,
  vault: ToolRecording,
  input: NewInVault & { title: string; content?: string },
  at: number,
): DocumentRecord {
  const document: DocumentRecord = {
    ...base(state, vault, input, at),
    type: 'Document',
    title: input.title,
    content: input.content ?? '',
    subscriberIds: withCreator(input),
  };
  return place(state, document, at);
}

/** A blob as Basecamp stores an upload: a key derived from the bytes, type and size. */
export function makeBlob(input: { filename: string; contentType: string; byteSize: number; width?: number | null; height?: number | null; seed?: string }): Blob {
  const key = createHash('sha1').update(`${input.seed ?? ''}:${input.filename}:${input.contentType}:${input.byteSize}`).digest('hex');
  return { key, filename: input.filename, contentType: input.contentType, byteSize: input.byteSize, width: input.width ?? null, height: input.height ?? null };
}

/** Renames a blob's file to `baseName` + its original extension (docs: uploads.md, `base_name`). */
export function renamed(blob: Blob, baseName: string | undefined): Blob {
  if (!baseName) return blob;
  const dot = blob.filename.lastIndexOf('.');
  const extension = dot > 0 ? blob.filename.slice(dot) : '';
  return { ...blob, filename: `${baseName}${extension}` };
}

export function addUpload(
  state: SandboxState,
  vault: ToolRecording,
  input: NewInVault & { blob: Blob; description?: string },
  at: number,
): UploadRecord {
  const record = base(state, vault, input, at);
  const upload: UploadRecord = {
    ...record,
    type: 'Upload',
    title: input.blob.filename,
    description: input.description ?? '',
    blob: input.blob,
    versions: [{ id: filesState(state).ids.version.next(), action: 'created', createdAt: at, creatorId: input.creatorId, blob: input.blob }],
    subscriberIds: withCreator(input),
  };
  return place(state, upload, at);
}

/** Replaces an upload's file, keeping its id and history (spec: CreateUploadVersion). */
export function addUploadVersion(state: SandboxState, upload: UploadRecord, input: { blob: Blob; creatorId: string; description?: string }, at: number): void {
  upload.blob = input.blob;
  upload.title = input.blob.filename;
  if (input.description !== undefined) upload.description = input.description;
  upload.versions.push({ id: filesState(state).ids.version.next(), action: 'blob_changed', createdAt: at, creatorId: input.creatorId, blob: input.blob });
  touch(state, upload, at);
}

/** What a link to a file kept elsewhere (a cloud file, a Google document) is given. */
type NewLink = NewInVault & { title?: string; description?: string; link: string };

/** The fields every linked file shares; a blank title reads "Untitled". */
function linkFields(state: SandboxState, vault: ToolRecording, input: NewLink, at: number) {
  return {
    ...base(state, vault, input, at),
    title: input.title || 'Untitled',
    description: input.description ?? '',
    link: input.link,
    subscriberIds: withCreator(input),
  };
}

export function addCloudFile(state: SandboxState, vault: ToolRecording, input: NewLink & { service: string }, at: number): CloudFileRecord {
  const file: CloudFileRecord = { ...linkFields(state, vault, input, at), type: 'CloudFile', service: input.service };
  return place(state, file, at);
}

export function addGoogleDocument(
  state: SandboxState,
  vault: ToolRecording,
  input: NewLink & { documentType: GoogleDocumentType },
  at: number,
): GoogleDocumentRecord {
  const document: GoogleDocumentRecord = { ...linkFields(state, vault, input, at), type: 'GoogleDocument', documentType: input.documentType };
  return place(state, document, at);
}

export function addAttachment(state: SandboxState, input: { blob: Blob; creatorId: string }, at: number): Attachment {
  const files = filesState(state);
  const attachment: Attachment = { id: files.ids.attachment.next(), creatorId: input.creatorId, createdAt: at, blob: input.blob };
  files.attachments.set(attachment.id, attachment);
  return attachment;
}

/** A folder at the top of its owner's home screen. */
export function addFolder(state: SandboxState, input: { ownerId: string; name: string; projectIds: string[] }, at: number): Folder {
  const files = filesState(state);
  const folder: Folder = { id: files.ids.folder.next(), ownerId: input.ownerId, name: input.name, projectIds: [...new Set(input.projectIds)], createdAt: at, updatedAt: at };
  files.folders.unshift(folder);
  files.foldersChangedAt = Math.max(files.foldersChangedAt, at);
  return folder;
}

/** The creator is always among the subscribers (spec: UpdateCloudFile, "The creator is always on the list"). */
function withCreator(input: NewInVault): string[] {
  return [...new Set([input.creatorId, ...(input.subscriberIds ?? [])])];
}
