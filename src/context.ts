import type { BasecampSession } from './client/index.ts';
import type { CallLedger } from './client/types.ts';
import type { CursorCodec } from './cursor.ts';
import type { RecordingEvents } from './webhooks/events.ts';
import type { Watching } from './webhooks/index.ts';

/**
 * What every resolver receives, created once per GraphQL request. Loaders are attached to this
 * object by the Pothos dataloader plugin, so they live exactly as long as the request and are
 * never shared across tokens.
 */
export interface Context {
  /** The account this request reads and writes. */
  accountId: string;
  /** The request's view of the Basecamp client: its token, account and abort signal are bound in. */
  basecamp: BasecampSession;
  /** What this operation has spent upstream so far. */
  ledger: CallLedger;
  /** The operation's worst case in upstream calls, priced before it ran (`extensions.cost.estimated`). */
  estimatedCalls?: number;
  /** Live updates: recording changes for subscriptions, and `watchProject` when webhooks are configured. */
  live?: { events: RecordingEvents; watching?: Watching };
  /** Seals connection cursors; one per gateway, keyed by `SESSION_SECRET` when set. */
  cursors: CursorCodec;
}
