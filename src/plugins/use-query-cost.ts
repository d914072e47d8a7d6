import { getVariableValues, GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
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
}

export const DEFAULT_MAX_COST = 5000;
export const DEFAULT_MAX_CALLS = 200;

interface Params {
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * Prices each operation in upstream calls before it runs (`query-price.ts`) and refuses, with
 * `QUERY_TOO_EXPENSIVE` and no call made, one whose worst case passes `maxCost` or whose flat
 * part passes `maxCalls`. The estimate is kept on the context for `extensions.cost`.
 * Variables are read as execution will see them: coerced, with their defaults.
 *
 * The price is taken before validation, whose cost grows faster than the document (2,000
 * aliases take a second to validate and a millisecond to price); documents that skip
 * validation (persisted ones) are priced before execution instead.
 */
export function useQueryCost({ maxCost = DEFAULT_MAX_COST, maxCalls = DEFAULT_MAX_CALLS }: QueryCostOptions = {}): Plugin<Context> {
  const judge = (schema: GraphQLSchema, document: DocumentNode, params: Params, context: Partial<Context>): GraphQLError | undefined => {
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION && (params.operationName == null || definition.name?.value === params.operationName),
    );
    if (!operation) return undefined;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], params.variables ?? {}, { maxErrors: 1 });
    if (coerced.errors) return undefined; // execution reports them, without calling anyone
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    const price = priceOperation(schema, fragments, operation, coerced.coerced, { unknownListCalls: maxCalls });
    context.estimatedCalls = price.total;
    const problem =
      price.total > maxCost
        ? `its worst case is ${describe(price.total)} upstream calls; the limit is ${maxCost} (GRAPHQL_MAX_COST). Ask for smaller pages with \`first\``
        : price.flat > maxCalls
          ? `it looks up ${describe(price.flat)} objects one call each; one operation may spend ${maxCalls} calls (GRAPHQL_MAX_CALLS). Split it, or page through a connection`
          : undefined;
    return problem === undefined
      ? undefined
      : new GraphQLError(`Query too expensive: ${problem}.`, {
          extensions: { code: 'QUERY_TOO_EXPENSIVE', estimated: finite(price.total), flat: finite(price.flat), maxCost, maxCalls },
        });
  };

  return {
    onValidate({ params, context }) {
      const yogaContext = context as Partial<Context> & { params?: Params };
      // Thrown rather than set as the validation result, which Yoga caches per document
      // whatever the variables.
      const refusal = judge(params.schema, params.documentAST, yogaContext.params ?? {}, yogaContext);
      if (refusal) throw refusal;
    },
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Partial<Context>;
      if (context.estimatedCalls !== undefined) return;
      const refusal = judge(args.schema, args.document as DocumentNode, { operationName: args.operationName ?? null, variables: (args.variableValues ?? null) as Params['variables'] }, context);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
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
