import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { AccountChanges } from './account-changes-types.ts';

export interface RedisAccountChangesOptions {
  /** The shared connection; a duplicate of it subscribes (a subscribed connection runs nothing else). */
  redis: Redis;
  /** Namespace for the channel. Default `bcgql:`. */
  prefix?: string;
  /** Told once when publishing starts failing, and again after it has worked in between. */
  onError?: (message: string) => void;
}

const ACCOUNT_ID = /^\d{1,20}$/;

/**
 * Account changes over Redis pub/sub: one channel, messages `{ origin, accountId }`. A process
 * ignores its own messages by `origin`. A message that does not parse is dropped: it can only
 * come from something else writing to our channel.
 */
export function createRedisAccountChanges(options: RedisAccountChangesOptions): AccountChanges & { ready: Promise<void> } {
  const { redis, prefix = 'bcgql:', onError } = options;
  const channel = `${prefix}account-changed`;
  const origin = randomUUID();
  const listeners = new Set<(accountId: string) => void>();
  const subscriber = redis.duplicate();
  subscriber.on('error', () => undefined); // ioredis reconnects and resubscribes on its own
  let failing = false;

  const onMessage = (from: string, message: string): void => {
    if (from !== channel) return;
    let parsed: { origin?: unknown; accountId?: unknown };
    try {
      parsed = JSON.parse(message) as typeof parsed;
    } catch {
      return;
    }
    if (parsed.origin === origin || typeof parsed.accountId !== 'string' || !ACCOUNT_ID.test(parsed.accountId)) return;
    for (const listener of listeners) listener(parsed.accountId);
  };
  subscriber.on('message', onMessage);
  // Subscribed from the start, so no change published after `ready` is missed. ioredis
  // resubscribes after a reconnect, but only to channels it once subscribed to: a first attempt
  // that failed (Redis down at startup) is made again when the connection comes up.
  let heard = false;
  const subscribe = () =>
    subscriber.subscribe(channel).then(
      () => {
        heard = true;
      },
      (error: Error) => onError?.(`account changes of other processes are not heard until Redis answers: ${error.message}`),
    );
  const ready = subscribe();
  subscriber.on('ready', () => {
    if (!heard) void subscribe();
  });

  return {
    publish(accountId) {
      redis.publish(channel, JSON.stringify({ origin, accountId })).then(
        () => {
          failing = false;
        },
        (error: Error) => {
          if (!failing) onError?.(`account changes are not shared with other processes until Redis answers: ${error.message}`);
          failing = true;
        },
      );
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    ready,
    async close() {
      listeners.clear();
      subscriber.disconnect();
    },
  };
}
