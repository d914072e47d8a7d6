import { findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addUpload, addUploadVersion, renamed } from '../factories/files.ts';
import { touch } from '../mutations.ts';
import { unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { created, ok, type Reply } from '../reply.ts';
import { get, post, resource } from '../router.ts';
import type { Section } from '../section.ts';
import { renderUpload, renderUploadVersions } from '../shapes/files.ts';
import { filesState, type Attachment, type UploadRecord } from '../state/files.ts';
import { parseSignedGlobalId } from '../urls.ts';
import { optionalChoice, optionalText, requiredText } from '../validation.ts';
import { findVault, listVaultItems, subscriptions, vaultItemPeople } from './vaults.ts';

/** Uploaded files in a vault and their versions (docs: uploads.md). */
export const uploads: Section = {
  docs: 'uploads',
  routes: [
    ...resource('/vaults/:vaultId/uploads.json', '/uploads/:uploadId.json', {
      list: listVaultItems('Upload', renderUpload), create: createUpload, show: getUpload, update: updateUpload,
    }),
    get('/uploads/:uploadId/versions.json', listUploadVersions),
    post('/uploads/:uploadId/versions.json', createUploadVersion),
  ],
};

function findUpload(ctx: RequestContext): UploadRecord {
  return findRecording(ctx, param(ctx, 'uploadId'), ['Upload']);
}

function getUpload(ctx: RequestContext): Reply {
  return ok(renderUpload(ctx, findUpload(ctx)));
}

function listUploadVersions(ctx: RequestContext): Reply {
  const upload = findUpload(ctx);
  const rendered = renderUploadVersions(ctx, upload);
  // Version events never change once written, so each carries the upload's own timestamp.
  const events = rendered.map((body) => ({ body, updatedAt: upload.updatedAt }));
  return paginate(ctx, events, (event) => event.body, { containerUpdatedAt: upload.updatedAt });
}

function createUpload(ctx: RequestContext): Reply {
  const vault = findVault(ctx, param(ctx, 'vaultId'));
  const attachment = attachable(ctx);
  const upload = addUpload(
    ctx.state,
    vault,
    {
      blob: renamed(attachment.blob, baseName(ctx)),
      description: optionalText(ctx.body, 'description') ?? '',
      ...vaultItemPeople(ctx),
    },
    ctx.now(),
  );
  return created(renderUpload(ctx, upload));
}

/** Changes the description and/or the file's base name; keys left out keep their value. */
function updateUpload(ctx: RequestContext): Reply {
  const upload = findUpload(ctx);
  const description = optionalText(ctx.body, 'description');
  const name = baseName(ctx);
  if (description !== undefined) upload.description = description;
  if (name) {
    upload.blob = renamed(upload.blob, name);
    upload.title = upload.blob.filename;
  }
  touch(ctx.state, upload, ctx.now());
  return ok(renderUpload(ctx, upload));
}

/**
 * A new file for an existing upload: `base_name` "" or absent keeps the new file's name; an
 * absent `description` carries the old one forward, "" clears it (spec: CreateUploadVersion).
 */
function createUploadVersion(ctx: RequestContext): Reply {
  const upload = findUpload(ctx);
  const attachment = attachable(ctx);
  optionalChoice(ctx.body, 'notify', ['default', 'everyone', 'custom'] as const);
  const subscribers = subscriptions(ctx);
  if (subscribers) upload.subscriberIds = [...new Set([...upload.subscriberIds, ...subscribers])];
  const description = optionalText(ctx.body, 'description');
  addUploadVersion(
    ctx.state,
    upload,
    { blob: renamed(attachment.blob, baseName(ctx)), creatorId: ctx.me.id, ...(description === undefined ? {} : { description }) },
    ctx.now(),
  );
  return created(renderUpload(ctx, upload));
}

/** The attachment named by `attachable_sgid`; 422 when blank or not an attachment of this account. */
function attachable(ctx: RequestContext): Attachment {
  const sgid = requiredText(ctx.body, 'attachable_sgid');
  const target = parseSignedGlobalId(sgid);
  const attachment = target?.kind === 'Attachment' ? filesState(ctx.state).attachments.get(target.id) : undefined;
  if (!attachment) throw unprocessable('Attachable sgid is not a valid attachment');
  return attachment;
}

/** `base_name`: a file name without extension, so no dots at the end and no slashes. */
function baseName(ctx: RequestContext): string | undefined {
  const value = optionalText(ctx.body, 'base_name')?.trim();
  if (value && /[/\\]/.test(value)) throw unprocessable('Base name must not contain slashes');
  return value || undefined;
}
