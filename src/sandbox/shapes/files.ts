import type { Attachment, Blob, CloudFileRecord, DocumentRecord, Folder, GoogleDocumentRecord, UploadRecord, UploadVersionEvent } from '../state/files.ts';
import type { Recording } from '../state/index.ts';
import type { ToolRecording } from '../state/records.ts';
import { isVisibleTo } from '../access/visibility.ts';
import { signedGlobalId } from '../urls.ts';
import { renderPersonById } from './person.ts';
import { renderProject } from './project.ts';
import { recordingBucket, recordingCreator, recordingFrame, recordingHead, recordingParent } from './recording.ts';
import { renderRichText } from './rich-text.ts';
import { iso, type ShapeContext } from './shape-context.ts';

/** A vault: the Docs & Files tool or a folder nested in it (docs: vaults.md). */
export function renderVault(ctx: ShapeContext, vault: ToolRecording): Record<string, unknown> {
  const base = `${ctx.urls.api}/vaults/${vault.id}`;
  const count = (type: Recording['type']) => {
    let n = 0;
    for (const child of ctx.state.recordings.values()) {
      if (child.parentId === vault.id && child.type === type && child.status === 'active' && isVisibleTo(ctx.me, child)) n += 1;
    }
    return n;
  };
  return {
    ...recordingHead(ctx, vault),
    position: vault.position,
    parent: recordingParent(ctx, vault),
    bucket: recordingBucket(ctx, vault),
    creator: recordingCreator(ctx, vault),
    documents_count: count('Document'),
    documents_url: `${base}/documents.json`,
    uploads_count: count('Upload'),
    uploads_url: `${base}/uploads.json`,
    vaults_count: count('Vault'),
    vaults_url: `${base}/vaults.json`,
  };
}

/** A document in a vault (docs: documents.md). */
export function renderDocument(ctx: ShapeContext, document: DocumentRecord): Record<string, unknown> {
  return {
    ...recordingFrame(ctx, document),
    content: renderRichText(ctx, document.content),
    content_attachments: [],
  };
}

/** An uploaded file in a vault (docs: uploads.md). Width and height only for images. */
export function renderUpload(ctx: ShapeContext, upload: UploadRecord): Record<string, unknown> {
  const download = downloadUrl(ctx, upload, upload.blob);
  return {
    ...recordingFrame(ctx, upload),
    description: renderRichText(ctx, upload.description),
    description_attachments: [],
    content_type: upload.blob.contentType,
    byte_size: upload.blob.byteSize,
    filename: upload.blob.filename,
    download_url: download,
    app_download_url: download,
    width: upload.blob.width ?? undefined,
    height: upload.blob.height ?? undefined,
  };
}

/**
 * An upload's version events, newest first; `current` marks the newest event only (spec:
 * UploadVersion).
 */
export function renderUploadVersions(ctx: ShapeContext, upload: UploadRecord): Record<string, unknown>[] {
  return [...upload.versions].reverse().map((version, index) => renderUploadVersion(ctx, upload, version, index === 0));
}

function renderUploadVersion(ctx: ShapeContext, upload: UploadRecord, version: UploadVersionEvent, current: boolean): Record<string, unknown> {
  const download = ctx.urls.bucketApi(upload.bucketId, `uploads/${upload.id}/versions/${version.id}`).replace(/\.json$/, '') + `/download/${encodeURIComponent(version.blob.filename)}`;
  return {
    id: version.id,
    recording_id: upload.id,
    action: version.action,
    details: {},
    created_at: iso(version.createdAt),
    creator: renderPersonById(ctx, version.creatorId),
    upload: {
      content_type: version.blob.contentType,
      byte_size: version.blob.byteSize,
      filename: version.blob.filename,
      download_url: download,
      app_download_url: download,
      current,
    },
  };
}

/**
 * What every link to a file kept elsewhere shows. Basecamp renders the recordable's `url` over the
 * recording's, so `url` is the external link (the key keeps its place) while `app_url` stays ours.
 */
function renderLinkedFile(ctx: ShapeContext, file: CloudFileRecord | GoogleDocumentRecord): Record<string, unknown> {
  return {
    ...recordingFrame(ctx, file),
    url: file.link,
    description: renderRichText(ctx, file.description),
    description_attachments: [],
  };
}

/** A link to a file on another service (spec: CloudFile). */
export function renderCloudFile(ctx: ShapeContext, file: CloudFileRecord): Record<string, unknown> {
  return { ...renderLinkedFile(ctx, file), service: renderCloudService(file.service) };
}

/** A linked Google Docs/Sheets/Slides file (spec: GoogleDocument); `url` is the Google link. */
export function renderGoogleDocument(ctx: ShapeContext, document: GoogleDocumentRecord): Record<string, unknown> {
  return { ...renderLinkedFile(ctx, document), document_type: document.documentType };
}

/** The answer to `POST /attachments.json` (docs: attachments.md). */
export function renderAttachment(ctx: ShapeContext, attachment: Attachment): Record<string, unknown> {
  const sgid = attachmentSgid(attachment.id);
  const { blob } = attachment;
  const blobs = `${ctx.urls.app}/blobs/${blob.key}`;
  const previewable = blob.contentType.startsWith('image/');
  return {
    id: attachment.id,
    attachable_sgid: sgid,
    sgid,
    status_url: `${ctx.urls.api}/attachments/${sgid}.json`,
    caption: null,
    byte_size: blob.byteSize,
    content_type: blob.contentType,
    width: blob.width,
    height: blob.height,
    key: blob.key,
    filename: blob.filename,
    download_url: `${blobs}/download/${encodeURIComponent(blob.filename)}`,
    previewable,
    preview_url: `${blobs}/previews/full`,
    thumbnail_url: `${blobs}/previews/card`,
  };
}

/** The signed id an upload or rich text uses to refer to an attachment. */
export function attachmentSgid(attachmentId: string): string {
  return signedGlobalId('Attachment', attachmentId);
}

/** A home-screen folder; `withProjects` expands the visible, live projects filed in it (spec: FolderWithProjects). */
export function renderFolder(ctx: ShapeContext, folder: Folder, withProjects: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: folder.id,
    name: folder.name,
    type: 'Stack',
    created_at: iso(folder.createdAt),
    updated_at: iso(folder.updatedAt),
    bucket_ids: folder.projectIds,
    is_emoji_only_name: /^[\p{Extended_Pictographic}\p{Emoji_Component}\s]+$/u.test(folder.name) && /\p{Extended_Pictographic}/u.test(folder.name),
    star_url: `${ctx.urls.api}/stacks/${folder.id}/star.json`,
    gauges_url: null,
    color: null,
    image_url: null,
    url: `${ctx.urls.api}/stacks/${folder.id}.json`,
  };
  if (withProjects) {
    body.projects = folder.projectIds.flatMap((id) => {
      const project = ctx.state.projects.get(id);
      return project ? [renderProject(ctx, project)] : [];
    });
  }
  return body;
}

/** The catalogue of cloud services a cloud file may point at (spec: CloudFileService). */
export const CLOUD_SERVICES: Record<string, { name: string; example: string; patterns: string[]; supporting?: string }> = {
  dropbox: { name: 'Dropbox', example: 'https://www.dropbox.com/s/a1b2c3/plan.pdf', patterns: ['^https://(www\\.)?dropbox\\.com/'], supporting: 'a file or folder on Dropbox' },
  box: { name: 'Box', example: 'https://app.box.com/s/a1b2c3', patterns: ['^https://([a-z0-9-]+\\.)?box\\.com/'], supporting: 'a file or folder on Box' },
  figma: { name: 'Figma', example: 'https://www.figma.com/file/a1b2c3/Layout', patterns: ['^https://(www\\.)?figma\\.com/'], supporting: 'a Figma file' },
  onedrive: { name: 'OneDrive', example: 'https://onedrive.live.com/?id=a1b2c3', patterns: ['^https://(onedrive\\.live\\.com|1drv\\.ms)/'], supporting: 'a file on OneDrive' },
  other: { name: 'Other', example: 'https://example.com/shared/file', patterns: ['^https://'] },
};

function renderCloudService(code: string): Record<string, unknown> {
  const service = CLOUD_SERVICES[code] ?? CLOUD_SERVICES.other!;
  return { name: service.name, example_url: service.example, code, valid_patterns: service.patterns, supporting_text: service.supporting };
}

function downloadUrl(ctx: ShapeContext, upload: UploadRecord, blob: Blob): string {
  return `${ctx.urls.api}/buckets/${upload.bucketId}/uploads/${upload.id}/download/${encodeURIComponent(blob.filename)}`;
}
