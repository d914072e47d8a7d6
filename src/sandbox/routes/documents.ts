import { findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addDocument } from '../factories/files.ts';
import { touch } from '../mutations.ts';
import { badRequest } from '../protocol/errors.ts';
import { created, ok, type Reply } from '../reply.ts';
import { resource } from '../router.ts';
import type { Section } from '../section.ts';
import { showRecording } from './show.ts';
import { renderDocument } from '../shapes/files.ts';
import { optionalText, publicationStatus, requiredText } from '../validation.ts';
import { findVault, listVaultItems, richText, subscriptions, vaultItemPeople } from './vaults.ts';

/** Documents in a vault (docs: documents.md). */
export const documents: Section = {
  docs: 'documents',
  routes: resource('/vaults/:vaultId/documents.json', '/documents/:documentId.json', {
    list: listVaultItems('Document', renderDocument), create: createDocument, show: showRecording('documentId', ['Document'], renderDocument),
    update: replaceDocument,
  }),
};

/** A draft unless `status` is `active` (docs: documents.md, "Create a document"). */
function createDocument(ctx: RequestContext): Reply {
  const vault = findVault(ctx, param(ctx, 'vaultId'));
  const title = requiredText(ctx.body, 'title');
  const status = publicationStatus(ctx.body);
  const document = addDocument(
    ctx.state,
    vault,
    {
      title,
      content: richText(ctx, 'content'),
      ...vaultItemPeople(ctx),
    },
    ctx.now(),
  );
  document.status = status;
  return created(renderDocument(ctx, document));
}

/**
 * PUT replaces title and content: an omitted one is cleared, a cleared title reads "Untitled";
 * a body naming neither is a 400 (spec: ReplaceDocument).
 */
function replaceDocument(ctx: RequestContext): Reply {
  const document = findRecording(ctx, param(ctx, 'documentId'), ['Document']);
  if (ctx.body.title === undefined && ctx.body.content === undefined) throw badRequest('param is missing or the value is empty: document');
  document.title = optionalText(ctx.body, 'title')?.trim() || 'Untitled';
  document.content = richText(ctx, 'content');
  const subscribers = subscriptions(ctx);
  if (subscribers) document.subscriberIds = [...new Set([document.creatorId, ...subscribers])];
  touch(ctx.state, document, ctx.now());
  return ok(renderDocument(ctx, document));
}
