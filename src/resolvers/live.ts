import { GraphQLError } from 'graphql';
import { filter as filterEvents, pipe } from 'graphql-yoga';
import { UpstreamError } from '../client/errors.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import type { RecordingChange } from '../webhooks/payload.ts';
import type { Watching } from '../webhooks/index.ts';
import { call } from './call.ts';
import { pages } from './connection.ts';
import { toBasecampId } from './global-id.ts';
import { withBody } from './writes.ts';

export interface WatchResult {
  projectId: string;
  watching: boolean;
  webhook: Wire.Webhook | null;
}

/**
 * Makes sure the project has exactly our webhook (one whose payload URL is ours; an existing one
 * is reused and switched back on), then tells the client to serve the project's recordings from
 * the cache until a webhook says they changed.
 */
export async function watchProject(ctx: Context, projectIdInput: string): Promise<WatchResult> {
  const watching = requireWatching(ctx);
  const projectId = toBasecampId(projectIdInput, ctx.accountId, ['Project']);
  const existing = await findOurWebhook(ctx, projectId, watching.payloadUrl);
  let webhook: Wire.Webhook;
  if (existing === undefined) {
    webhook = await withBody(call(ctx, 'CreateWebhook', { bucketId: projectId }, { body: { payload_url: watching.payloadUrl, types: ['all'] } }));
  } else if (existing.active === false) {
    // Basecamp switches a webhook off after repeated failed deliveries; watching again means it works now.
    webhook = await withBody(call(ctx, 'UpdateWebhook', { webhookId: existing.id }, { body: { payload_url: existing.payload_url, types: existing.types, active: true } }));
  } else {
    webhook = existing;
  }
  await watching.watch(ctx.accountId, projectId, true);
  return { projectId, watching: true, webhook };
}

/** Stops serving the project from the cache first, then removes our webhook if there is one. */
export async function unwatchProject(ctx: Context, projectIdInput: string): Promise<WatchResult> {
  const watching = requireWatching(ctx);
  const projectId = toBasecampId(projectIdInput, ctx.accountId, ['Project']);
  // Basecamp checks the token's access when it lists the webhooks: a token it refuses changes nothing.
  const existing = await findOurWebhook(ctx, projectId, watching.payloadUrl);
  await watching.watch(ctx.accountId, projectId, false);
  if (existing !== undefined) await call(ctx, 'DeleteWebhook', { webhookId: existing.id });
  return { projectId, watching: false, webhook: null };
}

async function findOurWebhook(ctx: Context, projectId: string, payloadUrl: string): Promise<Wire.Webhook | undefined> {
  for await (const page of pages(ctx, 'ListWebhooks', { bucketId: projectId })) {
    const found = page.items.find((webhook) => webhook.payload_url === payloadUrl);
    if (found) return found;
  }
  return undefined;
}

function requireWatching(ctx: Context): Watching {
  if (ctx.live?.watching) return ctx.live.watching;
  // The contract's closed list of codes has none for server configuration; `reason` says which.
  throw new GraphQLError('Watching projects needs BASECAMP_WEBHOOK_URL and BASECAMP_WEBHOOK_SECRET on the server.', {
    extensions: { code: 'BAD_USER_INPUT', reason: 'WEBHOOKS_NOT_CONFIGURED' },
  });
}

/**
 * A subscription's next event reads as a new request would: answers that arrived before it are not
 * fresh for it just because the subscription began earlier.
 */
export function readAfresh(ctx: Context): void {
  ctx.basecamp.startOver?.();
}

export interface ChangeFilter {
  projectIds?: readonly string[] | null;
  types?: readonly string[] | null;
}

/**
 * The changes a subscriber may see: its own account, the projects and types it asked for, and
 * only projects its token can read (checked once per project per subscription, with one GET).
 * Projects named in `projectIds` are checked before the subscription starts: one the token cannot
 * read is refused with NOT_FOUND, rather than accepted and then silent for ever.
 */
export async function recordingChanges(ctx: Context, filter: ChangeFilter): Promise<AsyncIterable<RecordingChange>> {
  if (!ctx.live) throw new GraphQLError('Live updates are not enabled on this server.', { extensions: { code: 'BAD_USER_INPUT' } });
  const projects = filter.projectIds?.length ? new Set(filter.projectIds.map((id) => toBasecampId(id, ctx.accountId, ['Project']))) : undefined;
  const types = filter.types?.length ? new Set(filter.types) : undefined;
  const readable = new Map<string, Promise<boolean>>();
  /** Whether the token reads the project; rejects on a failure other than "no access", which is not remembered. */
  const access = (projectId: string) => {
    let answer = readable.get(projectId);
    if (answer === undefined) {
      answer = call(ctx, 'GetProject', { projectId }).then(
        () => true,
        (error: unknown) => (error instanceof UpstreamError && ['FORBIDDEN', 'NOT_FOUND'].includes(error.code) ? false : Promise.reject(error)),
      );
      answer.catch(() => readable.delete(projectId));
      readable.set(projectId, answer);
    }
    return answer;
  };
  const canRead = (projectId: string) => access(projectId).catch(() => false);
  for (const projectId of projects ?? []) {
    if (!(await access(projectId))) {
      throw new GraphQLError(`Project ${projectId} is not visible to this token: none of its changes would reach this subscription.`, { extensions: { code: 'NOT_FOUND' } });
    }
  }
  // yoga's operators (Repeaters): a client that disconnects ends the pub/sub subscription at once,
  // not at the next event as a suspended async generator would.
  return pipe(
    ctx.live.events.subscribe(),
    filterEvents(
      (change: RecordingChange) =>
        change.accountId === ctx.accountId &&
        (!projects || projects.has(change.projectId)) &&
        (!types || types.has(change.recording.type)) &&
        canRead(change.projectId),
    ),
  );
}
