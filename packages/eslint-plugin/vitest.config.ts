import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The plugin loads TypeScript through `src/util/ts.cts` (`require`, for start-up time); the
    // tests run the sources through Vite, which does not compile `import … = require`: give them
    // TypeScript itself, the same module.
    alias: [{ find: /^(\.\.?\/)+(util\/)?ts\.cjs$/, replacement: 'typescript' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Type-aware rule tests build a TypeScript program: give them time on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
