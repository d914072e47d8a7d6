import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: `schema.graphql` is printed from the Pothos schema first (scripts/print-schema.ts),
 * then typed documents are generated for the example client's operations.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  // Relay's examples use Relay's own directives and are checked by its compiler (test/clients/relay.test.ts).
  documents: ['examples/**/*.ts', '!examples/generated/**', '!examples/relay/**'],
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
