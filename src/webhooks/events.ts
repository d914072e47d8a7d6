import { randomUUID } from 'node:crypto';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { RecordingChange } from './payload.ts';

/**
 * Recording changes, fanned out to this process's GraphQL subscribers and, with Redis, to every
 * other process. Local subscribers never depend on Redis: a change received here is published
 * here first, and Redis only carries it to the others (each tagged with its origin, so no process
 * hears its own changes twice). Invalidation does not travel here: the receiving process marks
 * the shared freshness store, which every process reads. Redis trouble is reported once and never
 * thrown.
 */
export interface RecordingEvents {
  /** Hands a change to local subscribers and, with Redis, to the other processes. */
  publish(change: RecordingChange): void;
  /** Every change from any process, until the iterator is returned or `close` ends it. */
  subscribe(): AsyncIterableIterator<RecordingChange>;
  /** Stops hearing other processes and ends every open subscription, so each stream completes. */
  close(): Promise<void>;
}

export interface RecordingEventsOptions {
  /** With both clients, changes cross processes over Redis pub/sub; `subscriber` is used for nothing else. */
  redis?: { publisher: Redis; subscriber: Redis };
  /** Channel namespace; processes that share it hear each other. Default `bcgql:`. */
  keyPrefix?: string;
  /** Called once per Redis outage, with a message that holds no secret. */
  onRedisError?: (message: string) => void;
}

interface Envelope {
  origin: string;
  change: RecordingChange;
}

const TOPIC = 'recording-changed';

export function createRecordingEvents(options: RecordingEventsOptions = {}): RecordingEvents {
  const local = createPubSub<{ [TOPIC]: [RecordingChange] }>();
  const origin = randomUUID();
  const channel = `${options.keyPrefix ?? 'bcgql:'}events:${TOPIC}`;
  let failing = false;
  const report = (error: unknown) => {
    if (!failing) options.onRedisError?.(`live updates stay in this process until Redis answers again: ${(error as Error).message}`);
    failing = true;
  };
  const recovered = () => {
    failing = false;
  };

  let remote: ReturnType<typeof createRedisEventTarget<CustomEvent<Envelope>>> | undefined;
  const listener = (event: CustomEvent<Envelope>) => {
    const envelope = event.detail;
    if (!envelope || envelope.origin === origin || !envelope.change) return;
    local.publish(TOPIC, envelope.change);
  };
  let closed = false;
  const open = new Set<AsyncIterableIterator<RecordingChange>>();
  if (options.redis) {
    const { publisher, subscriber } = options.redis;
    // ioredis resubscribes after a reconnect only to channels it once subscribed to: a first
    // attempt that failed (Redis down at startup) is made again each time the connection comes up.
    let heard = false;
    const subscribe = (name: string) =>
      subscriber.subscribe(name).then(() => {
        heard = true;
        recovered();
      }, report);
    subscriber.on('ready', () => {
      if (!heard && !closed) void subscribe(channel);
    });
    // The event target fires its Redis commands without awaiting them; a rejection there would be
    // unhandled and end the process, so each command's failure is caught and reported here.
    remote = createRedisEventTarget<CustomEvent<Envelope>>({
      publishClient: { publish: (name: string, message: string) => publisher.publish(name, message).then(recovered, report) } as unknown as Redis,
      subscribeClient: {
        on: (name: string, callback: (...args: unknown[]) => void) => subscriber.on(name, callback),
        subscribe,
        unsubscribe: (name: string) => subscriber.unsubscribe(name).catch(report),
      } as unknown as Redis,
    });
    remote.addEventListener(channel, listener);
  }

  return {
    publish(change) {
      local.publish(TOPIC, change);
      remote?.dispatchEvent(new CustomEvent(channel, { detail: { origin, change } }));
    },
    subscribe: () => {
      const subscription = local.subscribe(TOPIC) as AsyncIterableIterator<RecordingChange>;
      // Held only while open: a client that leaves returns it, which lets it go.
      const end = subscription.return?.bind(subscription);
      subscription.return = (value?: unknown) => {
        open.delete(subscription);
        return end ? end(value) : Promise.resolve({ done: true as const, value: undefined });
      };
      open.add(subscription);
      return subscription;
    },
    async close() {
      closed = true;
      remote?.removeEventListener(channel, listener);
      // A shutdown waits for open responses: a subscription ended here completes its stream at once.
      await Promise.allSettled([...open].map((subscription) => subscription.return?.()));
      open.clear();
    },
  };
}
