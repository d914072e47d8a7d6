/** One request as the sandbox saw it; tests assert on these to count upstream calls. */
export interface SandboxLogEntry {
  method: string;
  /** Path with query as sent, e.g. `/4719306/todolists/5/todos.json?page=2`. */
  path: string;
  /** Status answered; 0 when an injected fault reset the connection. */
  status: number;
  /** Which seeded token was used (`owner`, `member`, …), when it was a known one. */
  tokenLabel?: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  userAgent?: string;
  /** Arrival time from the sandbox clock (epoch ms). */
  at: number;
  /** Response body bytes sent (absent for a reset or an empty body). */
  bytes?: number;
}
