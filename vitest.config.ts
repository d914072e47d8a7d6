import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships ESM and CJS builds; Pothos and Yoga load the CJS one, so our code must too,
    // or schema objects cross "realms" and graphql refuses them.
    alias: { graphql: createRequire(import.meta.url).resolve('graphql') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Loopback servers and Redis are real; give them room on a shared, noisy machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
