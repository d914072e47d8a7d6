import type { BudgetFigures } from '../client/index.ts';
import type { Context } from '../context.ts';

/** The caller's budget, read from the client's limiter: it costs no call and spends nothing. */
export function fetchRateLimit(ctx: Context): Promise<BudgetFigures> {
  return ctx.basecamp.budget();
}
