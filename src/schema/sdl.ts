import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.ts';

/**
 * The committed `schema.graphql`: sorted, so the file says what the graph is, not in which order
 * the modules that build it happened to run (generated and hand-written fields interleave).
 */
export function schemaSDL(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
