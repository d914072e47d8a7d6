/**
 * The two words every other client file builds on, generated ones included. They live apart so
 * that the generated tables (`wire-types.ts`, `operations.generated.ts`) import nothing that
 * imports them back.
 */

/** A Basecamp id as it arrived on the wire: digits as a string (ids exceed 2^53), or a word like `"basecamp"`. */
export type BasecampId = string;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
