/**
 * Marks which Basecamp REST operations (the OpenAPI `operationId`s) a type or field is served
 * by, as GraphQL extensions: `extensions: uses('ListTodos')`. `npm run coverage:api` reads them
 * back to print which documented operations the graph reaches, and a test checks every name.
 */
export function uses(...operationIds: string[]): { basecampOperations: string[] } {
  return { basecampOperations: operationIds };
}

/**
 * Documented operations the graph deliberately does not reach, with the reason. Anything not
 * reached and not listed here is reported by `npm run coverage:api` as not yet modelled.
 */
export const NOT_COVERED: Record<string, string> = {
};
