import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each test starts Node (or Jest) on the built packages: slower than a unit test.
    testTimeout: 120_000,
  },
});
