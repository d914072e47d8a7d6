import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { toBasecampId } from './global-id.ts';
import { inputError } from './input.ts';
import { loadEach, type NodeLoader } from './loaders.ts';
import { withBody } from './writes.ts';

/** The delivery response as the docs show it, with the receiver's body the spec omits. */
export type WebhookRecord = Wire.Webhook;
export type DeliveryResponse = Wire.WebhookDeliveryResponse & { body?: string };

export const fetchWebhooks: NodeLoader<WebhookRecord> = loadEach('GetWebhook');

export interface WebhookInput {
  payloadUrl?: string | null;
  types?: readonly string[] | null;
  active?: boolean | null;
}

/** `POST /buckets/{id}/webhooks.json`; no `types` means every type. */
export function createWebhook(ctx: Context, input: WebhookInput & { projectId: string; payloadUrl: string }) {
  const projectId = toBasecampId(input.projectId, ctx.accountId, ['Project']);
  return withBody(call(ctx, 'CreateWebhook', { bucketId: projectId }, { body: {
    payload_url: payloadUrl(input.payloadUrl),
    types: input.types?.length ? [...input.types] : ['all'],
    active: input.active ?? undefined,
  } }));
}

/** `PUT /webhooks/{id}.json` needs `payload_url` every time, so a patch reads the webhook first. */
export async function updateWebhook(ctx: Context, input: WebhookInput & { id: string }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Webhook']);
  if (input.payloadUrl !== undefined) payloadUrl(input.payloadUrl);
  const current = await call(ctx, 'GetWebhook', { webhookId: id });
  return withBody(call(ctx, 'UpdateWebhook', { webhookId: id }, { body: {
    payload_url: input.payloadUrl ?? current.payload_url,
    // Left out keeps them; null or an empty list means every type, as on create.
    types: input.types === undefined ? current.types : input.types?.length ? [...input.types] : ['all'],
    active: input.active ?? current.active,
  } }));
}

/** Basecamp calls HTTPS URLs only; plain http is let through for loopback receivers in development. */
function payloadUrl(value: string | null): string {
  let url: URL | undefined;
  try {
    url = value ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  const loopback = url !== undefined && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
    throw inputError('payloadUrl', 'must be an HTTPS URL');
  }
  return url.href === value ? url.href : (value as string);
}

/**
 * A webhook's recent deliveries. The project listing leaves them out (and primes the loader with
 * that shorter shape), so they are read from `GET /webhooks/{id}.json` when missing.
 */
export async function recentDeliveries(ctx: Context, webhook: WebhookRecord): Promise<Wire.WebhookDelivery[]> {
  if (webhook.recent_deliveries) return webhook.recent_deliveries;
  return (await call(ctx, 'GetWebhook', { webhookId: webhook.id })).recent_deliveries ?? [];
}
