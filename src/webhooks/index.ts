import type { Redis } from 'ioredis';
import { createEventDedup } from './dedup.ts';
import { createRecordingEvents, type RecordingEvents } from './events.ts';
import { createWebhookReceiver, type CacheControl } from './receiver.ts';

/** The Basecamp client's side of watching: per-project freshness it keeps, for every token. */
export interface WatchControl extends CacheControl {
  watch(accountId: string, projectId: string, watching: boolean): unknown;
}

/** What the gateway serves for live updates: the receiver route, and what resolvers reach through the context. */
export interface Live {
  events: RecordingEvents;
  /** Absent without `BASECAMP_WEBHOOK_URL` and `BASECAMP_WEBHOOK_SECRET`. */
  receive?: (request: Request, secret: string) => Promise<Response>;
  watching?: Watching;
  close(): Promise<void>;
}

/** What `watchProject` / `unwatchProject` need. */
export interface Watching {
  /** `${BASECAMP_WEBHOOK_URL}/${secret}`: the URL Basecamp POSTs to. */
  payloadUrl: string;
  watch(accountId: string, projectId: string, watching: boolean): Promise<void>;
}

export interface LiveOptions {
  client: WatchControl & { origin: string };
  webhooks?: { url: string; secret: string };
  /** Shared by every process: de-duplication and pub/sub. `subscriber` is put into subscriber mode. */
  redis?: { publisher: Redis; subscriber: Redis };
  /** Namespace of Redis keys and channels; processes that share it share events. Default `bcgql:`. */
  keyPrefix?: string;
  log?: (level: 'debug' | 'info' | 'warn', message: string, fields?: Record<string, string | number>) => void;
}

/**
 * Publishing goes through the shared connection; listening needs a connection of its own, since a
 * Redis connection in subscriber mode can do nothing else. ioredis reconnects and resubscribes by itself.
 */
export function pubSubClients(redis: Redis): { publisher: Redis; subscriber: Redis } {
  const subscriber = redis.duplicate();
  subscriber.on('error', () => undefined); // reported through failed commands, once per outage
  return { publisher: redis, subscriber };
}

export function createLive(options: LiveOptions): Live {
  const { client, webhooks, redis, keyPrefix = 'bcgql:' } = options;
  const log = options.log ?? ((level, message) => (level === 'warn' ? console.warn(message) : undefined));
  const events = createRecordingEvents({
    keyPrefix,
    ...(redis && { redis }),
    onRedisError: (message) => log('warn', message),
  });
  const live: Live = {
    events,
    close: async () => {
      await events.close();
      redis?.subscriber.disconnect();
    },
  };
  if (webhooks) {
    live.receive = createWebhookReceiver({
      secret: webhooks.secret,
      origin: client.origin,
      cache: client,
      dedup: createEventDedup({ keyPrefix, ...(redis && { redis: redis.publisher }), onRedisError: (message) => log('warn', message) }),
      events,
      log,
    });
    live.watching = {
      payloadUrl: `${webhooks.url}/${encodeURIComponent(webhooks.secret)}`,
      watch: async (accountId, projectId, watching) => {
        await client.watch(accountId, projectId, watching);
      },
    };
  }
  return live;
}
