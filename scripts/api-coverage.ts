import { isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { ALL_OPERATIONS, type OperationId } from '../src/client/operations.ts';
import { NOT_COVERED } from '../src/schema/coverage.ts';
import { schema } from '../src/schema/index.ts';

/** Every operationId the schema's types and fields declare with `uses(...)`. */
export function declaredOperations(graph: GraphQLSchema): Set<string> {
  const found = new Set<string>();
  const add = (extensions: Readonly<Record<string, unknown>> | null | undefined) => {
    for (const id of (extensions?.basecampOperations as string[] | undefined) ?? []) found.add(id);
  };
  for (const type of Object.values(graph.getTypeMap())) {
    add(type.extensions);
    if (isObjectType(type) || isInterfaceType(type)) for (const field of Object.values(type.getFields())) add(field.extensions);
  }
  return found;
}

export interface CoverageReport {
  reads: { covered: OperationId[]; missing: OperationId[]; total: number };
  writes: { covered: OperationId[]; missing: OperationId[]; total: number };
  unknown: string[];
}

export function coverage(graph: GraphQLSchema): CoverageReport {
  const declared = declaredOperations(graph);
  const known = new Set<string>(ALL_OPERATIONS.map((operation) => operation.operationId));
  const split = (reads: boolean) => {
    const ids = ALL_OPERATIONS.filter(({ method }) => (method === 'GET') === reads).map(({ operationId }) => operationId);
    return { covered: ids.filter((id) => declared.has(id)), missing: ids.filter((id) => !declared.has(id)), total: ids.length };
  };
  return { reads: split(true), writes: split(false), unknown: [...declared].filter((id) => !known.has(id)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = coverage(schema);
  for (const [label, part] of [['reads', report.reads], ['writes', report.writes]] as const) {
    console.log(`${label}: ${part.covered.length}/${part.total} operations`);
    for (const id of part.missing) console.log(`  - ${id}: ${NOT_COVERED[id] ?? 'not yet modelled'}`);
  }
  if (report.unknown.length > 0) {
    console.error(`unknown operation ids declared in the schema: ${report.unknown.join(', ')}`);
    process.exitCode = 1;
  }
}
