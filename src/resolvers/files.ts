import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { toBasecampId } from './global-id.ts';
import { fileBytes, inputError, nonBlankText, patched, personIds, projectIds, requiredText, sharing } from './input.ts';
import { loadEach, type NodeLoader } from './loaders.ts';
import { withBody } from './writes.ts';

/** The spec's upload plus the key the API docs show but the spec omits. */
export type UploadRecord = Wire.Upload & { app_download_url?: string };

/** A version event's file: the docs' `app_download_url` included. */
export type UploadVersionRecord = Wire.UploadVersion;

/** A folder as the list returns it, or with its projects expanded (get/create/update). */
export type FolderRecord = Wire.Folder & { projects?: Wire.Project[] };

/** `POST /attachments.json`'s answer: the docs' full attachment, of which the spec promises only the sgid. */
export type AttachmentRecord = Partial<Wire.RichTextAttachment> & {
  attachable_sgid?: string;
  status_url?: string;
  caption?: string | null;
  key?: string;
};

export const fetchVaults = loadEach('GetVault');
export const fetchDocuments = loadEach('GetDocument');
export const fetchUploads: NodeLoader<UploadRecord> = loadEach('GetUpload');
export const fetchCloudFiles = loadEach('GetCloudFile');
export const fetchGoogleDocuments = loadEach('GetGoogleDocument');
export const fetchFolders: NodeLoader<FolderRecord> = loadEach('GetFolder');

/** `GET /stacks.json`: the caller's folders, one unpaginated array. */
export async function listFolders(ctx: Context): Promise<FolderRecord[]> {
  return (await call(ctx, 'ListFolders', {})) ?? [];
}

/** A folder's projects: embedded in full by get/create/update, only as ids in the list. */
export function folderProjects(folder: FolderRecord): (Wire.Project | BasecampId)[] {
  return folder.projects ?? folder.bucket_ids;
}

const vaultId = (ctx: Context, id: string) => toBasecampId(id, ctx.accountId, ['Vault']);

// ---- vaults ----

export function createVault(ctx: Context, input: { parentId: string; title: string }) {
  const parent = vaultId(ctx, input.parentId);
  return withBody(call(ctx, 'CreateVault', { vaultId: parent }, { body: { title: requiredText(input.title, 'title') } }));
}

/** `PUT /vaults/{id}.json`: the title is the only writable field. */
export function updateVault(ctx: Context, input: { id: string; title: string }) {
  const id = vaultId(ctx, input.id);
  return withBody(call(ctx, 'UpdateVault', { vaultId: id }, { body: { title: requiredText(input.title, 'title') } }));
}

// ---- documents ----

export type PublicationStatus = 'active' | 'drafted';

export function createDocument(
  ctx: Context,
  input: { vaultId: string; title: string; content?: string | null; status?: PublicationStatus | null; subscriberIds?: readonly string[] | null; visibleToClients?: boolean | null },
) {
  const vault = vaultId(ctx, input.vaultId);
  return withBody(call(ctx, 'CreateDocument', { vaultId: vault }, { body: {
    title: requiredText(input.title, 'title'),
    content: input.content ?? undefined,
    status: input.status ?? undefined,
    ...sharing(ctx, input),
  } }));
}

/**
 * `PUT /documents/{id}.json` replaces title and content, clearing whichever is left out (spec:
 * ReplaceDocument); the current document is read first so a field left out keeps its value.
 */
export async function updateDocument(ctx: Context, input: { id: string; title?: string | null; content?: string | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Document']);
  const current = await call(ctx, 'GetDocument', { documentId: id });
  return withBody(call(ctx, 'ReplaceDocument', { documentId: id }, { body: {
    title: nonBlankText(input.title, 'title') ?? current.title,
    content: patched(input.content, current.content ?? null) ?? '',
  } }));
}

// ---- uploads ----

/** A file name without its extension; Basecamp keeps the uploaded file's extension. */
function baseName(value: string | null | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') throw inputError('baseName', "can't be blank");
  if (/[/\\]/.test(trimmed)) throw inputError('baseName', 'must not contain slashes');
  return trimmed;
}

function attachableSgid(value: string): string {
  return requiredText(value, 'attachableSgid').trim();
}

/** `POST /vaults/{id}/uploads.json`, for a file already sent as an attachment. */
export function createUpload(
  ctx: Context,
  input: { vaultId: string; attachableSgid: string; description?: string | null; baseName?: string | null; subscriberIds?: readonly string[] | null; visibleToClients?: boolean | null },
) {
  const vault = vaultId(ctx, input.vaultId);
  return withBody(call(ctx, 'CreateUpload', { vaultId: vault }, { body: {
    attachable_sgid: attachableSgid(input.attachableSgid),
    description: input.description ?? undefined,
    base_name: baseName(input.baseName),
    ...sharing(ctx, input),
  } }));
}

/**
 * `PUT /uploads/{id}.json`: description and base name. Both are sent, the one left out from the
 * current upload, so the call means the same whether Basecamp patches or replaces.
 */
export async function updateUpload(ctx: Context, input: { id: string; description?: string | null; baseName?: string | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Upload']);
  if (input.baseName === null) throw inputError('baseName', "can't be blank");
  const current = await call(ctx, 'GetUpload', { uploadId: id });
  return withBody(call(ctx, 'UpdateUpload', { uploadId: id }, { body: {
    description: patched(input.description, current.description ?? null) ?? '',
    base_name: baseName(input.baseName) ?? stripExtension(current.filename ?? current.title),
  } }));
}

function stripExtension(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(0, dot) : filename;
}

export type VersionNotify = 'default' | 'everyone' | 'custom';

/** `POST /uploads/{id}/versions.json`: a new file for the same upload; answers with the upload. */
export function createUploadVersion(
  ctx: Context,
  input: { uploadId: string; attachableSgid: string; baseName?: string | null; description?: string | null; notify?: VersionNotify | null; subscriberIds?: readonly string[] | null },
) {
  const id = toBasecampId(input.uploadId, ctx.accountId, ['Upload']);
  if (input.notify === 'custom' && !input.subscriberIds?.length) throw inputError('subscriberIds', 'must name someone when notify is CUSTOM');
  return withBody(call(ctx, 'CreateUploadVersion', { uploadId: id }, { body: {
    attachable_sgid: attachableSgid(input.attachableSgid),
    base_name: baseName(input.baseName),
    description: input.description ?? undefined,
    notify: input.notify ?? undefined,
    subscriptions: personIds(ctx, input.subscriberIds),
  } }));
}

// ---- cloud files and Google documents ----

/** Basecamp refuses links that are not absolute https URLs; checked before any call. */
function httpsLink(value: string, field = 'url'): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:') throw inputError(field, 'must be an https:// link');
  return value;
}

/** Creating cloud files and Google documents has only the project-scoped path; the vault names the project. */
async function vaultBucket(ctx: Context, vault: string): Promise<string> {
  return (await call(ctx, 'GetVault', { vaultId: vault })).bucket.id;
}

interface LinkInput {
  title?: string | null;
  description?: string | null;
  subscriberIds?: readonly string[] | null;
}

export async function createCloudFile(ctx: Context, input: LinkInput & { vaultId: string; url: string; service: string; visibleToClients?: boolean | null }) {
  const vault = vaultId(ctx, input.vaultId);
  const body = {
    url: httpsLink(input.url),
    service: requiredText(input.service, 'service'),
    title: input.title ?? undefined,
    description: input.description ?? undefined,
    ...sharing(ctx, input),
  };
  const bucket = await vaultBucket(ctx, vault);
  return withBody(call(ctx, 'CreateCloudFile', { bucketId: bucket, vaultId: vault }, { body }));
}

/** `PUT /cloud_files/{id}.json` replaces everything (spec: UpdateCloudFile); fields left out keep their value. */
export async function updateCloudFile(ctx: Context, input: LinkInput & { id: string; url?: string | null; service?: string | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['CloudFile']);
  const url = input.url === undefined ? undefined : httpsLink(nonBlankText(input.url, 'url') ?? '');
  const service = nonBlankText(input.service, 'service');
  const current = await call(ctx, 'GetCloudFile', { cloudFileId: id });
  return withBody(call(ctx, 'UpdateCloudFile', { cloudFileId: id }, { body: {
    url: url ?? current.url,
    service: service ?? current.service.code,
    title: nonBlankText(input.title, 'title') ?? current.title,
    description: patched(input.description, current.description ?? null) ?? '',
    subscriptions: personIds(ctx, input.subscriberIds),
  } }));
}

export type GoogleDocumentType = 'doc' | 'sheet' | 'slide' | 'other';

export async function createGoogleDocument(
  ctx: Context,
  input: LinkInput & { vaultId: string; url: string; documentType: GoogleDocumentType; status?: PublicationStatus | null; visibleToClients?: boolean | null },
) {
  const vault = vaultId(ctx, input.vaultId);
  const body = {
    url: httpsLink(input.url),
    document_type: input.documentType,
    title: input.title ?? undefined,
    description: input.description ?? undefined,
    status: input.status ?? undefined,
    ...sharing(ctx, input),
  };
  const bucket = await vaultBucket(ctx, vault);
  return withBody(call(ctx, 'CreateGoogleDocument', { bucketId: bucket, vaultId: vault }, { body }));
}

/**
 * `PUT /google_documents/{id}.json` replaces everything (spec: UpdateGoogleDocument); fields left
 * out keep their value. `publish` adds `status: active`, which publishes a draft.
 */
export async function updateGoogleDocument(
  ctx: Context,
  input: LinkInput & { id: string; url?: string | null; documentType?: GoogleDocumentType | null },
  options: { publish?: boolean } = {},
) {
  const id = toBasecampId(input.id, ctx.accountId, ['GoogleDocument']);
  const url = input.url === undefined ? undefined : httpsLink(nonBlankText(input.url, 'url') ?? '');
  if (input.documentType === null) throw inputError('documentType', "can't be blank");
  const current = await call(ctx, 'GetGoogleDocument', { googleDocumentId: id });
  return withBody(call(ctx, 'UpdateGoogleDocument', { googleDocumentId: id }, { body: {
    url: url ?? current.url,
    document_type: input.documentType ?? current.document_type,
    title: nonBlankText(input.title, 'title') ?? current.title,
    description: patched(input.description, current.description ?? null) ?? '',
    subscriptions: personIds(ctx, input.subscriberIds),
    ...(options.publish && { status: 'active' }),
  } }));
}

// ---- folders ----

const folderId = (ctx: Context, id: string) => toBasecampId(id, ctx.accountId, ['Folder']);

/** `POST /stacks.json`: a blank name becomes Basecamp's default, "New folder". */
export function createFolder(ctx: Context, input: { name?: string | null; projectIds?: readonly string[] | null }) {
  return withBody(call(ctx, 'CreateFolder', {}, { body: {
    name: input.name ?? undefined,
    project_ids: projectIds(ctx, input.projectIds),
  } }));
}

/** `PUT /stacks/{id}.json`: renaming is all it does, and the name may not be blank. */
export function updateFolder(ctx: Context, input: { id: string; name: string }) {
  const id = folderId(ctx, input.id);
  return withBody(call(ctx, 'UpdateFolder', { folderId: id }, { body: { name: requiredText(input.name, 'name') } }));
}

/** Basecamp takes large files; the gateway holds one in memory while it passes it on. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/**
 * `POST /attachments.json?name=…` with the file's bytes and type (docs: attachments.md). The
 * answer's `attachable_sgid` is what uploads and rich text (`<bc-attachment sgid>`) refer to.
 * Never retried: the client does not repeat a file body.
 */
export async function createAttachment(ctx: Context, input: { file: File; name?: string | null }) {
  const name = input.name ?? input.file.name;
  if (!name.trim()) throw inputError('name', "can't be blank");
  const bytes = await fileBytes(input.file, 'file', MAX_UPLOAD_BYTES);
  return withBody(call(ctx, 'CreateAttachment', {}, { body: bytes, contentType: input.file.type || 'application/octet-stream', query: { name } }));
}
