import { randomUUID } from 'node:crypto';
import type { RequestContext } from './context.ts';
import { serialise } from './json.ts';
import { renderRecording } from './shapes/index.ts';
import { renderPersonById } from './shapes/person.ts';
import { iso, type ShapeContext } from './shapes/shape-context.ts';
import { recordingTitle } from './shapes/recording.ts';
import type { Recording } from './state/index.ts';
import { automationOf, MAX_DELIVERIES, type StoredEvent, type Webhook, type WebhookDelivery } from './state/automation.ts';

/**
 * Calls webhooks for an event (docs: webhooks.md): every active webhook of the recording's
 * project whose types include the recording's type (or `all`) gets one POST. The payload is
 * rendered now, while the state is as the write left it; the POST happens after the write has
 * answered, best effort: one attempt, no redirects, a 10 s limit, only to http(s) URLs. Each
 * exchange is kept as a delivery record, as `GET /webhooks/{id}.json` shows them.
 */
export function deliverWebhooks(ctx: RequestContext, recording: Recording, event: StoredEvent): void {
  for (const webhook of automationOf(ctx.state).webhooks.values()) {
    if (!webhook.active || webhook.bucketId !== recording.bucketId) continue;
    if (!webhook.types.includes('all') && !webhook.types.includes(recording.type)) continue;
    if (!isHttpUrl(webhook.payloadUrl)) continue;
    const delivery: WebhookDelivery = {
      id: automationOf(ctx.state).ids.delivery.next(),
      createdAt: ctx.now(),
      request: {
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'Basecamp Sandbox Webhook', 'X-Request-Id': randomUUID() },
        body: webhookPayload(ctx, recording, event),
      },
    };
    webhook.deliveries.unshift(delivery);
    webhook.deliveries.length = Math.min(webhook.deliveries.length, MAX_DELIVERIES);
    setImmediate(() => void send(webhook, delivery));
  }
}

/** The documented payload: the event, the recording in the generic projection, and who did it. */
export function webhookPayload(ctx: ShapeContext, recording: Recording, event: StoredEvent): Record<string, unknown> {
  const full = renderRecording(ctx, recording) as Record<string, unknown>;
  const generic: Record<string, unknown> = {};
  for (const key of GENERIC_KEYS) if (full[key] !== undefined) generic[key] = full[key];
  generic.content = typeof full.content === 'string' ? full.content : recordingTitle(recording);
  return {
    id: event.id,
    kind: `${typeSlug(recording.type)}_${event.action}`,
    details: event.details,
    created_at: iso(event.createdAt),
    recording: generic,
    creator: renderPersonById(ctx, event.creatorId),
  };
}

const GENERIC_KEYS = [
  'id', 'status', 'visible_to_clients', 'created_at', 'updated_at', 'title', 'inherits_status', 'type',
  'url', 'app_url', 'bookmark_url', 'subscription_url', 'comments_count', 'comments_url', 'parent', 'bucket', 'creator',
] as const;

/** `Kanban::Card` → `kanban_card`, `Todolist` → `todolist`: the prefix of webhook kinds. */
export function typeSlug(type: string): string {
  return type.replace(/::/g, '_').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

async function send(webhook: Webhook, delivery: WebhookDelivery): Promise<void> {
  try {
    const response = await fetch(webhook.payloadUrl, {
      method: 'POST',
      headers: delivery.request.headers,
      body: serialise(delivery.request.body),  
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    delivery.response = {
      headers: Object.fromEntries(response.headers),
      code: response.status,
      message: response.statusText,
      body: await response.text(),
    };
  } catch (error) {
    delivery.response = { headers: {}, message: error instanceof Error ? error.message : String(error), body: '' };
  }
}
