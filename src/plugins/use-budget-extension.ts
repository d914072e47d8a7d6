import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { BudgetFigures } from '../client/index.ts';
import type { Context } from '../context.ts';

/**
 * Adds the caller's rate budget to every executed operation's response, as
 * `extensions.cost.budget { limit, remaining, resetAt }` (the figures of the `rateLimit` field),
 * read after execution so it includes what the operation spent.
 *
 * It merges into `extensions.cost`, creating it when absent, so it works before or after the
 * plugin that fills in the rest of `cost` (that one should merge too). Reading the budget never
 * fails a response: if it cannot be read, `budget` is left out.
 */
export function useBudgetExtension(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const session = (args.contextValue as Partial<Context>).basecamp;
      if (session === undefined) return undefined;
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
  };
}

function withBudget<T extends ExecutionResult>(result: T, budget: BudgetFigures): T {
  const extensions = (result.extensions ?? {}) as Record<string, unknown>;
  const cost = typeof extensions.cost === 'object' && extensions.cost !== null ? (extensions.cost as Record<string, unknown>) : {};
  return { ...result, extensions: { ...extensions, cost: { ...cost, budget } } };
}
