import { findProject } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { forbidden, HttpError, notFound } from '../protocol/errors.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { del, get, post, put, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderWebhook } from '../shapes/webhook.ts';
import { automationOf, type Webhook } from '../state/automation.ts';

/** The recording types a webhook may listen to, besides `all` (docs: webhooks.md). */
export const WEBHOOK_TYPES = [
  'Comment', 'Client::Approval::Response', 'Client::Forward', 'Client::Reply', 'CloudFile', 'Document',
  'GoogleDocument', 'Inbox::Forward', 'Kanban::Card', 'Kanban::Step', 'Message', 'Question', 'Question::Answer',
  'Schedule::Entry', 'Todo', 'Todolist', 'Upload', 'Vault',
] as const;

/** Webhooks per account before Basecamp answers 507 (docs: "the account has reached its webhook limit"). */
export const WEBHOOK_LIMIT = 100;

/** Webhooks (docs: webhooks.md). Clients may not touch them: 403. Validation failures are 400s. */
export const webhooks: Section = {
  docs: 'webhooks',
  routes: [
    // the collection's path names its bucket already; a webhook itself has the usual legacy twin
    ...withoutLegacyForm([get('/buckets/:bucketId/webhooks.json', listWebhooks), post('/buckets/:bucketId/webhooks.json', createWebhook)]),
    get('/webhooks/:webhookId.json', getWebhook),
    put('/webhooks/:webhookId.json', updateWebhook),
    del('/webhooks/:webhookId.json', deleteWebhook),
  ],
};

/** Not paginated: the docs return every webhook of the project. */
function listWebhooks(ctx: RequestContext): Reply {
  const project = projectForWebhooks(ctx, param(ctx, 'bucketId'));
  const found = [...automationOf(ctx.state).webhooks.values()].filter((webhook) => webhook.bucketId === project.id);
  return ok(found.map((webhook) => renderWebhook(ctx, webhook, false)), Math.max(project.updatedAt, ...found.map((w) => w.updatedAt)));
}

function getWebhook(ctx: RequestContext): Reply {
  return ok(renderWebhook(ctx, findWebhook(ctx), true));
}

function createWebhook(ctx: RequestContext): Reply {
  const project = projectForWebhooks(ctx, param(ctx, 'bucketId'));
  const automation = automationOf(ctx.state);
  if (automation.webhooks.size >= WEBHOOK_LIMIT) throw new HttpError(507, 'The webhook limit for this account has been reached.');
  const now = ctx.now();
  const webhook: Webhook = {
    id: automation.ids.webhook.next(),
    bucketId: project.id,
    active: activeFlag(ctx.body) ?? true,
    createdAt: now,
    updatedAt: now,
    payloadUrl: payloadUrl(ctx.body),
    types: webhookTypes(ctx.body) ?? ['all'],
    deliveries: [],
  };
  automation.webhooks.set(webhook.id, webhook);
  return created(renderWebhook(ctx, webhook, true));
}

/** `payload_url` is required; `types` and `active` keep their value when left out. */
function updateWebhook(ctx: RequestContext): Reply {
  const webhook = findWebhook(ctx);
  const url = payloadUrl(ctx.body);
  const types = webhookTypes(ctx.body);
  const active = activeFlag(ctx.body);
  webhook.payloadUrl = url;
  if (types) webhook.types = types;
  if (active !== undefined) webhook.active = active;
  webhook.updatedAt = Math.max(ctx.now(), webhook.updatedAt);
  return ok(renderWebhook(ctx, webhook, true));
}

function deleteWebhook(ctx: RequestContext): Reply {
  automationOf(ctx.state).webhooks.delete(findWebhook(ctx).id);
  return noContent();
}

function projectForWebhooks(ctx: RequestContext, projectId: string) {
  const project = findProject(ctx, projectId);
  if (ctx.me.client) throw forbidden();
  return project;
}

function findWebhook(ctx: RequestContext): Webhook {
  const webhook = automationOf(ctx.state).webhooks.get(param(ctx, 'webhookId'));
  if (!webhook) throw notFound();
  const bucketId = ctx.params.bucketId;
  if (bucketId !== undefined && bucketId !== webhook.bucketId) throw notFound();
  projectForWebhooks(ctx, webhook.bucketId);
  return webhook;
}

/**
 * Basecamp calls HTTPS URLs only. The sandbox also takes plain http on loopback, so a local
 * receiver can watch deliveries (the same exception the gateway makes for its upstream).
 */
function payloadUrl(body: Record<string, unknown>): string {
  const value = body.payload_url;
  if (typeof value !== 'string' || value.trim() === '') throw invalid("Payload url can't be blank");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid('Payload url is not a valid HTTPS URL');
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) throw invalid('Payload url is not a valid HTTPS URL');
  return value;
}

function webhookTypes(body: Record<string, unknown>): string[] | undefined {
  const value = body.types;
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((type) => typeof type !== 'string')) throw invalid('Types must be a list of recording types');
  const known: readonly string[] = [...WEBHOOK_TYPES, 'all'];
  const unknown = value.find((type) => !known.includes(type as string));
  if (unknown !== undefined) throw invalid(`Types include ${String(unknown)}, which is not a recording type webhooks can follow`);
  return value.length === 0 ? ['all'] : [...new Set(value as string[])];
}

function activeFlag(body: Record<string, unknown>): boolean | undefined {
  const value = body.active;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalid('Active must be true or false');
  return value;
}

/** The docs answer a bad webhook with 400, not 422. */
function invalid(message: string): HttpError {
  return new HttpError(400, message);
}
