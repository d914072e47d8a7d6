import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
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
      const context = args.contextValue as Partial<Context>;
      const session = context.basecamp;
      if (session === undefined) return undefined;
      return {
        onExecuteDone: (payload) =>
          handleStreamOrSingleExecutionResult(payload, async ({ result, setResult }) => {
            let budget;
            try {
              budget = await session.budget();
            } catch {
              return;
            }
            const extensions = (result.extensions ?? {}) as Record<string, unknown>;
            const cost = typeof extensions.cost === 'object' && extensions.cost !== null ? (extensions.cost as Record<string, unknown>) : {};
            setResult({ ...result, extensions: { ...extensions, cost: { ...cost, budget } } });
          }),
      };
    },
  };
}
