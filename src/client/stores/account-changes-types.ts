/**
 * Word of changed accounts between the processes of one deployment. A process that saw a write to
 * an account settle, or heard of a change from Basecamp, says so; the others stop sharing GETs to
 * that account that they sent before. Delivery is best effort: when a word is lost, a read there
 * may still join a call sent before the change.
 */
export interface AccountChanges {
  /** Says `accountId` changed here; never throws and never waits. */
  publish(accountId: string): void;
  /** Hears the changes other processes publish (never this one's own); returns the unsubscribe. */
  subscribe(listener: (accountId: string) => void): () => void;
  close(): Promise<void>;
}
