import type { OperationId } from '../client/operations.ts';

/**
 * Marks which Basecamp REST operations (the OpenAPI `operationId`s) a type or field is served
 * by, as GraphQL extensions: `extensions: uses('ListTodos')`. `npm run coverage:api` reads them
 * back to print which documented operations the graph reaches. An id the operation table
 * (`src/client/operations.generated.ts`) lacks does not compile.
 */
export function uses(...operationIds: OperationId[]): { basecampOperations: OperationId[] } {
  return { basecampOperations: operationIds };
}

/**
 * What every field that calls upstream says alike: its operations (`uses`), and nullable, so one
 * failing call nulls that field alone. Connections say `paged(...)` (./connection.ts) instead.
 */
export function calls(...operationIds: OperationId[]) {
  return { nullable: true as const, extensions: uses(...operationIds) };
}

/**
 * Documented operations the graph deliberately does not reach, with the reason. Anything not
 * reached and not listed here is reported by `npm run coverage:api` as not yet modelled.
 */
export const NOT_COVERED: Partial<Record<OperationId, string>> = {
};
