import type { Webhook, WebhookDelivery } from '../state/automation.ts';
import { iso, type ShapeContext } from './shape-context.ts';

/**
 * A webhook (docs: webhooks.md). The list shows it without deliveries; `GET /webhooks/{id}.json`
 * adds the recent exchanges, newest first.
 */
export function renderWebhook(ctx: ShapeContext, webhook: Webhook, withDeliveries: boolean): Record<string, unknown> {
  const path = `webhooks/${webhook.id}`;
  return {
    id: webhook.id,
    active: webhook.active,
    created_at: iso(webhook.createdAt),
    updated_at: iso(webhook.updatedAt),
    payload_url: webhook.payloadUrl,
    types: webhook.types,
    url: ctx.urls.bucketApi(webhook.bucketId, path),
    app_url: ctx.urls.bucketApp(webhook.bucketId, path),
    recent_deliveries: withDeliveries ? webhook.deliveries.map((delivery) => renderDelivery(ctx, delivery)) : undefined,
  };
}

function renderDelivery(ctx: ShapeContext, delivery: WebhookDelivery): Record<string, unknown> {
  const { headers, body } = delivery.request;
  return {
    id: delivery.id,
    created_at: iso(delivery.createdAt),
    request: { headers, body: typeof body === 'function' ? body(ctx) : body },
    response: delivery.response,
  };
}
