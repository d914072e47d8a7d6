import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Loopback servers and Redis are real; give them room on a shared, noisy machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
