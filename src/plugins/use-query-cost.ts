import { getVariableValues, GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { priceOperation } from './query-price.ts';

export interface QueryCostOptions {
  /** Most upstream calls an operation's worst case may come to (`GRAPHQL_MAX_COST`). Default 5,000. */
  maxCost?: number;
  /**
   * Most upstream calls one operation may spend (`GRAPHQL_MAX_CALLS`), which its flat part alone
   * (lookups by id, `nodes(ids:)`, outside any connection) must not pass either. Default 200.
   * The spending itself is capped by the client's ledger (`CallLedger.limit`).
   */
  maxCalls?: number;
  /** Assumed length of a plain list whose length is unknown before execution. Default 5. */
  listSize?: number;
}

export const DEFAULT_MAX_COST = 5000;
export const DEFAULT_MAX_CALLS = 200;

/**
 * Prices each operation in upstream calls before it runs (`query-price.ts`) and refuses, with
 * `QUERY_TOO_EXPENSIVE` and no call made, one whose worst case passes `maxCost` or whose flat
 * part passes `maxCalls`. The estimate is kept on the context for `extensions.cost`.
 * Variables are read as execution will see them: coerced, with their defaults.
 */
export function useQueryCost({ maxCost = DEFAULT_MAX_COST, maxCalls = DEFAULT_MAX_CALLS, listSize = 5 }: QueryCostOptions = {}): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      const operation = document.definitions.find(
        (definition): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION && (args.operationName == null || definition.name?.value === args.operationName),
      );
      if (!operation) return;
      const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>, { maxErrors: 1 });
      if (coerced.errors) return; // execution reports them, without calling anyone
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      const price = priceOperation(args.schema, fragments, operation, coerced.coerced, { listSize });
      const context = args.contextValue as Partial<Context>;
      context.estimatedCalls = price.total;
      const problem =
        price.total > maxCost
          ? `its worst case is ${describe(price.total)} upstream calls; the limit is ${maxCost} (GRAPHQL_MAX_COST). Ask for smaller pages with \`first\``
          : price.flat > maxCalls
            ? `it looks up ${describe(price.flat)} objects one call each; one operation may spend ${maxCalls} calls (GRAPHQL_MAX_CALLS). Split it, or page through a connection`
            : undefined;
      if (problem) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Query too expensive: ${problem}.`, {
              extensions: { code: 'QUERY_TOO_EXPENSIVE', estimated: finite(price.total), flat: finite(price.flat), maxCost, maxCalls },
            }),
          ],
        });
      }
    },
  };
}

/** Estimates of adversarial documents overflow to Infinity; JSON has no such number. */
export function finite(calls: number): number {
  return Number.isFinite(calls) ? calls : Number.MAX_SAFE_INTEGER;
}

function describe(calls: number): string {
  return calls > 1e12 ? 'more than 10^12' : String(calls);
}
