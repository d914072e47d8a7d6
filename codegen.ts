import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: `schema.graphql` is printed from the Pothos schema first (scripts/print-schema.ts),
 * then typed documents are generated for the example client's operations.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/**/*.ts', '!examples/generated/**'],
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
      },
    },
  },
};

export default config;
