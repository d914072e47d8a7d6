import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { BudgetFigures } from '../client/index.ts';
import type { Context } from '../context.ts';

export interface BudgetExtensionOptions {
  /**
   * The caller's budget for a response that never reached execution (refused by its price before
   * validation, or by validation), where no context, and so no session, was built. It may throw
   * (no credentials, a store that is down): `budget` is then left out.
   */
  budgetOf?: (request: Request) => Promise<BudgetFigures>;
}

/**
 * Adds the caller's rate budget to every response, as `extensions.cost.budget { limit, remaining,
 * resetAt }` (the figures of the `rateLimit` field). An executed operation's is read after
 * execution, from its session, so it includes what the operation spent; one refused before
 * execution reads it through `budgetOf` (it spent nothing).
 *
 * It merges into `extensions.cost`, creating it when absent, so it works before or after the
 * plugin that fills in the rest of `cost` (that one should merge too). Reading the budget never
 * fails a response: if it cannot be read, `budget` is left out.
 */
export function useBudgetExtension({ budgetOf }: BudgetExtensionOptions = {}): Plugin<Context> {
  const executed = new WeakSet<Request>();
  return {
    onExecute({ args }) {
      const context = args.contextValue as Partial<Context> & { request?: Request };
      const session = context.basecamp;
      if (session === undefined) return undefined;
      if (context.request) executed.add(context.request);
      const addBudget = async ({ result, setResult }: { result: ExecutionResult; setResult: (result: ExecutionResult) => void }) => {
        let budget: BudgetFigures;
        try {
          budget = await session.budget();
        } catch {
          return;
        }
        setResult(withBudget(result, budget));
      };
      return {
        // Envelop's handleStreamOrSingleExecutionResult drops a promise; this hook must be awaited.
        onExecuteDone: ({ result, setResult }) =>
          isAsyncIterable(result) ? { onNext: addBudget } : addBudget({ result, setResult }),
      };
    },
    // Yoga awaits these: the refusals before execution (price, validation) get the budget here.
    async onResultProcess({ request, result, setResult }) {
      if (budgetOf === undefined || executed.has(request)) return;
      if (Array.isArray(result) || result === null || typeof result !== 'object' || isAsyncIterable(result)) return;
      let budget: BudgetFigures;
      try {
        budget = await budgetOf(request);
      } catch {
        return;
      }
      setResult(withBudget(result as ExecutionResult, budget));
    },
  };
}

function withBudget<T extends ExecutionResult>(result: T, budget: BudgetFigures): T {
  const extensions = (result.extensions ?? {}) as Record<string, unknown>;
  const cost = typeof extensions.cost === 'object' && extensions.cost !== null ? (extensions.cost as Record<string, unknown>) : {};
  return { ...result, extensions: { ...extensions, cost: { ...cost, budget } } };
}
