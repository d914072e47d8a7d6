import type { CodegenConfig } from '@graphql-codegen/cli';
import { readdirSync, readFileSync } from 'node:fs';
import { operationsSchema, taggedDocuments } from './scripts/operations-schema.ts';

/**
 * `npm run codegen`: `schema.graphql` is printed from the Pothos schema first (scripts/print-schema.ts),
 * then typed documents are generated for the example client's operations. Codegen reads only the
 * slice of the schema those operations touch, so `examples/generated/graphql.ts` holds the
 * examples' operation types and the few enums, inputs and scalars they reach, not the whole graph.
 */
const examples = readdirSync('examples', { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => readFileSync(`examples/${entry.name}`, 'utf8'));

const config: CodegenConfig = {
  schema: operationsSchema(readFileSync('schema.graphql', 'utf8'), examples.flatMap(taggedDocuments)),
  documents: ['examples/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'examples/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        importExtension: '.ts',
        scalars: { DateTime: 'string', Date: 'string', ID: 'string' },
        enumsAsTypes: true,
        // Enum unions end in `'%future added value'`: a value a later schema adds (README "Enums")
        // must reach a default branch, not be assumed impossible.
        futureProofEnums: true,
        // Enums, inputs and scalars only: object types are never a client's to hold.
        onlyOperationTypes: true,
      },
    },
  },
};

export default config;
