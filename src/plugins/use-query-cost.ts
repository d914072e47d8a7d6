import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE } from '../resolvers/connection.ts';

export interface QueryCostOptions {
  /** Largest estimated number of objects one operation may ask for. Default 25,000. */
  maxCost?: number;
  /** Deepest selection nesting allowed (introspection excluded). Default 20. */
  maxDepth?: number;
  /** Assumed size of a plain list (`assignees`, `nodes(ids:)`), whose length is unknown before execution. Default 5. */
  listSize?: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  listSize: number;
  maxDepth: number;
  deepest: number;
}

/**
 * Rejects an operation before it runs when its worst case would fan out into too many upstream
 * calls: a connection multiplies everything below it by its `first`. The estimate counts objects,
 * an upper bound on the REST calls that could be needed to produce them.
 */
export function useQueryCost({ maxCost = 25_000, maxDepth = 20, listSize = 5 }: QueryCostOptions = {}): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      const operation = document.definitions.find(
        (definition): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION && (args.operationName == null || definition.name?.value === args.operationName),
      );
      const root = operation && (operation.operation === 'mutation' ? args.schema.getMutationType() : args.schema.getQueryType());
      if (!operation || !root) return;
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      const walk: Walk = { schema: args.schema, fragments, variables: args.variableValues ?? {}, listSize, maxDepth, deepest: 0 };
      const cost = costOf(operation.selectionSet, root, 1, 1, walk, new Set());
      const problem =
        walk.deepest > maxDepth
          ? `nests ${walk.deepest} levels deep; the limit is ${maxDepth}`
          : cost > maxCost
            ? `could fetch about ${cost} objects; the limit is ${maxCost}. Ask for smaller pages with \`first\``
            : undefined;
      if (problem) {
        setResultAndStopExecution({
          errors: [new GraphQLError(`Query too expensive: it ${problem}.`, { extensions: { code: 'QUERY_TOO_EXPENSIVE', cost, maxCost } })],
        });
      }
    },
  };
}

function costOf(
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  multiplier: number,
  depth: number,
  walk: Walk,
  spreading: Set<string>,
): number {
  walk.deepest = Math.max(walk.deepest, depth);
  if (depth > walk.maxDepth) return 0;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__') || !selection.selectionSet || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const field = parent.getFields()[name];
      if (!field) continue;
      const type = getNamedType(field.type);
      if (!isCompositeType(type)) continue;
      let factor = 1;
      if (type.name.endsWith('Connection')) factor = pageSize(selection.arguments?.find((arg) => arg.name.value === 'first')?.value, walk);
      else if (isListType(getNullableType(field.type)) && !parent.name.endsWith('Connection')) factor = walk.listSize;
      const count = multiplier * factor;
      cost += count + costOf(selection.selectionSet, type, count, depth + 1, walk, spreading);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName ? walk.schema.getType(typeName) : parent;
      if (type && isCompositeType(type)) cost += costOf(selection.selectionSet, type, multiplier, depth, walk, spreading);
    } else {
      const fragment = walk.fragments[selection.name.value];
      const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (!fragment || !type || !isCompositeType(type) || spreading.has(fragment.name.value)) continue;
      spreading.add(fragment.name.value);
      cost += costOf(fragment.selectionSet, type, multiplier, depth, walk, spreading);
      spreading.delete(fragment.name.value);
    }
  }
  return cost;
}

function pageSize(node: Parameters<typeof valueFromASTUntyped>[0] | undefined, walk: Walk): number {
  const value = node ? valueFromASTUntyped(node, walk.variables) : undefined;
  return typeof value === 'number' && value >= 0 ? value : DEFAULT_PAGE_SIZE;
}
