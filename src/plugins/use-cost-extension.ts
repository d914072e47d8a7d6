import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { finite } from './use-query-cost.ts';

/**
 * Adds `extensions.cost { estimated, upstreamCalls, notModified, fromCache }` to every response:
 * the pre-execution worst case (`use-query-cost.ts`) and what the operation really spent,
 * from its `CallLedger`. A request refused before execution reports zeros. Keys other plugins
 * put into `extensions.cost` (the budget) are kept.
 */
export function useCostExtension(): Plugin<Context> {
  const contexts = new WeakMap<Request, Partial<Context>>();
  const remember = (context: Partial<Context> & { request?: Request }) => {
    if (context.request) contexts.set(context.request, context);
  };
  return {
    // Both: an operation may be refused at validation, and a persisted one may skip it.
    onValidate({ context }) {
      remember(context as Partial<Context>);
    },
    onExecute({ args }) {
      remember(args.contextValue as Partial<Context>);
    },
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result)) return; // batched requests share one ledger: left without the extension
      if (result === null || typeof result !== 'object' || Symbol.asyncIterator in result) return;
      const context = contexts.get(request);
      const ledger = context?.ledger;
      const extensions = (result.extensions ?? {}) as Record<string, unknown>;
      setResult({
        ...result,
        extensions: {
          ...extensions,
          cost: {
            ...(extensions.cost as object | undefined),
            estimated: finite(context?.estimatedCalls ?? 0),
            upstreamCalls: ledger?.upstreamCalls ?? 0,
            notModified: ledger?.notModified ?? 0,
            fromCache: ledger?.fromCache ?? 0,
          },
        },
      });
    },
  };
}
