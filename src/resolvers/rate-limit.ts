import type { BudgetFigures } from '../client/index.ts';
import type { Context } from '../context.ts';

/** What `rateLimit` shows: `limit`, `remaining`, and `resetAt` as an ISO 8601 instant. */
export type RateLimitRecord = BudgetFigures;

/** The caller's budget, read from the client's limiter: it costs no call and spends nothing. */
export function fetchRateLimit(ctx: Context): Promise<RateLimitRecord> {
  return ctx.basecamp.budget();
}
