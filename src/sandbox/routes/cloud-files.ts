import { findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addCloudFile, addGoogleDocument } from '../factories/files.ts';
import { publish, touch } from '../mutations.ts';
import { HttpError } from '../protocol/errors.ts';
import { created, ok, type Reply } from '../reply.ts';
import { get, post, put } from '../router.ts';
import type { Section } from '../section.ts';
import { showRecording } from './show.ts';
import { CLOUD_SERVICES, renderCloudFile, renderGoogleDocument } from '../shapes/files.ts';
import type { GoogleDocumentType } from '../state/files.ts';
import { optionalChoice, optionalText, publicationStatus } from '../validation.ts';
import { findVault, richText, subscriptions, vaultItemPeople } from './vaults.ts';

/**
 * Links to files kept elsewhere, filed in a vault: cloud files and Google documents. The docs
 * have no section for them; the spec's operations (CreateCloudFile … UpdateGoogleDocument) do.
 * Creation has only the bucket form, which the router derives from the flat pattern.
 */
export const cloudFiles: Section = {
  docs: 'cloud_files',
  routes: [
    get('/cloud_files/:cloudFileId.json', showRecording('cloudFileId', ['CloudFile'], renderCloudFile)),
    post('/vaults/:vaultId/cloud_files.json', createCloudFile),
    put('/cloud_files/:cloudFileId.json', replaceCloudFile),
    get('/google_documents/:googleDocumentId.json', showRecording('googleDocumentId', ['GoogleDocument'], renderGoogleDocument)),
    post('/vaults/:vaultId/google_documents.json', createGoogleDocument),
    put('/google_documents/:googleDocumentId.json', replaceGoogleDocument),
  ],
};

const DOCUMENT_TYPES: readonly GoogleDocumentType[] = ['doc', 'sheet', 'slide', 'other'];

/** 422 with the field-keyed body these endpoints use (spec: FieldValidationError). */
function fieldError(field: string, message: string): HttpError {
  const label = field.charAt(0).toUpperCase() + field.slice(1).replace(/_/g, ' ');
  return new HttpError(422, `${label} ${message}`, {}, { errors: { [field]: [message] } });
}

/** `service` and a `url` matching one of its patterns; both required on create and replace. */
function serviceAndLink(ctx: RequestContext): { service: string; link: string } {
  const service = ctx.body.service;
  if (typeof service !== 'string' || service.trim() === '') throw fieldError('service', "can't be blank");
  const known = CLOUD_SERVICES[service];
  if (!known) throw fieldError('service', 'is not included in the list');
  return { service, link: matchingLink(ctx, known.patterns) };
}

function matchingLink(ctx: RequestContext, patterns: readonly string[]): string {
  const link = ctx.body.url;
  if (typeof link !== 'string' || link.trim() === '') throw fieldError('url', "can't be blank");
  let parsed: URL | undefined;
  try {
    parsed = new URL(link);
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.protocol !== 'https:' || !patterns.some((pattern) => new RegExp(pattern).test(link))) {
    throw fieldError('url', 'is not a valid link for this service');
  }
  return link;
}

function documentType(ctx: RequestContext): GoogleDocumentType {
  const value = ctx.body.document_type;
  if (typeof value !== 'string' || !(DOCUMENT_TYPES as readonly string[]).includes(value)) {
    throw fieldError('document_type', 'is not a valid document type');
  }
  return value as GoogleDocumentType;
}

function createCloudFile(ctx: RequestContext): Reply {
  const vault = findVault(ctx, param(ctx, 'vaultId'));
  const { service, link } = serviceAndLink(ctx);
  const file = addCloudFile(
    ctx.state,
    vault,
    {
      service,
      link,
      ...newItemFields(ctx),
    },
    ctx.now(),
  );
  return created(renderCloudFile(ctx, file));
}

/** What a new cloud file or Google document takes from its creator and the body alike. */
function newItemFields(ctx: RequestContext) {
  return {
    title: optionalText(ctx.body, 'title')?.trim(),
    description: richText(ctx, 'description'),
    ...vaultItemPeople(ctx),
  };
}

/** A full replacement: an omitted title reads "Untitled", an omitted description is cleared. */
function replaceCloudFile(ctx: RequestContext): Reply {
  const file = findRecording(ctx, param(ctx, 'cloudFileId'), ['CloudFile']);
  const { service, link } = serviceAndLink(ctx);
  Object.assign(file, { service, link, title: optionalText(ctx.body, 'title')?.trim() || 'Untitled', description: richText(ctx, 'description') });
  const subscribers = subscriptions(ctx);
  if (subscribers) file.subscriberIds = [...new Set([file.creatorId, ...subscribers])];
  touch(ctx.state, file, ctx.now());
  return ok(renderCloudFile(ctx, file));
}

const GOOGLE_PATTERNS = ['^https://(docs|drive)\\.google\\.com/'];

/** `document_type` is checked before anything else, as Basecamp's enum does; a draft unless `status` is `active` (spec). */
function createGoogleDocument(ctx: RequestContext): Reply {
  const vault = findVault(ctx, param(ctx, 'vaultId'));
  const type = documentType(ctx);
  const link = matchingLink(ctx, GOOGLE_PATTERNS);
  const status = publicationStatus(ctx.body);
  const document = addGoogleDocument(
    ctx.state,
    vault,
    {
      documentType: type,
      link,
      ...newItemFields(ctx),
    },
    ctx.now(),
  );
  document.status = status;
  return created(renderGoogleDocument(ctx, document));
}

function replaceGoogleDocument(ctx: RequestContext): Reply {
  const document = findRecording(ctx, param(ctx, 'googleDocumentId'), ['GoogleDocument']);
  const type = documentType(ctx);
  const link = matchingLink(ctx, GOOGLE_PATTERNS);
  publish(document, optionalChoice(ctx.body, 'status', ['active', 'drafted'] as const));
  Object.assign(document, {
    documentType: type,
    link,
    title: optionalText(ctx.body, 'title')?.trim() || 'Untitled',
    description: richText(ctx, 'description'),
  });
  const subscribers = subscriptions(ctx);
  if (subscribers) document.subscriberIds = [...new Set([document.creatorId, ...subscribers])];
  touch(ctx.state, document, ctx.now());
  return ok(renderGoogleDocument(ctx, document));
}
